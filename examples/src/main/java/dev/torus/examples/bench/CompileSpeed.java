package dev.torus.examples.bench;

import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.emit.StableHloPrinter;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.lower.ModelLowering;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.dsl.TokenLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How long Torus takes to compile a LLaMA-2-7B-shaped model (32 layers, bf16) for a ring, to HLO
 * text and StableHLO: the first compile in this JVM (cold: class loading and JIT included) and the
 * median of {@code REPS} more (warm). Usage: {@code CompileSpeed [REPS]}.
 */
public final class CompileSpeed {
  private CompileSpeed() {}

  public static void main(String[] args) {
    int reps = args.length > 0 ? Integer.parseInt(args[0]) : 9;
    ModelSpec llama = Presets.llama2_7b();
    System.out.println("| model | S | ring | instructions | HLO + StableHLO KiB | first (cold) ms | warm median ms |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (int[] c : new int[][] {{1 << 20, 1024}, {32768, 8}, {1 << 20, 8}}) {
      RunShape shape = RunShape.ring(1, c[0], BlockSizes.uniform(1024), c[1], TokenLayout.STRIPED, 1);
      List<Double> times = new ArrayList<>();
      long chars = 0;
      int instructions = 0;
      for (int i = 0; i <= reps; i++) {
        long t0 = System.nanoTime();
        HloModule m = ModelLowering.forward(llama, shape, false).module();
        chars = HloTextPrinter.print(m).length() + StableHloPrinter.print(m).length();
        times.add((System.nanoTime() - t0) / 1e6);
        instructions = m.allInstructions().size();
      }
      List<Double> warm = new ArrayList<>(times.subList(1, times.size()));
      warm.sort(Double::compare);
      System.out.printf(Locale.ROOT, "| llama2-7b (32 layers) | %d | %d | %d | %d | %.0f | %.1f |%n", c[0], c[1], instructions,
          chars / 1024, times.get(0), warm.get(warm.size() / 2));
    }
  }
}
