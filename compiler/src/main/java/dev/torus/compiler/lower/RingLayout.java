package dev.torus.compiler.lower;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import dev.torus.compiler.ir.Attrs.SourceTarget;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.dsl.RunShape;
import dev.torus.dsl.TokenLayout;

/**
 * Device coordinates on the (dp, ring) mesh as the program computes them: partition id
 * {@code p = d * ring + r}, so the ring index is {@code p mod ring}; each data-parallel group is
 * its own ring.
 */
public final class RingLayout {
  private RingLayout() {}

  /** {@code (d*N + r) -> (d*N + (r+1) mod N)} for every ring group d: one cycle per group. */
  public static ImmutableList<SourceTarget> pairs(RunShape shape) {
    int n = shape.ring();
    ImmutableList.Builder<SourceTarget> pairs = ImmutableList.builder();
    if (n == 1) {
      return pairs.build();
    }
    for (int d = 0; d < shape.dp(); d++) {
      for (int r = 0; r < n; r++) {
        pairs.add(new SourceTarget(d * n + r, d * n + (r + 1) % n));
      }
    }
    return pairs.build();
  }

  /**
   * The global positions of the local tokens {@code local = iota(L)}: contiguous
   * {@code r * L + i}, striped {@code r + N * i}, with {@code r = partition-id mod N}.
   */
  static Instruction positions(XlaBuilder b, RunShape shape, Instruction local) {
    Instruction pid = b.convert(b.partitionId(), DType.S32);
    Instruction r = b.named("ring_index", b.remainder(pid, b.constant(DType.S32, shape.ring())));
    Instruction rb = b.broadcast(r, local.arrayShape());
    if (shape.layout() == TokenLayout.CONTIGUOUS) {
      return b.add(b.multiply(rb, Shapes.full(b, local.arrayShape(), shape.localSequence())), local);
    }
    return b.add(rb, b.multiply(local, Shapes.full(b, local.arrayShape(), shape.ring())));
  }
}
