package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.DType;
import dev.torus.cli.bench.AttentionBenchPrograms;
import dev.torus.compiler.analysis.AttentionLoopRuns;
import dev.torus.compiler.analysis.CostAnalysis;
import dev.torus.compiler.analysis.Roofline;
import dev.torus.compiler.analysis.TpuSchedule;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.hardware.Hardware;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.lower.ProgramNames;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.RunShape;
import dev.torus.harness.XlaHarness;
import dev.torus.harness.XlaHarness.Program;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The roofline's binding unit for an unmasked key-block iteration agrees with libtpu's cost model:
 * the attention core (bf16, 8 heads of 128, blocks of 512, 4K tokens) compiled for {@code v5litepod-8}
 * and {@code v4-8}; in the compiled key-block loop body, the fusion with the most
 * {@code estimated_cycles} is bound by the unit whose time for that fusion's own work is largest at
 * the hardware's rates (its exponentials, its elementwise ops and the elements its reductions fold,
 * its operands and result outside VMEM), and that is the unit the roofline names.
 */
class RooflineBindingTest {
  static final Path WORK = Path.of("target/xla-harness/roofline-binding").toAbsolutePath();
  private static final Pattern CYCLES = Pattern.compile("\"estimated_cycles\":\"(\\d+)\"");
  private static final Pattern LEAF = Pattern.compile("\\b(f32|bf16|s32|pred|u32)\\[([\\d,]*)\\](\\{[^}]*\\})?");
  private static final Map<String, Integer> BYTES = Map.of("f32", 4, "bf16", 2, "s32", 4, "pred", 1, "u32", 4);
  private static final List<String> TRANSCENDENTAL = List.of("exponential", "log", "tanh", "logistic", "sqrt", "rsqrt",
      "power", "sine", "cosine");
  private static final List<String> FREE = List.of("parameter", "constant", "broadcast", "bitcast", "reshape", "copy",
      "tuple", "get-tuple-element", "iota", "slice", "dynamic-slice", "transpose", "convolution", "dot", "fusion", "reduce");

  @Test
  void theCostliestFusionOfAKeyBlockIterationIsBoundByTheUnitTheRooflineNames() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    int seq = 4096;
    BlockSizes blocks = BlockSizes.uniform(512);
    HloModule module = AttentionBenchPrograms.causalCore(8, 128, seq, blocks, DType.BF16);
    Path hlo = WORK.resolve(module.name() + ".hlo");
    Files.writeString(hlo, HloTextPrinter.print(module));
    Map<List<String>, Double> runs = AttentionLoopRuns.causal(RunShape.of(1, seq, blocks), 0);
    CostAnalysis.Loop kv = CostAnalysis.analyse(module, runs).loops().stream()
        .filter(l -> l.name().equals(ProgramNames.KV_BLOCKS)).findFirst().orElseThrow();
    for (Map.Entry<String, Hardware> e : Map.of("v5litepod-8", Hardware.TPU_V5E, "v4-8", Hardware.TPU_V4).entrySet()) {
      Hardware hw = e.getValue();
      var result = harness.compileForTpu(List.of(Program.compileOnly(module.name(), hlo, 1)), e.getKey(), WORK)
          .program(module.name());
      assertTrue(result.ok(), result.error());
      TpuSchedule.Module tpu = TpuSchedule.parse(Files.readString(Path.of(result.tpuHlo())));
      TpuSchedule.Instruction loop = tpu.computations().stream().flatMap(c -> c.instructions().stream())
          .filter(i -> i.opcode().equals("while") && i.opName().matches("(.*/)?" + ProgramNames.KV_BLOCKS + "(/while)?"))
          .findFirst().orElseThrow(() -> new AssertionError("no kv_blocks loop in " + result.tpuHlo()));
      TpuSchedule.Computation body = tpu.computation(loop.attribute("body").orElseThrow().replace("%", "")).orElseThrow();
      TpuSchedule.Instruction costliest = body.instructions().stream()
          .max(Comparator.comparingLong(RooflineBindingTest::cycles)).orElseThrow();
      long total = body.instructions().stream().mapToLong(RooflineBindingTest::cycles).sum();

      double[] work = fusedWork(tpu, costliest);   // exponentials, elementwise ops, folded elements
      double hbm = vmemFree(costliest.shape()) + costliest.operands().stream().mapToDouble(o ->
          body.instructions().stream().filter(i -> i.name().equals(o)).findFirst().map(i -> vmemFree(i.shape()))
              .orElse(0.0)).sum();
      Map<Roofline.Unit, Double> seconds = Map.of(
          Roofline.Unit.TRANSCENDENTAL, work[0] / hw.transcendentalsPerSecond(),
          Roofline.Unit.VECTOR, work[1] / hw.vectorOpsPerSecond() + work[2] / hw.reducedElementsPerSecond(),
          Roofline.Unit.HBM, hbm / hw.hbmBytesPerSecond());
      Roofline.Unit fusionUnit = seconds.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      Roofline roof = Roofline.of(kv.perIteration(), hw);
      String what = String.format(Locale.ROOT, "%s: costliest fusion %s, %d of %d cycles (%.0f %%), %s by its work"
              + " (%s); roofline of the iteration: %s", e.getKey(), costliest.name(), cycles(costliest), total,
          100.0 * cycles(costliest) / total, fusionUnit.key(), seconds, roof.describe());
      System.out.println(what);
      assertTrue(cycles(costliest) >= 0.3 * total, what);
      assertEquals(fusionUnit, roof.binding(), what);
      assertEquals(Roofline.Unit.VECTOR, roof.binding(), what);   // the reductions over the score block
    }
  }

  private static long cycles(TpuSchedule.Instruction i) {
    Matcher m = CYCLES.matcher(i.attributes());
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }

  /** {exponentials, other elementwise ops, elements reductions fold} of a fusion's computations. */
  private static double[] fusedWork(TpuSchedule.Module tpu, TpuSchedule.Instruction fusion) {
    double[] work = new double[3];
    Deque<String> todo = new ArrayDeque<>(fusion.calls());
    while (!todo.isEmpty()) {
      TpuSchedule.Computation c = tpu.computation(todo.pop().replace("%", "")).orElseThrow();
      for (TpuSchedule.Instruction i : c.instructions()) {
        if (i.opcode().equals("fusion")) {
          todo.addAll(i.calls());
        } else if (i.opcode().equals("reduce")) {
          work[2] += c.instructions().stream().filter(x -> x.name().equals(i.operands().get(0))).findFirst()
              .map(x -> elements(x.shape())).orElse(0.0);
        } else if (TRANSCENDENTAL.contains(i.opcode())) {
          work[0] += elements(i.shape());
        } else if (!FREE.contains(i.opcode())) {
          work[1] += elements(i.shape());
        }
      }
    }
    return work;
  }

  private static double elements(String shape) {
    Matcher m = LEAF.matcher(shape);
    if (!m.find()) {
      return 0;
    }
    double n = 1;
    for (String d : m.group(2).split(",")) {
      n *= d.isEmpty() ? 1 : Long.parseLong(d);
    }
    return n;
  }

  /** Bytes of a shape's leaves that do not live in VMEM (memory space S(1)). */
  private static double vmemFree(String shape) {
    Matcher m = LEAF.matcher(shape);
    double bytes = 0;
    while (m.find()) {
      if (m.group(3) != null && m.group(3).contains("S(1)")) {
        continue;
      }
      double n = BYTES.get(m.group(1));
      for (String d : m.group(2).split(",")) {
        n *= d.isEmpty() ? 1 : Long.parseLong(d);
      }
      bytes += n;
    }
    return bytes;
  }
}
