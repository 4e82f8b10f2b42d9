package dev.torus.hf;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The rules {@link HfConfig#read} applies to each field of a {@code config.json}: which it reads,
 * which it accepts only at the value that leaves LLaMA unchanged, and which it ignores.
 */
final class HfConfigFields {
  static final String MODEL_TYPE = "llama";
  /** Mistral: LLaMA's parts without biases, with a sliding window in every layer. */
  static final String MISTRAL = "mistral";
  /**
   * Phi-3: LLaMA's parts without biases, q/k/v and gate/up stored fused, optionally partial RoPE
   * and a sliding window in every layer.
   */
  static final String PHI3 = "phi3";
  /** The model types whose {@code sliding_window} windows every layer. */
  static final ImmutableSet<String> WINDOWED = ImmutableSet.of(MISTRAL, PHI3);
  /** The model types read, each with the fields its {@code transformers} class does not have (refused when set). */
  static final ImmutableMap<String, ImmutableSet<String>> MODEL_TYPES = ImmutableMap.of(
      "llama", ImmutableSet.of("max_window_layers"),
      MISTRAL, ImmutableSet.of("max_window_layers", "pretraining_tp"),
      "qwen2", ImmutableSet.of("attention_bias", "mlp_bias", "pretraining_tp"),
      "qwen3", ImmutableSet.of("mlp_bias", "pretraining_tp"),
      "gemma", ImmutableSet.of("mlp_bias", "pretraining_tp", "max_window_layers", "sliding_window", "use_sliding_window",
          "layer_types", "query_pre_attn_scalar", "sliding_window_size", "attn_logit_softcapping",
          "final_logit_softcapping", "rope_local_base_freq", "sliding_window_pattern"),
      "gemma2", ImmutableSet.of("mlp_bias", "pretraining_tp", "max_window_layers", "use_sliding_window",
          "rope_local_base_freq", "sliding_window_pattern"),
      "gemma3_text", ImmutableSet.of("mlp_bias", "pretraining_tp", "max_window_layers", "use_sliding_window",
          "sliding_window_size"),
      PHI3, ImmutableSet.of("pretraining_tp", "max_window_layers", "use_sliding_window", "layer_types"));
  /** Phi-3's old RoPE type names, as {@code Phi3Config} renames them. */
  static final ImmutableMap<String, String> PHI3_ROPE_ALIASES = ImmutableMap.of("su", "longrope", "yarn", "longrope");
  static final String HIDDEN_ACT = "silu";
  /** The tanh-approximated GELU, Gemma's gate activation. */
  static final String GELU_TANH = "gelu_pytorch_tanh";
  /** The MLP gate activations Torus computes as {@code transformers} does. */
  static final ImmutableSet<String> HIDDEN_ACTS = ImmutableSet.of(HIDDEN_ACT, GELU_TANH);
  static final String GEMMA = "gemma";
  static final String GEMMA2 = "gemma2";
  /** Gemma 3's text model: Gemma 2's parts with (1 + w) q/k norms and a RoPE base of its own in the windowed layers. */
  static final String GEMMA3 = "gemma3_text";
  /** The model types whose {@code sliding_window} Torus reads. */
  static final ImmutableSet<String> WINDOWED_TYPES = ImmutableSet.of(MISTRAL, PHI3, GEMMA2, GEMMA3);
  /** The model types that read Gemma 2's fields: window per layer, {@code query_pre_attn_scalar}, soft caps. */
  static final ImmutableSet<String> GEMMA2_LIKE = ImmutableSet.of(GEMMA2, GEMMA3);
  /** Gemma 2's soft caps when its config leaves the field out ({@code Gemma2Config}'s defaults; an explicit null is none). */
  static final double GEMMA2_ATTN_SOFTCAP = 50.0;
  static final double GEMMA2_FINAL_SOFTCAP = 30.0;
  /** Gemma 3's RoPE bases when absent ({@code Gemma3TextConfig.default_theta}) and its default window pattern. */
  static final double GEMMA3_ROPE_THETA = 1_000_000.0;
  static final double GEMMA3_LOCAL_ROPE_THETA = 10_000.0;
  static final int GEMMA3_SLIDING_WINDOW_PATTERN = 6;
  /** Fields only the Gemma config classes have: refused (when set) for the other model types. */
  static final ImmutableSet<String> GEMMA_FIELDS = ImmutableSet.of("hidden_activation", "query_pre_attn_scalar",
      "sliding_window_size", "attn_logit_softcapping", "final_logit_softcapping", "use_bidirectional_attention",
      "rope_local_base_freq", "sliding_window_pattern");
  /** Gemma's {@code head_dim} and Gemma 2's {@code sliding_window} and {@code query_pre_attn_scalar} when absent. */
  static final int GEMMA_HEAD_DIM = 256;
  static final int GEMMA2_SLIDING_WINDOW = 4096;
  static final double GEMMA2_QUERY_PRE_ATTN_SCALAR = 256;

  /** Fields {@link HfConfig} reads or checks (each has a rule in {@link #toConfig}). */
  static final ImmutableSet<String> READ = ImmutableSet.of(
      "model_type", "hidden_size", "intermediate_size", "num_hidden_layers", "num_attention_heads",
      "num_key_value_heads", "head_dim", "rms_norm_eps", "vocab_size", "max_position_embeddings", "hidden_act",
      "tie_word_embeddings", "attention_bias", "mlp_bias", "torch_dtype", "dtype",
      "rope_theta", "rope_scaling", "rope_parameters", "partial_rotary_factor", "pretraining_tp",
      "sliding_window", "use_sliding_window", "max_window_layers", "layer_types", "use_mrope", "is_encoder_decoder", "add_cross_attention",
      "pruned_heads", "quantization_config", "auto_map", "original_max_position_embeddings",
      "hidden_activation", "query_pre_attn_scalar", "sliding_window_size", "attn_logit_softcapping",
      "final_logit_softcapping", "use_bidirectional_attention", "rope_local_base_freq", "sliding_window_pattern",
      "pad_token_id");

  /**
   * Fields with no effect on the logits of one forward pass, ignored whatever their value: token
   * ids, training-only settings (dropout, initialisation), output switches, labels, bookkeeping,
   * and the generation settings that {@code transformers} 4.x wrote into every config.
   */
  static final ImmutableSet<String> IGNORED = ImmutableSet.of(
      "architectures", "transformers_version", "_name_or_path", "_commit_hash", "tokenizer_class", "prefix",
      "bos_token_id", "eos_token_id", "sep_token_id", "decoder_start_token_id",
      "initializer_range", "attention_dropout", "resid_pdrop", "embd_pdrop", "use_cache", "chunk_size_feed_forward",
      "output_attentions", "output_hidden_states", "return_dict", "torchscript", "use_bfloat16", "tf_legacy_loss",
      "is_decoder", "tie_encoder_decoder", "cross_attention_hidden_size",
      "id2label", "label2id", "num_labels", "problem_type", "finetuning_task", "task_specific_params",
      // generation settings (GenerationConfig's defaults as transformers 4.x saved them)
      "max_length", "min_length", "do_sample", "early_stopping", "num_beams", "num_beam_groups",
      "diversity_penalty", "temperature", "top_k", "top_p", "typical_p", "epsilon_cutoff", "eta_cutoff",
      "repetition_penalty", "encoder_repetition_penalty", "length_penalty", "no_repeat_ngram_size",
      "encoder_no_repeat_ngram_size", "bad_words_ids", "num_return_sequences", "output_scores",
      "return_dict_in_generate", "forced_bos_token_id", "forced_eos_token_id", "remove_invalid_values",
      "exponential_decay_length_penalty", "suppress_tokens", "begin_suppress_tokens",
      // the KV cache kind generate() uses (Gemma 2's "hybrid"): no effect on one forward pass
      "cache_implementation",
      // Gemma 3's private copy of sliding_window_pattern that transformers saves; no config class reads it back
      // (layer_types, or else sliding_window_pattern, decide the windowed layers)
      "_sliding_window_pattern");

  static {
    if (!Sets.intersection(READ, IGNORED).isEmpty()) {
      throw new AssertionError("fields both read and ignored: " + Sets.intersection(READ, IGNORED));
    }
  }

  private final JsonNode root;
  private final String source;

  HfConfigFields(JsonNode root, String source) {
    this.root = root;
    this.source = source;
  }

  HfConfig toConfig() {
    String modelType = string("model_type", null);
    if (modelType == null) {
      throw error("no model_type; it is required");
    }
    if (!MODEL_TYPES.containsKey(modelType)) {
      throw error("model_type '" + modelType + "' is not supported; Torus implements " + MODEL_TYPES.keySet());
    }
    for (String notAField : MODEL_TYPES.get(modelType)) {
      if (present(notAField)) {
        throw error(notAField + " " + root.get(notAField) + " is not a setting of model_type '" + modelType
            + "' (transformers would ignore it); Torus refuses it rather than guess what was meant");
      }
    }
    boolean gemma = modelType.equals(GEMMA) || GEMMA2_LIKE.contains(modelType);
    if (!gemma) {
      for (String gemmaField : GEMMA_FIELDS) {
        if (present(gemmaField)) {
          throw error(gemmaField + " " + root.get(gemmaField) + " is not a setting of model_type '" + modelType
              + "' (only Gemma's); Torus refuses it rather than guess what was meant");
        }
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!READ.contains(field.getKey()) && !IGNORED.contains(field.getKey())) {
        throw error("unknown field '" + field.getKey() + "' = " + field.getValue() + "; Torus does not know whether "
            + "it changes the model, so it refuses the checkpoint rather than ignore it");
      }
    }
    HfGemmaFields family = new HfGemmaFields(this, root);
    String hiddenAct = family.hiddenAct(modelType);
    refuseUnsupported(modelType);
    int hidden = positiveInt("hidden_size", null);
    int heads = positiveInt("num_attention_heads", null);
    if (!present("head_dim") && hidden % heads != 0 && !modelType.equals("qwen3") && !gemma) {
      throw error("num_attention_heads " + heads + " does not divide hidden_size " + hidden
          + " and head_dim is not set");
    }
    int kvHeads = positiveInt("num_key_value_heads", heads);
    int maxPositions = positiveInt("max_position_embeddings", null);
    if (heads % kvHeads != 0) {
      throw error("num_key_value_heads " + kvHeads + " must divide num_attention_heads " + heads);
    }
    int depth = positiveInt("num_hidden_layers", null);
    java.util.List<Boolean> windowed = GEMMA2.equals(modelType) ? family.windowedLayers(depth, l -> l % 2 == 0)
        : GEMMA3.equals(modelType) ? family.gemma3WindowedLayers(depth) : null;
    Integer window = WINDOWED.contains(modelType) && present("sliding_window") ? positiveInt("sliding_window", null) : null;
    if (windowed != null) {
      window = positiveInt("sliding_window", GEMMA2_SLIDING_WINDOW);
      JsonNode size = root.path("sliding_window_size");
      if (present("sliding_window_size") && !(size.isIntegralNumber() && size.intValue() == (int) window)) {
        throw error("sliding_window_size " + size + " and sliding_window " + window + " disagree");
      }
      if (!windowed.contains(true)) {
        windowed = null;
        window = null;
      }
    }
    int headDim = positiveInt("head_dim", modelType.equals("qwen3") ? QWEN3_HEAD_DIM
        : gemma ? GEMMA_HEAD_DIM : hidden / heads);
    boolean gemma3 = GEMMA3.equals(modelType);
    HfGemmaFields.Gemma3Rope gemma3Rope = gemma3 ? family.gemma3Rope(maxPositions) : null;
    try {
      return new HfConfig(
          modelType, hidden, positiveInt("intermediate_size", null), depth,
          heads, kvHeads, headDim,
          positiveNumber("rms_norm_eps", null), gemma3 ? gemma3Rope.theta() : ropeTheta(),
          positiveInt("vocab_size", null),
          gemma && !present("tie_word_embeddings") || bool("tie_word_embeddings"), bool("attention_bias"),
          bool("mlp_bias"), maxPositions, hiddenAct,
          torchDtype(), gemma3 ? gemma3Rope.scaling() : ropeScaling(modelType, maxPositions), window,
          GEMMA2_LIKE.contains(modelType) ? positiveNumber("query_pre_attn_scalar", GEMMA2_QUERY_PRE_ATTN_SCALAR)
              : null,
          windowed, padTokenId(modelType, positiveInt("vocab_size", null)),
          family.softCap(modelType, "attn_logit_softcapping", GEMMA2_ATTN_SOFTCAP),
          family.softCap(modelType, "final_logit_softcapping", GEMMA2_FINAL_SOFTCAP),
          gemma3 && windowed != null ? gemma3Rope.localTheta() : null,
          rotaryDim(modelType, headDim));
    } catch (IllegalArgumentException e) {
      throw error(e.getMessage());
    }
  }

  /**
   * {@code pad_token_id}, which every family passes to its embedding as {@code padding_idx}: null for
   * none (Gemma's default is 0), a negative id counted from the end as torch counts it.
   */
  private @Nullable Integer padTokenId(String modelType, int vocab) {
    if (!present("pad_token_id")) {
      return root.has("pad_token_id") || !modelType.startsWith(GEMMA) ? null : 0;
    }
    JsonNode n = root.get("pad_token_id");
    if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < -vocab || n.intValue() >= vocab) {
      throw error("pad_token_id " + n + " must be a token id in [-" + vocab + ", " + vocab + ") (vocab_size "
          + vocab + ")");
    }
    return n.intValue() < 0 ? vocab + n.intValue() : n.intValue();
  }

  /** Qwen3's head dim when its config names none ({@code Qwen3Config.head_dim}'s default). */
  static final int QWEN3_HEAD_DIM = 128;

  /**
   * Fields accepted only at the value that leaves LLaMA unchanged; for Mistral, whose
   * {@code MistralForCausalLM} has no biases and windows every layer by {@code sliding_window}, the
   * fields it would not honour; for Qwen, {@code sliding_window} only while {@code use_sliding_window}
   * is false (Torus does not implement Qwen's windowed layers).
   */
  private void refuseUnsupported(String modelType) {
    JsonNode tp = root.path("pretraining_tp");
    if (present("pretraining_tp") && !(tp.isIntegralNumber() && tp.intValue() == 1)) {
      throw error("pretraining_tp " + tp + " is not supported; Torus implements pretraining_tp 1 "
          + "(unsplit projections) only");
    }
    if (GEMMA3.equals(modelType)) {
      requireAbsentOr("attn_logit_softcapping", n -> false, "Gemma3ForCausalLM never applies it (transformers "
          + "keeps the field but its attention takes no soft cap), so Torus refuses it rather than guess (set it to null)");
    }
    if (modelType.startsWith(GEMMA)) {
      requireAbsentOr("use_bidirectional_attention", n -> n.isBoolean() && !n.booleanValue(),
          "Torus implements Gemma's causal attention only");
    }
    if (PHI3.equals(modelType)) {
      requireAbsentOr("attention_bias", n -> n.isBoolean() && !n.booleanValue(), "Phi3ForCausalLM has no attention "
          + "biases");
      requireAbsentOr("mlp_bias", n -> n.isBoolean() && !n.booleanValue(), "Phi3ForCausalLM has no MLP biases");
      requireAbsentOr("rope_scaling", n -> isRopeType(n, "default", "longrope"),
          "Phi3ForCausalLM implements RoPE types 'default' and 'longrope' (old names 'su', 'yarn') only");
      requireAbsentOr("rope_parameters", n -> isRopeType(n, "default", "longrope"),
          "Phi3ForCausalLM implements RoPE types 'default' and 'longrope' (old names 'su', 'yarn') only");
    } else if (MISTRAL.equals(modelType)) {
      requireAbsentOr("layer_types", n -> false,
          "MistralForCausalLM applies sliding_window in every layer and does not read layer_types");
      requireAbsentOr("attention_bias", n -> n.isBoolean() && !n.booleanValue(),
          "MistralForCausalLM has no attention biases");
      requireAbsentOr("mlp_bias", n -> n.isBoolean() && !n.booleanValue(), "MistralForCausalLM has no MLP biases");
      requireAbsentOr("use_sliding_window", n -> n.isBoolean() && !n.booleanValue(),
          "use_sliding_window is not read by model_type '" + modelType + "'");
    } else if (!GEMMA2_LIKE.contains(modelType)) {   // Gemma 2's and 3's sliding_window and layer_types are read (toConfig)
      boolean windowOff = !modelType.equals(MODEL_TYPE) && !bool("use_sliding_window");
      requireAbsentOr("sliding_window", n -> windowOff || n.isNull(), "sliding-window attention is not supported for "
          + "model_type '" + modelType + "'" + (modelType.equals(MODEL_TYPE) ? " (LlamaForCausalLM has none)"
              : " with use_sliding_window true (Torus implements Mistral's window only)"));
      requireAbsentOr("use_sliding_window", n -> n.isBoolean() && !n.booleanValue(),
          "sliding-window attention is not supported for model_type '" + modelType + "'");
      requireAbsentOr("layer_types", HfConfigFields::allFullAttention,
          "Torus implements full attention in every layer only");
    }
    requireAbsentOr("use_mrope", n -> n.isBoolean() && !n.booleanValue(),
        "multimodal RoPE (Qwen2-VL's) is not supported");
    requireAbsentOr("is_encoder_decoder", n -> n.isBoolean() && !n.booleanValue(), "LLaMA is a decoder-only model");
    requireAbsentOr("add_cross_attention", n -> n.isBoolean() && !n.booleanValue(), "cross-attention is not supported");
    requireAbsentOr("pruned_heads", n -> n.isObject() && n.isEmpty(), "pruned attention heads are not supported");
    requireAbsentOr("quantization_config", JsonNode::isNull, "quantized checkpoints are not supported");
    requireAbsentOr("auto_map", JsonNode::isNull, "the checkpoint names custom model code, which Torus cannot check");
    if (!PHI3.equals(modelType)) {
      requireAbsentOr("partial_rotary_factor", HfConfigFields::isOne,
          "Torus implements RoPE over the whole head (partial_rotary_factor 1) only");
      requireAbsentOr("original_max_position_embeddings", n -> false, "a top-level "
          + "original_max_position_embeddings is read for model_type '" + PHI3 + "' only (transformers would let it "
          + "override the RoPE object's); give it in rope_parameters/rope_scaling");
    }
  }

  /** Whether RoPE object {@code n}'s type (Phi-3's old names read as theirs) is one of {@code types}. */
  private boolean isRopeType(JsonNode n, String... types) {
    if (!n.isObject()) {
      return true;   // refused with its own message by ropeObjectTheta
    }
    String type = new HfRopeFields("rope", n, this::error, PHI3_ROPE_ALIASES).type();
    return java.util.Arrays.asList(types).contains(type);
  }

  /**
   * Phi-3's rotated dimensions: {@code int(headDim * partial_rotary_factor)}, the factor from the RoPE
   * object ({@code rope_parameters}, {@code rope_scaling}) or the top level, which must agree; null
   * for the whole head (and for the other model types, which refuse a factor other than 1).
   */
  private @Nullable Integer rotaryDim(String modelType, int headDim) {
    if (!PHI3.equals(modelType)) {
      return null;
    }
    Double factor = null;
    String from = null;
    for (String field : new String[] {"partial_rotary_factor", "rope_parameters", "rope_scaling"}) {
      JsonNode n = field.equals("partial_rotary_factor") ? root.path(field) : root.path(field).path("partial_rotary_factor");
      if (n.isMissingNode() || n.isNull()) {
        continue;
      }
      String name = field.equals("partial_rotary_factor") ? field : field + ".partial_rotary_factor";
      if (!n.isNumber() || !(n.doubleValue() > 0) || n.doubleValue() > 1) {
        throw error(name + " must be a number in (0, 1], got " + n);
      }
      if (factor != null && factor != n.doubleValue()) {
        throw error(from + " " + factor + " and " + name + " " + n.doubleValue() + " disagree");
      }
      factor = n.doubleValue();
      from = name;
    }
    if (factor == null || factor == 1.0) {
      return null;
    }
    int dims = (int) (headDim * factor);
    if (dims < 2 || dims % 2 != 0) {
      throw error(from + " " + factor + " rotates " + dims + " of head_dim " + headDim + " dimensions; rotate-half "
          + "RoPE needs an even number, at least 2");
    }
    return dims == headDim ? null : dims;
  }

  /**
   * The RoPE base: from {@code rope_parameters} (5.x), {@code rope_scaling} (4.x, null for plain
   * RoPE) or the top-level {@code rope_theta}; each must be the default RoPE, and two that name a
   * base must agree.
   */
  private double ropeTheta() {
    return ropeThetaOr(HfConfig.DEFAULT_ROPE_THETA);
  }

  /** {@link #ropeTheta}, {@code absent} when no field names a base. */
  double ropeThetaOr(double absent) {
    Double theta = present("rope_theta") ? positiveNumber("rope_theta", null) : null;
    String thetaFrom = "rope_theta";
    for (String field : new String[] {"rope_parameters", "rope_scaling"}) {
      Double fromObject = ropeObjectTheta(field);
      if (fromObject == null) {
        continue;
      }
      if (theta != null && theta.doubleValue() != fromObject.doubleValue()) {
        throw error(thetaFrom + " " + theta + " and " + field + ".rope_theta " + fromObject + " disagree");
      }
      theta = fromObject;
      thetaFrom = field + ".rope_theta";
    }
    return theta != null ? theta : absent;
  }

  /**
   * The RoPE scaling of {@code rope_parameters} (5.x) or {@code rope_scaling} (4.x); null for the
   * default RoPE. When both are present, their types must agree.
   */
  @Nullable HfRopeScaling ropeScaling(String modelType, int maxPositions) {
    HfRopeScaling found = null;
    String foundIn = null;
    boolean phi3 = PHI3.equals(modelType);
    Integer original = phi3 && present("original_max_position_embeddings")
        ? positiveInt("original_max_position_embeddings", null) : null;
    for (String field : new String[] {"rope_parameters", "rope_scaling"}) {
      if (!present(field)) {
        continue;
      }
      HfRopeScaling s = new HfRopeFields(field, root.get(field), this::error,
          phi3 ? PHI3_ROPE_ALIASES : ImmutableMap.of()).scaling(maxPositions, original);
      if (foundIn != null && !java.util.Objects.equals(found, s)) {
        throw error(foundIn + " " + root.get(foundIn) + " and " + field + " " + root.get(field) + " disagree");
      }
      found = s;
      foundIn = field;
    }
    return found;
  }

  /** Checks a RoPE object ({@code rope_parameters} or {@code rope_scaling}); its base, or null. */
  private @Nullable Double ropeObjectTheta(String field) {
    JsonNode rope = root.path(field);
    if (!present(field)) {
      return null;
    }
    if (!rope.isObject()) {
      throw error(field + " " + rope + " is not supported; expected null or an object");
    }
    boolean phi3 = PHI3.equals(root.path("model_type").asText());
    new HfRopeFields(field, rope, this::error, phi3 ? PHI3_ROPE_ALIASES : ImmutableMap.of()).type();
    if (!phi3 && rope.has("partial_rotary_factor") && !isOne(rope.get("partial_rotary_factor"))) {
      throw error(field + ".partial_rotary_factor " + rope.get("partial_rotary_factor") + " is not supported; "
          + "Torus implements RoPE over the whole head only");
    }
    JsonNode theta = rope.path("rope_theta");
    if (theta.isMissingNode() || theta.isNull()) {
      return null;
    }
    if (!theta.isNumber() || !(theta.doubleValue() > 0) || !Double.isFinite(theta.doubleValue())) {
      throw error(field + ".rope_theta must be a number > 0, got " + theta);
    }
    return theta.doubleValue();
  }

  private @Nullable String torchDtype() {
    String dtype = string("dtype", null);
    String legacy = string("torch_dtype", null);
    if (dtype != null && legacy != null && !dtype.equals(legacy)) {
      throw error("dtype '" + dtype + "' and torch_dtype '" + legacy + "' disagree");
    }
    return dtype != null ? dtype : legacy;
  }

  boolean present(String field) {
    return root.has(field) && !root.get(field).isNull();
  }

  private void requireAbsentOr(String field, Predicate<JsonNode> allowed, String why) {
    if (root.has(field) && !root.get(field).isNull() && !allowed.test(root.get(field))) {
      throw error(field + " " + root.get(field) + " is not supported: " + why);
    }
  }

  private static boolean allFullAttention(JsonNode n) {
    if (!n.isArray()) {
      return false;
    }
    for (JsonNode t : n) {
      if (!t.isTextual() || !t.textValue().equals("full_attention")) {
        return false;
      }
    }
    return true;
  }

  static boolean isOne(JsonNode n) {
    return n.isNumber() && n.doubleValue() == 1.0;
  }

  @Nullable String string(String field, @Nullable String absent) {
    if (!present(field)) {
      return absent;
    }
    JsonNode n = root.get(field);
    if (!n.isTextual()) {
      throw error(field + " must be a string, got " + n);
    }
    return n.textValue();
  }

  int positiveInt(String field, @Nullable Integer absent) {
    if (!present(field)) {
      if (absent == null) {
        throw error("no " + field + "; it is required");
      }
      return absent;
    }
    JsonNode n = root.get(field);
    if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() <= 0) {
      throw error(field + " must be an integer > 0, got " + n);
    }
    return n.intValue();
  }

  double positiveNumber(String field, @Nullable Double absent) {
    if (!present(field)) {
      if (absent == null) {
        throw error("no " + field + "; it is required");
      }
      return absent;
    }
    JsonNode n = root.get(field);
    if (!n.isNumber() || !(n.doubleValue() > 0) || !Double.isFinite(n.doubleValue())) {
      throw error(field + " must be a number > 0, got " + n);
    }
    return n.doubleValue();
  }

  private boolean bool(String field) {
    if (!present(field)) {
      return false;
    }
    JsonNode n = root.get(field);
    if (!n.isBoolean()) {
      throw error(field + " must be true or false, got " + n);
    }
    return n.booleanValue();
  }

  InvalidCheckpointException error(String message) {
    return new InvalidCheckpointException(source + ": " + message);
  }
}
