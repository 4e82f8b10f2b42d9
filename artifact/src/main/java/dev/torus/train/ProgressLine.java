package dev.torus.train;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * One console line per training step, for example
 * {@code step   120/200  loss 3.4121  grad 1.23  lr 2.95e-03  12,345 tok/s  412 ms  MFU 31.2%}.
 * The step is right-aligned to the width of the last step (at least five characters) so lines of
 * a run line up; MFU is left out when unknown, {@code eval} is appended when the step has one.
 * Numbers are formatted in {@link Locale#ROOT}, whatever the default locale.
 */
public final class ProgressLine {
  private ProgressLine() {}

  /** The line for {@code m}, a step of a run that ends at step {@code lastStep}. */
  public static String format(StepMetrics m, int lastStep) {
    checkNotNull(m, "m");
    checkArgument(lastStep >= 0, "lastStep must be >= 0, got %s", lastStep);
    int width = Math.max(5, Integer.toString(lastStep).length());
    StringBuilder line = new StringBuilder();
    line.append(String.format(Locale.ROOT, "step %" + width + "d/%d", m.step(), lastStep));
    line.append(String.format(Locale.ROOT, "  loss %.4f", m.loss()));
    line.append("  grad ").append(magnitude(m.gradNorm()));
    line.append(String.format(Locale.ROOT, "  lr %.2e", m.learningRate()));
    line.append(String.format(Locale.ROOT, "  %,.0f tok/s", m.tokensPerSecond()));
    line.append(String.format(Locale.ROOT, "  %.0f ms", m.stepSeconds() * 1000));
    if (!Double.isNaN(m.mfu())) {
      line.append(String.format(Locale.ROOT, "  MFU %.1f%%", m.mfu() * 100));
    }
    if (m.evalLoss() != null) {
      line.append(String.format(Locale.ROOT, "  eval %.4f", m.evalLoss()));
    }
    return line.toString();
  }

  /** Two decimals for ordinary sizes (1.23), scientific notation for tiny or huge ones (4.10e-05). */
  private static String magnitude(double value) {
    double size = Math.abs(value);
    boolean ordinary = !Double.isFinite(value) || value == 0 || (size >= 0.01 && size < 1e5);
    return String.format(Locale.ROOT, ordinary ? "%.2f" : "%.2e", value);
  }
}
