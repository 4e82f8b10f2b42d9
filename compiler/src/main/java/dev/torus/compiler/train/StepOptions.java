package dev.torus.compiler.train;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * How a train step computes its gradients, beyond the optimizer.
 *
 * @param accumulate micro-batches per optimizer step: the step takes {@code accumulate} times the
 *     run shape's batch of rows and loops over them one micro-batch at a time (the activations of one
 *     micro-batch live at once), summing the f32 gradients; then one clip and update
 * @param precision what the forward and backward compute in (the state stays f32)
 */
public record StepOptions(int accumulate, TrainPrecision precision) {
  /** One micro-batch, f32: the step as it has always been. */
  public static final StepOptions DEFAULT = new StepOptions(1, TrainPrecision.F32);

  public StepOptions {
    checkArgument(accumulate >= 1, "--accumulate %s: micro-batches per step must be at least 1", accumulate);
    checkNotNull(precision, "precision");
  }

  public boolean isDefault() {
    return equals(DEFAULT);
  }
}
