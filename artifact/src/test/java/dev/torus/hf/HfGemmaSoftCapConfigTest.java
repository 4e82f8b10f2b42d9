package dev.torus.hf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Gemma 2's and Gemma 3's soft caps and Gemma 3's per-layer RoPE in both config forms: published
 * transformers 4.x configs (google/gemma-2-9b, google/gemma-3-1b-it) and the 5.x form transformers
 * 5.17 saves for a {@code Gemma3TextConfig} (RoPE parameters keyed by layer type).
 */
class HfGemmaSoftCapConfigTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** google/gemma-2-9b's config.json (transformers 4.42). */
  static final String GEMMA2_9B = """
      {
        "architectures": ["Gemma2ForCausalLM"],
        "attention_bias": false,
        "attention_dropout": 0.0,
        "attn_logit_softcapping": 50.0,
        "bos_token_id": 2,
        "cache_implementation": "hybrid",
        "eos_token_id": 1,
        "final_logit_softcapping": 30.0,
        "head_dim": 256,
        "hidden_act": "gelu_pytorch_tanh",
        "hidden_activation": "gelu_pytorch_tanh",
        "hidden_size": 3584,
        "initializer_range": 0.02,
        "intermediate_size": 14336,
        "max_position_embeddings": 8192,
        "model_type": "gemma2",
        "num_attention_heads": 16,
        "num_hidden_layers": 42,
        "num_key_value_heads": 8,
        "pad_token_id": 0,
        "query_pre_attn_scalar": 256,
        "rms_norm_eps": 1e-06,
        "rope_theta": 10000.0,
        "sliding_window": 4096,
        "sliding_window_size": 4096,
        "torch_dtype": "float32",
        "transformers_version": "4.42.0.dev0",
        "use_cache": true,
        "vocab_size": 256000
      }
      """;

  /** google/gemma-3-1b-it's config.json (transformers 4.50: sliding_window_pattern, no layer_types). */
  static final String GEMMA3_1B = """
      {
        "architectures": ["Gemma3ForCausalLM"],
        "attention_bias": false,
        "attention_dropout": 0.0,
        "attn_logit_softcapping": null,
        "bos_token_id": 2,
        "cache_implementation": "hybrid",
        "eos_token_id": [1, 106],
        "final_logit_softcapping": null,
        "head_dim": 256,
        "hidden_activation": "gelu_pytorch_tanh",
        "hidden_size": 1152,
        "initializer_range": 0.02,
        "intermediate_size": 6912,
        "max_position_embeddings": 32768,
        "model_type": "gemma3_text",
        "num_attention_heads": 4,
        "num_hidden_layers": 26,
        "num_key_value_heads": 1,
        "pad_token_id": 0,
        "query_pre_attn_scalar": 256,
        "rms_norm_eps": 1e-06,
        "rope_local_base_freq": 10000,
        "rope_scaling": null,
        "rope_theta": 1000000,
        "sliding_window": 512,
        "sliding_window_pattern": 6,
        "torch_dtype": "bfloat16",
        "transformers_version": "4.50.0.dev0",
        "use_cache": true,
        "vocab_size": 262144
      }
      """;

  /** A tiny Gemma3TextConfig as transformers 5.17 saves it (the one GemmaSoftCapTest makes). */
  static final String GEMMA3_TRANSFORMERS_5 = """
      {
        "_sliding_window_pattern": 6,
        "architectures": ["Gemma3ForCausalLM"],
        "attention_bias": false,
        "attention_dropout": 0.0,
        "attn_logit_softcapping": null,
        "bos_token_id": 2,
        "dtype": "float32",
        "eos_token_id": 1,
        "final_logit_softcapping": 2.0,
        "head_dim": 16,
        "hidden_activation": "gelu_pytorch_tanh",
        "hidden_size": 64,
        "initializer_range": 0.02,
        "intermediate_size": 128,
        "layer_types": ["sliding_attention", "full_attention", "sliding_attention"],
        "max_position_embeddings": 131072,
        "model_type": "gemma3_text",
        "num_attention_heads": 4,
        "num_hidden_layers": 3,
        "num_key_value_heads": 2,
        "pad_token_id": 0,
        "query_pre_attn_scalar": 12,
        "rms_norm_eps": 1e-06,
        "rope_parameters": {
          "full_attention": {"factor": 2.0, "rope_theta": 10000.0, "rope_type": "linear"},
          "sliding_attention": {"rope_theta": 100.0, "rope_type": "default"}
        },
        "sliding_window": 12,
        "tie_word_embeddings": true,
        "transformers_version": "5.17.0",
        "use_bidirectional_attention": false,
        "use_cache": true,
        "vocab_size": 128
      }
      """;

  @Test
  void readsGemma2SoftCapsWithTheirDefaults() throws Exception {
    HfConfig c = read(GEMMA2_9B);
    assertEquals(50.0, c.attnLogitSoftcapping());
    assertEquals(30.0, c.finalLogitSoftcapping());
    assertEquals(4096, c.slidingWindow());
    assertEquals(alternating(42), c.windowedLayers());
    assertNull(c.ropeLocalBaseFreq());
    // Left out: Gemma2Config's defaults 50 and 30; null: none.
    HfConfig absent = read(GEMMA2_9B.replace("\"attn_logit_softcapping\": 50.0,", "")
        .replace("\"final_logit_softcapping\": 30.0,", ""));
    assertEquals(50.0, absent.attnLogitSoftcapping());
    assertEquals(30.0, absent.finalLogitSoftcapping());
    HfConfig none = read(GEMMA2_9B.replace("\"attn_logit_softcapping\": 50.0", "\"attn_logit_softcapping\": null")
        .replace("\"final_logit_softcapping\": 30.0", "\"final_logit_softcapping\": null"));
    assertNull(none.attnLogitSoftcapping());
    assertNull(none.finalLogitSoftcapping());
  }

  @Test
  void readsGemma3InBothForms() throws Exception {
    HfConfig c = read(GEMMA3_1B);
    assertEquals("gemma3_text", c.modelType());
    assertEquals(1_000_000.0, c.ropeTheta());
    assertNull(c.ropeScaling());
    assertEquals(10_000.0, c.ropeLocalBaseFreq());
    assertEquals(512, c.slidingWindow());
    List<Boolean> pattern6 = new ArrayList<>();
    for (int l = 0; l < 26; l++) {
      pattern6.add((l + 1) % 6 != 0);
    }
    assertEquals(pattern6, c.windowedLayers());
    assertNull(c.attnLogitSoftcapping());
    assertNull(c.finalLogitSoftcapping());
    assertEquals(256.0, c.queryPreAttnScalar());
    assertEquals("gelu_pytorch_tanh", c.hiddenAct());

    HfConfig five = read(GEMMA3_TRANSFORMERS_5);
    assertEquals(10_000.0, five.ropeTheta());
    assertEquals("linear", five.ropeScaling().type());
    assertEquals(2.0, five.ropeScaling().factor());
    assertEquals(100.0, five.ropeLocalBaseFreq());
    assertEquals(List.of(true, false, true), five.windowedLayers());
    assertEquals(2.0, five.finalLogitSoftcapping());
    assertNull(five.attnLogitSoftcapping());
    assertEquals(true, five.tieWordEmbeddings());

    // 4.57's form of the same: top-level rope_theta, rope_scaling and rope_local_base_freq, and layer_types.
    HfConfig four = read(GEMMA3_TRANSFORMERS_5.replace("\"_sliding_window_pattern\": 6,", "").replace(
        """
        "rope_parameters": {
          "full_attention": {"factor": 2.0, "rope_theta": 10000.0, "rope_type": "linear"},
          "sliding_attention": {"rope_theta": 100.0, "rope_type": "default"}
        },""",
        "\"rope_theta\": 10000.0, \"rope_scaling\": {\"factor\": 2.0, \"rope_type\": \"linear\"}, "
            + "\"rope_local_base_freq\": 100.0,"));
    assertEquals(five, four);
  }

  @Test
  void refusesGemma3FieldsTransformersIgnoresOrTorusDoesNotImplement() {
    assertEquals("attn_logit_softcapping 50.0 is not supported: Gemma3ForCausalLM never applies it (transformers keeps "
            + "the field but its attention takes no soft cap), so Torus refuses it rather than guess (set it to null)",
        fails(GEMMA3_1B.replace("\"attn_logit_softcapping\": null", "\"attn_logit_softcapping\": 50.0")));
    assertEquals("rope_parameters.sliding_attention {\"rope_theta\":100.0,\"rope_type\":\"linear\",\"factor\":2.0} is "
            + "not supported: Torus implements plain RoPE in Gemma 3's sliding-window layers (rope_type 'default')",
        fails(GEMMA3_TRANSFORMERS_5.replace("{\"rope_theta\": 100.0, \"rope_type\": \"default\"}",
            "{\"rope_theta\": 100.0, \"rope_type\": \"linear\", \"factor\": 2.0}")));
    assertEquals("layer_types [\"sliding_attention\",\"full_attention\",\"sliding_attention\"] and "
            + "sliding_window_pattern 3 disagree at layer 1",
        fails(GEMMA3_TRANSFORMERS_5.replace("\"use_cache\"", "\"sliding_window_pattern\": 3, \"use_cache\"")));
    assertEquals("rope_theta 500.0 and rope_parameters' 10000.0 disagree",
        fails(GEMMA3_TRANSFORMERS_5.replace("\"use_cache\"", "\"rope_theta\": 500.0, \"use_cache\"")));
    assertEquals("rope_local_base_freq 10000 is not a setting of model_type 'gemma2' (transformers would ignore it); "
            + "Torus refuses it rather than guess what was meant",
        fails(GEMMA2_9B.replace("\"use_cache\"", "\"rope_local_base_freq\": 10000, \"use_cache\"")));
    assertEquals("final_logit_softcapping 30.0 is not a setting of model_type 'llama' (only Gemma's); Torus refuses it "
            + "rather than guess what was meant",
        fails("{\"model_type\": \"llama\", \"hidden_size\": 64, \"intermediate_size\": 128, \"num_hidden_layers\": 2, "
            + "\"num_attention_heads\": 4, \"rms_norm_eps\": 1e-6, \"vocab_size\": 128, "
            + "\"max_position_embeddings\": 64, \"final_logit_softcapping\": 30.0}"));
  }

  private static List<Boolean> alternating(int depth) {
    List<Boolean> l = new ArrayList<>();
    for (int i = 0; i < depth; i++) {
      l.add(i % 2 == 0);
    }
    return l;
  }

  private static HfConfig read(String json) throws Exception {
    return HfConfig.fromJson(JSON.readTree(json), "config.json");
  }

  private static String fails(String json) {
    InvalidCheckpointException e = assertThrows(InvalidCheckpointException.class, () -> read(json));
    return e.getMessage().substring("config.json: ".length());
  }
}
