package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.torus.artifact.DType;
import dev.torus.artifact.Npy;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSpec;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.ModelRunner;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.compiler.train.LossGradients;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.harness.XlaHarness.Input;
import dev.torus.harness.XlaHarness.Output;
import dev.torus.harness.XlaHarness.Program;
import dev.torus.hf.Checkpoint;
import dev.torus.hf.CheckpointWeights;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Hugging Face checkpoint tests' shared steps: transformers' logits and torch's loss and
 * gradients asked of {@code hf_reference}, a train-gradient program's harness inputs from a
 * checkpoint, and the comparisons (logits on one device and a ring of 4; loss and every gradient's
 * relative L2). Files live in one work folder, named by the case's id: {@code <id>} (the checkpoint),
 * {@code <id>.hf.npy} (transformers' logits), {@code <id>.hf-grads} (torch's loss and gradients),
 * {@code <id>.loss.npy} and {@code <id>.<weight>.grad.npy} (ours).
 */
final class TorchGradients {
  private TorchGradients() {}

  /**
   * Writes {@code id}'s tiny config ({@link HfReference#tinyConfig}) and adds to {@code steps} the
   * making of its checkpoint, then transformers' logits of {@code tokens} when {@code logits}, then
   * torch's loss and gradients when {@code targets} is not null.
   */
  static void addReferenceSteps(ArrayNode steps, Path work, String id, String overrides, Path tokens, Path targets,
      boolean logits) throws Exception {
    Path configFile = work.resolve(id + ".config.json");
    HfReference.JSON.writeValue(configFile.toFile(), HfReference.tinyConfig(id, overrides));
    Path dir = work.resolve(id);
    steps.addObject().put("mode", "make-checkpoint").put("out", dir.toString()).put("config", configFile.toString());
    if (logits) {
      steps.addObject().put("mode", "logits").put("model", dir.toString()).put("tokens", tokens.toString())
          .put("out", work.resolve(id + ".hf.npy").toString()).put("nonCausal", false);
    }
    if (targets != null) {
      steps.addObject().put("mode", "grads").put("model", dir.toString()).put("tokens", tokens.toString())
          .put("targets", targets.toString()).put("out", work.resolve(id + ".hf-grads").toString());
    }
  }

  /**
   * {@code ./torus run}'s logits of {@code id}'s checkpoint on one device and on a ring of 4 laid out
   * {@code ringLayout} (blocks of 8), each asserted within {@code tolerance} of transformers' ({@code
   * <id>.hf.npy}) and printed after {@code label}.
   */
  static void assertLogitsMatch(String label, ModelSpec model, Path work, String id, Path tokens, double tolerance,
      TokenLayout ringLayout) throws Exception {
    float[] hf = Npy.read(work.resolve(id + ".hf.npy")).toFloats();
    for (int ring : new int[] {1, 4}) {
      TokenLayout layout = ring == 1 ? TokenLayout.CONTIGUOUS : ringLayout;
      ModelRunner.Result r = ModelRunner.run(model, work.resolve(id), Npy.readIntegers(tokens),
          new ModelRunner.Options(BlockSizes.uniform(8), ring, layout), work.resolve(id + ".ring" + ring));
      double rel = RealXlaGoldenTest.assertClose(hf, r.logits().toFloats(), tolerance,
          id + " on " + ring + " device(s) vs transformers");
      System.out.printf(Locale.ROOT, "%s ring %d %-10s logits max rel. diff vs transformers %.2e%n", label, ring,
          layout.label(), rel);
    }
  }

  /**
   * The harness program of a train-gradient {@code program} on {@code ring} devices: tokens and
   * targets replicated on one device, else put in {@code layout}'s device order and split along the
   * sequence; each weight loaded from the checkpoint in {@code <id>} to {@code <id>.<weight>.npy}
   * and replicated; outputs the loss and one gradient per weight. Writes its HLO to {@code <id>.grad.hlo}.
   */
  static Program gradientProgram(Path work, String id, LossGradients.Program program, int ring, TokenLayout layout,
      Path tokens, Path targets) throws Exception {
    Path hlo = work.resolve(id + ".grad.hlo");
    Files.writeString(hlo, HloTextPrinter.print(program.module()));
    List<Input> inputs = new ArrayList<>();
    for (Path ids : List.of(tokens, targets)) {
      if (ring == 1) {
        inputs.add(Input.replicated(ids));
      } else {
        Path inOrder = work.resolve(ids.getFileName() + ".ring.npy");
        Npy.write(inOrder, TrainGradientTest.deviceOrder(Npy.readIntegers(ids), ring, layout));
        inputs.add(Input.sharded(inOrder, 1));
      }
    }
    List<Output> outputs = new ArrayList<>(List.of(Output.first(work.resolve(id + ".loss.npy"))));
    try (Checkpoint checkpoint = Checkpoint.open(work.resolve(id))) {
      for (WeightSpec w : program.weights()) {
        Path npy = work.resolve(id + "." + w.name() + ".npy");
        Npy.write(npy, CheckpointWeights.load(weightSpec(w, w.dtype()), checkpoint));
        inputs.add(Input.replicated(npy));
        outputs.add(Output.first(work.resolve(id + "." + w.name() + ".grad.npy")));
      }
    }
    return new Program(id, hlo, ring, inputs, outputs);
  }

  /** The loss and each weight's gradient relative L2 (in weight order), the worst and its weight. */
  record Comparison(float loss, float torchLoss, Map<String, Double> relativeL2, double worst, String worstWeight) {}

  /**
   * Our loss ({@code <id>.loss.npy}) within {@code lossTolerance} (relative) of torch's ({@code
   * <id>.hf-grads/loss.npy}), and each of {@code weights}' gradients within {@code gradTolerance}
   * relative L2 of torch's; prints the losses and the worst gradient after {@code label}.
   */
  static Comparison assertLossAndGradients(String label, Path work, String id, List<WeightSpec> weights,
      double lossTolerance, double gradTolerance) throws Exception {
    Path torch = work.resolve(id + ".hf-grads");
    float loss = Npy.read(work.resolve(id + ".loss.npy")).toFloats()[0];
    float torchLoss = Npy.read(torch.resolve("loss.npy")).toFloats()[0];
    System.out.printf(Locale.ROOT, "%s loss %.6f vs torch %.6f%n", label, loss, torchLoss);
    assertTrue(Math.abs(loss - torchLoss) <= lossTolerance * Math.abs(torchLoss),
        id + ": loss " + loss + " vs " + torchLoss);
    Map<String, Double> rels = new LinkedHashMap<>();
    double worst = 0;
    String worstWeight = "";
    try (Checkpoint torchGrads = Checkpoint.open(torch)) {
      for (WeightSpec w : weights) {
        float[] theirs = CheckpointWeights.load(weightSpec(w, DType.F32), torchGrads).toFloats();
        double rel = Differences.relativeL2(Npy.read(work.resolve(id + "." + w.name() + ".grad.npy")).toFloats(),
            theirs);
        rels.put(w.name(), rel);
        if (rel > worst) {
          worst = rel;
          worstWeight = w.name();
        }
        assertTrue(rel <= gradTolerance, id + " " + w.name() + ": relative L2 " + rel);
      }
    }
    System.out.printf(Locale.ROOT, "%s %d gradients, worst relative L2 vs torch %.2e (%s)%n", label, weights.size(),
        worst, worstWeight);
    return new Comparison(loss, torchLoss, rels, worst, worstWeight);
  }

  /** A weight's manifest spec: its Hugging Face name, and its rows when it is part of a fused tensor. */
  static TensorSpec weightSpec(WeightSpec w, DType type) {
    TensorSpec spec = TensorSpec.replicated(w.name(), Role.WEIGHT, type, w.shape());
    return w.hfRows() == null ? spec.withHfName(w.hfName(), false)
        : spec.withHfRows(w.hfName(), w.hfRows().get(0), w.hfRows().get(1));
  }
}
