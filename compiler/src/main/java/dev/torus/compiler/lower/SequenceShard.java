package dev.torus.compiler.lower;

import com.google.common.collect.ImmutableList;
import dev.torus.compiler.ir.Attrs.SourceTarget;
import dev.torus.compiler.ir.Instruction;

/**
 * What a device's program knows of its share of the sequence: the global positions of its local
 * tokens ({@code s32[L]}, ascending) and the ring it belongs to. {@code ringSize} 1 means the whole
 * sequence is local; otherwise key/value blocks travel along {@code ringPairs} (each partition to
 * its right neighbour within its ring group).
 */
public record SequenceShard(Instruction positions, int ringSize, ImmutableList<SourceTarget> ringPairs) {
  public static SequenceShard local(Instruction positions) {
    return new SequenceShard(positions, 1, ImmutableList.of());
  }
}
