package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.Npy;
import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.GenerateCompiler;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.GenerateShape;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import dev.torus.dsl.hf.HfModels;
import dev.torus.harness.XlaHarness;
import dev.torus.runtime.TfEngine;
import dev.torus.train.GenerationFeeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Prefill + decode ({@code compile --task generate}) on one device through the TensorFlow engine:
 * random-weight LLaMA checkpoints made by transformers (GQA and MHA, f32), a batch of two prompts of
 * different lengths (right-padded), 32 greedy tokens each equal to transformers' {@code generate
 * (do_sample=False)} of each prompt alone, every step's logits within 1e-4 of a full forward over the
 * same prefix, every step's top-2 margin above 1e-3 (so greedy ties cannot decide), and the block
 * counter: a decode step runs {@code ceil(len / block)} cache blocks per layer.
 */
class GenerateTest {
  static final Path WORK = Path.of("target/hf-reference/generate").toAbsolutePath();
  static final ObjectMapper JSON = new ObjectMapper();
  static final double LOGITS_TOLERANCE = 1e-4;
  static final double MIN_MARGIN = 1e-3;
  static final int NEW_TOKENS = 32;
  static final int DEPTH = 2;
  static final int[][] PROMPTS = {{5, 17, 99}, {3, 64, 12, 101, 7, 88, 42}};
  static final int PROMPT_LENGTH = 8;
  static final int MAX_LENGTH = 48;

  /** A checkpoint: its key/value heads (4 = MHA, 2 = GQA with groups of 2). */
  record Case(String id, int kvHeads) {}

  static final List<Case> CASES = List.of(new Case("gen_gqa", 2), new Case("gen_mha", 4));

  /** Transformers' greedy tokens, margins and full-forward logits per prompt, for one case. */
  record Reference(int[][] generated, double[][] margins, float[][][] fullLogits) {}

  @Test
  void greedyTokensAndDecodeLogitsMatchTransformersOnOneDevice() throws Exception {
    List<Reference> refs = references();
    for (int k = 0; k < CASES.size(); k++) {
      Case c = CASES.get(k);
      ModelSpec model = HfModels.fromDirectory(dir(c));
      GenerateShape g = new GenerateShape(RunShape.of(PROMPTS.length, PROMPT_LENGTH, BlockSizes.uniform(4)), MAX_LENGTH);
      Artifact artifact = GenerateCompiler.compile(model, g, true).write(WORK.resolve(c.id + ".ring1"));
      check(c.id + " one device", refs.get(k), g, () -> GenerationFeeds.open(TfEngine.open(artifact), dir(c)));
    }
  }

  @Test
  void refusesWhatItDoesNotSupportByName() {
    BlockSizes blocks = BlockSizes.uniform(4);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new GenerateShape(RunShape.of(1, 16, blocks), 8))
        .getMessage().contains("prompt length 16 is longer than --max-len 8"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> new GenerateShape(RunShape.ring(1, 16, blocks, 4, TokenLayout.STRIPED, 1), 32))
        .getMessage().contains("striped"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> new GenerateShape(RunShape.ring(2, 16, blocks, 4, TokenLayout.CONTIGUOUS, 2), 32))
        .getMessage().contains("--dp 2"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new GenerateShape(RunShape.of(1, 16, blocks), 30))
        .getMessage().contains("multiple of the key/value block 4"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> new GenerateShape(RunShape.ring(1, 16, blocks, 4, TokenLayout.CONTIGUOUS, 1), 34))
        .getMessage().contains("multiple of the ring size 4"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> new GenerateShape(RunShape.of(1, 16, blocks).packedDocuments(), 32)).getMessage().contains("packed"));
  }

  /** A supplier that may throw. */
  interface Opener {
    GenerationFeeds open() throws Exception;
  }

  /**
   * Runs the prompts through {@code opener}'s feeds and checks tokens, logits, margins and (on one
   * device, or device 0 of a ring) the decode block counter.
   */
  static void check(String what, Reference ref, GenerateShape g, Opener opener) throws Exception {
    long start = System.nanoTime();
    double worst = 0;
    try (GenerationFeeds feeds = opener.open()) {
      int batch = PROMPTS.length;
      int[] lengths = new int[batch];
      float[][] logits = feeds.prefill(PROMPTS);
      int[] next = new int[batch];
      for (int t = 0; t < NEW_TOKENS; t++) {
        for (int b = 0; b < batch; b++) {
          lengths[b] = PROMPTS[b].length + t;
          float[] expected = ref.fullLogits()[b][lengths[b] - 1];
          worst = Math.max(worst, RealXlaGoldenTest.assertClose(expected, logits[b], LOGITS_TOLERANCE,
              what + " prompt " + b + " step " + t + " logits vs a full forward"));
          next[b] = argmax(logits[b]);
          assertEquals(ref.generated()[b][t], next[b], what + " prompt " + b + " token " + t);
          assertTrue(ref.margins()[b][t] > MIN_MARGIN, what + ": transformers' top-2 margin at prompt " + b + " step "
              + t + " is " + ref.margins()[b][t] + ", not above " + MIN_MARGIN + "; pick another seed");
        }
        if (t + 1 < NEW_TOKENS) {
          logits = feeds.decode(next, lengths);
          if (g.prompt().ring() == 1) {
            int longest = 0;
            for (int b = 0; b < batch; b++) {
              longest = Math.max(longest, lengths[b] + 1);
            }
            int block = g.prompt().blocks().keyValue();
            assertEquals(DEPTH * ((longest + block - 1) / block), feeds.executedBlocks().orElseThrow(),
                what + " step " + t + ": decode blocks for a longest row of " + longest + " tokens");
          }
        }
      }
      for (int b = 0; b < batch; b++) {
        assertTrue(lengths[b] + 1 == PROMPTS[b].length + NEW_TOKENS, what);
      }
    }
    System.out.printf(Locale.ROOT, "[generate] %-28s %d x %d greedy tokens equal transformers; logits max rel. diff"
        + " %.2e; %.1f s%n", what, PROMPTS.length, NEW_TOKENS, worst, (System.nanoTime() - start) / 1e9);
  }

  static int argmax(float[] row) {
    int best = 0;
    for (int i = 1; i < row.length; i++) {
      if (row[i] > row[best]) {
        best = i;
      }
    }
    return best;
  }

  /** Makes the checkpoints and runs transformers once for every case. */
  static List<Reference> references() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    ArrayNode steps = JSON.createArrayNode();
    for (Case c : CASES) {
      ObjectNode config = HfReference.tinyConfig(c.id, "{\"num_hidden_layers\":" + DEPTH + ",\"num_key_value_heads\":"
          + c.kvHeads + ",\"initStd\":0.15,\"max_position_embeddings\":" + MAX_LENGTH + "}");
      Path configFile = WORK.resolve(c.id + ".config.json");
      JSON.writeValue(configFile.toFile(), config);
      steps.addObject().put("mode", "make-checkpoint").put("out", dir(c).toString()).put("config", configFile.toString());
      ObjectNode gen = steps.addObject().put("mode", "generate").put("model", dir(c).toString())
          .put("new_tokens", NEW_TOKENS).put("out", WORK.resolve(c.id + ".generate.json").toString());
      ArrayNode prompts = gen.putArray("prompts");
      for (int[] p : PROMPTS) {
        ArrayNode row = prompts.addArray();
        for (int id : p) {
          row.add(id);
        }
      }
    }
    HfReference.runBatch(harness, steps, WORK);
    List<Reference> refs = new ArrayList<>();
    for (Case c : CASES) {
      JsonNode results = JSON.readTree(WORK.resolve(c.id + ".generate.json").toFile()).get("results");
      int n = PROMPTS.length;
      int[][] generated = new int[n][];
      double[][] margins = new double[n][];
      float[][][] full = new float[n][][];
      for (int b = 0; b < n; b++) {
        generated[b] = ints(results.get(b).get("generated"), JsonNode::asInt);
        margins[b] = new double[NEW_TOKENS];
        for (int t = 0; t < NEW_TOKENS; t++) {
          margins[b][t] = results.get(b).get("margins").get(t).asDouble();
        }
        assertEquals(NEW_TOKENS, generated[b].length, c.id);
        var logits = Npy.read(WORK.resolve(c.id + ".generate.json." + b + ".npy"));
        int rows = logits.shape().get(0).intValue();
        int vocab = logits.shape().get(1).intValue();
        float[] flat = logits.toFloats();
        full[b] = new float[rows][vocab];
        for (int r = 0; r < rows; r++) {
          System.arraycopy(flat, r * vocab, full[b][r], 0, vocab);
        }
      }
      refs.add(new Reference(generated, margins, full));
    }
    return refs;
  }

  private static int[] ints(JsonNode array, Function<JsonNode, Integer> value) {
    int[] out = new int[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = value.apply(array.get(i));
    }
    return out;
  }

  static Path dir(Case c) {
    return WORK.resolve(c.id);
  }
}
