package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.torus.artifact.Npy;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.RandomTensors;
import dev.torus.compiler.train.LossGradients;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.LayerRope;
import dev.torus.dsl.RopeScaling;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import dev.torus.dsl.SlidingWindow;
import dev.torus.dsl.hf.HfModels;
import dev.torus.harness.XlaHarness;
import dev.torus.harness.XlaHarness.Program;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Gemma 2 and Gemma 3 (text) from Hugging Face, with logit soft-capping: random-weight f32
 * checkpoints made by transformers' own {@code Gemma2ForCausalLM} and {@code Gemma3ForCausalLM} (from a
 * {@code Gemma3TextConfig}; Gemma 3 soft-caps its logits only, as its transformers class does) and {@code save_pretrained} (transformers 5's config form; the 4.x forms
 * are read in {@code HfConfigTest}), with weights large enough that the caps bend the numbers (the
 * logits of transformers reach close to the final cap). Gemma 3's windowed layers rotate with their
 * own RoPE base, its global ones with linear scaling. Logits through {@code ./torus run}'s code path
 * on one device and an emulated ring of 4 (striped) against transformers; one train step's loss and
 * every gradient, run by real XLA, against torch autograd.
 */
class GemmaSoftCapTest {
  static final Path WORK = Path.of("target/hf-reference/gemma-softcap").toAbsolutePath();
  static final ObjectMapper JSON = new ObjectMapper();
  static final double LOGITS_TOLERANCE = 1e-4;
  static final int BATCH = 2;
  static final int SEQ = 64;

  /** A checkpoint (its config's overrides), its final soft cap, and where its gradients run. */
  record Case(String id, String hf, double finalCap, int gradRing, TokenLayout gradLayout) {}

  static final List<Case> CASES = List.of(
      new Case("gemma2_w12_depth2", "{\"model_type\":\"gemma2\",\"num_hidden_layers\":2,"
          + "\"num_key_value_heads\":2,\"head_dim\":16,\"query_pre_attn_scalar\":16,\"sliding_window\":12,"
          + "\"attn_logit_softcapping\":1.0,\"final_logit_softcapping\":1.5,\"initStd\":0.15}", 1.5, 1,
          TokenLayout.CONTIGUOUS),
      new Case("gemma3_w12_depth3", "{\"model_type\":\"gemma3_text\",\"num_hidden_layers\":3,"
          + "\"num_key_value_heads\":2,\"head_dim\":16,\"query_pre_attn_scalar\":12,\"sliding_window\":12,"
          + "\"layer_types\":[\"sliding_attention\",\"full_attention\",\"sliding_attention\"],"
          + "\"rope_parameters\":{\"full_attention\":{\"rope_type\":\"linear\",\"factor\":2.0,"
          + "\"rope_theta\":10000.0},\"sliding_attention\":{\"rope_type\":\"default\",\"rope_theta\":100.0}},"
          + "\"final_logit_softcapping\":2.0,\"initStd\":0.15}", 2.0, 4,
          TokenLayout.STRIPED));

  @Test
  void logitsAndEveryGradientMatchTransformersGemma() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    ArrayNode steps = JSON.createArrayNode();
    for (Case c : CASES) {
      Npy.write(tokens(c), RandomTensors.randomTokens(c.id.length(), 128, BATCH, SEQ));
      Npy.write(targets(c), RandomTensors.randomTokens(c.id.length() + 1, 128, BATCH, SEQ));
      TorchGradients.addReferenceSteps(steps, WORK, c.id, c.hf, tokens(c), targets(c), true);
    }
    HfReference.runBatch(harness, steps, WORK);

    List<Program> programs = new ArrayList<>();
    List<LossGradients.Program> compiled = new ArrayList<>();
    for (Case c : CASES) {
      ModelSpec model = HfModels.fromDirectory(dir(c));
      assertEquals(SlidingWindow.pattern(12, List.of(true, false)), model.attention().slidingWindow(), c.id);
      // Gemma3ForCausalLM applies no attention soft cap (its config's field is refused unless null).
      assertEquals(c.id.startsWith("gemma3") ? null : (Double) 1.0, model.attention().logitSoftCap(), c.id);
      assertEquals(c.finalCap, model.finalLogitSoftCap().doubleValue(), c.id);
      if (c.id.startsWith("gemma3")) {
        assertEquals(LayerRope.plain(100, List.of(true, false)), model.attention().layerRope(), c.id);
        assertEquals(new RopeScaling.Linear(2), model.attention().ropeScaling(), c.id);
        assertEquals(1.0, model.attention().qkNorm().weightOffset(), c.id);
      }
      float[] hf = Npy.read(WORK.resolve(c.id + ".hf.npy")).toFloats();
      double largest = 0;
      for (float z : hf) {
        largest = Math.max(largest, Math.abs(z));
      }
      assertTrue(largest <= c.finalCap && largest > 0.8 * c.finalCap,
          c.id + ": transformers' logits reach " + largest + ", not close to the final cap " + c.finalCap);
      TorchGradients.assertLogitsMatch(String.format(Locale.ROOT, "[gemma] %-20s", c.id), model, WORK, c.id, tokens(c),
          LOGITS_TOLERANCE, TokenLayout.STRIPED);
      LossGradients.Program program = LossGradients.build(model,
          RunShape.ring(BATCH, SEQ, BlockSizes.of(8, 16, 8), c.gradRing, c.gradLayout, 1));
      compiled.add(program);
      programs.add(TorchGradients.gradientProgram(WORK, c.id, program, c.gradRing, c.gradLayout, tokens(c),
          targets(c)));
    }
    XlaHarness.Summary run = harness.run(programs, WORK);
    for (int k = 0; k < CASES.size(); k++) {
      Case c = CASES.get(k);
      assertTrue(run.program(c.id).ok(), c.id + ": " + run.program(c.id).error());
      TorchGradients.assertLossAndGradients(String.format(Locale.ROOT, "[gemma] %-20s ring %d", c.id, c.gradRing),
          WORK, c.id, compiled.get(k).weights(), TrainGradientTest.LOSS_TOLERANCE, TrainGradientTest.GRAD_TOLERANCE);
    }
  }

  private static Path dir(Case c) {
    return WORK.resolve(c.id);
  }

  private static Path tokens(Case c) {
    return WORK.resolve(c.id + ".tokens.npy");
  }

  private static Path targets(Case c) {
    return WORK.resolve(c.id + ".targets.npy");
  }
}
