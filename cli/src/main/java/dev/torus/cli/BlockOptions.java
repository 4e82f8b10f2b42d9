package dev.torus.cli;

import dev.torus.dsl.BlockSizes;
import picocli.CommandLine.Option;

/**
 * The block sizes every command that compiles a program takes, spelt alike everywhere: {@code --block-q},
 * {@code --block-kv}, {@code --chunk}, and {@code --block K} for all three. Each one not given is the
 * default of {@link ModelRunner#defaultBlocks}: the largest divisor of the tokens per device up to 512.
 */
final class BlockOptions {
  @Option(names = "--block", paramLabel = "K", converter = OptionTypes.Positive.class,
      description = "query block, key/value block and chunk at once (default: the largest divisor of the tokens per"
          + " device up to 512)")
  Integer all;

  @Option(names = "--block-q", paramLabel = "Q", converter = OptionTypes.Positive.class,
      description = "query block (same default)")
  Integer query;

  @Option(names = "--block-kv", paramLabel = "K", converter = OptionTypes.Positive.class,
      description = "key/value block (same default)")
  Integer keyValue;

  @Option(names = "--chunk", paramLabel = "C", converter = OptionTypes.Positive.class,
      description = "feedforward and LM-head chunk (same default)")
  Integer chunk;

  /** Whether any block size was given. */
  boolean given() {
    return all != null || query != null || keyValue != null || chunk != null;
  }

  /** The block sizes for {@code tokensPerDevice} tokens on each device; giving {@code --block} with another is a usage mistake. */
  BlockSizes blocks(int tokensPerDevice) {
    return blocks(tokensPerDevice, 512);
  }

  /** {@link #blocks(int)} with default query and key/value blocks of up to {@code attentionCap} tokens. */
  BlockSizes blocks(int tokensPerDevice, int attentionCap) {
    if (all != null && (query != null || keyValue != null || chunk != null)) {
      throw new UsageException("--block sets the query block, key/value block and chunk at once; give it alone or give"
          + " --block-q/--block-kv/--chunk");
    }
    BlockSizes d = all != null ? BlockSizes.uniform(all) : ModelRunner.defaultBlocks(Math.max(1, tokensPerDevice), attentionCap);
    return BlockSizes.of(query != null ? query : d.query(), keyValue != null ? keyValue : d.keyValue(),
        chunk != null ? chunk : d.chunk());
  }
}
