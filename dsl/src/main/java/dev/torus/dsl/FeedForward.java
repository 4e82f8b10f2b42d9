package dev.torus.dsl;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The position-wise feedforward of a block. {@code SWIGLU}: {@code down(silu(gate(x)) * up(x))}
 * (LLaMA); {@code GELU}: {@code down(gelu(up(x)))} with the tanh approximation (GPT-2, GPT-J).
 * Linear weights are stored as Hugging Face stores them, {@code [out, in]}.
 */
public record FeedForward(Kind kind, int hidden, boolean bias) {
  public enum Kind { SWIGLU, GELU }

  public FeedForward {
    checkArgument(kind != null, "feedforward kind missing");
    checkArgument(hidden > 0, "feedforward hidden size %s must be positive", hidden);
  }

  public static FeedForward swiglu(int hidden) {
    return new FeedForward(Kind.SWIGLU, hidden, false);
  }

  public static FeedForward gelu(int hidden) {
    return new FeedForward(Kind.GELU, hidden, true);
  }

  public FeedForward withBias(boolean withBias) {
    return new FeedForward(kind, hidden, withBias);
  }
}
