package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.RandomTensors;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.emit.StableHloPrinter;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.lower.Fsdp;
import dev.torus.compiler.lower.ModelWeights;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The optimization barrier that makes a sharded LM head's gradient reach its shard before the layer
 * backward starts ({@link LossGradients}): real XLA parses it in HLO text and in StableHLO, and it
 * changes no number. Each program runs three ways on 4 devices: as emitted (HLO), as StableHLO,
 * and as HLO with the barrier cut out (its readers read the barrier's operand tuple instead); the
 * loss and every gradient shard must be bit-identical between the first and the last, and equal
 * within 1e-6 relative through StableHLO. Untied (its own {@code lm_head}) and tied (the head is
 * the embedding, whose gradient adds the layer backward's part); FSDP over a ring of 4 and over
 * both axes of a ring of 2 times 2 replicas.
 */
class HeadGradientBarrierTest {
  static final Path WORK = Path.of("target/xla-harness/head-barrier").toAbsolutePath();
  /** {@code name = shape opt-barrier(operand), ...} in Torus's HLO text. */
  private static final Pattern BARRIER = Pattern.compile("(?m)^  (\\S+) = .* opt-barrier\\((\\S+)\\).*\\n");

  /** A ring of {@code ring} times {@code dp} replicas, the weights sharded over all of them. */
  record Case(String id, ModelSpec model, int ring, int dp) {}

  @Test
  void theBarrierParsesInHloAndStableHloAndLeavesLossAndGradientsBitIdentical() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    ModelSpec tiny = Presets.tiny();
    ModelSpec tied = tiny.toBuilder().tiedEmbeddings(true).build();
    List<Case> cases = List.of(new Case("untied_ring4", tiny, 4, 1), new Case("untied_ring2xdp2", tiny, 2, 2),
        new Case("tied_ring2xdp2", tied, 2, 2));
    List<Program> programs = new ArrayList<>();
    for (Case c : cases) {
      RunShape shape = RunShape.ring(4, 64, BlockSizes.uniform(8), c.ring, TokenLayout.STRIPED, c.dp)
          .withFsdp(c.ring * c.dp);
      // Both runs read the same inputs, so which tokens land on which device does not matter here:
      // each device's [local batch, local sequence] is one column block of these.
      int devices = shape.devices();
      Path tokens = WORK.resolve(c.id + ".tokens.npy");
      Path targets = WORK.resolve(c.id + ".targets.npy");
      Npy.write(tokens, RandomTensors.randomTokens(1, c.model.vocabSize(), shape.localBatch(),
          (int) (shape.localSequence() * devices)));
      Npy.write(targets, RandomTensors.randomTokens(2, c.model.vocabSize(), shape.localBatch(),
          (int) (shape.localSequence() * devices)));
      List<WeightSpec> weights = ModelWeights.of(c.model);
      List<Input> inputs = new ArrayList<>(List.of(Input.sharded(tokens, 1), Input.sharded(targets, 1)));
      for (int k = 0; k < weights.size(); k++) {
        WeightSpec w = weights.get(k);
        Path npy = WORK.resolve(c.id + "." + w.name() + ".npy");
        Npy.write(npy, RandomTensors.randomWeight(100 + k, w));
        int dim = Fsdp.shardedDim(w, shape);
        inputs.add(dim < 0 ? Input.replicated(npy) : Input.sharded(npy, dim));   // shard p on partition p
      }
      HloModule m = LossGradients.build(c.model, shape).module();
      long barriers = m.entry().instructions().stream().filter(i -> i.opcode() == Opcode.OPTIMIZATION_BARRIER).count();
      assertEquals(1, barriers, c.id + ": one barrier between the head's gradient and the layer backward");
      Instruction barrier = m.entry().instructions().stream()
          .filter(i -> i.opcode() == Opcode.OPTIMIZATION_BARRIER).findFirst().orElseThrow();
      assertEquals(2, barrier.operand(0).operands().size(), c.id + ": the head's shard and the hidden state's cotangent");
      assertEquals(Opcode.REDUCE_SCATTER, barrier.operand(0).operand(0).opcode(),
          c.id + ": the head's gradient enters the barrier reduced to its shard");

      String hlo = HloTextPrinter.print(m);
      String withoutBarrier = withoutBarrier(hlo);
      String stableHlo = StableHloPrinter.print(m);
      assertTrue(stableHlo.contains("\"stablehlo.optimization_barrier\""), c.id);
      for (String way : List.of("hlo", "plain", "stablehlo")) {
        Path file = WORK.resolve(c.id + "." + way + (way.equals("stablehlo") ? ".mlir" : ".hlo"));
        Files.writeString(file, switch (way) {
          case "hlo" -> hlo;
          case "plain" -> withoutBarrier;
          default -> stableHlo;
        });
        List<Output> outputs = new ArrayList<>(List.of(Output.first(WORK.resolve(c.id + "." + way + ".loss.npy"))));
        for (WeightSpec w : weights) {
          int dim = Fsdp.shardedDim(w, shape);
          Path out = WORK.resolve(c.id + "." + way + "." + w.name() + ".grad.npy");
          outputs.add(dim < 0 ? Output.first(out) : Output.concat(out, dim));
        }
        String id = c.id + "." + way;
        programs.add(way.equals("stablehlo") ? Program.stablehlo(id, file, shape.devices(), inputs, outputs)
            : new Program(id, file, shape.devices(), inputs, outputs));
      }
    }
    long start = System.nanoTime();
    XlaHarness.Summary run = harness.run(programs, WORK);
    for (Program p : programs) {
      assertTrue(run.program(p.id()).ok(), p.id() + ": " + run.program(p.id()).error());
    }
    for (Case c : cases) {
      List<String> files = new ArrayList<>(List.of("loss"));
      ModelWeights.of(c.model).forEach(w -> files.add(w.name() + ".grad"));
      for (String f : files) {
        HostTensor plain = Npy.read(WORK.resolve(c.id + ".plain." + f + ".npy"));
        HostTensor barrier = Npy.read(WORK.resolve(c.id + ".hlo." + f + ".npy"));
        HostTensor stable = Npy.read(WORK.resolve(c.id + ".stablehlo." + f + ".npy"));
        assertArrayEquals(plain.shape().toArray(), barrier.shape().toArray(), c.id + " " + f);
        float[] want = plain.toFloats();
        float[] got = barrier.toFloats();
        int differing = 0;
        for (int k = 0; k < want.length; k++) {
          differing += Float.floatToRawIntBits(want[k]) == Float.floatToRawIntBits(got[k]) ? 0 : 1;
        }
        double viaStableHlo = Differences.maxRelative(got, stable.toFloats());
        System.out.printf(Locale.ROOT, "[head-barrier] %-17s %-34s elements differing with/without barrier: %d of %d;"
            + " StableHLO vs HLO %.2e%n", c.id, f, differing, want.length, viaStableHlo);
        assertEquals(0, differing, c.id + " " + f + ": the barrier changed " + differing + " elements");
        assertTrue(viaStableHlo <= 1e-6, c.id + " " + f + " via StableHLO: " + viaStableHlo);
      }
    }
    System.out.printf(Locale.ROOT, "[head-barrier] %d programs in %.1f s%n", programs.size(),
        (System.nanoTime() - start) / 1e9);
  }

  /** {@code hlo} without its opt-barriers: their readers read the barrier's operand (the same tuple). */
  static String withoutBarrier(String hlo) {
    Matcher matcher = BARRIER.matcher(hlo);
    List<String[]> cut = new ArrayList<>();
    while (matcher.find()) {
      cut.add(new String[] {matcher.group(1), matcher.group(2)});
    }
    assertTrue(!cut.isEmpty(), "no opt-barrier in the program");
    String out = BARRIER.matcher(hlo).replaceAll("");
    for (String[] c : cut) {
      out = out.replaceAll("([(, ])" + Pattern.quote(c[0]) + "([), ])", "$1" + Matcher.quoteReplacement(c[1]) + "$2");
    }
    assertTrue(!out.contains("opt-barrier"), "a barrier survived the cut");
    return out;
  }
}
