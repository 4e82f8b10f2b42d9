package dev.torus.golden;

import dev.torus.harness.XlaHarness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.compiler.analysis.CostAnalysis;
import dev.torus.compiler.analysis.MemoryAnalysis;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.ir.HloModule;
import dev.torus.dsl.BlockSizes;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.SamplePrograms;
import dev.torus.cli.bench.AttentionBenchPrograms;
import dev.torus.harness.XlaHarness.Program;
import dev.torus.harness.XlaHarness.ProgramResult;
import dev.torus.harness.XlaHarness.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Torus's own program analyses against XLA's figures for the same HLO: the harness's cost mode
 * (XLA's {@code HloCostAnalysis} of the module as written, and the CPU compile's memory statistics)
 * and its TPU mode (libtpu's memory statistics for a v4-8).
 *
 * <p>Stated tolerances, with the reasons for the gaps:
 * <ul>
 *   <li>FLOPs, transcendentals and bytes accessed per loop iteration: within 5 % (docs/ARCHITECTURE.md). They agree
 *       exactly here, because {@code CostAnalysis} follows XLA's conventions.
 *   <li>Argument and output bytes: exact.
 *   <li>Temporary bytes against XLA CPU: within 15 % for every program over 64 KiB, except bf16
 *       programs. For those, XLA CPU converts the bf16 LM-head weight to f32 and copies it transposed
 *       (750 MB for LLaMA-2-7B's vocabulary), which a TPU does not; the analysis stays between 0.6x
 *       and 1x of it. Toy programs are within 128 bytes.
 *   <li>Train steps: FLOPs, bytes, arguments and outputs as above; temporaries are not modelled yet
 *       (the analysis is 56x XLA CPU's for the tiny ring of 4).
 *   <li>Temporary bytes against libtpu: the analysis is an upper bound for programs whose arrays fill
 *       TPU tiles, because the TPU compiler fuses more (block scores and weight slices never
 *       materialise). Programs with small arrays are not bounded: the TPU pads every array to
 *       (8, 128) tiles, which makes the tiny model's temporaries 6-8x larger there.
 * </ul>
 */
class ProgramAnalysisTest {
  static final Path WORK = Path.of("target/xla-harness/analysis").toAbsolutePath();
  /** Tolerance (docs/ARCHITECTURE.md, "Fixed interfaces"): own FLOP count vs XLA cost_analysis, per loop iteration. */
  static final double FLOP_TOLERANCE = 0.05;
  static final double CPU_TEMP_TOLERANCE = 0.15;

  @Test
  void flopsPerLoopIterationAndMemoryAgreeWithXla() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    List<HloModule> modules = new ArrayList<>();
    SamplePrograms.goldenSet().forEach(s -> modules.add(s.module()));
    BlockSizes blocks = BlockSizes.uniform(256);
    HloModule attention = AttentionBenchPrograms.causalCore(8, 128, 2048, blocks);
    HloModule ring = AttentionBenchPrograms.ringCausalCore(8, 128, 4, 1024, blocks, TokenLayout.STRIPED);
    modules.add(attention);
    modules.add(ring);
    List<Program> programs = new ArrayList<>();
    for (HloModule m : modules) {
      Path hlo = WORK.resolve(m.name() + ".hlo");
      Files.writeString(hlo, HloTextPrinter.print(m));
      programs.add(Program.compileOnly(m.name(), hlo, m.numPartitions()));
    }
    Summary cpu = harness.cost(programs, WORK);
    Summary tpu = harness.compileForTpu(programs, "v4-8", WORK);
    StringBuilder table = new StringBuilder();
    for (HloModule m : modules) {
      ProgramResult xla = cpu.program(m.name());
      ProgramResult onTpu = tpu.program(m.name());
      assertTrue(xla.ok(), m.name() + ": " + xla.error());
      assertTrue(onTpu.ok(), m.name() + ": " + onTpu.error());
      CostAnalysis.Cost once = CostAnalysis.once(m);
      MemoryAnalysis.Report memory = MemoryAnalysis.analyse(m);
      long temp = xla.memory().get("temp_size_in_bytes");
      long tpuTemp = onTpu.memory().get("temp_size_in_bytes");
      String line = String.format(Locale.ROOT, "%-32s flops %.4g vs XLA %.4g; transcendentals %.4g vs %.4g;"
              + " bytes %.4g vs %.4g; temp %,d vs XLA CPU %,d (%.2fx) and TPU v4 %,d; args %,d vs %,d;"
              + " output %,d vs %,d", m.name(), once.flops(), xla.xlaCost().get("flops"), once.transcendentals(),
          xla.xlaCost().getOrDefault("transcendentals", 0.0), once.bytesAccessed(), xla.xlaCost().get("bytes accessed"),
          memory.peakTempBytes(), temp, memory.peakTempBytes() / (double) temp, tpuTemp, memory.argumentBytes(),
          xla.memory().get("argument_size_in_bytes"), memory.outputBytes(), xla.memory().get("output_size_in_bytes"));
      table.append(line).append('\n');

      assertWithin(once.flops(), xla.xlaCost().get("flops"), FLOP_TOLERANCE, line);
      assertWithin(once.transcendentals(), xla.xlaCost().getOrDefault("transcendentals", 0.0), FLOP_TOLERANCE, line);
      assertWithin(once.bytesAccessed(), xla.xlaCost().get("bytes accessed"), FLOP_TOLERANCE, line);
      assertEquals(xla.memory().get("argument_size_in_bytes"), memory.argumentBytes(), line);
      assertEquals(xla.memory().get("output_size_in_bytes"), memory.outputBytes(), line);
      boolean bf16 = HloTextPrinter.print(m).contains("bf16[");
      if (m.name().endsWith("_train")) {
        // Not modelled yet: XLA runs a train step in far less temporary memory than the liveness
        // analysis says (17 KB against 936 KB for the tiny ring of 4), reusing the buffers of
        // inputs that die early, which the analysis does not do across the backward's loops.
        continue;
      }
      if (temp < 1024) {
        assertTrue(Math.abs(memory.peakTempBytes() - temp) <= 128, line);
      } else if (bf16) {
        assertTrue(memory.peakTempBytes() >= 0.6 * temp && memory.peakTempBytes() <= temp, line);
      } else if (temp >= 64 * 1024) {
        assertWithin(memory.peakTempBytes(), temp, CPU_TEMP_TOLERANCE, line);
      }
      if (m == attention || m == ring || bf16) {
        assertTrue(memory.peakTempBytes() >= tpuTemp, "not an upper bound on TPU: " + line);
      }
    }
    System.out.print(table);
  }

  private static void assertWithin(double ours, double xla, double tolerance, String what) {
    assertTrue(Math.abs(ours - xla) <= tolerance * Math.abs(xla), what);
  }
}
