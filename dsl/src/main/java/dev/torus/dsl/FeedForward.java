package dev.torus.dsl;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The position-wise feedforward of a block. {@code SWIGLU}: {@code down(silu(gate(x)) * up(x))}
 * (LLaMA); {@code GEGLU}: {@code down(gelu(gate(x)) * up(x))}, SwiGLU's layout with the tanh-approximated
 * GELU as the gate ({@code gelu_pytorch_tanh}, Gemma); {@code GELU}: {@code down(gelu(up(x)))} with the
 * tanh approximation (GPT-2, GPT-J). Linear weights are stored as Hugging Face stores them, {@code [out, in]}.
 */
public record FeedForward(Kind kind, int hidden, boolean bias) {
  public enum Kind { SWIGLU, GELU, GEGLU }

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

  /** {@code down(gelu_tanh(gate x) * up x)} without biases (Gemma's MLP). */
  public static FeedForward geglu(int hidden) {
    return new FeedForward(Kind.GEGLU, hidden, false);
  }

  /** Whether the feedforward has a gate projection ({@code gate_proj}): SwiGLU and GeGLU. */
  public boolean gated() {
    return kind != Kind.GELU;
  }

  public FeedForward withBias(boolean withBias) {
    return new FeedForward(kind, hidden, withBias);
  }
}
