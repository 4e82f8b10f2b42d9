package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.harness.XlaHarness;
import dev.torus.text.Tokenizer;
import dev.torus.text.generate.EosIds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code ./torus generate} on a random-weight Gemma 2 checkpoint made by transformers (windows of 4
 * in alternate layers, attention soft cap 1, final soft cap 3) with {@link GenerateCommandTest}'s
 * byte-level BPE tokenizer: the greedy text of a batch of two prompts (12 and 49 tokens) on one device
 * and on an emulated ring of 4 equals transformers' {@code generate(do_sample=False)} of each prompt
 * alone, decoded. The programs' numbers are {@link GemmaGenerateTest}'s; this is the command's path.
 */
class GemmaGenerateCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path WORK = Path.of("target", "gemma-generate-command").toAbsolutePath();
  static final Path MODEL = WORK.resolve("model");
  static final int NEW_TOKENS = 20;

  @Test
  void greedyTextOfABatchOnOneDeviceAndAnEmulatedRingEqualsTransformers() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    ArrayNode steps = JSON.createArrayNode();
    ObjectNode config = HfReference.tinyConfig("gemma_generate_cli", "{\"model_type\":\"gemma2\","
        + "\"num_hidden_layers\":2,\"num_key_value_heads\":2,\"head_dim\":16,\"query_pre_attn_scalar\":16,"
        + "\"sliding_window\":4,\"attn_logit_softcapping\":1.0,\"final_logit_softcapping\":3.0,\"initStd\":0.1,"
        + "\"seed\":5,\"vocab_size\":300,\"max_position_embeddings\":256}");
    Path configFile = WORK.resolve("config.json");
    JSON.writeValue(configFile.toFile(), config);
    steps.addObject().put("mode", "make-checkpoint").put("out", MODEL.toString()).put("config", configFile.toString());
    HfReference.runBatch(harness, steps, WORK);
    GenerateCommandTest.tokenizer(harness, WORK, MODEL);

    List<String> expected = new ArrayList<>();
    try (Tokenizer tokenizer = Tokenizer.open(MODEL)) {
      EosIds eos = EosIds.read(MODEL, tokenizer);
      steps = JSON.createArrayNode();
      ObjectNode gen = steps.addObject().put("mode", "generate").put("model", MODEL.toString())
          .put("new_tokens", NEW_TOKENS).put("out", WORK.resolve("generate.json").toString());
      ArrayNode prompts = gen.putArray("prompts");
      for (String p : GenerateCommandTest.PROMPTS) {
        ArrayNode row = prompts.addArray();
        Arrays.stream(tokenizer.encode(p, true)).forEach(row::add);
      }
      HfReference.runBatch(harness, steps, WORK);
      JsonNode results = JSON.readTree(WORK.resolve("generate.json").toFile()).get("results");
      for (JsonNode result : results) {
        List<Integer> until = new ArrayList<>();
        for (JsonNode t : result.get("generated")) {
          if (eos.ids().contains(t.asInt())) {
            break;   // transformers ran on without EOS; Torus stops there, and EOS adds no text
          }
          until.add(t.asInt());
        }
        for (JsonNode m : result.get("margins")) {
          assertTrue(m.asDouble() > 1e-3, "transformers' top-2 margin " + m + " is too small for a greedy comparison");
        }
        expected.add(tokenizer.decode(until.stream().mapToInt(Integer::intValue).toArray(), true));
      }
    }
    assertTrue(expected.get(0).codePoints().distinct().count() > 3, "a text worth comparing: " + expected);
    String want = "--- prompt 0 ---\n" + expected.get(0) + "\n--- prompt 1 ---\n" + expected.get(1) + "\n";
    for (List<String> where : List.of(List.<String>of(), List.of("--ring", "4", "--emulate"))) {
      List<String> args = new ArrayList<>(List.of("generate", "--model", MODEL.toString(), "--max-new-tokens",
          String.valueOf(NEW_TOKENS), "--prompt", GenerateCommandTest.PROMPTS.get(0), "--prompt",
          GenerateCommandTest.PROMPTS.get(1)));
      args.addAll(where);
      GenerateCommandTest.Result r = GenerateCommandTest.torus(args);
      assertEquals(0, r.code(), r.err());
      assertEquals(want, r.out(), "gemma2 batch " + where);
      System.out.println("[generate] gemma2 batch " + where + ": " + r.err().strip());
    }
  }
}
