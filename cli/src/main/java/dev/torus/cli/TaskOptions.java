package dev.torus.cli;

import dev.torus.compiler.train.AdamW;
import picocli.CommandLine.Option;

/** What {@code compile} and {@code codegen} compile: the forward pass, or a train step and its AdamW schedule. */
final class TaskOptions {
  @Option(names = "--task", paramLabel = "T", defaultValue = "forward",
      description = "forward (default): logits; train: one training step (loss, gradients, clipping, AdamW),"
          + " inputs tokens, targets, step, weights and moments; generate: prefill and decode programs over a KV"
          + " cache of --max-len tokens")
  Task task;

  @Option(names = "--lr", paramLabel = "X", defaultValue = "3e-4",
      description = "train: peak learning rate (default ${DEFAULT-VALUE}; LLaMA's AdamW betas, eps, decay, clip)")
  double learningRate;

  @Option(names = "--warmup", paramLabel = "W", defaultValue = "100",
      description = "train: warmup steps before the cosine decay (default ${DEFAULT-VALUE})")
  int warmup;

  @Option(names = "--total-steps", paramLabel = "N", defaultValue = "10000", converter = OptionTypes.Positive.class,
      description = "train: steps of the schedule (default ${DEFAULT-VALUE})")
  int totalSteps;

  boolean generate() {
    return task == Task.GENERATE;
  }

  boolean train() {
    return task == Task.TRAIN;
  }

  /** LLaMA's AdamW with this schedule; an impossible one is a usage mistake. */
  AdamW optimizer() {
    try {
      return AdamW.llamaDefaults(learningRate, warmup, totalSteps);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
