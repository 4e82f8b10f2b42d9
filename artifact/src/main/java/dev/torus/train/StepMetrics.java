package dev.torus.train;

import static com.google.common.base.Preconditions.checkArgument;

import org.jspecify.annotations.Nullable;

/**
 * What one training step measured.
 *
 * @param step the step number, counted from the start of training (not from a resume)
 * @param loss the mean training loss of the step; may be non-finite (a diverged step)
 * @param gradNorm the global L2 norm of the gradients, before clipping
 * @param learningRate the learning rate the optimizer applied at this step
 * @param stepSeconds wall-clock seconds the step took
 * @param tokens tokens the step consumed (summed over devices)
 * @param tokensPerSecond {@code tokens / stepSeconds}, as the trainer measured it
 * @param mfu model FLOP utilization as a fraction (0.42 is 42%); NaN when unknown, for example
 *     when the device has no known peak FLOP rate (see {@link #mfu(double, double, double)})
 * @param evalLoss the evaluation loss measured at this step, or null when none was
 */
public record StepMetrics(
    int step,
    double loss,
    double gradNorm,
    double learningRate,
    double stepSeconds,
    long tokens,
    double tokensPerSecond,
    double mfu,
    @Nullable Double evalLoss) {

  public StepMetrics {
    checkArgument(step >= 0, "step must be >= 0, got %s", step);
    checkArgument(tokens >= 0, "tokens must be >= 0 at step %s, got %s", step, tokens);
  }

  /** A copy with {@code evalLoss} set (null removes it). */
  public StepMetrics withEvalLoss(@Nullable Double evalLoss) {
    return new StepMetrics(
        step, loss, gradNorm, learningRate, stepSeconds, tokens, tokensPerSecond, mfu, evalLoss);
  }

  /**
   * Model FLOP utilization: {@code flopsPerStep / (stepSeconds * peakFlopsPerSecond)}, a fraction.
   * NaN when the peak is unknown (not positive or not finite) or the step took no time.
   */
  public static double mfu(double flopsPerStep, double stepSeconds, double peakFlopsPerSecond) {
    if (!(peakFlopsPerSecond > 0) || !Double.isFinite(peakFlopsPerSecond) || !(stepSeconds > 0)) {
      return Double.NaN;
    }
    return flopsPerStep / (stepSeconds * peakFlopsPerSecond);
  }
}
