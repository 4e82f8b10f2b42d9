package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.harness.PythonProject;
import dev.torus.harness.XlaHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The tests' way to {@code torus_harness.hf_reference}: small LLaMA configs and one batch of steps per process. */
final class HfReference {
  static final ObjectMapper JSON = new ObjectMapper();

  private HfReference() {}

  /**
   * A small LLaMA config (width 64, SwiGLU 128, 4 heads, vocabulary 128, a seed from {@code id})
   * with {@code overrides} (JSON) applied.
   */
  static ObjectNode tinyConfig(String id, String overrides) throws Exception {
    ObjectNode config = (ObjectNode) JSON.readTree("{\"hidden_size\":64,\"intermediate_size\":128,"
        + "\"num_attention_heads\":4,\"vocab_size\":128,\"seed\":" + Math.abs(id.hashCode() % 1000) + "}");
    config.setAll((ObjectNode) JSON.readTree(overrides));
    return config;
  }

  /**
   * Runs {@code steps} in one {@code hf_reference batch} process (log in {@code work/batch.log}).
   * Without torch and transformers the test is skipped, or fails in CI.
   */
  static void runBatch(XlaHarness harness, ArrayNode steps, Path work) throws Exception {
    Path request = work.resolve("steps.json");
    JSON.writeValue(request.toFile(), JSON.createObjectNode().set("steps", steps));
    Process p = harness.project()
        .process(harness.python(), PythonProject.Module.HF_REFERENCE, List.of("batch", "--request", request.toString()))
        .redirectErrorStream(true).redirectOutput(work.resolve("batch.log").toFile()).start();
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      String log = Files.readString(work.resolve("batch.log"), StandardCharsets.UTF_8);
      if (p.isAlive() || p.exitValue() != 3 || "true".equals(System.getenv("CI"))) {
        fail("hf_reference batch failed:\n" + log);
      }
      abort("Hugging Face reference unavailable; " + PythonProject.INSTALL_HINT + "\n" + log);
    }
  }
}
