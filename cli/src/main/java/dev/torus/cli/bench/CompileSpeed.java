package dev.torus.cli.bench;

import dev.torus.compiler.analysis.ProgramReport;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.emit.StableHloPrinter;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.lower.ModelLowering;
import dev.torus.compiler.plan.ContextPlanner;
import dev.torus.compiler.hardware.Hardware;
import dev.torus.compiler.report.Pictures;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.artifact.TokenLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How long Torus takes to compile a LLaMA-2-7B-shaped model (32 layers, bf16) for a ring, to HLO
 * text and StableHLO, and then to the report's analyses and pictures: the first compile in this JVM
 * (cold: class loading and JIT included) and, after {@link #WARMUP} more to let the JIT settle, the
 * median of {@code REPS} (warm). Usage: {@code CompileSpeed [REPS]}.
 */
public final class CompileSpeed {
  /** Compiles run between the first and the timed ones: a warm JVM is one whose JIT has compiled the compiler. */
  static final int WARMUP = 30;

  private CompileSpeed() {}

  private static double warmMedian(List<Double> times) {
    List<Double> warm = new ArrayList<>(times.subList(1, times.size()));
    warm.sort(Double::compare);
    return warm.get(warm.size() / 2);
  }

  public static void main(String[] args) {
    int reps = args.length > 0 ? Integer.parseInt(args[0]) : 9;
    ModelSpec llama = Presets.llama2_7b();
    System.out.println("| model | S | ring | instructions | output KiB | first (cold) ms | warm median ms |"
        + " + reports warm median ms |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (int[] c : new int[][] {{1 << 20, 1024}, {32768, 8}, {1 << 20, 8}}) {
      RunShape shape = RunShape.ring(1, c[0], BlockSizes.uniform(1024), c[1], TokenLayout.STRIPED, 1);
      List<Double> times = new ArrayList<>();
      List<Double> withReports = new ArrayList<>();
      long chars = 0;
      int instructions = 0;
      for (int i = 0; i <= reps + WARMUP; i++) {
        long t0 = System.nanoTime();
        HloModule m = ModelLowering.forward(llama, shape, false).module();
        chars = HloTextPrinter.print(m).length() + StableHloPrinter.print(m).length();
        long t1 = System.nanoTime();
        ProgramReport report = ProgramReport.of(llama, shape, m, Hardware.TPU_V4);
        chars += Pictures.ringTimeline(report, report.otherLayout(llama, Hardware.TPU_V4), Hardware.TPU_V4).length() + Pictures.programGraph(m).length()
            + Pictures.memoryChart(ContextPlanner.ModelShape.of(llama), Hardware.TPU_V4, shape.devices(), shape.ring()).length();
        long t2 = System.nanoTime();
        if (i == 0 || i > WARMUP) {
          times.add((t1 - t0) / 1e6);
          withReports.add((t2 - t0) / 1e6);
        }
        instructions = m.allInstructions().size();
      }
      System.out.printf(Locale.ROOT, "| llama2-7b (32 layers) | %d | %d | %d | %d | %.0f | %.1f | %.1f |%n", c[0], c[1],
          instructions, chars / 1024, times.get(0), warmMedian(times), warmMedian(withReports));
    }
  }
}
