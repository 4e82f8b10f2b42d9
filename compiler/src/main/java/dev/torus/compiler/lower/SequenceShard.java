package dev.torus.compiler.lower;

import static com.google.common.base.Preconditions.checkArgument;

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

  /** The instructions this shard holds: the positions, then the ring index if there is one. */
  public ImmutableList<Instruction> instructions() {
    return ringIndex == null ? ImmutableList.of(positions) : ImmutableList.of(positions, ringIndex);
  }

  /** This shard with other {@link #instructions} in their place (the same ones after a pass re-created them). */
  public SequenceShard over(java.util.List<Instruction> instructions) {
    checkArgument(instructions.size() == instructions().size(), "sequence shard: %s instructions for %s",
        instructions.size(), instructions().size());
    return new SequenceShard(instructions.get(0), ringIndex == null ? null : instructions.get(1), shape, ringPairs);
  }
}
