package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.Npy;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.RandomTensors;
import dev.torus.compiler.analysis.MemoryAnalysis;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.lower.Remat;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.compiler.train.LossGradients;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * The remat policies change what the layer loop keeps, never what it computes: on the tiny model,
 * single device and on rings of 2 and 4, {@code projections} and {@code none} give the loss and every
 * gradient of {@code layer-inputs} (today's program, run by real XLA through the JAX harness), keep
 * more for it ({@code none} the most), and their programs no longer hold the re-run products, loops
 * and ring pass.
 */
class RematPolicyTest {
  /** f32, same math in another order of loops: relative L2 per gradient tensor. */
  static final double TOLERANCE = 1e-6;

  @TempDir Path dir;

  record Case(String id, int batch, int seq, int ring) {}

  static final List<Case> CASES = List.of(new Case("single", 2, 64, 1), new Case("ring2", 1, 64, 2),
      new Case("ring4", 1, 64, 4));

  @Test
  void everyPolicyGivesTheLossAndGradientsOfLayerInputs() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    ModelSpec tiny = Presets.tiny();
    List<Program> programs = new ArrayList<>();
    List<LossGradients.Program> built = new ArrayList<>();
    for (Case c : CASES) {
      RunShape shape = RunShape.ring(c.batch, c.seq, BlockSizes.uniform(16), c.ring, TokenLayout.CONTIGUOUS, 1);
      Path tokens = dir.resolve(c.id + ".tokens.npy");
      Path targets = dir.resolve(c.id + ".targets.npy");
      Npy.write(tokens, RandomTensors.randomTokens(11, tiny.vocabSize(), c.batch, c.seq));
      Npy.write(targets, RandomTensors.randomTokens(12, tiny.vocabSize(), c.batch, c.seq));
      for (Remat remat : Remat.values()) {
        LossGradients.Program program = LossGradients.build(tiny, shape, remat);
        built.add(program);
        String id = c.id + "." + remat.label();
        Path hlo = dir.resolve(id + ".hlo");
        Files.writeString(hlo, HloTextPrinter.print(program.module()));
        List<Input> inputs = new ArrayList<>(List.of(input(tokens, c.ring), input(targets, c.ring)));
        List<Output> outputs = new ArrayList<>(List.of(Output.first(dir.resolve(id + ".loss.npy"))));
        int seed = 100;
        for (WeightSpec w : program.weights()) {
          Path npy = dir.resolve(c.id + "." + w.name() + ".npy");
          Npy.write(npy, RandomTensors.randomTensor(seed++, 0.2f, w.shape().stream().mapToLong(Long::longValue)
              .toArray()));
          inputs.add(Input.replicated(npy));
          outputs.add(Output.first(dir.resolve(id + "." + w.name() + ".grad.npy")));
        }
        programs.add(new Program(id, hlo, c.ring, inputs, outputs));
      }
    }
    XlaHarness.Summary run = harness.run(programs, dir);
    int policies = Remat.values().length;
    for (int k = 0; k < CASES.size(); k++) {
      Case c = CASES.get(k);
      String base = c.id + "." + Remat.LAYER_INPUTS.label();
      assertTrue(run.program(base).ok(), base + ": " + run.program(base).error());
      float loss = Npy.read(dir.resolve(base + ".loss.npy")).toFloats()[0];
      long[] temp = new long[policies];
      long[] dots = new long[policies];
      for (Remat remat : Remat.values()) {
        int p = remat.ordinal();
        String id = c.id + "." + remat.label();
        assertTrue(run.program(id).ok(), id + ": " + run.program(id).error());
        float savedLoss = Npy.read(dir.resolve(id + ".loss.npy")).toFloats()[0];
        assertEquals(loss, savedLoss, TOLERANCE * Math.abs(loss), id + ": loss");
        double worst = 0;
        for (WeightSpec w : built.get(policies * k).weights()) {
          float[] a = Npy.read(dir.resolve(base + "." + w.name() + ".grad.npy")).toFloats();
          float[] b = Npy.read(dir.resolve(id + "." + w.name() + ".grad.npy")).toFloats();
          double rel = Differences.relativeL2(b, a);
          worst = Math.max(worst, rel);
          assertTrue(rel <= TOLERANCE, id + " " + w.name() + ": " + remat.label() + " vs layer-inputs, relative L2 " + rel);
        }
        temp[p] = MemoryAnalysis.analyse(built.get(policies * k + p).module()).peakTempBytes();
        String hlo = Files.readString(dir.resolve(id + ".hlo"));
        dots[p] = count(hlo, " dot(");
        System.out.printf(Locale.ROOT, "[remat] %-6s %-12s loss %.6f vs %.6f, worst gradient relative L2 %.2e; peak temp"
            + " %d bytes, %d dots, %d loops%n", c.id, remat.label(), loss, savedLoss, worst, temp[p], dots[p],
            count(hlo, " while("));
      }
      int li = Remat.LAYER_INPUTS.ordinal();
      int pr = Remat.PROJECTIONS.ordinal();
      int none = Remat.NONE.ordinal();
      assertTrue(temp[pr] > temp[li], c.id + ": saving the products keeps more: " + temp[pr] + " vs " + temp[li]);
      assertTrue(temp[none] > temp[pr], c.id + ": keeping every residual keeps more still: " + temp[none] + " vs "
          + temp[pr]);
      // The backward no longer re-runs the layer's products, nor attention's forward loops and ring pass.
      String baseHlo = Files.readString(dir.resolve(base + ".hlo"));
      for (Remat saving : List.of(Remat.PROJECTIONS, Remat.NONE)) {
        String savedHlo = Files.readString(dir.resolve(c.id + "." + saving.label() + ".hlo"));
        assertTrue(dots[saving.ordinal()] < dots[li], c.id + " " + saving.label() + ": dots " + dots[saving.ordinal()]
            + " vs " + dots[li]);
        assertTrue(count(savedHlo, " while(") < count(baseHlo, " while("), c.id + " " + saving.label() + ": loops "
            + count(savedHlo, " while(") + " vs " + count(baseHlo, " while("));
        if (c.ring > 1) {
          assertTrue(count(savedHlo, " collective-permute(") < count(baseHlo, " collective-permute("),
              c.id + " " + saving.label() + ": the backward does not pass the forward's key/value blocks around the"
                  + " ring again");
        }
      }
      // Keeping every residual recomputes nothing but products of positions: no more dots than projections.
      assertTrue(dots[none] <= dots[pr], c.id + ": none's dots " + dots[none] + " vs projections' " + dots[pr]);
    }
  }

  private static Input input(Path ids, int ring) {
    return ring == 1 ? Input.replicated(ids) : Input.sharded(ids, 1);   // contiguous: device order is sequence order
  }

  private static long count(String text, String what) {
    return text.split(java.util.regex.Pattern.quote(what), -1).length - 1L;
  }
}
