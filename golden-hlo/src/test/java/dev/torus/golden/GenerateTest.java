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

  /** A checkpoint: its key/value heads (4 = MHA, 2 = GQA with groups of 2), a Mistral sliding window (0: LLaMA). */
  record Case(String id, int kvHeads, int window) {}

  static final List<Case> CASES = List.of(new Case("gen_gqa", 2, 0), new Case("gen_mha", 4, 0));
  /** A window of 6 tokens: shorter than every sequence after a few steps, so early cache blocks are skipped. */
  static final Case WINDOWED = new Case("gen_mistral_w6", 2, 6);
  /** Saved in bf16: the program's parameters and KV cache are bf16 (the reference runs the same weights in f32). */
  static final Case BF16 = new Case("gen_gqa_bf16", 2, 0);
  /** DESIGN.md's bf16-parameters-vs-f32-reference tolerance. */
  static final double BF16_TOLERANCE = 2e-2;

  /** Transformers' greedy tokens, margins and full-forward logits per prompt, for one case. */
  record Reference(int[][] generated, double[][] margins, float[][][] fullLogits) {}

  @Test
  void greedyTokensAndDecodeLogitsMatchTransformersOnOneDevice() throws Exception {
    List<Reference> refs = CASES.stream().map(GenerateTest::reference).toList();
    for (int k = 0; k < CASES.size(); k++) {
      Case c = CASES.get(k);
      ModelSpec model = HfModels.fromDirectory(dir(c));
      GenerateShape g = new GenerateShape(RunShape.of(PROMPTS.length, PROMPT_LENGTH, BlockSizes.uniform(4)), MAX_LENGTH);
      Artifact artifact = GenerateCompiler.compile(model, g, true).write(WORK.resolve(c.id + ".ring1"));
      check(c.id + " one device", refs.get(k), g, () -> GenerationFeeds.open(TfEngine.open(artifact), dir(c)));
    }
  }

  @Test
  void slidingWindowDecodeSkipsBlocksBeforeTheWindowAndMatchesTransformersMistral() throws Exception {
    Reference ref = reference(WINDOWED);
    ModelSpec model = HfModels.fromDirectory(dir(WINDOWED));
    assertEquals(WINDOWED.window(), model.attention().slidingWindow().size());
    GenerateShape g = new GenerateShape(RunShape.of(PROMPTS.length, PROMPT_LENGTH, BlockSizes.uniform(4)), MAX_LENGTH);
    Artifact artifact = GenerateCompiler.compile(model, g, true).write(WORK.resolve(WINDOWED.id() + ".ring1"));
    check(WINDOWED.id() + " one device", ref, g, () -> GenerationFeeds.open(TfEngine.open(artifact), dir(WINDOWED)),
        WINDOWED.window());
  }

  @Test
  void bf16ModelKeepsABf16CacheAndFollowsTheF32ReferenceWithin2e2() throws Exception {
    Reference ref = reference(BF16);
    ModelSpec model = HfModels.fromDirectory(dir(BF16));
    assertEquals(dev.torus.artifact.DType.BF16, model.paramType());
    GenerateShape g = new GenerateShape(RunShape.of(PROMPTS.length, PROMPT_LENGTH, BlockSizes.uniform(4)), MAX_LENGTH);
    Artifact artifact = GenerateCompiler.compile(model, g, true).write(WORK.resolve(BF16.id() + ".ring1"));
    assertEquals(dev.torus.artifact.DType.BF16, artifact.manifest().entryPoint("decode").inputs().stream()
        .filter(t -> t.name().equals(GenerateCompiler.CACHE_K)).findFirst().orElseThrow().dtype());
    check(BF16.id() + " one device", ref, g, () -> GenerationFeeds.open(TfEngine.open(artifact), dir(BF16)), 0,
        BF16_TOLERANCE, true);
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
    check(what, ref, g, opener, 0);
  }

  /** {@link #check}, for a model whose every layer has a sliding {@code window} (0: none). */
  static void check(String what, Reference ref, GenerateShape g, Opener opener, int window) throws Exception {
    check(what, ref, g, opener, window, LOGITS_TOLERANCE, false);
  }

  /**
   * {@link #check} with a logits {@code tolerance}; {@code teacherForced} feeds transformers' tokens
   * back (bf16: rounding may flip a close greedy choice) and counts the agreeing ones instead.
   */
  static void check(String what, Reference ref, GenerateShape g, Opener opener, int window, double tolerance,
      boolean teacherForced) throws Exception {
    int[] windows = new int[DEPTH];
    java.util.Arrays.fill(windows, window);
    check(what, ref, g, opener, windows, tolerance, teacherForced);
  }

  /** {@link #check} for a model whose layer {@code l} has a sliding window {@code layerWindows[l]} (0: none). */
  static void check(String what, Reference ref, GenerateShape g, Opener opener, int[] layerWindows, double tolerance,
      boolean teacherForced) throws Exception {
    long start = System.nanoTime();
    int newTokens = ref.generated()[0].length;
    double worst = 0;
    int agreeing = 0;
    try (GenerationFeeds feeds = opener.open()) {
      int batch = PROMPTS.length;
      int[] lengths = new int[batch];
      float[][] logits = feeds.prefill(PROMPTS);
      int[] next = new int[batch];
      for (int t = 0; t < newTokens; t++) {
        for (int b = 0; b < batch; b++) {
          lengths[b] = PROMPTS[b].length + t;
          float[] expected = ref.fullLogits()[b][lengths[b] - 1];
          worst = Math.max(worst, RealXlaGoldenTest.assertClose(expected, logits[b], tolerance,
              what + " prompt " + b + " step " + t + " logits vs a full forward"));
          next[b] = argmax(logits[b]);
          if (teacherForced) {
            agreeing += next[b] == ref.generated()[b][t] ? 1 : 0;
            next[b] = ref.generated()[b][t];
          }
          assertEquals(ref.generated()[b][t], next[b], what + " prompt " + b + " token " + t);
          assertTrue(ref.margins()[b][t] > MIN_MARGIN, what + ": transformers' top-2 margin at prompt " + b + " step "
              + t + " is " + ref.margins()[b][t] + ", not above " + MIN_MARGIN + "; pick another seed");
        }
        if (t + 1 < newTokens) {
          logits = feeds.decode(next, lengths);
          if (g.prompt().ring() == 1) {
            int longest = 0;
            int earliest = Integer.MAX_VALUE;
            for (int b = 0; b < batch; b++) {
              longest = Math.max(longest, lengths[b] + 1);
              earliest = Math.min(earliest, lengths[b]);
            }
            int block = g.prompt().blocks().keyValue();
            // Blocks whose last key is at or before every new token's position minus the window are skipped.
            int blocks = 0;
            for (int window : layerWindows) {
              int skipped = window == 0 ? 0 : Math.max(0, (earliest - window + 1) / block);
              blocks += (longest + block - 1) / block - skipped;
            }
            assertEquals(blocks, feeds.executedBlocks().orElseThrow(), what + " step " + t
                + ": decode blocks for a longest row of " + longest + " tokens, windows "
                + java.util.Arrays.toString(layerWindows));
          }
        }
      }
      for (int b = 0; b < batch; b++) {
        assertTrue(lengths[b] + 1 == PROMPTS[b].length + newTokens, what);
      }
    }
    System.out.printf(Locale.ROOT, "[generate] %-28s %d x %d greedy tokens %s transformers; logits max rel. diff"
        + " %.2e; %.1f s%n", what, PROMPTS.length, newTokens, teacherForced ? "(teacher-forced, " + agreeing
        + " argmax agree) from" : "equal", worst, (System.nanoTime() - start) / 1e9);
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

  private static java.util.Map<String, Reference> references;

  /** {@code c}'s reference; the first call makes every case's checkpoint and runs transformers once for all. */
  static synchronized Reference reference(Case c) {
    if (references == null) {
      List<Case> all = new ArrayList<>(CASES);
      all.add(WINDOWED);
      all.add(BF16);
      try {
        List<Reference> refs = references(all);
        java.util.Map<String, Reference> byId = new java.util.HashMap<>();
        for (int k = 0; k < all.size(); k++) {
          byId.put(all.get(k).id(), refs.get(k));
        }
        references = byId;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return references.get(c.id());
  }

  /** Makes the checkpoints and runs transformers once for every case. */
  static List<Reference> references(List<Case> cases) throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    ArrayNode steps = JSON.createArrayNode();
    for (Case c : cases) {
      String mistral = (c.window == 0 ? "" : ",\"model_type\":\"mistral\",\"sliding_window\":" + c.window)
          + (c == BF16 ? ",\"dtype\":\"bfloat16\"" : "");
      ObjectNode config = HfReference.tinyConfig(c.id, "{\"num_hidden_layers\":" + DEPTH + ",\"num_key_value_heads\":"
          + c.kvHeads + ",\"initStd\":0.15,\"max_position_embeddings\":" + MAX_LENGTH + mistral + "}");
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
    for (Case c : cases) {
      refs.add(read(WORK, c.id));
    }
    return refs;
  }

  /** {@link #read} of {@link #NEW_TOKENS} tokens per prompt. */
  static Reference read(Path work, String id) throws Exception {
    return read(work, id, NEW_TOKENS);
  }

  /**
   * The reference that a {@code generate} step of {@code newTokens} tokens wrote to
   * {@code work/id.generate.json} (and its logits files).
   */
  static Reference read(Path work, String id, int newTokens) throws Exception {
    JsonNode results = JSON.readTree(work.resolve(id + ".generate.json").toFile()).get("results");
    int n = PROMPTS.length;
    int[][] generated = new int[n][];
    double[][] margins = new double[n][];
    float[][][] full = new float[n][][];
    for (int b = 0; b < n; b++) {
      generated[b] = ints(results.get(b).get("generated"), JsonNode::asInt);
      margins[b] = new double[newTokens];
      for (int t = 0; t < newTokens; t++) {
        margins[b][t] = results.get(b).get("margins").get(t).asDouble();
      }
      assertEquals(newTokens, generated[b].length, id);
      var logits = Npy.read(work.resolve(id + ".generate.json." + b + ".npy"));
      int rows = logits.shape().get(0).intValue();
      int vocab = logits.shape().get(1).intValue();
      float[] flat = logits.toFloats();
      full[b] = new float[rows][vocab];
      for (int r = 0; r < rows; r++) {
        System.arraycopy(flat, r * vocab, full[b][r], 0, vocab);
      }
    }
    return new Reference(generated, margins, full);
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
