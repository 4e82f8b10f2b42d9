package dev.torus.dsl.hf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.torus.artifact.DType;
import dev.torus.dsl.LayerRope;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.hf.HfConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The presets {@code gemma2-9b} and {@code gemma3-4b} are what the published configs map to
 * (google/gemma-2-9b's config.json; google/gemma-3-4b-it's text_config written as the
 * {@code gemma3_text} config transformers saves for it), and a Gemma 3 config maps onto the
 * DSL's parts: (1 + w) q/k norm, the local RoPE base on the windowed layers only.
 */
class GemmaSoftCapSpecsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final String GEMMA2_9B = """
      {"architectures": ["Gemma2ForCausalLM"], "attention_bias": false, "attention_dropout": 0.0,
       "attn_logit_softcapping": 50.0, "bos_token_id": 2, "cache_implementation": "hybrid", "eos_token_id": 1,
       "final_logit_softcapping": 30.0, "head_dim": 256, "hidden_act": "gelu_pytorch_tanh",
       "hidden_activation": "gelu_pytorch_tanh", "hidden_size": 3584, "initializer_range": 0.02,
       "intermediate_size": 14336, "max_position_embeddings": 8192, "model_type": "gemma2",
       "num_attention_heads": 16, "num_hidden_layers": 42, "num_key_value_heads": 8, "pad_token_id": 0,
       "query_pre_attn_scalar": 256, "rms_norm_eps": 1e-06, "rope_theta": 10000.0, "sliding_window": 4096,
       "sliding_window_size": 4096, "torch_dtype": "bfloat16", "transformers_version": "4.42.0.dev0",
       "use_cache": true, "vocab_size": 256000}
      """;

  static final String GEMMA3_4B_TEXT = """
      {"architectures": ["Gemma3ForCausalLM"], "attention_bias": false, "attention_dropout": 0.0,
       "attn_logit_softcapping": null, "bos_token_id": 2, "eos_token_id": 1, "final_logit_softcapping": null,
       "head_dim": 256, "hidden_activation": "gelu_pytorch_tanh", "hidden_size": 2560, "initializer_range": 0.02,
       "intermediate_size": 10240, "max_position_embeddings": 131072, "model_type": "gemma3_text",
       "num_attention_heads": 8, "num_hidden_layers": 34, "num_key_value_heads": 4, "pad_token_id": 0,
       "query_pre_attn_scalar": 256, "rms_norm_eps": 1e-06, "rope_local_base_freq": 10000.0,
       "rope_scaling": {"factor": 8.0, "rope_type": "linear"}, "rope_theta": 1000000.0, "sliding_window": 1024,
       "sliding_window_pattern": 6, "torch_dtype": "bfloat16", "transformers_version": "4.50.0.dev0",
       "use_cache": true, "vocab_size": 262208}
      """;

  static ModelSpec spec(String name, String json) throws Exception {
    return HfModels.toSpec(name, HfConfig.fromJson(JSON.readTree(json), "config.json"));
  }

  @Test
  void presetsAreThePublishedConfigs() throws Exception {
    assertEquals(Presets.gemma2_9b(), spec("gemma2-9b", GEMMA2_9B));
    assertEquals(Presets.gemma3_4b(), spec("gemma3-4b", GEMMA3_4B_TEXT));
    assertEquals(Presets.gemma2_9b(), Presets.named("gemma2-9b"));
    assertEquals(Presets.gemma3_4b(), Presets.named("gemma3-4b"));
  }

  @Test
  void gemma3RotatesItsWindowedLayersWithTheLocalBase() throws Exception {
    ModelSpec m = spec("g3", GEMMA3_4B_TEXT.replace("\"sliding_window_pattern\": 6", "\"sliding_window_pattern\": 3"));
    assertEquals(LayerRope.plain(10000, List.of(true, true, false)), m.attention().layerRope());
    assertEquals(DType.BF16, m.paramType());
    assertEquals(1.0, m.attention().qkNorm().weightOffset());
    double[] local = m.attention().ropeFrequencies(0, 4096);
    double[] global = m.attention().ropeFrequencies(2, 4096);
    assertEquals(1.0, local[0]);
    assertEquals(1.0 / 8, global[0]);   // linear scaling by 8 on the global layers only
    assertEquals((float) (1 / Math.pow(10000, 2.0 / 256)), local[1], 1e-9);
    assertEquals((float) ((float) (1 / Math.pow(1e6, 2.0 / 256)) / 8), global[1], 1e-9);
  }
}
