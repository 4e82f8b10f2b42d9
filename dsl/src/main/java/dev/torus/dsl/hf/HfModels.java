package dev.torus.dsl.hf;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.artifact.DType;
import dev.torus.hf.HfConfig;
import dev.torus.hf.HfRopeScaling;
import dev.torus.dsl.RopeScaling;
import dev.torus.dsl.Attention;
import dev.torus.dsl.Block;
import dev.torus.dsl.Residual;
import java.io.IOException;
import java.nio.file.Files;
import dev.torus.dsl.FeedForward;
import dev.torus.dsl.FusedWeights;
import dev.torus.dsl.LayerRope;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Norm;
import dev.torus.dsl.Presets;
import dev.torus.dsl.SlidingWindow;
import java.nio.file.Path;

/**
 * Hugging Face configurations as Torus model specs: {@code model_type} {@code llama}, {@code mistral},
 * {@code qwen2}, {@code qwen3}, {@code gemma}, {@code gemma2} and {@code gemma3_text}, each mapped onto the DSL's parts. This is the one place that knows
 * families.
 */
public final class HfModels {
  private static final ObjectMapper JSON = new ObjectMapper();

  private HfModels() {}

  /**
   * The spec of a config: RMSNorm, rotate-half RoPE (scaled as the config says), GQA, SwiGLU,
   * sequential residuals, and per family: LLaMA's optional biases ({@code attention_bias},
   * {@code mlp_bias}); Mistral's {@code sliding_window} as a {@link SlidingWindow} in every layer, no
   * biases; Qwen2's biases on q/k/v only; Qwen3's per-head q/k RMSNorm and optional
   * {@code attention_bias}; Phi-3's fused {@code qkv_proj} and {@code gate_up_proj} ({@link FusedWeights}),
   * partial RoPE and {@code sliding_window} in every layer, no biases.
   * Gemma's {@code (1 + w)} RMSNorm, GeGLU ({@code gelu_pytorch_tanh}) and
   * embedding scale {@code sqrt(hidden_size)}; Gemma 2's post-attention and post-feedforward norms,
   * score scale {@code query_pre_attn_scalar^-1/2} and window in the {@code sliding_attention} layers
   * and attention and final logit soft caps; Gemma 3's ({@code gemma3_text}) Gemma 2 parts with
   * {@code (1 + w)} q/k RMSNorm and a {@link LayerRope} of base {@code rope_local_base_freq} in the
   * windowed layers (a LLaMA-family config with {@code hidden_act gelu_pytorch_tanh} gets GeGLU too). Parameters stay in the checkpoint's type when it is bf16 or f32; f16
   * checkpoints are widened to f32 (Torus keeps parameters in f32 or bf16).
   */
  public static ModelSpec toSpec(String name, HfConfig c) {
    DType params = "bfloat16".equals(c.torchDtype()) ? DType.BF16 : DType.F32;
    ModelSpec.Builder b = Presets.llama(name, c.vocabSize(), c.hiddenSize(), c.numHiddenLayers(),
            c.numAttentionHeads(), c.numKeyValueHeads(), c.intermediateSize(), c.rmsNormEps(), c.ropeTheta())
        .headDim(c.headDim())
        .ropeScaling(ropeScaling(c))
        .feedForward((c.hiddenAct().equals("gelu_pytorch_tanh") ? FeedForward.geglu(c.intermediateSize())
            : FeedForward.swiglu(c.intermediateSize())).withBias(c.mlpBias()))
        .norm(Norm.rms(c.rmsNormEps()))
        .tiedEmbeddings(c.tieWordEmbeddings())
        .paddingToken(c.padTokenId())
        .paramType(params);
    switch (c.modelType()) {
      case "llama" -> b.attentionBias(c.attentionBias(), c.attentionBias());
      case "mistral" -> b.attentionBias(false, false).slidingWindow(
          c.slidingWindow() == null ? null : SlidingWindow.everyLayer(c.slidingWindow()));
      case "qwen2" -> b.attentionBias(true, false);
      case "qwen3" -> b.attentionBias(c.attentionBias(), c.attentionBias()).qkNorm(Norm.rms(c.rmsNormEps()));
      case "phi3" -> b.attentionBias(false, false).fusedWeights(FusedWeights.phi3()).rotaryDim(c.rotaryDim())
          .slidingWindow(c.slidingWindow() == null ? null : SlidingWindow.everyLayer(c.slidingWindow()));
      case "gemma" -> gemma(b, c);
      case "gemma2" -> gemma2(b, c);
      case "gemma3_text" -> {
        Norm norm = gemma2(b, c);
        b.qkNorm(norm);
        if (c.ropeLocalBaseFreq() != null && c.windowedLayers() != null) {
          b.layerRope(LayerRope.plain(c.ropeLocalBaseFreq(), shortestPeriod(c.windowedLayers())));
        }
      }
      default -> throw new IllegalArgumentException("model_type '" + c.modelType() + "' has no mapping to a Torus "
          + "model; known: llama, mistral, qwen2, qwen3, gemma, gemma2, gemma3_text, phi3");
    }
    return b.build();
  }

  /**
   * Gemma 2's parts on top of Gemma's: post-attention and post-feedforward norms, score scale
   * {@code query_pre_attn_scalar^-1/2}, the window in the {@code sliding_attention} layers, and the
   * attention and final logit soft caps. Returns the norm.
   */
  private static Norm gemma2(ModelSpec.Builder b, HfConfig c) {
    Norm norm = gemma(b, c);
    b.postAttentionNorm(norm).postFeedForwardNorm(norm)
        .queryScale(1 / Math.sqrt(c.queryPreAttnScalar()))
        .slidingWindow(c.slidingWindow() == null ? null : SlidingWindow.pattern(c.slidingWindow(),
            shortestPeriod(c.windowedLayers())))
        .logitSoftCap(c.attnLogitSoftcapping())
        .finalLogitSoftCap(c.finalLogitSoftcapping());
    return norm;
  }

  /**
   * Gemma's parts on top of LLaMA's: RMSNorm with the {@code (1 + w)} weight everywhere, embeddings
   * times {@code sqrt(hidden_size)}, {@code attention_bias} on all four projections. Returns the norm.
   */
  private static Norm gemma(ModelSpec.Builder b, HfConfig c) {
    Norm norm = Norm.rms(c.rmsNormEps()).withWeightOffset(1);
    b.norm(norm).embeddingScale(Math.sqrt(c.hiddenSize())).attentionBias(c.attentionBias(), c.attentionBias());
    return norm;
  }

  /** The shortest prefix of {@code layers} that, repeated, gives {@code layers} ({@code [true, false]} for alternating). */
  static java.util.List<Boolean> shortestPeriod(java.util.List<Boolean> layers) {
    for (int p = 1; p < layers.size(); p++) {
      boolean periodic = true;
      for (int l = p; l < layers.size() && periodic; l++) {
        periodic = layers.get(l).equals(layers.get(l % p));
      }
      if (periodic) {
        return layers.subList(0, p);
      }
    }
    return layers;
  }

  /** The DSL's RoPE scaling for the config's, with {@code transformers}' defaults for what it leaves out. */
  static RopeScaling ropeScaling(HfConfig c) {
    HfRopeScaling s = c.ropeScaling();
    if (s == null) {
      return null;
    }
    return switch (s.type()) {
      case "linear" -> new RopeScaling.Linear(s.factor());
      case "dynamic" -> new RopeScaling.DynamicNtk(s.factor(), c.maxPositionEmbeddings());
      case "llama3" -> new RopeScaling.Llama3(s.factor(), s.lowFreqFactor(), s.highFreqFactor(),
          s.originalMaxPositionEmbeddings());
      case "yarn" -> {
        int original = s.originalMaxPositionEmbeddings();
        double factor = s.factor() != null ? s.factor() : (double) c.maxPositionEmbeddings() / original;
        double attention = s.attentionFactor() != null ? s.attentionFactor()
            : RopeScaling.Yarn.defaultAttentionFactor(factor, s.mscale(), s.mscaleAllDim());
        yield new RopeScaling.Yarn(factor, original, attention, orDefault(s.betaFast(), 32),
            orDefault(s.betaSlow(), 1), s.truncate() == null || s.truncate());
      }
      case "longrope" -> {
        int original = s.originalMaxPositionEmbeddings();
        double factor = s.factor() != null ? s.factor() : (double) c.maxPositionEmbeddings() / original;
        double attention = s.attentionFactor() != null ? s.attentionFactor()
            : RopeScaling.LongRope.defaultAttentionFactor(factor, original);
        yield new RopeScaling.LongRope(s.shortFactor(), s.longFactor(), original, attention);
      }
      default -> throw new IllegalArgumentException("rope_type '" + s.type() + "' has no Torus RoPE scaling");
    };
  }

  /** {@code transformers}' {@code value or default}: absent and 0 both take the default. */
  private static double orDefault(Double value, double absent) {
    return value == null || value == 0 ? absent : value;
  }

  /**
   * Writes {@code config.json} for a LLaMA-architecture spec (a Mistral one with a sliding window) as
   * transformers 5 writes it, so that {@link #fromDirectory} and {@code from_pretrained} both read it back.
   *
   * @throws IllegalArgumentException naming the part of the spec LLaMA cannot express
   */
  public static void writeConfig(ModelSpec m, Path dir) throws IOException {
    ObjectNode c = configJson(m);
    Files.createDirectories(dir);
    JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("config.json").toFile(), c);
  }

  /**
   * Whether a LLaMA or Mistral {@code config.json} can describe {@code m}: causal, plain RoPE, RMSNorm,
   * SwiGLU, sequential residuals, no query/key norm, the default score scale, and no sliding window or
   * Mistral's.
   */
  public static boolean isLlama(ModelSpec m) {
    Block b = m.block();
    Attention a = b.attention();
    return b.residual() == Residual.SEQUENTIAL && b.attentionNorm().kind() == Norm.Kind.RMS
        && b.ffn().kind() == FeedForward.Kind.SWIGLU && a.ropeTheta() != null && a.causal()
        && a.qkvBias() == a.outBias() && m.finalNorm().equals(b.attentionNorm())
        && a.ropeScaling() == null && a.qkNorm() == null && a.queryScale() == null
        && a.rotaryDim() == null && m.fusedWeights() == null
        && b.attentionNorm().weightOffset() == 0 && m.embeddingScale() == null
        && b.postAttentionNorm() == null && b.postFfnNorm() == null
        && a.logitSoftCap() == null && a.layerRope() == null && m.finalLogitSoftCap() == null
        && (a.slidingWindow() == null || isMistral(m));
  }

  /** Whether {@code m} is a Mistral: the LLaMA parts without biases, with the same sliding window in every layer. */
  private static boolean isMistral(ModelSpec m) {
    Attention a = m.attention();
    return a.slidingWindow() != null && a.slidingWindow().everyLayerWindowed() && !a.qkvBias() && !a.outBias()
        && !m.block().ffn().bias();
  }

  /**
   * Whether {@code m} is a Phi-3: LLaMA's parts without biases, q/k/v and gate/up fused
   * ({@link FusedWeights#phi3}), optionally partial RoPE, LongRoPE and one sliding window in every layer.
   */
  public static boolean isPhi3(ModelSpec m) {
    Block b = m.block();
    Attention a = b.attention();
    return FusedWeights.phi3().equals(m.fusedWeights()) && b.residual() == Residual.SEQUENTIAL
        && b.attentionNorm().kind() == Norm.Kind.RMS && b.ffn().kind() == FeedForward.Kind.SWIGLU && !b.ffn().bias()
        && a.ropeTheta() != null && a.causal() && !a.qkvBias() && !a.outBias() && m.finalNorm().equals(b.attentionNorm())
        && (a.ropeScaling() == null || a.ropeScaling() instanceof RopeScaling.LongRope) && a.qkNorm() == null
        && a.queryScale() == null && (a.slidingWindow() == null || a.slidingWindow().everyLayerWindowed())
        && (a.rotaryDim() == null || (int) (a.headDim() * ((double) a.rotaryDim() / a.headDim())) == a.rotaryDim());
  }

  /** Whether {@link #configJson} can describe {@code m} ({@link #isLlama} or {@link #isPhi3}). */
  public static boolean hasConfigJson(ModelSpec m) {
    return isLlama(m) || isPhi3(m);
  }

  /**
   * The {@code config.json} of {@link #writeConfig} as a JSON object: LLaMA's, Mistral's or Phi-3's.
   *
   * @throws IllegalArgumentException naming the part of the spec LLaMA cannot express
   */
  public static ObjectNode configJson(ModelSpec m) {
    if (isPhi3(m)) {
      return phi3ConfigJson(m);
    }
    checkArgument(isLlama(m),
        "model %s is not a LLaMA architecture (causal, plain RoPE, RMSNorm, SwiGLU, sequential residuals, no "
            + "query/key norm, scale 1/sqrt(head dim)); no config.json for it", m.name());
    Block b = m.block();
    Attention a = b.attention();
    ObjectNode c = JSON.createObjectNode();
    boolean mistral = a.slidingWindow() != null;   // isLlama: then a Mistral
    c.putArray("architectures").add(mistral ? "MistralForCausalLM" : "LlamaForCausalLM");
    c.put("model_type", mistral ? "mistral" : "llama");
    c.put("hidden_size", m.width());
    c.put("intermediate_size", b.ffn().hidden());
    c.put("num_hidden_layers", m.depth());
    c.put("num_attention_heads", a.heads());
    c.put("num_key_value_heads", a.kvHeads());
    c.put("head_dim", a.headDim());
    c.put("hidden_act", "silu");
    c.put("rms_norm_eps", b.attentionNorm().eps());
    c.putObject("rope_parameters").put("rope_theta", a.ropeTheta()).put("rope_type", "default");
    c.put("vocab_size", m.vocabSize());
    c.put("tie_word_embeddings", m.tiedEmbeddings());
    if (m.paddingToken() != null) {
      c.put("pad_token_id", m.paddingToken());
    }
    if (mistral) {
      c.put("sliding_window", a.slidingWindow().size());
    } else {
      c.put("attention_bias", a.qkvBias());
      c.put("mlp_bias", b.ffn().bias());
    }
    c.put("max_position_embeddings", 4096);
    c.put("dtype", m.paramType() == DType.BF16 ? "bfloat16" : "float32");
    return c;
  }

  /** A Phi-3's {@code config.json} as transformers 5 writes it ({@link #isPhi3} holds). */
  private static ObjectNode phi3ConfigJson(ModelSpec m) {
    Attention a = m.attention();
    ObjectNode c = JSON.createObjectNode();
    c.putArray("architectures").add("Phi3ForCausalLM");
    c.put("model_type", "phi3");
    c.put("hidden_size", m.width());
    c.put("intermediate_size", m.block().ffn().hidden());
    c.put("num_hidden_layers", m.depth());
    c.put("num_attention_heads", a.heads());
    c.put("num_key_value_heads", a.kvHeads());
    c.put("head_dim", a.headDim());
    c.put("hidden_act", "silu");
    c.put("rms_norm_eps", m.block().attentionNorm().eps());
    double partial = a.rotaryDim() == null ? 1.0 : (double) a.rotaryDim() / a.headDim();
    c.put("partial_rotary_factor", partial);
    ObjectNode rope = c.putObject("rope_parameters").put("rope_theta", a.ropeTheta()).put("partial_rotary_factor", partial);
    int maxPositions = 4096;
    if (a.ropeScaling() instanceof RopeScaling.LongRope l) {
      rope.put("rope_type", "longrope").put("original_max_position_embeddings", l.originalMaxPositions())
          .put("attention_factor", l.attentionFactor());
      l.shortFactor().forEach(rope.withArray("short_factor")::add);
      l.longFactor().forEach(rope.withArray("long_factor")::add);
      c.put("original_max_position_embeddings", l.originalMaxPositions());
      maxPositions = Math.max(maxPositions, l.originalMaxPositions());
    } else {
      rope.put("rope_type", "default");
    }
    c.put("vocab_size", m.vocabSize());
    c.put("tie_word_embeddings", m.tiedEmbeddings());
    if (a.slidingWindow() != null) {
      c.put("sliding_window", a.slidingWindow().size());
    }
    c.put("max_position_embeddings", maxPositions);
    c.putNull("pad_token_id");   // Phi3Config's default, 32000, is outside a smaller vocabulary: torch refuses it
    c.put("dtype", m.paramType() == DType.BF16 ? "bfloat16" : "float32");
    return c;
  }

  /** The spec of the model in {@code dir} (its {@code config.json}), named after the directory. */
  public static ModelSpec fromDirectory(Path dir) {
    HfConfig config = HfConfig.read(dir.resolve("config.json"));
    String base = dir.toAbsolutePath().normalize().getFileName() == null ? "model"
        : dir.toAbsolutePath().normalize().getFileName().toString();
    String name = base.replaceAll("[^A-Za-z0-9_.-]", "_");
    return toSpec(name.matches("[A-Za-z_].*") ? name : "m_" + name, config);
  }
}
