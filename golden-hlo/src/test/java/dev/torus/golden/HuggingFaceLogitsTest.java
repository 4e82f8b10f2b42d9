package dev.torus.golden;

import dev.torus.harness.PythonProject;
import dev.torus.harness.XlaHarness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.artifact.TokenLayout;
import dev.torus.dsl.hf.HfModels;
import dev.torus.cli.ModelRunner;
import dev.torus.cli.RandomTensors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Torus's {@code ./torus run} code path against Hugging Face {@code transformers} itself: small
 * random {@code LlamaForCausalLM}, {@code Qwen2ForCausalLM} and {@code Qwen3ForCausalLM} checkpoints saved with {@code save_pretrained} (one file and
 * sharded, f32 and bf16), HF's logits computed by {@code torus_harness.hf_reference}, in one Python process.
 */
class HuggingFaceLogitsTest {
  static final Path WORK = Path.of("target/hf-reference").toAbsolutePath();
  static final ObjectMapper JSON = new ObjectMapper();

  /** One checkpoint and how Torus runs it; {@code hf} holds LlamaConfig arguments plus the tool's keys. */
  record Case(String id, String hf, boolean causal, int batch, int seq, BlockSizes blocks, double tolerance, int ring,
      TokenLayout layout) {
    Case(String id, String hf, boolean causal, int batch, int seq, BlockSizes blocks, double tolerance) {
      this(id, hf, causal, batch, seq, blocks, tolerance, 1, TokenLayout.CONTIGUOUS);
    }
  }

  /** Llama 3.2's shape of model: tied, GQA, RoPE type llama3 (a short original context, so every band shows). */
  static final String LLAMA3 = "{\"num_hidden_layers\":2,\"num_key_value_heads\":2,\"tie_word_embeddings\":true,"
      + "\"max_position_embeddings\":1024,\"rope_parameters\":{\"rope_type\":\"llama3\",\"rope_theta\":500000.0,"
      + "\"factor\":32.0,\"low_freq_factor\":1.0,\"high_freq_factor\":4.0,\"original_max_position_embeddings\":32}}";
  /** Qwen2: biases on q/k/v (not o), RoPE base 1e6. */
  static final String QWEN2 = "{\"model_type\":\"qwen2\",\"num_hidden_layers\":2,\"num_key_value_heads\":2,"
      + "\"rope_parameters\":{\"rope_type\":\"default\",\"rope_theta\":1000000.0}}";
  /** Qwen3: per-head q/k RMSNorm, a head dim other than width / heads, attention biases, YaRN. */
  static final String QWEN3 = "{\"model_type\":\"qwen3\",\"num_hidden_layers\":2,\"num_key_value_heads\":2,"
      + "\"head_dim\":32,\"attention_bias\":true,\"max_position_embeddings\":256,\"rope_parameters\":"
      + "{\"rope_type\":\"yarn\",\"rope_theta\":1000000.0,\"factor\":4.0,\"original_max_position_embeddings\":64}}";

  static final List<Case> CASES = List.of(
      new Case("mha_f32_depth1", "{\"num_hidden_layers\":1,\"num_key_value_heads\":4}", true, 2, 32, BlockSizes.uniform(8), 1e-4),
      new Case("gqa_f32_depth3_sharded", "{\"num_hidden_layers\":3,\"num_key_value_heads\":2,\"maxShardSize\":\"40KB\"}",
          true, 1, 64, BlockSizes.of(16, 32, 16), 1e-4),
      new Case("gqa_f32_bidirectional", "{\"num_hidden_layers\":2,\"num_key_value_heads\":2}", false, 1, 32,
          BlockSizes.of(8, 16, 32), 1e-4),
      new Case("gqa_bf16", "{\"num_hidden_layers\":2,\"num_key_value_heads\":2,\"dtype\":\"bfloat16\"}", true, 1, 32,
          BlockSizes.of(16, 8, 16), 2e-2),
      new Case("mqa_block_is_sequence_tied", "{\"num_hidden_layers\":2,\"num_key_value_heads\":1,\"tie_word_embeddings\":true}",
          true, 1, 48, BlockSizes.uniform(48), 1e-4),
      new Case("gqa_ring4_striped_emulated", "{\"num_hidden_layers\":2,\"num_key_value_heads\":2}", true, 2, 64,
          BlockSizes.uniform(8), 1e-4, 4, TokenLayout.STRIPED),
      new Case("mha_ring3_contiguous_emulated_bidirectional", "{\"num_hidden_layers\":1,\"num_key_value_heads\":4}", false,
          1, 48, BlockSizes.of(8, 16, 8), 1e-4, 3, TokenLayout.CONTIGUOUS),
      // Families (issue 17): Llama 3.x RoPE, Qwen2's q/k/v biases, Qwen3's per-head q/k norm (+ YaRN), others' RoPE types.
      new Case("llama3_rope_tied", LLAMA3, true, 2, 32, BlockSizes.uniform(8), 1e-4),
      new Case("llama3_rope_ring4_striped", LLAMA3, true, 1, 64, BlockSizes.uniform(8), 1e-4, 4, TokenLayout.STRIPED),
      new Case("qwen2", QWEN2, true, 2, 32, BlockSizes.of(8, 16, 8), 1e-4),
      new Case("qwen2_ring4_striped", QWEN2, true, 1, 64, BlockSizes.uniform(8), 1e-4, 4, TokenLayout.STRIPED),
      new Case("qwen2_bf16", QWEN2.replaceFirst("\\{", "{\"dtype\":\"bfloat16\","), true, 1, 32, BlockSizes.uniform(16), 2e-2),
      new Case("qwen3_yarn", QWEN3, true, 2, 32, BlockSizes.of(16, 8, 16), 1e-4),
      new Case("qwen3_yarn_ring4_striped", QWEN3, true, 1, 64, BlockSizes.uniform(8), 1e-4, 4, TokenLayout.STRIPED),
      new Case("qwen3_bf16", QWEN3.replaceFirst("\\{", "{\"dtype\":\"bfloat16\","), true, 1, 32, BlockSizes.uniform(16), 2e-2),
      new Case("dynamic_ntk_beyond_ring4_striped", "{\"num_hidden_layers\":1,\"num_key_value_heads\":2,"
          + "\"max_position_embeddings\":16,\"rope_parameters\":{\"rope_type\":\"dynamic\",\"rope_theta\":10000.0,"
          + "\"factor\":2.0}}", true, 1, 64, BlockSizes.uniform(8), 1e-4, 4, TokenLayout.STRIPED),
      new Case("longrope_long", "{\"num_hidden_layers\":1,\"num_key_value_heads\":2,\"max_position_embeddings\":256,"
          + "\"rope_parameters\":{\"rope_type\":\"longrope\",\"rope_theta\":10000.0,\"original_max_position_embeddings\":32,"
          + "\"short_factor\":" + RopeScalingTest.SHORT + ",\"long_factor\":" + RopeScalingTest.LONG + "}}", true, 1, 48,
          BlockSizes.uniform(16), 1e-4));

  static XlaHarness harness;

  @BeforeAll
  static void makeCheckpointsAndHuggingFaceLogits() throws Exception {
    harness = XlaHarness.locate();
    String unavailable = check();
    if (unavailable != null) {
      String message = "Hugging Face reference unavailable: " + unavailable + "; " + PythonProject.INSTALL_HINT;
      if ("true".equals(System.getenv("CI"))) {
        fail(message);
      }
      abort(message);
    }
    Files.createDirectories(WORK);
    ArrayNode steps = JSON.createArrayNode();
    for (Case c : CASES) {
      ObjectNode config = (ObjectNode) JSON.readTree("{\"hidden_size\":64,\"intermediate_size\":128,"
          + "\"num_attention_heads\":4,\"vocab_size\":128,\"seed\":" + Math.abs(c.id.hashCode() % 1000) + "}");
      config.setAll((ObjectNode) JSON.readTree(c.hf));
      Path configFile = WORK.resolve(c.id + ".config.json");
      JSON.writeValue(configFile.toFile(), config);
      deleteRecursively(dir(c));
      steps.addObject().put("mode", "make-checkpoint").put("out", dir(c).toString()).put("config", configFile.toString());
      Npy.write(tokens(c), RandomTensors.randomTokens(c.id.length(), 128, c.batch, c.seq));
      steps.addObject().put("mode", "logits").put("model", dir(c).toString()).put("tokens", tokens(c).toString())
          .put("out", WORK.resolve(c.id + ".hf.npy").toString()).put("nonCausal", !c.causal);
    }
    Path request = WORK.resolve("steps.json");
    JSON.writeValue(request.toFile(), JSON.createObjectNode().set("steps", steps));
    Process p = harness.project()
        .process(harness.python(), PythonProject.Module.HF_REFERENCE, List.of("batch", "--request", request.toString()))
        .redirectErrorStream(true).redirectOutput(WORK.resolve("batch.log").toFile()).start();
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      fail("hf_reference batch failed:\n" + Files.readString(WORK.resolve("batch.log")));
    }
  }

  @Test
  void torusRunMatchesHuggingFaceLogits() throws IOException {
    for (Case c : CASES) {
      ModelSpec model = HfModels.fromDirectory(dir(c)).toBuilder().causal(c.causal).build();
      HostTensor tokens = Npy.readIntegers(tokens(c));
      ModelRunner.Result r = ModelRunner.run(model, dir(c), tokens, new ModelRunner.Options(c.blocks, c.ring, c.layout),
          WORK.resolve(c.id + ".artifact"));
      float[] hf = Npy.read(WORK.resolve(c.id + ".hf.npy")).toFloats();
      assertEquals(List.of((long) c.batch, (long) c.seq, 128L), r.logits().shape(), c.id);
      double rel = RealXlaGoldenTest.assertClose(hf, r.logits().toFloats(), c.tolerance, c.id + " vs Hugging Face");
      System.out.printf(java.util.Locale.ROOT, "[hf] %-28s max |torus - hf| / max |hf| = %.2e (limit %.0e)%n", c.id, rel,
          c.tolerance);
    }
  }

  private static String check() throws Exception {
    if (!Files.isExecutable(harness.python())) {
      return "no python at " + harness.python();
    }
    Process p = harness.project()
        .process(harness.python(), PythonProject.Module.HF_REFERENCE, List.of("check")).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return p.waitFor(2, TimeUnit.MINUTES) && p.exitValue() == 0 ? null : out.strip();
  }

  private static Path dir(Case c) {
    return WORK.resolve(c.id);
  }

  private static Path tokens(Case c) {
    return WORK.resolve(c.id + ".tokens.npy");
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(q -> q.toFile().delete());
      }
    }
  }
}
