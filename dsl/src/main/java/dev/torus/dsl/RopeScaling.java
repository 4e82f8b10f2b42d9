package dev.torus.dsl;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * A variant of rotate-half RoPE: head vectors split into halves {@code (x1, x2)} become
 * {@code (x * cos(p f) + (-x2, x1) * sin(p f)) * attentionFactor} at position {@code p}, with one
 * inverse frequency {@code f_i} per pair, repeated over both halves. Plain RoPE (no scaling) has
 * {@code f_i = theta^(-2i/D)} and factor 1; each variant changes the frequencies and the factor
 * exactly as Hugging Face's {@code ROPE_INIT_FUNCTIONS} for the {@code rope_type} of the same
 * name. The base {@code theta} is the attention's ({@link Attention#ropeTheta}).
 *
 * <p>The frequencies of {@link DynamicNtk} and {@link LongRope} depend on the length of the run:
 * Torus takes the compiled sequence length (Hugging Face takes the largest position id + 1, the
 * same number for an unpacked sequence).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = RopeScaling.Linear.class, name = "linear"),
    @JsonSubTypes.Type(value = RopeScaling.DynamicNtk.class, name = "dynamic"),
    @JsonSubTypes.Type(value = RopeScaling.Llama3.class, name = "llama3"),
    @JsonSubTypes.Type(value = RopeScaling.Yarn.class, name = "yarn"),
    @JsonSubTypes.Type(value = RopeScaling.LongRope.class, name = "longrope")})
public sealed interface RopeScaling {
  /** The {@code headDim / 2} inverse frequencies for base {@code theta} and a run of {@code sequenceLength} tokens. */
  double[] inverseFrequencies(double theta, int headDim, long sequenceLength);

  /** The factor cos and sin are scaled by (so the scores by its square); 1 for most variants. */
  default double attentionFactor() {
    return 1.0;
  }

  /** Plain RoPE's {@code f_i = 1 / theta^(2i / D)} (LLaMA-2), rounded to f32 as {@code torch} computes them. */
  static double[] plain(double theta, int headDim) {
    checkArgument(headDim > 0 && headDim % 2 == 0, "rotate-half RoPE needs an even head dim, got %s", headDim);
    checkArgument(theta > 0 && Double.isFinite(theta), "rope theta %s must be a positive number", theta);
    double[] inv = new double[headDim / 2];
    for (int i = 0; i < inv.length; i++) {
      float exponent = (float) (2 * i) / headDim;
      inv[i] = 1.0f / (float) Math.pow(theta, exponent);
    }
    return inv;
  }

  /** Position interpolation ({@code linear}): every frequency divided by {@code factor}. */
  record Linear(double factor) implements RopeScaling {
    public Linear {
      checkArgument(factor > 0, "linear rope factor %s must be > 0", factor);
    }

    @Override
    public double[] inverseFrequencies(double theta, int headDim, long sequenceLength) {
      double[] inv = plain(theta, headDim);
      for (int i = 0; i < inv.length; i++) {
        inv[i] = (float) (inv[i] / factor);
      }
      return inv;
    }
  }

  /**
   * Dynamic NTK scaling ({@code dynamic}): beyond {@code maxPositions} tokens the base becomes
   * {@code theta * (factor * S / maxPositions - (factor - 1))^(D / (D - 2))}; up to it, plain RoPE.
   */
  record DynamicNtk(double factor, int maxPositions) implements RopeScaling {
    public DynamicNtk {
      checkArgument(factor > 0, "dynamic rope factor %s must be > 0", factor);
      checkArgument(maxPositions > 0, "dynamic rope max positions %s must be > 0", maxPositions);
    }

    @Override
    public double[] inverseFrequencies(double theta, int headDim, long sequenceLength) {
      if (sequenceLength <= maxPositions) {
        return plain(theta, headDim);
      }
      double scaled = theta * Math.pow(factor * sequenceLength / maxPositions - (factor - 1),
          (double) headDim / (headDim - 2));
      return plain(scaled, headDim);
    }
  }

  /**
   * Llama 3's frequency-dependent scaling ({@code llama3}): wavelengths longer than
   * {@code originalMaxPositions / lowFreqFactor} are divided by {@code factor}, shorter than
   * {@code originalMaxPositions / highFreqFactor} kept, and those between interpolated smoothly.
   */
  record Llama3(double factor, double lowFreqFactor, double highFreqFactor, int originalMaxPositions)
      implements RopeScaling {
    public Llama3 {
      checkArgument(factor > 0, "llama3 rope factor %s must be > 0", factor);
      checkArgument(lowFreqFactor > 0 && highFreqFactor > lowFreqFactor,
          "llama3 rope needs 0 < low_freq_factor < high_freq_factor, got %s and %s", lowFreqFactor, highFreqFactor);
      checkArgument(originalMaxPositions > 0, "llama3 rope original max positions %s must be > 0", originalMaxPositions);
    }

    @Override
    public double[] inverseFrequencies(double theta, int headDim, long sequenceLength) {
      double[] inv = plain(theta, headDim);
      double lowWavelength = originalMaxPositions / lowFreqFactor;
      double highWavelength = originalMaxPositions / highFreqFactor;
      for (int i = 0; i < inv.length; i++) {
        double wavelength = 2 * Math.PI / inv[i];
        double scaled = wavelength > lowWavelength ? inv[i] / factor : inv[i];
        if (!(wavelength < highWavelength) && !(wavelength > lowWavelength)) {
          double smooth = (originalMaxPositions / wavelength - lowFreqFactor) / (highFreqFactor - lowFreqFactor);
          scaled = (1 - smooth) * scaled / factor + smooth * scaled;
        }
        inv[i] = (float) scaled;
      }
      return inv;
    }
  }

  /**
   * YaRN ({@code yarn}): frequencies blended between interpolated ({@code / factor}) and original
   * by a linear ramp over the dimensions between the correction range of {@code betaFast} and
   * {@code betaSlow} rotations at {@code originalMaxPositions} (ends floored and ceiled when
   * {@code truncate}); cos and sin scaled by {@code attentionFactor}.
   */
  record Yarn(double factor, int originalMaxPositions, double attentionFactor, double betaFast,
      double betaSlow, boolean truncate) implements RopeScaling {
    public Yarn {
      checkArgument(factor > 0, "yarn rope factor %s must be > 0", factor);
      checkArgument(originalMaxPositions > 0, "yarn rope original max positions %s must be > 0", originalMaxPositions);
      checkArgument(attentionFactor > 0, "yarn rope attention factor %s must be > 0", attentionFactor);
      checkArgument(betaFast > 0 && betaSlow > 0, "yarn rope beta_fast %s and beta_slow %s must be > 0", betaFast, betaSlow);
    }

    /**
     * The attention factor Hugging Face derives when a config gives none: {@code 0.1 ln(factor) + 1},
     * or with {@code mscale} and {@code mscaleAllDim} (both non-zero) the ratio of that formula at each.
     */
    public static double defaultAttentionFactor(double factor, Double mscale, Double mscaleAllDim) {
      if (mscale != null && mscale != 0 && mscaleAllDim != null && mscaleAllDim != 0) {
        return magnitudeScale(factor, mscale) / magnitudeScale(factor, mscaleAllDim);
      }
      return magnitudeScale(factor, 1);
    }

    private static double magnitudeScale(double scale, double m) {
      return scale <= 1 ? 1.0 : 0.1 * m * Math.log(scale) + 1.0;
    }

    @Override
    public double[] inverseFrequencies(double theta, int headDim, long sequenceLength) {
      double[] original = plain(theta, headDim);
      double low = correctionDimension(betaFast, theta, headDim);
      double high = correctionDimension(betaSlow, theta, headDim);
      if (truncate) {
        low = Math.floor(low);
        high = Math.ceil(high);
      }
      low = Math.max(low, 0);
      high = Math.min(high, headDim - 1);
      if (low == high) {
        high += 0.001;
      }
      double[] inv = new double[original.length];
      for (int i = 0; i < inv.length; i++) {
        double ramp = Math.min(1, Math.max(0, (i - low) / (high - low)));
        double extrapolation = 1 - ramp;
        inv[i] = (float) (original[i] / factor * (1 - extrapolation) + original[i] * extrapolation);
      }
      return inv;
    }

    private double correctionDimension(double rotations, double theta, int headDim) {
      return headDim * Math.log(originalMaxPositions / (rotations * 2 * Math.PI)) / (2 * Math.log(theta));
    }
  }

  /**
   * LongRoPE ({@code longrope}, Phi-3's "su"): {@code f_i = 1 / (e_i theta^(2i/D))} with the
   * per-pair factors {@code e} = {@code longFactor} for runs longer than
   * {@code originalMaxPositions}, else {@code shortFactor}; cos and sin scaled by
   * {@code attentionFactor}.
   */
  record LongRope(List<Double> shortFactor, List<Double> longFactor, int originalMaxPositions,
      double attentionFactor) implements RopeScaling {
    public LongRope {
      shortFactor = List.copyOf(shortFactor);
      longFactor = List.copyOf(longFactor);
      checkArgument(shortFactor.size() == longFactor.size(),
          "longrope short_factor has %s entries but long_factor %s", shortFactor.size(), longFactor.size());
      checkArgument(originalMaxPositions > 0, "longrope original max positions %s must be > 0", originalMaxPositions);
      checkArgument(attentionFactor > 0, "longrope attention factor %s must be > 0", attentionFactor);
    }

    /** Hugging Face's attention factor when a config gives none: {@code sqrt(1 + ln(factor) / ln(original))}. */
    public static double defaultAttentionFactor(double factor, int originalMaxPositions) {
      return factor <= 1 ? 1.0 : Math.sqrt(1 + Math.log(factor) / Math.log(originalMaxPositions));
    }

    @Override
    public double[] inverseFrequencies(double theta, int headDim, long sequenceLength) {
      List<Double> factors = sequenceLength > originalMaxPositions ? longFactor : shortFactor;
      checkArgument(factors.size() == headDim / 2, "longrope needs head dim / 2 = %s factors, got %s",
          headDim / 2, factors.size());
      double[] inv = new double[headDim / 2];
      for (int i = 0; i < inv.length; i++) {
        float exponent = (float) (2 * i) / headDim;
        inv[i] = 1.0f / (float) (factors.get(i).floatValue() * (float) Math.pow(theta, exponent));
      }
      return inv;
    }
  }
}
