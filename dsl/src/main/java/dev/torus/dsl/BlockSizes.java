package dev.torus.dsl;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Block sizes of the blockwise program, in tokens: {@code query} rows per attention block,
 * {@code keyValue} keys per inner-loop step, {@code chunk} tokens per feedforward step.
 */
public record BlockSizes(int query, int keyValue, int chunk) {
  public BlockSizes {
    checkArgument(query > 0, "query block %s must be positive", query);
    checkArgument(keyValue > 0, "key/value block %s must be positive", keyValue);
    checkArgument(chunk > 0, "feedforward chunk %s must be positive", chunk);
  }

  public static BlockSizes of(int query, int keyValue, int chunk) {
    return new BlockSizes(query, keyValue, chunk);
  }

  /** The same size for all three. */
  public static BlockSizes uniform(int size) {
    return new BlockSizes(size, size, size);
  }
}
