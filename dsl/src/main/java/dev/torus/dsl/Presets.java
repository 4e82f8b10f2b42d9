package dev.torus.dsl;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import dev.torus.artifact.DType;
import java.util.function.Supplier;

/** Built-in model configurations, by the names the CLI accepts ({@code --model tiny}). */
public final class Presets {
  private Presets() {}

  /**
   * A LLaMA-architecture model: RMSNorm, rotate-half RoPE, GQA attention without biases, SwiGLU
   * feedforward, sequential residuals, untied output projection.
   */
  public static ModelSpec.Builder llama(String name, int vocab, int width, int depth, int heads, int kvHeads,
      int ffnHidden, double eps, double ropeTheta) {
    return ModelSpec.builder(name).vocab(vocab).width(width).depth(depth).heads(heads).kvHeads(kvHeads)
        .rope(ropeTheta).causal(true).norm(Norm.rms(eps)).feedForward(FeedForward.swiglu(ffnHidden))
        .residual(Residual.SEQUENTIAL);
  }

  /** The bundled demo model: LLaMA architecture, width 64, 2 layers, 4 query and 2 key/value heads. */
  public static ModelSpec tiny() {
    return llama("tiny", 256, 64, 2, 4, 2, 172, 1e-6, 10000).build();
  }

  /** LLaMA-2-7B's shapes (bf16 parameters), for compile-only use. */
  public static ModelSpec llama2_7b() {
    return llama("llama2-7b", 32000, 4096, 32, 32, 32, 11008, 1e-5, 10000).paramType(DType.BF16).build();
  }

  /** LLaMA-2-13B's shapes (bf16 parameters), for compile-only use. */
  public static ModelSpec llama2_13b() {
    return llama("llama2-13b", 32000, 5120, 40, 40, 40, 13824, 1e-5, 10000).paramType(DType.BF16).build();
  }

  /** LLaMA-2-70B's shapes (GQA with 8 key/value heads, bf16 parameters), for compile-only use. */
  public static ModelSpec llama2_70b() {
    return llama("llama2-70b", 32000, 8192, 80, 64, 8, 28672, 1e-5, 10000).paramType(DType.BF16).build();
  }

  /**
   * Mistral-7B-v0.1's shapes (GQA with 8 key/value heads, a 4096-token sliding window in every layer,
   * bf16 parameters), for compile-only use.
   */
  public static ModelSpec mistral7b() {
    return llama("mistral-7b", 32000, 4096, 32, 32, 8, 14336, 1e-5, 10000).paramType(DType.BF16)
        .slidingWindow(SlidingWindow.everyLayer(4096)).build();
  }

  /**
   * The model sizes of the Ring Attention paper's experiments (3B, 7B, 13B, 30B, 65B), LLaMA-style with
   * LLaMA-1's shapes (OpenLLaMA's for 3B; "30B" is LLaMA-1's 32.5B), bf16 parameters.
   */
  public static ModelSpec paperSize(String name, int width, int depth, int heads, int ffnHidden) {
    return llama(name, 32000, width, depth, heads, heads, ffnHidden, 1e-6, 10000).paramType(DType.BF16).build();
  }

  /** Meta-Llama-3-8B's shapes: GQA with 8 key/value heads, RoPE base 500000, bf16, for compile-only use. */
  public static ModelSpec llama3_8b() {
    return llama("llama3-8b", 128256, 4096, 32, 32, 8, 14336, 1e-5, 500000).paramType(DType.BF16).build();
  }

  /** Llama-3.2-1B's shapes: tied embeddings, head dim 64, RoPE type llama3 (factor 32 over 8192), bf16. */
  public static ModelSpec llama3_2_1b() {
    return llama("llama3.2-1b", 128256, 2048, 16, 32, 8, 8192, 1e-5, 500000).headDim(64).tiedEmbeddings(true)
        .ropeScaling(new RopeScaling.Llama3(32, 1, 4, 8192)).paramType(DType.BF16).build();
  }

  /** Qwen2.5-7B's shapes: biases on q/k/v, 4 key/value heads, RoPE base 1e6, bf16. */
  public static ModelSpec qwen2_5_7b() {
    return llama("qwen2.5-7b", 152064, 3584, 28, 28, 4, 18944, 1e-6, 1_000_000).attentionBias(true, false)
        .paramType(DType.BF16).build();
  }

  /** Qwen3-8B's shapes: per-head q/k RMSNorm, head dim 128, 8 key/value heads, RoPE base 1e6, bf16. */
  public static ModelSpec qwen3_8b() {
    return llama("qwen3-8b", 151936, 4096, 36, 32, 8, 12288, 1e-6, 1_000_000).headDim(128).qkNorm(Norm.rms(1e-6))
        .paramType(DType.BF16).build();
  }

  /**
   * Phi-3-mini-4k's shapes: width 3072, 32 layers of 32 heads (no GQA), MLP 8192, vocabulary 32064,
   * RMSNorm eps 1e-5, q/k/v and gate/up stored fused ({@link FusedWeights#phi3}), its 2047-token
   * sliding window in every layer, padding token 32000 (its {@code pad_token_id}), bf16.
   */
  public static ModelSpec phi3Mini() {
    return llama("phi3-mini", 32064, 3072, 32, 32, 32, 8192, 1e-5, 10000).fusedWeights(FusedWeights.phi3())
        .slidingWindow(SlidingWindow.everyLayer(2047)).paddingToken(32000).paramType(DType.BF16).build();
  }

  /**
   * Gemma-2-9B's shapes: (1 + w) RMSNorm with post-attention and post-feedforward norms, GeGLU (tanh),
   * embeddings times sqrt(3584), head dim 256 with score scale 256^-1/2, a 4096-token window in every
   * other layer (local first), attention scores soft-capped at 50 and logits at 30, tied, padding token
   * 0, bf16.
   */
  public static ModelSpec gemma2_9b() {
    Norm norm = Norm.rms(1e-6).withWeightOffset(1);
    return llama("gemma2-9b", 256000, 3584, 42, 16, 8, 14336, 1e-6, 10000).headDim(256)
        .norm(norm).postAttentionNorm(norm).postFeedForwardNorm(norm).feedForward(FeedForward.geglu(14336))
        .embeddingScale(Math.sqrt(3584)).queryScale(1 / Math.sqrt(256)).tiedEmbeddings(true)
        .slidingWindow(SlidingWindow.pattern(4096, java.util.List.of(true, false)))
        .logitSoftCap(50.0).finalLogitSoftCap(30.0).paddingToken(0).paramType(DType.BF16).build();
  }

  /**
   * Gemma-3-4B's text model: Gemma 2's parts without soft caps, (1 + w) q/k RMSNorm, a 1024-token
   * window in five of every six layers, whose RoPE has base 10000; the global layers' base is 1e6
   * with linear scaling by 8; head dim 256, tied, padding token 0, bf16.
   */
  public static ModelSpec gemma3_4b() {
    Norm norm = Norm.rms(1e-6).withWeightOffset(1);
    java.util.List<Boolean> local = java.util.List.of(true, true, true, true, true, false);
    return llama("gemma3-4b", 262208, 2560, 34, 8, 4, 10240, 1e-6, 1_000_000).headDim(256)
        .ropeScaling(new RopeScaling.Linear(8)).layerRope(LayerRope.plain(10000, local))
        .norm(norm).postAttentionNorm(norm).postFeedForwardNorm(norm).qkNorm(norm)
        .feedForward(FeedForward.geglu(10240)).embeddingScale(Math.sqrt(2560)).queryScale(1 / Math.sqrt(256))
        .tiedEmbeddings(true).slidingWindow(SlidingWindow.pattern(1024, local)).paddingToken(0)
        .paramType(DType.BF16).build();
  }

  private static final ImmutableMap<String, Supplier<ModelSpec>> BY_NAME = ImmutableMap.<String, Supplier<ModelSpec>>builder()
      .put("tiny", Presets::tiny)
      .put("llama2-7b", Presets::llama2_7b)
      .put("llama2-13b", Presets::llama2_13b)
      .put("llama2-70b", Presets::llama2_70b)
      .put("mistral-7b", Presets::mistral7b)
      .put("llama-3b", () -> paperSize("llama-3b", 3200, 26, 32, 8640))
      .put("llama-7b", () -> paperSize("llama-7b", 4096, 32, 32, 11008))
      .put("llama-13b", () -> paperSize("llama-13b", 5120, 40, 40, 13824))
      .put("llama-30b", () -> paperSize("llama-30b", 6656, 60, 52, 17920))
      .put("llama-65b", () -> paperSize("llama-65b", 8192, 80, 64, 22016))
      .put("llama3-8b", Presets::llama3_8b)
      .put("llama3.2-1b", Presets::llama3_2_1b)
      .put("qwen2.5-7b", Presets::qwen2_5_7b)
      .put("qwen3-8b", Presets::qwen3_8b)
      .put("gemma2-9b", Presets::gemma2_9b)
      .put("gemma3-4b", Presets::gemma3_4b)
      .put("phi3-mini", Presets::phi3Mini)
      .buildOrThrow();

  /** The preset of that name; the error lists the known names. */
  public static ModelSpec named(String name) {
    Supplier<ModelSpec> s = BY_NAME.get(name);
    checkArgument(s != null, "unknown built-in model '%s'; known: %s (or a Hugging Face model directory)",
        name, String.join(", ", BY_NAME.keySet()));
    return s.get();
  }

  public static boolean isPreset(String name) {
    return BY_NAME.containsKey(name);
  }

  /** The built-in names, comma-separated. */
  public static String names() {
    return String.join(", ", BY_NAME.keySet());
  }
}
