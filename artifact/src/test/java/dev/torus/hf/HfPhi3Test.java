package dev.torus.hf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Phi-3 configs in the transformers 4.x and 5.x forms, mapped; what Torus does not implement refused by name. */
class HfPhi3Test {
  @TempDir Path tmp;

  /** microsoft/Phi-3-mini-4k-instruct's config.json (transformers 4.x) without its auto_map. */
  static final String PHI3_MINI_4K = """
      {"architectures": ["Phi3ForCausalLM"], "attention_bias": false, "attention_dropout": 0.0, "bos_token_id": 1,
       "embd_pdrop": 0.0, "eos_token_id": 32000, "hidden_act": "silu", "hidden_size": 3072,
       "initializer_range": 0.02, "intermediate_size": 8192, "max_position_embeddings": 4096,
       "model_type": "phi3", "num_attention_heads": 32, "num_hidden_layers": 32, "num_key_value_heads": 32,
       "original_max_position_embeddings": 4096, "pad_token_id": 32000, "resid_pdrop": 0.0, "rms_norm_eps": 1e-05,
       "rope_scaling": null, "rope_theta": 10000.0, "sliding_window": 2047, "tie_word_embeddings": false,
       "torch_dtype": "bfloat16", "transformers_version": "4.40.2", "use_cache": true, "vocab_size": 32064}
      """;

  /** A small LongRoPE Phi-3 as transformers 4.x saved it: rope_scaling type 'su' (longrope's old name). */
  static final String SU_4X = """
      {"architectures": ["Phi3ForCausalLM"], "attention_dropout": 0.0, "bos_token_id": 1, "embd_pdrop": 0.0,
       "eos_token_id": 32000, "hidden_act": "silu", "hidden_size": 32, "initializer_range": 0.02,
       "intermediate_size": 48, "max_position_embeddings": 64, "model_type": "phi3", "num_attention_heads": 4,
       "num_hidden_layers": 2, "num_key_value_heads": 2, "original_max_position_embeddings": 16,
       "pad_token_id": null, "partial_rotary_factor": 0.5, "resid_pdrop": 0.0, "rms_norm_eps": 1e-05,
       "rope_scaling": {"type": "su", "short_factor": [1.0, 1.1], "long_factor": [2.0, 3.0]},
       "rope_theta": 10000.0, "sliding_window": 5, "tie_word_embeddings": false, "torch_dtype": "float32",
       "transformers_version": "4.57.1", "use_cache": true, "vocab_size": 64}
      """;

  /** The same model as transformers 5.17 saves it (rope_parameters, rope_type renamed, factor in both places). */
  static final String LONGROPE_5X = """
      {"attention_dropout": 0.0, "bos_token_id": 1, "embd_pdrop": 0.0, "eos_token_id": 32000, "hidden_act": "silu",
       "hidden_size": 32, "initializer_range": 0.02, "intermediate_size": 48, "max_position_embeddings": 64,
       "model_type": "phi3", "num_attention_heads": 4, "num_hidden_layers": 2, "num_key_value_heads": 2,
       "original_max_position_embeddings": 16, "pad_token_id": null, "partial_rotary_factor": 0.5,
       "resid_pdrop": 0.0, "rms_norm_eps": 1e-05,
       "rope_parameters": {"long_factor": [2.0, 3.0], "original_max_position_embeddings": 16,
         "partial_rotary_factor": 0.5, "rope_theta": 10000.0, "rope_type": "longrope", "short_factor": [1.0, 1.1],
         "type": "longrope"},
       "sliding_window": 5, "tie_word_embeddings": false, "dtype": "float32", "transformers_version": "5.17.0",
       "use_cache": true, "vocab_size": 64}
      """;

  @Test
  void phi3Mini4kMapsWithItsWindowAndWholeHeadRope() throws IOException {
    HfConfig c = read(PHI3_MINI_4K);
    assertEquals(new HfConfig("phi3", 3072, 8192, 32, 32, 32, 96, 1e-5, 10000.0, 32064, false, false, false, 4096,
        "silu", "bfloat16", null, 2047, null, null, 32000, null, null, null, null), c);
  }

  @Test
  void suAndLongropeFormsAgreeWithTheTopLevelOriginalLength() throws IOException {
    HfRopeScaling longrope = new HfRopeScaling("longrope", null, 16, null, null, null, null, null, null, null, null,
        List.of(1.0, 1.1), List.of(2.0, 3.0));
    HfConfig expected = new HfConfig("phi3", 32, 48, 2, 4, 2, 8, 1e-5, 10000.0, 64, false, false, false, 64, "silu",
        "float32", longrope, 5, null, null, null, null, null, null, 4);
    assertEquals(expected, read(SU_4X));
    assertEquals(expected, read(LONGROPE_5X));
    // the top-level original_max_position_embeddings wins over the RoPE object's, as in transformers
    String objectSays32 = LONGROPE_5X.replace("[2.0, 3.0], \"original_max_position_embeddings\": 16",
        "[2.0, 3.0], \"original_max_position_embeddings\": 32");
    assertEquals(false, objectSays32.equals(LONGROPE_5X));
    assertEquals(16, read(objectSays32).ropeScaling().originalMaxPositionEmbeddings());
    // transformers 4.x also renamed 'yarn' to 'longrope' for Phi-3
    assertEquals(expected, read(SU_4X.replace("\"su\"", "\"yarn\"")));
    // whole-head RoPE: no rotary dim
    assertEquals(null, read(SU_4X.replace("\"partial_rotary_factor\": 0.5", "\"partial_rotary_factor\": 1.0"))
        .rotaryDim());
  }

  @Test
  void whatTorusDoesNotImplementIsRefusedByName() throws IOException {
    assertEquals("unknown field 'logit_scale' = 0.5; Torus does not know whether it changes the model, so it refuses "
            + "the checkpoint rather than ignore it",
        fails(PHI3_MINI_4K.replace("\"use_cache\"", "\"logit_scale\": 0.5, \"use_cache\"")));
    assertEquals("layer_types [\"full_attention\"] is not a setting of model_type 'phi3' (transformers would ignore "
            + "it); Torus refuses it rather than guess what was meant",
        fails(PHI3_MINI_4K.replace("\"use_cache\"", "\"layer_types\": [\"full_attention\"], \"use_cache\"")));
    assertEquals("attention_bias true is not supported: Phi3ForCausalLM has no attention biases",
        fails(PHI3_MINI_4K.replace("\"attention_bias\": false", "\"attention_bias\": true")));
    assertEquals("rope_scaling {\"type\":\"linear\",\"factor\":2.0} is not supported: Phi3ForCausalLM implements "
            + "RoPE types 'default' and 'longrope' (old names 'su', 'yarn') only",
        fails(PHI3_MINI_4K.replace("\"rope_scaling\": null", "\"rope_scaling\": {\"type\": \"linear\", \"factor\": 2.0}")));
    assertEquals("rope_scaling.beta_fast = 32 is not supported for rope_type 'longrope'; Torus reads [factor, "
            + "original_max_position_embeddings, attention_factor, short_factor, long_factor] for it",
        fails(SU_4X.replace("\"type\": \"su\"", "\"type\": \"yarn\", \"beta_fast\": 32")));
    assertEquals("partial_rotary_factor 0.375 rotates 3 of head_dim 8 dimensions; rotate-half RoPE needs an even "
            + "number, at least 2",
        fails(SU_4X.replace("0.5", "0.375")));
    assertEquals("partial_rotary_factor 0.5 and rope_parameters.partial_rotary_factor 0.75 disagree",
        fails(LONGROPE_5X.replace("\"partial_rotary_factor\": 0.5, \"rope_theta\"",
            "\"partial_rotary_factor\": 0.75, \"rope_theta\"")));
    assertEquals("sliding_window must be an integer > 0, got 0", fails(PHI3_MINI_4K.replace("2047", "0")));
    // the top-level original length is Phi-3's: elsewhere transformers would let it override the RoPE object's
    assertEquals("original_max_position_embeddings 4096 is not supported: a top-level original_max_position_embeddings "
            + "is read for model_type 'phi3' only (transformers would let it override the RoPE object's); give it in "
            + "rope_parameters/rope_scaling",
        fails(PHI3_MINI_4K.replace("\"phi3\"", "\"llama\"").replace("\"sliding_window\": 2047,", "")
            .replace("\"attention_bias\": false,", "")));
  }

  private HfConfig read(String json) throws IOException {
    Path file = tmp.resolve("config.json");
    Files.writeString(file, json);
    return HfConfig.read(file);
  }

  private String fails(String json) throws IOException {
    Path file = tmp.resolve("config.json");
    Files.writeString(file, json);
    String message = assertThrows(InvalidCheckpointException.class, () -> HfConfig.read(file)).getMessage();
    return message.substring(file.toString().length() + 2);
  }
}
