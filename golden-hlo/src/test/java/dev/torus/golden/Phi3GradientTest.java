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
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import dev.torus.dsl.hf.HfModels;
import dev.torus.harness.XlaHarness;
import dev.torus.harness.XlaHarness.Program;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * One train step of a Phi-3 (fused q/k/v and gate/up, half of each head rotated, LongRoPE, a sliding
 * window) on a 4-device striped ring run by real XLA: its loss and every gradient against torch autograd through transformers' {@code Phi3ForCausalLM}. Torch's gradients come as the
 * fused tensors' and are split by the same row ranges the program's weights are read with.
 */
class Phi3GradientTest {
  static final Path WORK = Path.of("target/hf-reference/phi3-grad").toAbsolutePath();
  static final ObjectMapper JSON = new ObjectMapper();
  static final String ID = "phi3_grad";
  static final int BATCH = 2;
  static final int SEQ = 64;
  static final int RING = 4;
  static final TokenLayout LAYOUT = TokenLayout.STRIPED;

  @Test
  void lossAndEveryGradientMatchTorch() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    Path tokens = WORK.resolve(ID + ".tokens.npy");
    Path targets = WORK.resolve(ID + ".targets.npy");
    Npy.write(tokens, RandomTensors.randomTokens(7, 128, BATCH, SEQ));
    Npy.write(targets, RandomTensors.randomTokens(8, 128, BATCH, SEQ));
    Path dir = WORK.resolve(ID);
    ArrayNode steps = JSON.createArrayNode();
    TorchGradients.addReferenceSteps(steps, WORK, ID, Phi3Test.F32, tokens, targets, false);
    HfReference.runBatch(harness, steps, WORK);

    ModelSpec model = HfModels.fromDirectory(dir);
    assertEquals(8, model.attention().rotaryDim());
    LossGradients.Program program = LossGradients.build(model,
        RunShape.ring(BATCH, SEQ, BlockSizes.of(8, 16, 8), RING, LAYOUT, 1));
    assertTrue(program.weights().stream().anyMatch(w -> w.hfRows() != null), "fused weights are row ranges");
    XlaHarness.Summary run = harness.run(
        List.of(TorchGradients.gradientProgram(WORK, ID, program, RING, LAYOUT, tokens, targets)), WORK);
    assertTrue(run.program(ID).ok(), run.program(ID).error());
    TorchGradients.assertLossAndGradients(String.format(Locale.ROOT, "[phi3] ring %d %s", RING, LAYOUT.label()), WORK,
        ID, program.weights(), TrainGradientTest.LOSS_TOLERANCE, TrainGradientTest.GRAD_TOLERANCE);
  }
}
