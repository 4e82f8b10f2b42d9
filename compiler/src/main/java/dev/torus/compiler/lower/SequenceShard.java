package dev.torus.compiler.lower;

import com.google.common.collect.ImmutableList;
import dev.torus.compiler.ir.Attrs.SourceTarget;
import dev.torus.compiler.ir.Instruction;
import dev.torus.dsl.RunShape;

/**
 * What a device's program knows of its share of the sequence: the global positions of its local
 * tokens ({@code s32[L]}, ascending), and, on a ring, its index in the ring ({@code s32[]}) and the
 * pairs along which key/value blocks travel (each partition to its right neighbour within its ring
 * group). The positions of a block that arrives from another device follow from that device's ring
 * index and the shape's token layout, so they need not travel.
 */
public record SequenceShard(Instruction positions, Instruction ringIndex, RunShape shape,
    ImmutableList<SourceTarget> ringPairs) {

  /** The whole sequence on one device. */
  public static SequenceShard local(Instruction positions) {
    return new SequenceShard(positions, null, null, ImmutableList.of());
  }

  public int ringSize() {
    return shape == null ? 1 : shape.ring();
  }
}
