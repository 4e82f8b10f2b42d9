package dev.torus.dsl;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * One transformer block: attention and feedforward with their norms, wired by {@link Residual}.
 * A parallel block uses {@code attentionNorm} for both branches and has no {@code ffnNorm}.
 */
public record Block(Norm attentionNorm, Attention attention, Norm ffnNorm, FeedForward ffn, Residual residual) {
  public Block {
    checkArgument(attentionNorm != null && attention != null && ffn != null && residual != null,
        "a block needs an attention norm, attention, a feedforward and a residual wiring");
    checkArgument(residual == Residual.PARALLEL || ffnNorm != null, "a sequential block needs a feedforward norm");
    checkArgument(residual == Residual.SEQUENTIAL || ffnNorm == null,
        "a parallel block shares its attention norm; give no feedforward norm");
  }

  public static Block sequential(Norm norm, Attention attention, FeedForward ffn) {
    return new Block(norm, attention, norm, ffn, Residual.SEQUENTIAL);
  }

  public static Block parallel(Norm norm, Attention attention, FeedForward ffn) {
    return new Block(norm, attention, null, ffn, Residual.PARALLEL);
  }
}
