package dev.torus.dsl;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Multi-head attention: {@code heads} query heads sharing {@code kvHeads} key/value heads (MHA when
 * equal, GQA when fewer, MQA with one), each of {@code headDim}; rotate-half RoPE with base
 * {@code ropeTheta} on positions (none when null), its frequencies scaled by {@code ropeScaling}
 * (plain RoPE when null); optionally a per-head RMSNorm of the queries and keys before RoPE
 * ({@code qkNorm}, over {@code headDim}, weights {@code q_norm.weight} and {@code k_norm.weight}, as
 * Qwen3); scores scaled by {@code queryScale} ({@code 1/sqrt(headDim)} when null); causal or
 * bidirectional; optional biases on the q/k/v projections and on the output projection; optionally a
 * causal {@link SlidingWindow} (null: every layer sees its whole causal prefix); optionally RoPE on
 * the first {@code rotaryDim} dimensions of each head only, the rest passed through (Phi-3's
 * {@code partial_rotary_factor}; null: the whole head); optionally scores soft-capped to
 * {@code logitSoftCap * tanh(s / logitSoftCap)} before masking and softmax (Gemma 2); optionally a
 * {@link LayerRope} that some layers rotate with instead (Gemma 3's local layers). Null optional parts
 * are left out of a manifest's model, so that manifests of models without them are unchanged.
 */
public record Attention(int heads, int kvHeads, int headDim, Double ropeTheta, boolean causal,
    boolean qkvBias, boolean outBias,
    @JsonInclude(JsonInclude.Include.NON_NULL) RopeScaling ropeScaling,
    @JsonInclude(JsonInclude.Include.NON_NULL) Norm qkNorm,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double queryScale,
    @JsonInclude(JsonInclude.Include.NON_NULL) SlidingWindow slidingWindow,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer rotaryDim,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double logitSoftCap,
    @JsonInclude(JsonInclude.Include.NON_NULL) LayerRope layerRope) {

  public Attention {
    checkArgument(heads > 0, "attention heads %s must be positive", heads);
    checkArgument(kvHeads > 0 && heads % kvHeads == 0,
        "attention heads %s must be a positive multiple of kv heads %s", heads, kvHeads);
    checkArgument(headDim > 0, "attention head dim %s must be positive", headDim);
    checkArgument(ropeTheta == null || ropeTheta > 0, "attention rope theta %s must be positive", ropeTheta);
    checkArgument(ropeTheta == null || headDim % 2 == 0, "rotate-half RoPE needs an even head dim, got %s", headDim);
    checkArgument(ropeScaling == null || ropeTheta != null,
        "attention rope scaling %s needs a rope theta", ropeScaling);
    checkArgument(qkNorm == null || qkNorm.kind() == Norm.Kind.RMS,
        "attention query/key norm must be RMSNorm (weights q_norm.weight, k_norm.weight), got %s", qkNorm);
    checkArgument(queryScale == null || (queryScale > 0 && Double.isFinite(queryScale)),
        "attention query scale %s must be a positive number", queryScale);
    checkArgument(slidingWindow == null || causal,
        "a sliding window (%s) needs causal attention; bidirectional attention has none", slidingWindow);
    checkArgument(rotaryDim == null || (rotaryDim > 0 && rotaryDim <= headDim && rotaryDim % 2 == 0),
        "attention rotary dim %s must be even and in [2, head dim %s]", rotaryDim, headDim);
    checkArgument(rotaryDim == null || ropeTheta != null, "attention rotary dim %s needs a rope theta", rotaryDim);
    checkArgument(logitSoftCap == null || (logitSoftCap > 0 && Double.isFinite(logitSoftCap)),
        "attention logit soft cap %s must be a positive number", logitSoftCap);
    checkArgument(layerRope == null || ropeTheta != null,
        "attention per-layer rope %s needs the attention's own rope theta (for the other layers)", layerRope);
  }

  /** Attention without partial RoPE, logit soft-capping or per-layer RoPE. */
  public Attention(int heads, int kvHeads, int headDim, Double ropeTheta, boolean causal, boolean qkvBias,
      boolean outBias, RopeScaling ropeScaling, Norm qkNorm, Double queryScale, SlidingWindow slidingWindow) {
    this(heads, kvHeads, headDim, ropeTheta, causal, qkvBias, outBias, ropeScaling, qkNorm, queryScale, slidingWindow,
        null, null, null);
  }

  /** Attention with partial RoPE, without soft-capping or per-layer RoPE. */
  public Attention(int heads, int kvHeads, int headDim, Double ropeTheta, boolean causal, boolean qkvBias,
      boolean outBias, RopeScaling ropeScaling, Norm qkNorm, Double queryScale, SlidingWindow slidingWindow,
      Integer rotaryDim) {
    this(heads, kvHeads, headDim, ropeTheta, causal, qkvBias, outBias, ropeScaling, qkNorm, queryScale, slidingWindow,
        rotaryDim, null, null);
  }

  /** Attention with soft-capping and per-layer RoPE, rotating whole heads. */
  public Attention(int heads, int kvHeads, int headDim, Double ropeTheta, boolean causal, boolean qkvBias,
      boolean outBias, RopeScaling ropeScaling, Norm qkNorm, Double queryScale, SlidingWindow slidingWindow,
      Double logitSoftCap, LayerRope layerRope) {
    this(heads, kvHeads, headDim, ropeTheta, causal, qkvBias, outBias, ropeScaling, qkNorm, queryScale, slidingWindow,
        null, logitSoftCap, layerRope);
  }

  /** The attention of earlier Torus versions: plain RoPE, no query/key norm, scale 1/sqrt(headDim), no window. */
  public Attention(int heads, int kvHeads, int headDim, Double ropeTheta, boolean causal, boolean qkvBias,
      boolean outBias) {
    this(heads, kvHeads, headDim, ropeTheta, causal, qkvBias, outBias, null, null, null, null);
  }

  /** Attention with RoPE scaling, query/key norm and query scale (each null for none) and no sliding window. */
  public Attention(int heads, int kvHeads, int headDim, Double ropeTheta, boolean causal, boolean qkvBias,
      boolean outBias, RopeScaling ropeScaling, Norm qkNorm, Double queryScale) {
    this(heads, kvHeads, headDim, ropeTheta, causal, qkvBias, outBias, ropeScaling, qkNorm, queryScale, null);
  }

  /** Causal multi-head attention with RoPE base 10000 and no biases; refine with the {@code with...} methods. */
  public static Attention heads(int heads, int headDim) {
    return new Attention(heads, heads, headDim, 10000.0, true, false, false);
  }

  public Attention withKvHeads(int n) {
    return new Attention(heads, n, headDim, ropeTheta, causal, qkvBias, outBias, ropeScaling, qkNorm, queryScale,
        slidingWindow, rotaryDim, logitSoftCap, layerRope);
  }

  /** Plain RoPE with base {@code theta}; null for none. */
  public Attention withRope(Double theta) {
    return new Attention(heads, kvHeads, headDim, theta, causal, qkvBias, outBias, null, qkNorm, queryScale,
        slidingWindow, rotaryDim, logitSoftCap, layerRope);
  }

  /** RoPE with base {@code theta} and frequencies scaled by {@code scaling} (null: plain RoPE). */
  public Attention withRope(double theta, RopeScaling scaling) {
    return new Attention(heads, kvHeads, headDim, theta, causal, qkvBias, outBias, scaling, qkNorm, queryScale,
        slidingWindow, rotaryDim, logitSoftCap, layerRope);
  }

  public Attention withCausal(boolean isCausal) {
    return new Attention(heads, kvHeads, headDim, ropeTheta, isCausal, qkvBias, outBias, ropeScaling, qkNorm,
        queryScale, slidingWindow, rotaryDim, logitSoftCap, layerRope);
  }

  public Attention withBias(boolean qkv, boolean out) {
    return new Attention(heads, kvHeads, headDim, ropeTheta, causal, qkv, out, ropeScaling, qkNorm, queryScale,
        slidingWindow, rotaryDim, logitSoftCap, layerRope);
  }

  /** Queries and keys normalised per head by {@code norm} (RMSNorm) before RoPE; null for none. */
  public Attention withQkNorm(Norm norm) {
    return new Attention(heads, kvHeads, headDim, ropeTheta, causal, qkvBias, outBias, ropeScaling, norm, queryScale,
        slidingWindow, rotaryDim, logitSoftCap, layerRope);
  }

  /** Scores scaled by {@code scale}; null for {@code 1/sqrt(headDim)}. */
  public Attention withQueryScale(Double scale) {
    return new Attention(heads, kvHeads, headDim, ropeTheta, causal, qkvBias, outBias, ropeScaling, qkNorm, scale,
        slidingWindow, rotaryDim, logitSoftCap, layerRope);
  }

  /** This attention with {@code window} (null: none). */
  public Attention withSlidingWindow(SlidingWindow window) {
    return new Attention(heads, kvHeads, headDim, ropeTheta, causal, qkvBias, outBias, ropeScaling, qkNorm, queryScale,
        window, rotaryDim, logitSoftCap, layerRope);
  }

  /** Scores {@code s} become {@code cap * tanh(s / cap)} before masking and softmax (Gemma 2); null for none. */
  public Attention withLogitSoftCap(Double cap) {
    return new Attention(heads, kvHeads, headDim, ropeTheta, causal, qkvBias, outBias, ropeScaling, qkNorm, queryScale,
        slidingWindow, rotaryDim, cap, layerRope);
  }

  /** The layers {@code rope} names rotate with it instead of this attention's RoPE (null: none). */
  public Attention withLayerRope(LayerRope rope) {
    return new Attention(heads, kvHeads, headDim, ropeTheta, causal, qkvBias, outBias, ropeScaling, qkNorm, queryScale,
        slidingWindow, rotaryDim, logitSoftCap, rope);
  }

  /**
   * RoPE's {@code headDim / 2} inverse frequencies in layer {@code layer} (from 0) for a run of
   * {@code sequenceLength} tokens: the {@link LayerRope}'s where it applies, else {@link #ropeFrequencies}.
   */
  public double[] ropeFrequencies(int layer, long sequenceLength) {
    return layerRope != null && layerRope.appliesTo(layer) ? layerRope.inverseFrequencies(ropeDims(), sequenceLength)
        : ropeFrequencies(sequenceLength);
  }

  /** The factor RoPE's cos and sin are scaled by in layer {@code layer} (from 0). */
  public double ropeAttentionFactor(int layer) {
    return layerRope != null && layerRope.appliesTo(layer) ? layerRope.attentionFactor() : ropeAttentionFactor();
  }

  /** RoPE on the first {@code dims} dimensions of each head only (null: the whole head). */
  public Attention withRotaryDim(Integer dims) {
    return new Attention(heads, kvHeads, headDim, ropeTheta, causal, qkvBias, outBias, ropeScaling, qkNorm, queryScale,
        slidingWindow, dims, logitSoftCap, layerRope);
  }

  /** The dimensions of each head RoPE rotates: the first {@code rotaryDim}, or all {@code headDim}. */
  public int ropeDims() {
    return rotaryDim == null ? headDim : rotaryDim;
  }

  /** RoPE's {@code ropeDims() / 2} inverse frequencies for a run of {@code sequenceLength} tokens (RoPE required). */
  public double[] ropeFrequencies(long sequenceLength) {
    checkArgument(ropeTheta != null, "attention has no RoPE");
    return ropeScaling == null ? RopeScaling.plain(ropeTheta, ropeDims())
        : ropeScaling.inverseFrequencies(ropeTheta, ropeDims(), sequenceLength);
  }

  /** The factor RoPE's cos and sin are scaled by: 1 unless the scaling says otherwise. */
  public double ropeAttentionFactor() {
    return ropeScaling == null ? 1.0 : ropeScaling.attentionFactor();
  }

  /** The factor the queries are multiplied by: {@code queryScale}, or {@code 1/sqrt(headDim)}. */
  public double scoreScale() {
    return queryScale != null ? queryScale : 1 / Math.sqrt(headDim);
  }

  /** Query heads per key/value head. */
  public int groupSize() {
    return heads / kvHeads;
  }
}
