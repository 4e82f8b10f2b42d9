package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.GenerateCompiler;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.GenerateShape;
import dev.torus.dsl.LayerRope;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import dev.torus.dsl.SlidingWindow;
import dev.torus.dsl.hf.HfModels;
import dev.torus.harness.XlaHarness;
import dev.torus.runtime.TfEngine;
import dev.torus.train.GenerationFeeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Gemma 2 and Gemma 3 (text) through the generate programs ({@link GenerateTest}'s checks): random-weight
 * f32 checkpoints made by transformers' own {@code Gemma2ForCausalLM} (alternating windows of 4 keys,
 * shorter than the 7-token prompt, attention soft cap 1 and final soft cap 3, both bending the numbers)
 * and {@code Gemma3ForCausalLM} (windowed and global layers, the windowed ones rotating with their
 * own RoPE base 100, the global one with linear scaling; q/k norms; query scale), with Gemma's
 * {@code (1 + w)} norms, post-sublayer norms, GeGLU and embedding scale. A batch of prompts of 3 and 7
 * tokens: 16 greedy tokens equal transformers' {@code generate(do_sample=False)} of each prompt
 * alone (whose sliding layers keep a windowed cache), every step's logits within 1e-4 of a full
 * forward over the same prefix; on one device (with the decode block counter: windowed layers skip
 * the cache blocks before their window, global ones do not) and on an emulated ring of 4 (the
 * ring's collectives on real devices are {@link GenerateRingTest}'s, the same for every model).
 */
class GemmaGenerateTest {
  static final Path WORK = Path.of("target/hf-reference/gemma-generate").toAbsolutePath();
  static final ObjectMapper JSON = new ObjectMapper();
  static final int WINDOW = 4;
  /** Greedy tokens per prompt: both rows run far past the window of 4. */
  static final int NEW_TOKENS = 16;

  /** A checkpoint: its config's overrides and each layer's window (0: global). */
  record Case(String id, String hf, int[] layerWindows) {}

  static final Case GEMMA2 = new Case("gemma2_gen", "{\"model_type\":\"gemma2\",\"num_hidden_layers\":2,"
      + "\"num_key_value_heads\":2,\"head_dim\":16,\"query_pre_attn_scalar\":16,\"sliding_window\":" + WINDOW + ","
      + "\"attn_logit_softcapping\":1.0,\"final_logit_softcapping\":3.0,\"initStd\":0.15,"
      + "\"max_position_embeddings\":" + GenerateTest.MAX_LENGTH + "}", new int[] {WINDOW, 0});
  static final Case GEMMA3 = new Case("gemma3_gen", "{\"model_type\":\"gemma3_text\",\"num_hidden_layers\":3,"
      + "\"num_key_value_heads\":2,\"head_dim\":16,\"query_pre_attn_scalar\":12,\"sliding_window\":" + WINDOW + ","
      + "\"layer_types\":[\"sliding_attention\",\"full_attention\",\"sliding_attention\"],"
      + "\"rope_parameters\":{\"full_attention\":{\"rope_type\":\"linear\",\"factor\":2.0,"
      + "\"rope_theta\":10000.0},\"sliding_attention\":{\"rope_type\":\"default\",\"rope_theta\":100.0}},"
      + "\"initStd\":0.15,\"max_position_embeddings\":" + GenerateTest.MAX_LENGTH + "}", new int[] {WINDOW, 0, WINDOW});
  static final List<Case> CASES = List.of(GEMMA2, GEMMA3);

  @Test
  void greedyTokensAndDecodeLogitsMatchTransformersOnOneDevice() throws Exception {
    List<GenerateTest.Reference> refs = references();
    for (int k = 0; k < CASES.size(); k++) {
      Case c = CASES.get(k);
      ModelSpec model = HfModels.fromDirectory(dir(c));
      assertParts(c, model);
      GenerateShape g = new GenerateShape(RunShape.of(GenerateTest.PROMPTS.length, GenerateTest.PROMPT_LENGTH,
          BlockSizes.uniform(2)), GenerateTest.MAX_LENGTH);
      Artifact artifact = GenerateCompiler.compile(model, g, true).write(WORK.resolve(c.id() + ".ring1"));
      GenerateTest.check(c.id() + " one device", refs.get(k), g,
          () -> GenerationFeeds.open(TfEngine.open(artifact), dir(c)), c.layerWindows(),
          GenerateTest.LOGITS_TOLERANCE, false);
    }
  }

  @Test
  void greedyTokensMatchTransformersOnAnEmulatedRingOfFour() throws Exception {
    List<GenerateTest.Reference> refs = references();
    for (int k = 0; k < CASES.size(); k++) {
      Case c = CASES.get(k);
      ModelSpec model = HfModels.fromDirectory(dir(c));
      GenerateShape g = new GenerateShape(RunShape.ring(GenerateTest.PROMPTS.length, GenerateTest.PROMPT_LENGTH,
          BlockSizes.uniform(2), 4, TokenLayout.CONTIGUOUS, 1), GenerateTest.MAX_LENGTH);
      Artifact artifact = GenerateCompiler.compile(model, g, false).write(WORK.resolve(c.id() + ".ring4"), true);
      GenerateTest.check(c.id() + " ring 4 emulated", refs.get(k), g,
          () -> GenerationFeeds.open(TfEngine.open(artifact), dir(c)), c.layerWindows(),
          GenerateTest.LOGITS_TOLERANCE, false);
    }
  }

  /** The parts the checkpoint must have been read into, so that the test exercises them. */
  private static void assertParts(Case c, ModelSpec model) {
    assertEquals(SlidingWindow.pattern(WINDOW, List.of(true, false)), model.attention().slidingWindow(), c.id());
    assertEquals(1.0, model.block().attentionNorm().weightOffset(), c.id());
    if (c == GEMMA2) {
      assertEquals(1.0, model.attention().logitSoftCap().doubleValue(), c.id());
      assertEquals(3.0, model.finalLogitSoftCap().doubleValue(), c.id());
    } else {
      assertEquals(LayerRope.plain(100, List.of(true, false)), model.attention().layerRope(), c.id());
      assertEquals(1.0, model.attention().qkNorm().weightOffset(), c.id());
      assertEquals(1 / Math.sqrt(12), model.attention().queryScale(), 1e-15, c.id());
    }
  }

  private static List<GenerateTest.Reference> references;

  /** The checkpoints and transformers' references, made once for both tests. */
  static synchronized List<GenerateTest.Reference> references() throws Exception {
    if (references != null) {
      return references;
    }
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    ArrayNode steps = JSON.createArrayNode();
    for (Case c : CASES) {
      Path configFile = WORK.resolve(c.id() + ".config.json");
      JSON.writeValue(configFile.toFile(), HfReference.tinyConfig(c.id(), c.hf()));
      steps.addObject().put("mode", "make-checkpoint").put("out", dir(c).toString()).put("config", configFile.toString());
      ObjectNode gen = steps.addObject().put("mode", "generate").put("model", dir(c).toString())
          .put("new_tokens", NEW_TOKENS).put("out", WORK.resolve(c.id() + ".generate.json").toString());
      ArrayNode prompts = gen.putArray("prompts");
      for (int[] p : GenerateTest.PROMPTS) {
        ArrayNode row = prompts.addArray();
        for (int id : p) {
          row.add(id);
        }
      }
    }
    HfReference.runBatch(harness, steps, WORK);
    List<GenerateTest.Reference> refs = new ArrayList<>();
    for (Case c : CASES) {
      GenerateTest.Reference ref = GenerateTest.read(WORK, c.id(), NEW_TOKENS);
      refs.add(ref);
      // The final cap bends Gemma 2's logits: transformers' reach close to it.
      if (c == GEMMA2) {
        double largest = 0;
        for (float[][] prompt : ref.fullLogits()) {
          for (float[] row : prompt) {
            for (float z : row) {
              largest = Math.max(largest, Math.abs(z));
            }
          }
        }
        assertTrue(largest > 0.8 * 3.0 && largest <= 3.0, c.id() + ": transformers' logits reach " + largest
            + ", not close to the final cap 3");
      }
    }
    references = refs;
    return refs;
  }

  static Path dir(Case c) {
    return WORK.resolve(c.id());
  }
}
