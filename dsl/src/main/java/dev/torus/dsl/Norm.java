package dev.torus.dsl;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A normalisation over the model width: RMSNorm ({@code x * rsqrt(mean(x^2) + eps) * weight}, as
 * LLaMA) or LayerNorm ({@code (x - mean) * rsqrt(var + eps) * weight + bias}). Statistics are f32.
 * With a {@code weightOffset} the weight applies as {@code (weightOffset + weight)}: Gemma's RMSNorm
 * is {@code x * rsqrt(mean(x^2) + eps) * (1 + weight)}, all in f32, its weight stored around 0. The
 * offset is left out of a manifest's model when 0, so manifests of models without it are unchanged.
 */
public record Norm(Kind kind, double eps, @JsonInclude(JsonInclude.Include.NON_DEFAULT) double weightOffset) {
  public enum Kind { RMS, LAYER }

  public Norm {
    checkArgument(kind != null, "norm kind missing");
    checkArgument(eps > 0 && eps < 1, "norm eps %s must be in (0, 1)", eps);
    checkArgument(Double.isFinite(weightOffset), "norm weight offset %s must be a finite number", weightOffset);
  }

  /** A norm whose weight applies as it is stored (no offset). */
  public Norm(Kind kind, double eps) {
    this(kind, eps, 0);
  }

  public static Norm rms(double eps) {
    return new Norm(Kind.RMS, eps);
  }

  public static Norm layer(double eps) {
    return new Norm(Kind.LAYER, eps);
  }

  /** This norm with its weight applied as {@code (offset + weight)} ({@code 1}: Gemma's RMSNorm). */
  public Norm withWeightOffset(double offset) {
    return new Norm(kind, eps, offset);
  }
}
