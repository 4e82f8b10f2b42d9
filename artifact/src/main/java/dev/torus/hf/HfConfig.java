package dev.torus.hf;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.torus.artifact.InputFiles;
import dev.torus.artifact.RefusedFileException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The model hyperparameters of a LLaMA-family Hugging Face {@code config.json}, as {@code
 * transformers} 4.x and 5.x write them.
 *
 * <p>{@link #read} accepts only what Torus computes exactly as {@code transformers} does: {@code
 * model_type} {@code llama}, {@code mistral}, {@code qwen2}, {@code qwen3} or {@code phi3} (a field that type's
 * class does not have is refused), {@code hidden_act} {@code silu}, {@code pretraining_tp} 1, RoPE
 * over the whole head, default or scaled ({@link HfRopeScaling}: {@code linear}, {@code dynamic},
 * {@code llama3}, {@code yarn}, {@code longrope}), and a sliding window only where it is Mistral's
 * (in every layer; {@code mistral} has no biases) or Phi-3's (the same rule); Phi-3's partial RoPE
 * ({@code partial_rotary_factor}), its {@code su} RoPE (the old name of {@code longrope}) and its
 * top-level {@code original_max_position_embeddings}. RoPE settings are read from 5.x's {@code rope_parameters} object or from 4.x's
 * top-level {@code rope_theta} and {@code rope_scaling}. Fields without effect on the forward pass
 * (token ids, {@code initializer_range}, generation settings...) are ignored from a fixed list, see
 * {@link HfConfigFields}; any other field is refused, since Torus cannot tell whether it changes the
 * model. Every refusal is an {@link InvalidCheckpointException} naming the file, the field and its
 * value.
 *
 * @param modelType {@code llama}, {@code mistral}, {@code qwen2}, {@code qwen3} or {@code phi3}
 * @param hiddenSize model width
 * @param intermediateSize width of the MLP's gate and up projections
 * @param numHiddenLayers decoder layers
 * @param numAttentionHeads query heads
 * @param numKeyValueHeads key/value heads; divides {@code numAttentionHeads} (default: equal to it)
 * @param headDim per-head width (default {@code hiddenSize / numAttentionHeads}; 128 for qwen3)
 * @param rmsNormEps epsilon of every RMSNorm
 * @param ropeTheta RoPE base wavelength (default 10000)
 * @param vocabSize rows of the embedding and of the LM head
 * @param tieWordEmbeddings whether the LM head reuses {@code model.embed_tokens.weight} (default false)
 * @param attentionBias whether q/k/v/o projections have biases (default false)
 * @param mlpBias whether gate/up/down projections have biases (default false)
 * @param maxPositionEmbeddings the longest sequence the model was trained for
 * @param hiddenAct the MLP gate's activation: {@code silu}, or {@code gelu_pytorch_tanh} (Gemma's default;
 *     Gemma 2 names it {@code hidden_activation})
 * @param torchDtype the stored weight type as {@code torch} names it ({@code float32}, {@code
 *     bfloat16}...), from {@code dtype} (5.x) or {@code torch_dtype} (4.x); null when absent
 * @param ropeScaling the RoPE scaling ({@code llama3}, {@code yarn}...), null for the default RoPE
 * @param slidingWindow Mistral's, Phi-3's and Gemma 2's {@code sliding_window}: a query at {@code i} sees keys
 *     {@code j > i - W} in the windowed layers; null for none (always null for the other model types)
 * @param queryPreAttnScalar Gemma 2's {@code query_pre_attn_scalar}: scores are scaled by its inverse
 *     square root instead of {@code 1/sqrt(head_dim)}; null for the default scale
 * @param windowedLayers per layer, whether {@code slidingWindow} applies to it (Gemma 2's
 *     {@code layer_types}, {@code sliding_attention}); null when it applies to every layer (Mistral)
 * @param padTokenId {@code pad_token_id}, the embedding's {@code padding_idx} (its row gets no gradient
 *     from its lookups), in {@code [0, vocabSize)} (a negative one counted from the end, as torch does);
 *     default 0 for Gemma, else null for none
 * @param attnLogitSoftcapping Gemma 2's (and Gemma 3's) {@code attn_logit_softcapping}: scores
 *     {@code s} become {@code c tanh(s / c)}; null for none
 * @param finalLogitSoftcapping Gemma 2's (and Gemma 3's) {@code final_logit_softcapping}: the same
 *     for the output logits; null for none
 * @param ropeLocalBaseFreq Gemma 3's RoPE base of the windowed layers ({@code rope_local_base_freq},
 *     or 5.x's {@code rope_parameters.sliding_attention.rope_theta}; always plain RoPE there); the
 *     other layers use {@code ropeTheta} and {@code ropeScaling}. Null for the other model types
 * @param rotaryDim Phi-3's partial RoPE: the first {@code int(headDim * partial_rotary_factor)}
 *     dimensions of each head are rotated; null when the whole head is (always for the other types)
 */
public record HfConfig(
    String modelType,
    int hiddenSize,
    int intermediateSize,
    int numHiddenLayers,
    int numAttentionHeads,
    int numKeyValueHeads,
    int headDim,
    double rmsNormEps,
    double ropeTheta,
    int vocabSize,
    boolean tieWordEmbeddings,
    boolean attentionBias,
    boolean mlpBias,
    int maxPositionEmbeddings,
    String hiddenAct,
    @Nullable String torchDtype,
    @Nullable HfRopeScaling ropeScaling,
    @Nullable Integer slidingWindow,
    @Nullable Double queryPreAttnScalar,
    @Nullable List<Boolean> windowedLayers,
    @Nullable Integer padTokenId,
    @Nullable Double attnLogitSoftcapping,
    @Nullable Double finalLogitSoftcapping,
    @Nullable Double ropeLocalBaseFreq,
    @Nullable Integer rotaryDim) {

  /** The RoPE base {@code transformers} uses when a config names none. */
  public static final double DEFAULT_ROPE_THETA = 10000.0;

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  public HfConfig {
    checkArgument(HfConfigFields.MODEL_TYPES.containsKey(modelType), "model_type must be one of %s, got '%s'",
        HfConfigFields.MODEL_TYPES.keySet(), modelType);
    checkArgument(slidingWindow == null || slidingWindow > 0, "sliding_window must be > 0, got %s", slidingWindow);
    checkArgument(slidingWindow == null || HfConfigFields.WINDOWED_TYPES.contains(modelType),
        "sliding_window %s is read for model_type %s only, got model_type '%s'", slidingWindow,
        HfConfigFields.WINDOWED_TYPES, modelType);
    checkArgument(HfConfigFields.HIDDEN_ACTS.contains(hiddenAct), "hidden_act must be one of %s, got '%s'",
        HfConfigFields.HIDDEN_ACTS, hiddenAct);
    checkArgument(queryPreAttnScalar == null || (queryPreAttnScalar > 0 && Double.isFinite(queryPreAttnScalar)),
        "query_pre_attn_scalar must be > 0, got %s", queryPreAttnScalar);
    checkArgument(windowedLayers == null || (slidingWindow != null && windowedLayers.size() == numHiddenLayers),
        "layer_types (%s) needs a sliding_window and one entry per layer (%s)", windowedLayers, numHiddenLayers);
    windowedLayers = windowedLayers == null ? null : List.copyOf(windowedLayers);
    checkArgument(attnLogitSoftcapping == null || (attnLogitSoftcapping > 0 && Double.isFinite(attnLogitSoftcapping)),
        "attn_logit_softcapping must be > 0, got %s", attnLogitSoftcapping);
    checkArgument(finalLogitSoftcapping == null
            || (finalLogitSoftcapping > 0 && Double.isFinite(finalLogitSoftcapping)),
        "final_logit_softcapping must be > 0, got %s", finalLogitSoftcapping);
    checkArgument(ropeLocalBaseFreq == null || (ropeLocalBaseFreq > 0 && Double.isFinite(ropeLocalBaseFreq)),
        "rope_local_base_freq must be > 0, got %s", ropeLocalBaseFreq);
    checkArgument(padTokenId == null || (padTokenId >= 0 && padTokenId < vocabSize),
        "pad_token_id %s must lie in [0, vocab_size %s)", padTokenId, vocabSize);
    checkArgument(rotaryDim == null || (HfConfigFields.PHI3.equals(modelType) && rotaryDim > 0 && rotaryDim % 2 == 0
            && rotaryDim <= headDim),
        "partial rotary dim %s must be even, in [2, head_dim %s], and is read for model_type '%s' only, got '%s'",
        rotaryDim, headDim, HfConfigFields.PHI3, modelType);
    checkArgument(hiddenSize > 0 && intermediateSize > 0 && numHiddenLayers > 0 && vocabSize > 0
            && maxPositionEmbeddings > 0 && headDim > 0,
        "sizes must be > 0: hidden_size %s, intermediate_size %s, num_hidden_layers %s, vocab_size %s, "
            + "max_position_embeddings %s, head_dim %s",
        hiddenSize, intermediateSize, numHiddenLayers, vocabSize, maxPositionEmbeddings, headDim);
    checkArgument(numAttentionHeads > 0 && numKeyValueHeads > 0 && numAttentionHeads % numKeyValueHeads == 0,
        "num_key_value_heads %s must divide num_attention_heads %s", numKeyValueHeads, numAttentionHeads);
    checkArgument(rmsNormEps > 0 && Double.isFinite(rmsNormEps), "rms_norm_eps must be > 0, got %s", rmsNormEps);
    checkArgument(ropeTheta > 0 && Double.isFinite(ropeTheta), "rope_theta must be > 0, got %s", ropeTheta);
  }

  /**
   * Reads and checks {@code configJson}; see the class comment for what is refused. The file must
   * be a regular file of at most 1 MiB ({@link InputFiles}); errors never quote its content.
   */
  public static HfConfig read(Path configJson) {
    checkNotNull(configJson, "configJson");
    JsonNode root;
    try {
      root = InputFiles.readJson(configJson, InputFiles.Kind.CONFIG, JSON);
    } catch (RefusedFileException e) {
      throw new InvalidCheckpointException(e.getMessage(), e);
    }
    return fromJson(root, configJson.toString());
  }

  /**
   * A config with the default score scale, its window, if any, in every layer, and none of the later
   * families' fields (no padding token, soft caps, local RoPE base or partial rotary dim): the form
   * before Gemma.
   */
  public HfConfig(String modelType, int hiddenSize, int intermediateSize, int numHiddenLayers, int numAttentionHeads,
      int numKeyValueHeads, int headDim, double rmsNormEps, double ropeTheta, int vocabSize, boolean tieWordEmbeddings,
      boolean attentionBias, boolean mlpBias, int maxPositionEmbeddings, String hiddenAct, @Nullable String torchDtype,
      @Nullable HfRopeScaling ropeScaling, @Nullable Integer slidingWindow) {
    this(modelType, hiddenSize, intermediateSize, numHiddenLayers, numAttentionHeads, numKeyValueHeads, headDim,
        rmsNormEps, ropeTheta, vocabSize, tieWordEmbeddings, attentionBias, mlpBias, maxPositionEmbeddings, hiddenAct,
        torchDtype, ropeScaling, slidingWindow, null, null, null, null, null, null, null);
  }

  /** Parses a config already read as JSON; {@code source} names it in errors (a file name). */
  public static HfConfig fromJson(JsonNode root, String source) {
    checkNotNull(source, "source");
    if (root == null || !root.isObject()) {
      throw new InvalidCheckpointException(source + ": config.json must hold a JSON object");
    }
    return new HfConfigFields(root, source).toConfig();
  }

  /** Query heads per key/value head (1 for plain multi-head attention). */
  public int groupSize() {
    return numAttentionHeads / numKeyValueHeads;
  }
}
