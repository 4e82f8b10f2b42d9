package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.torus.artifact.Npy;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.RandomTensors;
import dev.torus.compiler.lower.RingLayout;
import dev.torus.compiler.train.LossGradients;
import dev.torus.dsl.BlockSizes;
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
 * Mistral from Hugging Face: random-weight f32 checkpoints made by transformers' own
 * {@code MistralForCausalLM} and {@code save_pretrained} (transformers 5's config form; the 4.x form
 * is read in {@code HfConfigTest}), read into a spec with a sliding window in every layer. Logits
 * through {@code ./torus run}'s code path on one device and an emulated ring of 4 (striped) against
 * transformers; one train step's loss and every gradient, run by real XLA, against torch autograd.
 * Two more checkpoints run on a contiguous ring of 4 (16 tokens per device), logits emulated and
 * gradients on 4 JAX virtual devices, where the window skips ring steps: a window of 5 (smaller
 * than a device's tokens) runs one of the three steps, one of 20 (larger) two, and the backward
 * sends each dK/dV partial home that many places back.
 */
class MistralTest {
  static final Path WORK = Path.of("target/hf-reference/mistral").toAbsolutePath();
  static final ObjectMapper JSON = new ObjectMapper();
  static final double LOGITS_TOLERANCE = 1e-4;
  static final int BATCH = 2;
  static final int SEQ = 64;

  /** A checkpoint (window larger than a block, or smaller) and where its gradients run. */
  record Case(String id, int window, int depth, int gradRing, TokenLayout gradLayout) {}

  static final List<Case> CASES = List.of(
      new Case("mistral_w12_depth2", 12, 2, 1, TokenLayout.CONTIGUOUS),
      new Case("mistral_w5_depth1", 5, 1, 4, TokenLayout.STRIPED),
      new Case("mistral_w5_ring4_contiguous", 5, 2, 4, TokenLayout.CONTIGUOUS),
      new Case("mistral_w20_ring4_contiguous", 20, 1, 4, TokenLayout.CONTIGUOUS));

  @Test
  void logitsAndEveryGradientMatchTransformersMistral() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    ArrayNode steps = JSON.createArrayNode();
    for (Case c : CASES) {
      Npy.write(tokens(c), RandomTensors.randomTokens(c.id.length(), 128, BATCH, SEQ));
      Npy.write(targets(c), RandomTensors.randomTokens(c.id.length() + 1, 128, BATCH, SEQ));
      TorchGradients.addReferenceSteps(steps, WORK, c.id, "{\"model_type\":\"mistral\",\"num_hidden_layers\":"
          + c.depth + ",\"num_key_value_heads\":2,\"sliding_window\":" + c.window + "}", tokens(c), targets(c), true);
    }
    HfReference.runBatch(harness, steps, WORK);

    List<Program> programs = new ArrayList<>();
    List<LossGradients.Program> compiled = new ArrayList<>();
    for (Case c : CASES) {
      ModelSpec model = HfModels.fromDirectory(dir(c));
      assertEquals(SlidingWindow.everyLayer(c.window), model.attention().slidingWindow(), c.id);
      TorchGradients.assertLogitsMatch(String.format(Locale.ROOT, "[mistral] %-28s", c.id), model, WORK, c.id,
          tokens(c), LOGITS_TOLERANCE, c.gradRing == 4 && c.gradLayout == TokenLayout.CONTIGUOUS
              ? TokenLayout.CONTIGUOUS : TokenLayout.STRIPED);
      RunShape gradShape = RunShape.ring(BATCH, SEQ, BlockSizes.of(8, 16, 8), c.gradRing, c.gradLayout, 1);
      LossGradients.Program program = LossGradients.build(model, gradShape);
      compiled.add(program);
      if (c.gradRing > 1) {
        System.out.printf(Locale.ROOT, "[mistral] %-28s ring %d %-10s train step runs %d of %d ring steps each way%n",
            c.id, c.gradRing, c.gradLayout.label(), RingLayout.passingSteps(gradShape, c.window), c.gradRing - 1);
      }
      programs.add(TorchGradients.gradientProgram(WORK, c.id, program, c.gradRing, c.gradLayout, tokens(c),
          targets(c)));
    }
    XlaHarness.Summary run = harness.run(programs, WORK);
    for (int k = 0; k < CASES.size(); k++) {
      Case c = CASES.get(k);
      assertTrue(run.program(c.id).ok(), c.id + ": " + run.program(c.id).error());
      TorchGradients.assertLossAndGradients(String.format(Locale.ROOT, "[mistral] %-28s ring %d", c.id, c.gradRing),
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
