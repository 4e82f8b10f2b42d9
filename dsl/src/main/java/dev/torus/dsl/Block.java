package dev.torus.dsl;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One transformer block: attention and feedforward with their norms, wired by {@link Residual}.
 * A parallel block uses {@code attentionNorm} for both branches and has no {@code ffnNorm}. A
 * sequential block may also norm each sublayer's output before its residual add (Gemma 2's
 * "sandwich" norms): {@code h = x + postAttentionNorm(attn(attentionNorm(x)))},
 * {@code out = h + postFfnNorm(ffn(ffnNorm(h)))}; null for none (left out of a manifest's model).
 */
public record Block(Norm attentionNorm, Attention attention, Norm ffnNorm, FeedForward ffn, Residual residual,
    @JsonInclude(JsonInclude.Include.NON_NULL) Norm postAttentionNorm,
    @JsonInclude(JsonInclude.Include.NON_NULL) Norm postFfnNorm) {
  public Block {
    checkArgument(attentionNorm != null && attention != null && ffn != null && residual != null,
        "a block needs an attention norm, attention, a feedforward and a residual wiring");
    checkArgument(residual == Residual.PARALLEL || ffnNorm != null, "a sequential block needs a feedforward norm");
    checkArgument(residual == Residual.SEQUENTIAL || ffnNorm == null,
        "a parallel block shares its attention norm; give no feedforward norm");
    checkArgument(residual == Residual.SEQUENTIAL || (postAttentionNorm == null && postFfnNorm == null),
        "post-attention and post-feedforward norms (%s, %s) need a sequential block", postAttentionNorm, postFfnNorm);
  }

  /** A block without post-sublayer norms. */
  public Block(Norm attentionNorm, Attention attention, Norm ffnNorm, FeedForward ffn, Residual residual) {
    this(attentionNorm, attention, ffnNorm, ffn, residual, null, null);
  }

  public static Block sequential(Norm norm, Attention attention, FeedForward ffn) {
    return new Block(norm, attention, norm, ffn, Residual.SEQUENTIAL);
  }

  public static Block parallel(Norm norm, Attention attention, FeedForward ffn) {
    return new Block(norm, attention, null, ffn, Residual.PARALLEL);
  }

  /** This (sequential) block with norms on the attention's and the feedforward's outputs (each null for none). */
  public Block withPostNorms(Norm afterAttention, Norm afterFfn) {
    return new Block(attentionNorm, attention, ffnNorm, ffn, residual, afterAttention, afterFfn);
  }
}
