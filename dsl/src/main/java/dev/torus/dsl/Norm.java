package dev.torus.dsl;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A normalisation over the model width: RMSNorm ({@code x * rsqrt(mean(x^2) + eps) * weight}, as
 * LLaMA) or LayerNorm ({@code (x - mean) * rsqrt(var + eps) * weight + bias}). Statistics are f32.
 */
public record Norm(Kind kind, double eps) {
  public enum Kind { RMS, LAYER }

  public Norm {
    checkArgument(kind != null, "norm kind missing");
    checkArgument(eps > 0 && eps < 1, "norm eps %s must be in (0, 1)", eps);
  }

  public static Norm rms(double eps) {
    return new Norm(Kind.RMS, eps);
  }

  public static Norm layer(double eps) {
    return new Norm(Kind.LAYER, eps);
  }
}
