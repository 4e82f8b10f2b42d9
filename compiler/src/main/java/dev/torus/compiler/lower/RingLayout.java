package dev.torus.compiler.lower;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import dev.torus.compiler.ir.Attrs.SourceTarget;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.dsl.RunShape;
import dev.torus.dsl.SlidingWindow;
import dev.torus.artifact.TokenLayout;
import java.util.List;
import java.util.TreeSet;

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

  /** The shard of the shape's ring this device holds: positions and ring index from partition-id. */
  public static SequenceShard shard(XlaBuilder b, RunShape shape) {
    Instruction r = ringIndex(b, shape);
    return new SequenceShard(positions(b, shape, r), r, shape, pairs(shape));
  }

  /** This device's index in its ring, {@code partition-id mod N} (s32). */
  static Instruction ringIndex(XlaBuilder b, RunShape shape) {
    Instruction pid = b.convert(b.partitionId(), DType.S32);
    return b.named("ring_index", b.remainder(pid, b.constant(DType.S32, shape.ring())));
  }

  /**
   * The global positions of the tokens ring device {@code r} holds ({@code s32[L]}): contiguous
   * {@code r * L + i}, striped {@code r + N * i}.
   */
  static Instruction positions(XlaBuilder b, RunShape shape, Instruction r) {
    Instruction local = b.iota(Shape.array(DType.S32, shape.localSequence()), 0);
    Instruction rb = b.broadcast(r, local.arrayShape());
    if (shape.layout() == TokenLayout.CONTIGUOUS) {
      return b.add(b.multiply(rb, Shapes.full(b, local.arrayShape(), shape.localSequence())), local);
    }
    return b.add(rb, b.multiply(local, Shapes.full(b, local.arrayShape(), shape.ring())));
  }

  /**
   * The ring steps that pass key/value blocks on, on a ring of N devices with L tokens each, when no
   * layer's sliding window exceeds {@code widestWindow} (0: some layer has none): at step t a device
   * holds the block of ring device {@code r - t}, and a query at i sees keys j with
   * {@code i - W < j <= i}. Contiguous, the nearest key of that block lies {@code (t-1) L + 1} before
   * the first local query, so steps {@code t <= ceil((W-1)/L)} can see it; striped, it lies t before
   * a query, so steps {@code t <= W-1}. Both are capped at N-1, which a ring without a window runs.
   * Steps beyond are skipped, transfer included: their block is outside every local query's window.
   */
  public static int passingSteps(RunShape shape, long widestWindow) {
    int full = shape.ring() - 1;
    if (widestWindow <= 0) {
      return full;
    }
    long reach = shape.layout() == TokenLayout.CONTIGUOUS
        ? (widestWindow - 1 + shape.localSequence() - 1) / shape.localSequence()
        : widestWindow - 1;
    return (int) Math.min(full, reach);
  }

  /**
   * The distinct sliding windows of {@code window}'s layers among {@code depth}, ascending (0: a
   * layer without one; {@code [0]} without a window at all).
   */
  public static ImmutableList<Long> layerWindows(SlidingWindow window, int depth) {
    TreeSet<Long> sizes = new TreeSet<>();
    for (int l = 0; l < depth; l++) {
      sizes.add(window != null && window.appliesTo(l) ? (long) window.size() : 0L);
    }
    return sizes.isEmpty() ? ImmutableList.of(0L) : ImmutableList.copyOf(sizes);
  }

  /**
   * The distinct ring-step counts ({@link #passingSteps}) of layers whose windows are
   * {@code windows} (0: none), fewest first: a program runs one ring-step loop per count, each layer
   * the loop of its own window's count (a Gemma-2-style ring of 8 with 8K tokens per device and a 4K
   * window: 1 step in its windowed layers, 7 in its global ones).
   */
  public static ImmutableList<Integer> passingCounts(RunShape shape, List<Long> windows) {
    TreeSet<Integer> counts = new TreeSet<>();
    for (long w : windows) {
      counts.add(passingSteps(shape, w));
    }
    if (counts.isEmpty()) {
      counts.add(passingSteps(shape, 0));
    }
    return ImmutableList.copyOf(counts);
  }

  /**
   * {@code (d*N + r) -> (d*N + (r - shift) mod N)} for every ring group d: each device's value sent
   * {@code shift} places back along the ring in one transfer ({@code shift} N-1 is {@link #pairs}).
   */
  static ImmutableList<SourceTarget> pairsBack(RunShape shape, int shift) {
    int n = shape.ring();
    ImmutableList.Builder<SourceTarget> pairs = ImmutableList.builder();
    for (int d = 0; d < shape.dp(); d++) {
      for (int r = 0; r < n; r++) {
        pairs.add(new SourceTarget(d * n + r, d * n + Math.floorMod(r - shift, n)));
      }
    }
    return pairs.build();
  }

  /** The ring index of the device whose block device {@code r} holds at ring step {@code step}: {@code (r - step) mod N}. */
  static Instruction sourceAt(XlaBuilder b, RunShape shape, Instruction r, Instruction step) {
    Instruction n = b.constant(DType.S32, shape.ring());
    return b.remainder(b.add(b.subtract(r, step), n), n);
  }
}
