package dev.torus.dsl.hf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.hf.HfConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Published {@code config.json} files of the families in the transformers 4.x form (RoPE settings
 * as top-level {@code rope_theta} plus {@code rope_scaling}; Qwen's leftover sliding-window
 * fields), written out by hand from the published model repositories (transformers 4.57.6 does
 * not install here: its huggingface-hub < 1.0 is not in the package index), each field checked
 * against the attributes of 4.57.6's config classes, map onto the presets built from DSL parts.
 */
class HfFamiliesTest {
  static final String LLAMA_3_2_1B = """
      {"architectures": ["LlamaForCausalLM"], "attention_bias": false, "attention_dropout": 0.0,
       "bos_token_id": 128000, "eos_token_id": 128001, "head_dim": 64, "hidden_act": "silu", "hidden_size": 2048,
       "initializer_range": 0.02, "intermediate_size": 8192, "max_position_embeddings": 131072, "mlp_bias": false,
       "model_type": "llama", "num_attention_heads": 32, "num_hidden_layers": 16, "num_key_value_heads": 8,
       "pretraining_tp": 1, "rms_norm_eps": 1e-05,
       "rope_scaling": {"factor": 32.0, "high_freq_factor": 4.0, "low_freq_factor": 1.0,
                        "original_max_position_embeddings": 8192, "rope_type": "llama3"},
       "rope_theta": 500000.0, "tie_word_embeddings": true, "torch_dtype": "bfloat16",
       "transformers_version": "4.45.0.dev0", "use_cache": true, "vocab_size": 128256}
      """;

  static final String QWEN2_5_7B = """
      {"architectures": ["Qwen2ForCausalLM"], "attention_dropout": 0.0, "bos_token_id": 151643,
       "eos_token_id": 151643, "hidden_act": "silu", "hidden_size": 3584, "initializer_range": 0.02,
       "intermediate_size": 18944, "max_position_embeddings": 131072, "max_window_layers": 28, "model_type": "qwen2",
       "num_attention_heads": 28, "num_hidden_layers": 28, "num_key_value_heads": 4, "rms_norm_eps": 1e-06,
       "rope_theta": 1000000.0, "sliding_window": 131072, "tie_word_embeddings": false, "torch_dtype": "bfloat16",
       "transformers_version": "4.40.1", "use_cache": true, "use_mrope": false, "use_sliding_window": false,
       "vocab_size": 152064}
      """;

  static final String QWEN3_8B = """
      {"architectures": ["Qwen3ForCausalLM"], "attention_bias": false, "attention_dropout": 0.0,
       "bos_token_id": 151643, "eos_token_id": 151645, "head_dim": 128, "hidden_act": "silu", "hidden_size": 4096,
       "initializer_range": 0.02, "intermediate_size": 12288, "max_position_embeddings": 40960,
       "max_window_layers": 36, "model_type": "qwen3", "num_attention_heads": 32, "num_hidden_layers": 36,
       "num_key_value_heads": 8, "rms_norm_eps": 1e-06, "rope_scaling": null, "rope_theta": 1000000,
       "sliding_window": null, "tie_word_embeddings": false, "torch_dtype": "bfloat16",
       "transformers_version": "4.51.0", "use_cache": true, "use_sliding_window": false, "vocab_size": 151936}
      """;

  @Test
  void transformers4ConfigsMapOntoThePresets() throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (List<String> c : List.of(List.of("llama3.2-1b", LLAMA_3_2_1B), List.of("qwen2.5-7b", QWEN2_5_7B),
        List.of("qwen3-8b", QWEN3_8B))) {
      ModelSpec fromHf = HfModels.toSpec(c.get(0), HfConfig.fromJson(json.readTree(c.get(1)), c.get(0)));
      assertEquals(Presets.named(c.get(0)), fromHf, c.get(0));
    }
  }

  /** microsoft/Phi-3-mini-4k-instruct's config.json (transformers 4.x), less its auto_map. */
  static final String PHI3_MINI_4K = """
      {"architectures": ["Phi3ForCausalLM"], "attention_bias": false, "attention_dropout": 0.0, "bos_token_id": 1,
       "embd_pdrop": 0.0, "eos_token_id": 32000, "hidden_act": "silu", "hidden_size": 3072,
       "initializer_range": 0.02, "intermediate_size": 8192, "max_position_embeddings": 4096,
       "model_type": "phi3", "num_attention_heads": 32, "num_hidden_layers": 32, "num_key_value_heads": 32,
       "original_max_position_embeddings": 4096, "pad_token_id": 32000, "resid_pdrop": 0.0, "rms_norm_eps": 1e-05,
       "rope_scaling": null, "rope_theta": 10000.0, "sliding_window": 2047, "tie_word_embeddings": false,
       "torch_dtype": "bfloat16", "transformers_version": "4.40.2", "use_cache": true, "vocab_size": 32064}
      """;

  @Test
  void phi3MiniMapsOntoItsPresetWithFusedWeightsAndPartialRope() throws Exception {
    ObjectMapper json = new ObjectMapper();
    assertEquals(Presets.named("phi3-mini"), HfModels.toSpec("phi3-mini",
        HfConfig.fromJson(json.readTree(PHI3_MINI_4K), "phi3")));
    ModelSpec partial = HfModels.toSpec("p", HfConfig.fromJson(json.readTree(PHI3_MINI_4K
        .replace("\"use_cache\"", "\"partial_rotary_factor\": 0.75, \"use_cache\"")), "phi3"));
    assertEquals(72, partial.attention().rotaryDim());
    assertEquals(36, partial.attention().ropeFrequencies(100).length);
    assertEquals(false, HfModels.isLlama(partial), "a fused Phi-3 has no LLaMA config.json");
    assertEquals(partial, json.readValue(json.writeValueAsString(partial), ModelSpec.class), "manifest round trip");
  }

  @Test
  void qwenWithASlidingWindowInUseIsRefusedByName() throws Exception {
    String windowed = QWEN2_5_7B.replace("\"use_sliding_window\": false", "\"use_sliding_window\": true");
    Exception e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
        () -> HfConfig.fromJson(new ObjectMapper().readTree(windowed), "qwen"));
    assertEquals(true, e.getMessage().contains("sliding_window 131072 is not supported"), e.getMessage());
  }
}
