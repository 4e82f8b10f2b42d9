package dev.torus.dsl;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The shape a program is compiled for: {@code batch} sequences of {@code sequence} tokens, processed
 * in {@link BlockSizes}. {@link #check} rejects sizes the blockwise program cannot tile.
 */
public record RunShape(int batch, int sequence, BlockSizes blocks) {
  public RunShape {
    checkArgument(batch > 0, "batch %s must be positive", batch);
    checkArgument(sequence > 0, "sequence length %s must be positive", sequence);
    checkArgument(blocks != null, "block sizes missing");
    checkTiles("query block", blocks.query(), sequence);
    checkTiles("key/value block", blocks.keyValue(), sequence);
    checkTiles("feedforward chunk", blocks.chunk(), sequence);
  }

  private static void checkTiles(String what, int block, int sequence) {
    checkArgument(block <= sequence, "%s %s is larger than the sequence length %s", what, block, sequence);
    checkArgument(sequence % block == 0, "sequence length %s must be a multiple of the %s %s", sequence, what, block);
  }

  public static RunShape of(int batch, int sequence, BlockSizes blocks) {
    return new RunShape(batch, sequence, blocks);
  }
}
