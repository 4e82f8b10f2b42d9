package dev.torus.cli;

import dev.torus.artifact.TokenLayout;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.RunShape;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of a run's shape that {@code compile}, {@code codegen} and {@code export} share:
 * tokens, batch, ring, token layout, FSDP and block sizes.
 */
final class RunShapeOptions {
  @Option(names = "--seq", paramLabel = "S", converter = OptionTypes.Positive.class,
      description = "tokens per sequence (all devices together); required but with --task generate")
  Integer sequence;

  @Option(names = "--batch", paramLabel = "B", defaultValue = "1", converter = OptionTypes.Positive.class,
      description = "sequences (default ${DEFAULT-VALUE})")
  int batch;

  @Option(names = "--ring", paramLabel = "N", defaultValue = "1", converter = OptionTypes.Positive.class,
      description = "devices in the ring the sequence is sharded over (default ${DEFAULT-VALUE}: one device)")
  int ring;

  @Option(names = "--layout", paramLabel = "L", defaultValue = "contiguous",
      completionCandidates = OptionTypes.LayoutNames.class,
      description = "${COMPLETION-CANDIDATES}: the token layout over the ring (default ${DEFAULT-VALUE})")
  TokenLayout layout;

  @Option(names = "--fsdp", paramLabel = "F", defaultValue = "1", converter = OptionTypes.Positive.class,
      description = "shard the weights (and a train step's moments) over one mesh axis or both: F is 1 (default,"
          + " whole weights on every device), the ring size N (over the ring), the data-parallel size D (over the"
          + " replicas: FSDP without a ring) or N x D (over every device); a weight no dimension of which F"
          + " divides is padded with zeros")
  int fsdp;

  @Mixin BlockOptions blockOptions;

  /** The shape with {@code dp} data-parallel replicas of the ring; an impossible one is a usage mistake. */
  RunShape runShape(int dp) {
    return runShapeWithBlockCap(dp, 512);
  }

  /** {@link #runShape(int)} with default query and key/value blocks of up to {@code attentionCap} tokens. */
  RunShape runShapeWithBlockCap(int dp, int attentionCap) {
    if (sequence == null) {
      throw new UsageException("--seq is required (but with --task generate); see the command's --help");
    }
    return shape(dp, sequence, attentionCap);
  }

  /** The shape for sequences of {@code sequence} tokens (a generate program's prompt length), ignoring {@code --seq}. */
  RunShape runShape(int dp, int sequence) {
    return shape(dp, sequence, 512);
  }

  private RunShape shape(int dp, int sequence, int attentionCap) {
    BlockSizes blocks = blockOptions.blocks(sequence / ring, attentionCap);
    try {
      return RunShape.ring(batch, sequence, blocks, ring, layout, dp).withFsdp(fsdp);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
