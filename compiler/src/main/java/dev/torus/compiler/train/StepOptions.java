package dev.torus.compiler.train;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.torus.compiler.hardware.Target;
import dev.torus.compiler.lower.Remat;

/**
 * How a train step computes its gradients, beyond the optimizer.
 *
 * @param accumulate micro-batches per optimizer step: the step takes {@code accumulate} times the
 *     run shape's batch of rows and loops over them one micro-batch at a time (the activations of one
 *     micro-batch live at once), summing the f32 gradients; then one clip and update
 * @param precision what the forward and backward compute in (the state stays f32)
 * @param remat what the layer loop keeps for the backward ({@link Remat#LAYER_INPUTS}: the least)
 * @param target the backend ({@link Target#DEFAULT}: the XLA-only program)
 */
public record StepOptions(int accumulate, TrainPrecision precision, Remat remat, Target target) {
  /** One micro-batch, f32, layer inputs kept: the step as it has always been. */
  public static final StepOptions DEFAULT = new StepOptions(1, TrainPrecision.F32, Remat.LAYER_INPUTS);

  public StepOptions {
    checkArgument(accumulate >= 1, "--accumulate %s: micro-batches per step must be at least 1", accumulate);
    checkNotNull(precision, "precision");
    checkNotNull(remat, "remat");
    checkNotNull(target, "target");
  }

  /** For the default target (the XLA-only program). */
  public StepOptions(int accumulate, TrainPrecision precision, Remat remat) {
    this(accumulate, precision, remat, Target.DEFAULT);
  }

  /** The same options for backend {@code t} ({@code gpu}: cuDNN fused attention forward and backward per block pair). */
  public StepOptions withTarget(Target t) {
    return new StepOptions(accumulate, precision, remat, t);
  }

  /** With the default remat policy. */
  public StepOptions(int accumulate, TrainPrecision precision) {
    this(accumulate, precision, Remat.LAYER_INPUTS);
  }

  /** The same options with remat policy {@code policy}. */
  public StepOptions withRemat(Remat policy) {
    return new StepOptions(accumulate, precision, policy, target);
  }

  public boolean isDefault() {
    return equals(DEFAULT);
  }
}
