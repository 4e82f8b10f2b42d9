package dev.torus.dsl;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Multi-head attention: {@code heads} query heads sharing {@code kvHeads} key/value heads (MHA when
 * equal, GQA when fewer, MQA with one), each of {@code headDim}; rotate-half RoPE with base
 * {@code ropeTheta} on positions (none when null); scores scaled by {@code 1/sqrt(headDim)};
 * causal or bidirectional; optional biases on the q/k/v projections and on the output projection;
 * optionally a causal {@link SlidingWindow} (null: every layer sees its whole causal prefix; left out of
 * a manifest's model then, so that manifests of models without one are unchanged).
 */
public record Attention(int heads, int kvHeads, int headDim, Double ropeTheta, boolean causal,
    boolean qkvBias, boolean outBias, @JsonInclude(JsonInclude.Include.NON_NULL) SlidingWindow slidingWindow) {

  /** Attention without a sliding window. */
  public Attention(int heads, int kvHeads, int headDim, Double ropeTheta, boolean causal, boolean qkvBias,
      boolean outBias) {
    this(heads, kvHeads, headDim, ropeTheta, causal, qkvBias, outBias, null);
  }

  public Attention {
    checkArgument(heads > 0, "attention heads %s must be positive", heads);
    checkArgument(kvHeads > 0, "attention kv heads %s must be positive", kvHeads);
    checkArgument(heads % kvHeads == 0, "attention kv heads %s must divide heads %s", kvHeads, heads);
    checkArgument(headDim > 0, "attention head dim %s must be positive", headDim);
    checkArgument(ropeTheta == null || ropeTheta > 0, "attention rope theta %s must be positive", ropeTheta);
    checkArgument(ropeTheta == null || headDim % 2 == 0, "rotate-half RoPE needs an even head dim, got %s", headDim);
    checkArgument(slidingWindow == null || causal,
        "a sliding window (%s) needs causal attention; bidirectional attention has none", slidingWindow);
  }

  /** Causal multi-head attention with RoPE base 10000 and no biases; refine with the {@code with...} methods. */
  public static Attention heads(int heads, int headDim) {
    return new Attention(heads, heads, headDim, 10000.0, true, false, false);
  }

  public Attention withKvHeads(int n) {
    return new Attention(heads, n, headDim, ropeTheta, causal, qkvBias, outBias, slidingWindow);
  }

  public Attention withRope(Double theta) {
    return new Attention(heads, kvHeads, headDim, theta, causal, qkvBias, outBias, slidingWindow);
  }

  public Attention withCausal(boolean isCausal) {
    return new Attention(heads, kvHeads, headDim, ropeTheta, isCausal, qkvBias, outBias, slidingWindow);
  }

  public Attention withBias(boolean qkv, boolean out) {
    return new Attention(heads, kvHeads, headDim, ropeTheta, causal, qkv, out, slidingWindow);
  }

  /** This attention with {@code window} (null: none). */
  public Attention withSlidingWindow(SlidingWindow window) {
    return new Attention(heads, kvHeads, headDim, ropeTheta, causal, qkvBias, outBias, window);
  }

  /** Query heads per key/value head. */
  public int groupSize() {
    return heads / kvHeads;
  }
}
