package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.lower.Fsdp;
import dev.torus.compiler.lower.ModelLowering;
import dev.torus.compiler.lower.ModelWeights;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.compiler.train.LossGradients;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.RandomTensors;
import dev.torus.harness.XlaHarness;
import dev.torus.harness.XlaHarness.Input;
import dev.torus.harness.XlaHarness.Output;
import dev.torus.harness.XlaHarness.Program;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Weights sharded over the ring (FSDP) give the same numbers as whole weights: the forward's logits,
 * and the loss and every gradient (the sharded gradients put back together), run as SPMD programs
 * by real XLA on rings of 2, 4 and 8, and without a ring on 2, 4 and 8 data-parallel replicas (weights
 * sharded over the replicas).
 */
class FsdpTest {
  static final Path WORK = Path.of("target/xla-harness/fsdp").toAbsolutePath();
  /** Tolerance (docs/ARCHITECTURE.md, "Fixed interfaces"): a mesh of devices vs one device, same dtype: 1e-5. */
  static final double TOLERANCE = 1e-5;

  /** {@code ring} devices per ring times {@code dp} replicas; FSDP over the ring, or over the replicas when ring = 1. */
  record Case(String id, int ring, int dp, TokenLayout layout) {
    int devices() {
      return ring * dp;
    }
  }

  // On 8 devices the MLP's 172-wide dimension does not divide, so those weights shard along their
  // 64-wide one: the first dimension that divides.
  static final List<Case> CASES = List.of(new Case("ring2_contiguous", 2, 1, TokenLayout.CONTIGUOUS),
      new Case("ring4_striped", 4, 1, TokenLayout.STRIPED), new Case("ring8_striped", 8, 1, TokenLayout.STRIPED),
      new Case("no_ring_dp2", 1, 2, TokenLayout.CONTIGUOUS), new Case("no_ring_dp4", 1, 4, TokenLayout.CONTIGUOUS),
      new Case("no_ring_dp8", 1, 8, TokenLayout.CONTIGUOUS));

  @Test
  void shardedWeightsGiveTheSameLogitsLossAndGradients() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    ModelSpec model = Presets.tiny();
    List<WeightSpec> weights = ModelWeights.of(model);
    List<Path> weightFiles = new ArrayList<>();
    for (int k = 0; k < weights.size(); k++) {
      WeightSpec w = weights.get(k);
      Path npy = WORK.resolve(w.name() + ".npy");
      Npy.write(npy, RandomTensors.randomTensor(100 + k, w.name().contains("norm") ? 1f : 0.1f,
          w.shape().stream().mapToLong(Long::longValue).toArray()));
      weightFiles.add(npy);
    }
    Path tokens = WORK.resolve("tokens.npy");
    Path targets = WORK.resolve("targets.npy");
    Npy.write(tokens, RandomTensors.randomTokens(1, model.vocabSize(), 8, 64));
    Npy.write(targets, RandomTensors.randomTokens(2, model.vocabSize(), 8, 64));
    List<Program> programs = new ArrayList<>();
    for (Case c : CASES) {
      RunShape whole = RunShape.ring(8, 64, BlockSizes.uniform(8), c.ring, c.layout, c.dp);
      int tokensDim = c.ring > 1 ? 1 : 0;   // the sequence over the ring, or the batch over the replicas
      for (RunShape shape : List.of(whole, whole.withFsdp(c.devices()))) {
        String tag = c.id + (shape.fsdp() > 1 ? ".fsdp" : ".whole");
        List<Input> weightInputs = new ArrayList<>();
        for (int k = 0; k < weights.size(); k++) {
          int dim = Fsdp.shardedDim(weights.get(k), shape);
          weightInputs.add(dim < 0 ? Input.replicated(weightFiles.get(k)) : Input.sharded(weightFiles.get(k), dim));
        }
        List<Input> forwardInputs = new ArrayList<>(List.of(Input.sharded(tokens, tokensDim)));
        forwardInputs.addAll(weightInputs);
        programs.add(new Program(tag + ".forward", hlo(tag + ".forward",
            ModelLowering.forward(model, shape, false).module()), c.devices(), forwardInputs,
            List.of(Output.concat(WORK.resolve(tag + ".logits.npy"), tokensDim))));
        List<Input> trainInputs = new ArrayList<>(List.of(Input.sharded(tokens, tokensDim),
            Input.sharded(targets, tokensDim)));
        trainInputs.addAll(weightInputs);
        List<Output> outputs = new ArrayList<>(List.of(Output.first(WORK.resolve(tag + ".loss.npy"))));
        for (WeightSpec w : weights) {
          int dim = Fsdp.shardedDim(w, shape);
          Path out = WORK.resolve(tag + "." + w.name() + ".grad.npy");
          outputs.add(dim < 0 ? Output.first(out) : Output.concat(out, dim));
        }
        programs.add(new Program(tag + ".grad", hlo(tag + ".grad", LossGradients.build(model, shape).module()),
            c.devices(), trainInputs, outputs));
      }
    }
    XlaHarness.Summary run = harness.run(programs, WORK);
    for (Program p : programs) {
      assertTrue(run.program(p.id()).ok(), p.id() + ": " + run.program(p.id()).error());
    }
    for (Case c : CASES) {
      List<String> files = new ArrayList<>(List.of("logits", "loss"));
      weights.forEach(w -> files.add(w.name() + ".grad"));
      for (String f : files) {
        HostTensor want = Npy.read(WORK.resolve(c.id + ".whole." + f + ".npy"));
        HostTensor got = Npy.read(WORK.resolve(c.id + ".fsdp." + f + ".npy"));
        assertArrayEquals(want.shape().toArray(), got.shape().toArray(), c.id + " " + f);
        double relative = Differences.maxRelative(want.toFloats(), got.toFloats());
        System.out.printf(Locale.ROOT, "[fsdp] %-17s %-44s max |fsdp - whole| / max |whole| = %.2e%n", c.id, f,
            relative);
        assertTrue(relative <= TOLERANCE, c.id + " " + f + ": " + relative);
      }
    }
  }

  private static Path hlo(String id, HloModule m) throws Exception {
    Path p = WORK.resolve(id + ".hlo");
    Files.writeString(p, HloTextPrinter.print(m));
    return p;
  }
}
