package dev.torus.dsl.hf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.torus.artifact.DType;
import dev.torus.dsl.FeedForward;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Norm;
import dev.torus.dsl.SlidingWindow;
import dev.torus.hf.HfConfig;
import dev.torus.hf.InvalidCheckpointException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Gemma and Gemma 2 {@code config.json} files in both forms map onto the DSL's parts, and what Torus
 * does not implement is refused by name. The 5.x forms are what transformers 5.17's
 * {@code GemmaConfig}/{@code Gemma2Config(...).save_pretrained} write (soft-capping set to None); the
 * 4.x forms are written by hand after the published google/gemma and google/gemma-2 configs
 * (transformers 4.57 does not install here; see {@link HfFamiliesTest}): RoPE as top-level
 * {@code rope_theta}, Gemma's unused {@code hidden_activation: null}, Gemma 2's {@code hidden_act}
 * beside {@code hidden_activation}, {@code sliding_window_size}, {@code cache_implementation} and no
 * {@code layer_types} (every even layer windowed).
 */
class GemmaConfigsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static final String GEMMA_5 = """
      {"attention_bias": false, "attention_dropout": 0.0, "bos_token_id": 2, "eos_token_id": 1, "head_dim": 16,
       "hidden_act": "gelu_pytorch_tanh", "hidden_size": 48, "initializer_range": 0.02, "intermediate_size": 96,
       "max_position_embeddings": 8192, "model_type": "gemma", "num_attention_heads": 4, "num_hidden_layers": 2,
       "num_key_value_heads": 1, "pad_token_id": 0, "rms_norm_eps": 1e-06,
       "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "tie_word_embeddings": true,
       "transformers_version": "5.17.0", "use_bidirectional_attention": null, "use_cache": true, "vocab_size": 256}
      """;

  static final String GEMMA_4 = """
      {"architectures": ["GemmaForCausalLM"], "attention_bias": false, "attention_dropout": 0.0, "bos_token_id": 2,
       "eos_token_id": 1, "head_dim": 16, "hidden_act": "gelu_pytorch_tanh", "hidden_activation": null,
       "hidden_size": 48, "initializer_range": 0.02, "intermediate_size": 96, "max_position_embeddings": 8192,
       "model_type": "gemma", "num_attention_heads": 4, "num_hidden_layers": 2, "num_key_value_heads": 1,
       "pad_token_id": 0, "rms_norm_eps": 1e-06, "rope_scaling": null, "rope_theta": 10000.0,
       "torch_dtype": "float32", "transformers_version": "4.57.6", "use_cache": true, "vocab_size": 256}
      """;

  static final String GEMMA2_5 = """
      {"attention_bias": false, "attention_dropout": 0.0, "attn_logit_softcapping": null, "bos_token_id": 2,
       "eos_token_id": 1, "final_logit_softcapping": null, "head_dim": 16, "hidden_activation": "gelu_pytorch_tanh",
       "hidden_size": 48, "initializer_range": 0.02, "intermediate_size": 96,
       "layer_types": ["sliding_attention", "full_attention", "sliding_attention"], "max_position_embeddings": 8192,
       "model_type": "gemma2", "num_attention_heads": 4, "num_hidden_layers": 3, "num_key_value_heads": 2,
       "pad_token_id": 0, "query_pre_attn_scalar": 24, "rms_norm_eps": 1e-06,
       "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "sliding_window": 32,
       "tie_word_embeddings": true, "transformers_version": "5.17.0", "use_bidirectional_attention": null,
       "use_cache": true, "vocab_size": 256}
      """;

  static final String GEMMA2_4 = """
      {"architectures": ["Gemma2ForCausalLM"], "attention_bias": false, "attention_dropout": 0.0,
       "attn_logit_softcapping": null, "bos_token_id": 2, "cache_implementation": "hybrid", "eos_token_id": 1,
       "final_logit_softcapping": null, "head_dim": 16, "hidden_act": "gelu_pytorch_tanh",
       "hidden_activation": "gelu_pytorch_tanh", "hidden_size": 48, "initializer_range": 0.02,
       "intermediate_size": 96, "max_position_embeddings": 8192, "model_type": "gemma2", "num_attention_heads": 4,
       "num_hidden_layers": 4, "num_key_value_heads": 2, "pad_token_id": 0, "query_pre_attn_scalar": 24,
       "rms_norm_eps": 1e-06, "rope_theta": 10000.0, "sliding_window": 32, "sliding_window_size": 32,
       "torch_dtype": "bfloat16", "transformers_version": "4.42.0.dev0", "use_cache": true, "vocab_size": 256}
      """;

  static ModelSpec spec(String json) throws Exception {
    return HfModels.toSpec("g", HfConfig.fromJson(JSON.readTree(json), "config.json"));
  }

  /** Gemma's parts, written in the DSL: (1 + w) RMSNorm, GeGLU, sqrt(width) embedding scale, tied head, padding token 0. */
  static ModelSpec.Builder gemma(int depth, int kvHeads) {
    return ModelSpec.builder("g").vocab(256).width(48).depth(depth).heads(4).kvHeads(kvHeads).headDim(16)
        .rope(10000.0).norm(Norm.rms(1e-6).withWeightOffset(1)).feedForward(FeedForward.geglu(96))
        .embeddingScale(Math.sqrt(48)).tiedEmbeddings(true).paddingToken(0);
  }

  /** Gemma 2's on top: post-attention and post-feedforward norms, the query scale, alternating windows. */
  static ModelSpec.Builder gemma2(int depth) {
    Norm norm = Norm.rms(1e-6).withWeightOffset(1);
    return gemma(depth, 2).postAttentionNorm(norm).postFeedForwardNorm(norm).queryScale(1 / Math.sqrt(24))
        .slidingWindow(SlidingWindow.pattern(32, List.of(true, false)));
  }

  @Test
  void bothFormsMapOntoTheParts() throws Exception {
    assertEquals(gemma(2, 1).build(), spec(GEMMA_5));
    assertEquals(gemma(2, 1).build(), spec(GEMMA_4));
    assertEquals(gemma2(3).build(), spec(GEMMA2_5));
    assertEquals(gemma2(4).paramType(DType.BF16).build(), spec(GEMMA2_4));
  }

  @Test
  void gemma2SoftCapsMapOntoTheParts() throws Exception {
    assertEquals(gemma2(3).logitSoftCap(50.0).finalLogitSoftCap(30.0).build(), spec(GEMMA2_5
        .replace("\"attn_logit_softcapping\": null", "\"attn_logit_softcapping\": 50.0")
        .replace("\"final_logit_softcapping\": null", "\"final_logit_softcapping\": 30.0")));
    assertEquals(gemma2(4).paramType(DType.BF16).finalLogitSoftCap(30.0).build(), spec(GEMMA2_4.replace(
        "\"final_logit_softcapping\": null", "\"final_logit_softcapping\": 30.0")));
  }

  @Test
  void defaultsAreGemmasOwn() throws Exception {
    // head_dim 256, tied embeddings, gelu_pytorch_tanh, query_pre_attn_scalar 256 and sliding_window 4096 when absent
    ModelSpec m = spec(GEMMA2_4.replace("\"head_dim\": 16, \"hidden_act\": \"gelu_pytorch_tanh\",", "")
        .replace("\"hidden_activation\": \"gelu_pytorch_tanh\", ", "").replace("\"query_pre_attn_scalar\": 24,", "")
        .replace("\"sliding_window\": 32, \"sliding_window_size\": 32,", ""));
    assertEquals(256, m.attention().headDim());
    assertTrue(m.tiedEmbeddings());
    assertEquals(FeedForward.geglu(96), m.block().ffn());
    assertEquals(1 / Math.sqrt(256), m.attention().queryScale(), 1e-15);
    assertEquals(SlidingWindow.pattern(4096, List.of(true, false)), m.attention().slidingWindow());
    assertEquals(SlidingWindow.pattern(32, List.of(false, false, true)), spec(GEMMA2_5.replace(
        "\"sliding_attention\", \"full_attention\", \"sliding_attention\"",
        "\"full_attention\", \"full_attention\", \"sliding_attention\"")).attention().slidingWindow());
    assertEquals(null, spec(GEMMA2_5.replace("\"sliding_attention\", \"full_attention\", \"sliding_attention\"",
        "\"full_attention\", \"full_attention\", \"full_attention\"")).attention().slidingWindow());
    assertEquals(false, spec(GEMMA_5.replace("\"tie_word_embeddings\": true", "\"tie_word_embeddings\": false"))
        .tiedEmbeddings());
    // pad_token_id: Gemma's default 0 when absent, none when null, counted from the end when negative
    assertEquals(0, spec(GEMMA_5.replace("\"pad_token_id\": 0,", "")).paddingToken());
    assertEquals(null, spec(GEMMA_5.replace("\"pad_token_id\": 0,", "\"pad_token_id\": null,")).paddingToken());
    assertEquals(255, spec(GEMMA_5.replace("\"pad_token_id\": 0,", "\"pad_token_id\": -1,")).paddingToken());
    assertEquals(null, spec(GEMMA_5.replace("\"model_type\": \"gemma\"", "\"model_type\": \"llama\"")
        .replace("\"pad_token_id\": 0,", "").replace("\"use_bidirectional_attention\": null,", "")
        .replace("gelu_pytorch_tanh", "silu")).paddingToken());
  }

  @Test
  void whatTorusDoesNotImplementIsRefusedByName() {
    assertRefused("attn_logit_softcapping 50.0 is not a setting of model_type 'gemma'",
        GEMMA_5.replace("\"head_dim\": 16,", "\"head_dim\": 16, \"attn_logit_softcapping\": 50.0,"));
    assertRefused("hidden_act 'gelu' is not supported", GEMMA_4.replace("\"hidden_act\": \"gelu_pytorch_tanh\"",
        "\"hidden_act\": \"gelu\""));
    assertRefused("hidden_activation 'gelu' and hidden_act 'gelu_pytorch_tanh' disagree",
        GEMMA_4.replace("\"hidden_activation\": null", "\"hidden_activation\": \"gelu\""));
    assertRefused("hidden_act 'silu' and hidden_activation 'gelu_pytorch_tanh' disagree",
        GEMMA2_4.replace("\"hidden_act\": \"gelu_pytorch_tanh\"", "\"hidden_act\": \"silu\""));
    assertRefused("query_pre_attn_scalar 24 is not a setting of model_type 'gemma'",
        GEMMA_5.replace("\"head_dim\": 16,", "\"head_dim\": 16, \"query_pre_attn_scalar\": 24,"));
    assertRefused("sliding_window 32 is not a setting of model_type 'gemma'",
        GEMMA_5.replace("\"head_dim\": 16,", "\"head_dim\": 16, \"sliding_window\": 32,"));
    assertRefused("query_pre_attn_scalar 24 is not a setting of model_type 'llama'",
        GEMMA_5.replace("\"model_type\": \"gemma\"", "\"model_type\": \"llama\"")
            .replace("\"head_dim\": 16,", "\"head_dim\": 16, \"query_pre_attn_scalar\": 24,"));
    assertRefused("mlp_bias false is not a setting of model_type 'gemma2'",
        GEMMA2_5.replace("\"head_dim\": 16,", "\"head_dim\": 16, \"mlp_bias\": false,"));
    assertRefused("use_bidirectional_attention true is not supported",
        GEMMA_5.replace("\"use_bidirectional_attention\": null", "\"use_bidirectional_attention\": true"));
    assertRefused("layer_types [\"sliding_attention\",\"full_attention\"] must list one type per layer "
        + "(num_hidden_layers 3)", GEMMA2_5.replace(", \"sliding_attention\"],", "],"));
    assertRefused("layer_types entry \"chunked_attention\" is not supported",
        GEMMA2_5.replace("\"full_attention\"", "\"chunked_attention\""));
    assertRefused("sliding_window_size 16 and sliding_window 32 disagree",
        GEMMA2_4.replace("\"sliding_window_size\": 32", "\"sliding_window_size\": 16"));
    assertRefused("pad_token_id 256 must be a token id in [-256, 256)",
        GEMMA_5.replace("\"pad_token_id\": 0,", "\"pad_token_id\": 256,"));
    assertRefused("unknown field 'final_logit_scale' = 2.0",
        GEMMA2_5.replace("\"head_dim\": 16,", "\"head_dim\": 16, \"final_logit_scale\": 2.0,"));
  }

  private static void assertRefused(String expected, String json) {
    Exception e = assertThrows(InvalidCheckpointException.class, () -> spec(json));
    assertTrue(e.getMessage().startsWith("config.json: " + expected), e.getMessage());
  }
}
