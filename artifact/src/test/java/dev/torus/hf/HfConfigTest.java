package dev.torus.hf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HfConfigTest {
  @TempDir Path tmp;

  /** meta-llama/Llama-2-7b-hf's config.json (transformers 4.x). */
  static final String LLAMA2_7B = """
      {
        "architectures": ["LlamaForCausalLM"],
        "bos_token_id": 1,
        "eos_token_id": 2,
        "hidden_act": "silu",
        "hidden_size": 4096,
        "initializer_range": 0.02,
        "intermediate_size": 11008,
        "max_position_embeddings": 4096,
        "model_type": "llama",
        "num_attention_heads": 32,
        "num_hidden_layers": 32,
        "num_key_value_heads": 32,
        "pretraining_tp": 1,
        "rms_norm_eps": 1e-05,
        "rope_scaling": null,
        "tie_word_embeddings": false,
        "torch_dtype": "float16",
        "transformers_version": "4.31.0.dev0",
        "use_cache": true,
        "vocab_size": 32000
      }
      """;

  /** What transformers 5.17 save_pretrained writes for a small grouped-query LLaMA in bf16. */
  static final String TRANSFORMERS_5 = """
      {
        "architectures": ["LlamaForCausalLM"],
        "attention_bias": false,
        "attention_dropout": 0.0,
        "bos_token_id": 1,
        "dtype": "bfloat16",
        "eos_token_id": 2,
        "head_dim": 16,
        "hidden_act": "silu",
        "hidden_size": 64,
        "initializer_range": 0.02,
        "intermediate_size": 128,
        "max_position_embeddings": 2048,
        "mlp_bias": false,
        "model_type": "llama",
        "num_attention_heads": 4,
        "num_hidden_layers": 3,
        "num_key_value_heads": 2,
        "pad_token_id": null,
        "pretraining_tp": 1,
        "rms_norm_eps": 1e-06,
        "rope_parameters": {"rope_theta": 500000.0, "rope_type": "default"},
        "tie_word_embeddings": true,
        "transformers_version": "5.17.0",
        "use_cache": true,
        "vocab_size": 128
      }
      """;

  @Test
  void readsLlama2Config() throws IOException {
    HfConfig c = read(LLAMA2_7B);
    assertEquals(new HfConfig("llama", 4096, 11008, 32, 32, 32, 128, 1e-5, 10000.0, 32000, false, false, false,
        4096, "silu", "float16", null, null), c);
    assertEquals(1, c.groupSize());
  }

  @Test
  void readsTransformers5Config() throws IOException {
    HfConfig c = read(TRANSFORMERS_5);
    assertEquals(new HfConfig("llama", 64, 128, 3, 4, 2, 16, 1e-6, 500000.0, 128, true, false, false, 2048, "silu",
        "bfloat16", null, null), c);
    assertEquals(2, c.groupSize());
  }

  @Test
  void appliesDefaults() throws IOException {
    HfConfig c = read("""
        {"model_type": "llama", "hidden_size": 64, "intermediate_size": 128, "num_hidden_layers": 2,
         "num_attention_heads": 4, "vocab_size": 128, "rms_norm_eps": 1e-6, "max_position_embeddings": 64,
         "rope_theta": 20000, "rope_scaling": {"rope_type": "default"}}
        """);
    assertEquals(new HfConfig("llama", 64, 128, 2, 4, 4, 16, 1e-6, 20000.0, 128, false, false, false, 64, "silu",
        null, null, null), c);
  }

  @Test
  void readsRopeScalingOfBothForms() throws IOException {
    HfConfig v4 = read(LLAMA2_7B.replace("\"rope_scaling\": null", "\"rope_scaling\": {\"factor\": 32.0, "
        + "\"low_freq_factor\": 1.0, \"high_freq_factor\": 4.0, \"original_max_position_embeddings\": 8192, "
        + "\"rope_type\": \"llama3\"}"));
    HfRopeScaling llama3 = new HfRopeScaling("llama3", 32.0, 8192, 1.0, 4.0, null, null, null, null, null, null,
        List.of(), List.of());
    assertEquals(llama3, v4.ropeScaling());
    HfConfig v5 = read(TRANSFORMERS_5.replace("\"rope_type\": \"default\"}", "\"rope_type\": \"yarn\", \"factor\": 4.0}"));
    assertEquals(new HfRopeScaling("yarn", 4.0, 2048, null, null, null, null, null, null, null, null, List.of(),
        List.of()), v5.ropeScaling(), "original_max_position_embeddings defaults to max_position_embeddings");
    assertEquals(null, read(TRANSFORMERS_5).ropeScaling());
  }

  @Test
  void refusesRopeSettingsNotReadByName() throws IOException {
    assertEquals("rope_scaling has rope_type 'llama3' but no low_freq_factor; it is required",
        fails(LLAMA2_7B.replace("\"rope_scaling\": null",
            "\"rope_scaling\": {\"factor\": 8.0, \"rope_type\": \"llama3\"}")));
    assertEquals("rope_scaling {\"type\":\"su\",\"factor\":2.0} is not supported: rope_type \"su\"; Torus "
            + "implements 'default' and [linear, dynamic, llama3, yarn, longrope]",
        fails(LLAMA2_7B.replace("\"rope_scaling\": null",
            "\"rope_scaling\": {\"type\": \"su\", \"factor\": 2.0}")));
    assertEquals("rope_parameters.factor = 2.0 is not supported for rope_type 'default'; Torus reads [] for it",
        fails(TRANSFORMERS_5.replace("\"rope_type\": \"default\"}", "\"rope_type\": \"default\", \"factor\": 2.0}")));
    assertEquals("rope_parameters.beta_fast = 32 is not supported for rope_type 'linear'; Torus reads [factor] for it",
        fails(TRANSFORMERS_5.replace("\"rope_type\": \"default\"}",
            "\"rope_type\": \"linear\", \"factor\": 2.0, \"beta_fast\": 32}")));
    assertEquals("rope_parameters.partial_rotary_factor 0.5 is not supported; Torus implements RoPE over the whole "
            + "head only",
        fails(TRANSFORMERS_5.replace("\"rope_type\": \"default\"}",
            "\"rope_type\": \"default\", \"partial_rotary_factor\": 0.5}")));
    assertEquals("rope_theta 10000.0 and rope_parameters.rope_theta 500000.0 disagree",
        fails(TRANSFORMERS_5.replace("\"rope_parameters\"", "\"rope_theta\": 10000.0, \"rope_parameters\"")));
  }

  @Test
  void refusesUnknownFields() throws IOException {
    assertEquals("unknown field 'logit_scale' = 0.5; Torus does not know whether it changes the model, so it refuses "
            + "the checkpoint rather than ignore it",
        fails(LLAMA2_7B.replace("\"use_cache\"", "\"logit_scale\": 0.5, \"use_cache\"")));
  }

  @Test
  void refusesWhatTorusDoesNotImplement() throws IOException {
    assertEquals("hidden_act 'gelu' is not supported; Torus implements [silu, gelu_pytorch_tanh] ('gelu' is the exact "
            + "erf GELU; Torus has the tanh approximation only)",
        fails(LLAMA2_7B.replace("\"silu\"", "\"gelu\"")));
    assertEquals("model_type 'gpt_neox' is not supported; Torus implements [llama, mistral, qwen2, qwen3, gemma, gemma2, gemma3_text, phi3]",
        fails(LLAMA2_7B.replace("\"llama\"", "\"gpt_neox\"")));
    assertEquals("mlp_bias false is not a setting of model_type 'qwen2' (transformers would ignore it); Torus "
            + "refuses it rather than guess what was meant",
        fails(TRANSFORMERS_5.replace("\"llama\"", "\"qwen2\"").replace("\"attention_bias\": false,", "")));
    assertEquals("pretraining_tp 2 is not supported; Torus implements pretraining_tp 1 (unsplit projections) only",
        fails(LLAMA2_7B.replace("\"pretraining_tp\": 1", "\"pretraining_tp\": 2")));
    assertEquals("sliding_window 4096 is not supported: sliding-window attention is not supported for model_type "
            + "'llama' (LlamaForCausalLM has none)",
        fails(LLAMA2_7B.replace("\"use_cache\"", "\"sliding_window\": 4096, \"use_cache\"")));
    assertEquals("quantization_config {\"quant_method\":\"gptq\"} is not supported: quantized checkpoints are not "
            + "supported",
        fails(LLAMA2_7B.replace("\"use_cache\"",
            "\"quantization_config\": {\"quant_method\": \"gptq\"}, \"use_cache\"")));
  }

  /** mistralai/Mistral-7B-v0.1's config.json (transformers 4.x). */
  static final String MISTRAL_7B = """
      {
        "architectures": ["MistralForCausalLM"],
        "bos_token_id": 1,
        "eos_token_id": 2,
        "hidden_act": "silu",
        "hidden_size": 4096,
        "initializer_range": 0.02,
        "intermediate_size": 14336,
        "max_position_embeddings": 32768,
        "model_type": "mistral",
        "num_attention_heads": 32,
        "num_hidden_layers": 32,
        "num_key_value_heads": 8,
        "rms_norm_eps": 1e-05,
        "rope_theta": 10000.0,
        "sliding_window": 4096,
        "tie_word_embeddings": false,
        "torch_dtype": "bfloat16",
        "transformers_version": "4.34.0.dev0",
        "use_cache": true,
        "vocab_size": 32000
      }
      """;

  /** What transformers 5.17 save_pretrained writes for a small MistralForCausalLM. */
  static final String MISTRAL_TRANSFORMERS_5 = """
      {
        "architectures": ["MistralForCausalLM"],
        "attention_dropout": 0.0,
        "bos_token_id": 1,
        "dtype": "float32",
        "eos_token_id": 2,
        "head_dim": 16,
        "hidden_act": "silu",
        "hidden_size": 64,
        "initializer_range": 0.02,
        "intermediate_size": 128,
        "max_position_embeddings": 131072,
        "model_type": "mistral",
        "num_attention_heads": 4,
        "num_hidden_layers": 2,
        "num_key_value_heads": 2,
        "pad_token_id": null,
        "rms_norm_eps": 1e-06,
        "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"},
        "sliding_window": 16,
        "tie_word_embeddings": false,
        "transformers_version": "5.17.0",
        "use_cache": true,
        "vocab_size": 128
      }
      """;

  @Test
  void readsMistralInBothForms() throws IOException {
    assertEquals(new HfConfig("mistral", 4096, 14336, 32, 32, 8, 128, 1e-5, 10000.0, 32000, false, false, false,
        32768, "silu", "bfloat16", null, 4096), read(MISTRAL_7B));
    assertEquals(new HfConfig("mistral", 64, 128, 2, 4, 2, 16, 1e-6, 10000.0, 128, false, false, false, 131072, "silu",
        "float32", null, 16), read(MISTRAL_TRANSFORMERS_5));
    assertEquals(null, read(MISTRAL_7B.replace("\"sliding_window\": 4096", "\"sliding_window\": null"))
        .slidingWindow());
  }

  @Test
  void refusesMistralFieldsMistralForCausalLmWouldNotHonour() throws IOException {
    assertEquals("layer_types [\"full_attention\"] is not supported: MistralForCausalLM applies sliding_window in every "
            + "layer and does not read layer_types",
        fails(MISTRAL_7B.replace("\"use_cache\"", "\"layer_types\": [\"full_attention\"], \"use_cache\"")));
    assertEquals("attention_bias true is not supported: MistralForCausalLM has no attention biases",
        fails(MISTRAL_7B.replace("\"use_cache\"", "\"attention_bias\": true, \"use_cache\"")));
    assertEquals("sliding_window must be an integer > 0, got 0",
        fails(MISTRAL_7B.replace("\"sliding_window\": 4096", "\"sliding_window\": 0")));
    assertEquals("use_sliding_window true is not supported: use_sliding_window is not read by model_type 'mistral'",
        fails(MISTRAL_7B.replace("\"use_cache\"", "\"use_sliding_window\": true, \"use_cache\"")));
  }

  @Test
  void refusesBadValues() throws IOException {
    assertEquals("no hidden_size; it is required", fails(LLAMA2_7B.replace("\"hidden_size\": 4096,", "")));
    assertEquals("num_key_value_heads 5 must divide num_attention_heads 32",
        fails(LLAMA2_7B.replace("\"num_key_value_heads\": 32", "\"num_key_value_heads\": 5")));
    assertEquals("hidden_size must be an integer > 0, got 40.5",
        fails(LLAMA2_7B.replace("\"hidden_size\": 4096", "\"hidden_size\": 40.5")));
    assertEquals("dtype 'bfloat16' and torch_dtype 'float16' disagree",
        fails(LLAMA2_7B.replace("\"use_cache\"", "\"dtype\": \"bfloat16\", \"use_cache\"")));
    Path file = tmp.resolve("config.json");
    Files.writeString(file, "[]");
    assertEquals(file + ": config.json must hold a JSON object", SafetensorsTest.fails(() -> HfConfig.read(file)));
  }

  private HfConfig read(String json) throws IOException {
    Path file = tmp.resolve("config.json");
    Files.writeString(file, json);
    return HfConfig.read(file);
  }

  /** The message for {@code json}, less the file name prefix. */
  private String fails(String json) throws IOException {
    Path file = tmp.resolve("config.json");
    Files.writeString(file, json);
    String message = assertThrows(InvalidCheckpointException.class, () -> HfConfig.read(file)).getMessage();
    assertEquals(file + ": ", message.substring(0, file.toString().length() + 2), message);
    return message.substring(file.toString().length() + 2);
  }
}
