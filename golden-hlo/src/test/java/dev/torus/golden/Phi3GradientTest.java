package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.artifact.DType;
import dev.torus.artifact.Npy;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSpec;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.RandomTensors;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.compiler.train.LossGradients;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import dev.torus.dsl.hf.HfModels;
import dev.torus.harness.XlaHarness;
import dev.torus.harness.XlaHarness.Input;
import dev.torus.harness.XlaHarness.Output;
import dev.torus.harness.XlaHarness.Program;
import dev.torus.hf.Checkpoint;
import dev.torus.hf.CheckpointWeights;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    ObjectNode config = HfReference.tinyConfig(ID, Phi3Test.F32);
    Path configFile = WORK.resolve(ID + ".config.json");
    JSON.writeValue(configFile.toFile(), config);
    Path tokens = WORK.resolve(ID + ".tokens.npy");
    Path targets = WORK.resolve(ID + ".targets.npy");
    Npy.write(tokens, RandomTensors.randomTokens(7, 128, BATCH, SEQ));
    Npy.write(targets, RandomTensors.randomTokens(8, 128, BATCH, SEQ));
    Path dir = WORK.resolve(ID);
    Path hfGradsDir = WORK.resolve(ID + ".hf-grads");
    ArrayNode steps = JSON.createArrayNode();
    steps.addObject().put("mode", "make-checkpoint").put("out", dir.toString()).put("config", configFile.toString());
    steps.addObject().put("mode", "grads").put("model", dir.toString()).put("tokens", tokens.toString())
        .put("targets", targets.toString()).put("out", hfGradsDir.toString());
    HfReference.runBatch(harness, steps, WORK);

    ModelSpec model = HfModels.fromDirectory(dir);
    assertEquals(8, model.attention().rotaryDim());
    LossGradients.Program program = LossGradients.build(model,
        RunShape.ring(BATCH, SEQ, BlockSizes.of(8, 16, 8), RING, LAYOUT, 1));
    assertTrue(program.weights().stream().anyMatch(w -> w.hfRows() != null), "fused weights are row ranges");
    Path hlo = WORK.resolve(ID + ".grad.hlo");
    Files.writeString(hlo, HloTextPrinter.print(program.module()));
    List<Input> inputs = new ArrayList<>();
    for (Path ids : List.of(tokens, targets)) {
      Path inOrder = WORK.resolve(ids.getFileName() + ".ring.npy");
      Npy.write(inOrder, TrainGradientTest.deviceOrder(Npy.readIntegers(ids), RING, LAYOUT));
      inputs.add(Input.sharded(inOrder, 1));
    }
    List<Output> outputs = new ArrayList<>(List.of(Output.first(WORK.resolve(ID + ".loss.npy"))));
    try (Checkpoint checkpoint = Checkpoint.open(dir)) {
      for (WeightSpec w : program.weights()) {
        Path npy = WORK.resolve(ID + "." + w.name() + ".npy");
        Npy.write(npy, CheckpointWeights.load(spec(w, w.dtype()), checkpoint));
        inputs.add(Input.replicated(npy));
        outputs.add(Output.first(WORK.resolve(ID + "." + w.name() + ".grad.npy")));
      }
    }
    XlaHarness.Summary run = harness.run(List.of(new Program(ID, hlo, RING, inputs, outputs)), WORK);
    assertTrue(run.program(ID).ok(), run.program(ID).error());

    float loss = Npy.read(WORK.resolve(ID + ".loss.npy")).toFloats()[0];
    float hfLoss = Npy.read(hfGradsDir.resolve("loss.npy")).toFloats()[0];
    System.out.printf(Locale.ROOT, "[phi3] ring %d %s loss %.6f vs torch %.6f%n", RING, LAYOUT.label(), loss, hfLoss);
    assertTrue(Math.abs(loss - hfLoss) <= TrainGradientTest.LOSS_TOLERANCE * Math.abs(hfLoss),
        "loss " + loss + " vs " + hfLoss);
    double worst = 0;
    String worstName = "";
    try (Checkpoint hfGrads = Checkpoint.open(hfGradsDir)) {
      for (WeightSpec w : program.weights()) {
        float[] ours = Npy.read(WORK.resolve(ID + "." + w.name() + ".grad.npy")).toFloats();
        float[] theirs = CheckpointWeights.load(spec(w, DType.F32), hfGrads).toFloats();
        double diff = 0;
        double norm = 0;
        for (int i = 0; i < theirs.length; i++) {
          diff += (ours[i] - theirs[i]) * (double) (ours[i] - theirs[i]);
          norm += theirs[i] * (double) theirs[i];
        }
        double rel = Math.sqrt(diff / norm);
        if (rel > worst) {
          worst = rel;
          worstName = w.name();
        }
        assertTrue(norm > 0, w.name() + ": torch's gradient is zero");
        assertTrue(rel <= TrainGradientTest.GRAD_TOLERANCE, w.name() + ": relative L2 " + rel);
      }
    }
    System.out.printf(Locale.ROOT, "[phi3] ring %d %s: %d gradients, worst relative L2 vs torch %.2e (%s)%n", RING,
        LAYOUT.label(), program.weights().size(), worst, worstName);
  }

  /** The weight's manifest spec: its Hugging Face name, and its rows when it is part of a fused tensor. */
  private static TensorSpec spec(WeightSpec w, DType type) {
    TensorSpec spec = TensorSpec.replicated(w.name(), Role.WEIGHT, type, w.shape());
    return w.hfRows() == null ? spec.withHfName(w.hfName(), false)
        : spec.withHfRows(w.hfName(), w.hfRows().get(0), w.hfRows().get(1));
  }
}
