package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.dsl.Attention;
import dev.torus.dsl.hf.HfModels;
import dev.torus.harness.XlaHarness;
import dev.torus.hf.HfConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every RoPE variant's inverse frequencies and attention factor, as Torus computes them from a
 * {@code config.json}, against the rotary embedding class of {@code transformers} itself run over
 * the same sequence length (so its dynamic and longrope updates apply).
 */
class RopeScalingTest {
  static final Path WORK = Path.of("target/rope-scaling").toAbsolutePath();

  /** A config (overrides of {@link HfReference#tinyConfig}) and the run length both sides use. */
  record Case(String id, String config, int seq) {}

  static final String LONG = "[1.0, 1.1, 1.3, 1.6, 2.0, 2.5, 3.1, 4.0]";
  static final String SHORT = "[1.0, 1.0, 1.05, 1.1, 1.2, 1.3, 1.4, 1.5]";

  static final List<Case> CASES = List.of(
      new Case("default_llama", "{\"rope_parameters\":{\"rope_type\":\"default\",\"rope_theta\":10000.0}}", 32),
      new Case("linear", "{\"rope_parameters\":{\"rope_type\":\"linear\",\"rope_theta\":10000.0,\"factor\":4.0}}", 32),
      new Case("dynamic_within", "{\"max_position_embeddings\":64,"
          + "\"rope_parameters\":{\"rope_type\":\"dynamic\",\"rope_theta\":10000.0,\"factor\":2.0}}", 32),
      new Case("dynamic_beyond", "{\"max_position_embeddings\":16,"
          + "\"rope_parameters\":{\"rope_type\":\"dynamic\",\"rope_theta\":10000.0,\"factor\":2.0}}", 48),
      new Case("llama3", "{\"max_position_embeddings\":131072,\"rope_parameters\":{\"rope_type\":\"llama3\","
          + "\"rope_theta\":500000.0,\"factor\":32.0,\"low_freq_factor\":1.0,\"high_freq_factor\":4.0,"
          + "\"original_max_position_embeddings\":8192}}", 32),
      new Case("llama3_small_context", "{\"head_dim\":32,\"max_position_embeddings\":256,\"rope_parameters\":"
          + "{\"rope_type\":\"llama3\",\"rope_theta\":10000.0,\"factor\":8.0,\"low_freq_factor\":1.0,"
          + "\"high_freq_factor\":4.0,\"original_max_position_embeddings\":64}}", 32),
      new Case("yarn", "{\"max_position_embeddings\":4096,\"rope_parameters\":{\"rope_type\":\"yarn\","
          + "\"rope_theta\":10000.0,\"factor\":4.0,\"original_max_position_embeddings\":1024}}", 32),
      new Case("yarn_mscale_untruncated", "{\"head_dim\":32,\"max_position_embeddings\":4096,\"rope_parameters\":"
          + "{\"rope_type\":\"yarn\",\"rope_theta\":1000000.0,\"factor\":8.0,\"original_max_position_embeddings\":512,"
          + "\"beta_fast\":16,\"beta_slow\":2,\"mscale\":0.707,\"mscale_all_dim\":0.707,\"truncate\":false}}", 32),
      new Case("yarn_given_attention_factor", "{\"max_position_embeddings\":4096,\"rope_parameters\":"
          + "{\"rope_type\":\"yarn\",\"rope_theta\":10000.0,\"factor\":4.0,\"attention_factor\":1.25}}", 32),
      new Case("longrope_short", "{\"max_position_embeddings\":128,\"rope_parameters\":{\"rope_type\":\"longrope\","
          + "\"rope_theta\":10000.0,\"short_factor\":" + SHORT + ",\"long_factor\":" + LONG + ","
          + "\"original_max_position_embeddings\":32}}", 32),
      new Case("longrope_long", "{\"max_position_embeddings\":128,\"rope_parameters\":{\"rope_type\":\"longrope\","
          + "\"rope_theta\":10000.0,\"short_factor\":" + SHORT + ",\"long_factor\":" + LONG + ","
          + "\"original_max_position_embeddings\":32}}", 64),
      new Case("qwen2_default", "{\"model_type\":\"qwen2\",\"rope_parameters\":{\"rope_type\":\"default\","
          + "\"rope_theta\":1000000.0}}", 32),
      new Case("qwen3_yarn", "{\"model_type\":\"qwen3\",\"head_dim\":16,\"max_position_embeddings\":4096,"
          + "\"rope_parameters\":{\"rope_type\":\"yarn\",\"rope_theta\":1000000.0,\"factor\":4.0,"
          + "\"original_max_position_embeddings\":1024}}", 32));

  private static ObjectNode config(Case c) throws Exception {
    ObjectNode config = HfReference.tinyConfig(c.id, "{\"num_hidden_layers\":1,\"max_position_embeddings\":2048,\"rms_norm_eps\":1e-6}");
    config.setAll((ObjectNode) HfReference.JSON.readTree(c.config));
    return config;
  }

  @Test
  void frequenciesAndAttentionFactorMatchTransformers() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    Files.createDirectories(WORK);
    ArrayNode steps = HfReference.JSON.createArrayNode();
    for (Case c : CASES) {
      ObjectNode config = config(c);
      Path configFile = WORK.resolve(c.id + ".config.json");
      HfReference.JSON.writeValue(configFile.toFile(), config);
      steps.addObject().put("mode", "rope").put("config", configFile.toString()).put("seq_len", c.seq)
          .put("out", WORK.resolve(c.id + ".rope.json").toString());
    }
    HfReference.runBatch(harness, steps, WORK);
    for (Case c : CASES) {
      ObjectNode config = config(c);
      config.remove("seed");
      if (!config.has("model_type")) {
        config.put("model_type", "llama");
      }
      Attention a = HfModels.toSpec("m", HfConfig.fromJson(config, c.id)).attention();
      JsonNode hf = HfReference.JSON.readTree(WORK.resolve(c.id + ".rope.json").toFile());
      double[] torus = a.ropeFrequencies(c.seq);
      assertEquals(hf.get("invFreq").size(), torus.length, c.id);
      double worst = 0;
      for (int i = 0; i < torus.length; i++) {
        double expected = hf.get("invFreq").get(i).doubleValue();
        worst = Math.max(worst, Math.abs(torus[i] - expected) / expected);
      }
      double factor = hf.get("attentionFactor").doubleValue();
      System.out.printf(Locale.ROOT, "[rope] %-28s max rel |f - hf| = %.1e, attention factor %.6f vs %.6f%n", c.id,
          worst, a.ropeAttentionFactor(), factor);
      assertEquals(0, worst, 1e-6, c.id + ": inverse frequencies");
      assertEquals(factor, a.ropeAttentionFactor(), 1e-6, c.id + ": attention factor");
    }
  }
}
