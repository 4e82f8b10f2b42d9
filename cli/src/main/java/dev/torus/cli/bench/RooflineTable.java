package dev.torus.cli.bench;

import dev.torus.artifact.DType;
import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.analysis.AttentionLoopRuns;
import dev.torus.compiler.analysis.CostAnalysis;
import dev.torus.compiler.analysis.LoopRunCosts;
import dev.torus.compiler.analysis.Roofline;
import dev.torus.compiler.hardware.Hardware;
import dev.torus.compiler.hardware.Target;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.lower.ProgramNames;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.RunShape;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark 16's table: the per-unit roofline of Torus's causal attention core (the programs of
 * {@code bench/tpu_cost.sh}: bf16, 8 heads of 128, blocks of 512; one device, and a striped ring of
 * 8) on each hardware named, S per device as given. Per program: each unit's time at its peak for the
 * busiest device, the binding unit, the attainable time, and one unmasked key-block iteration's
 * binding unit and time.
 *
 * <p>Usage: {@code RooflineTable HARDWARE[,HARDWARE...] L [L ...]}; with {@code -Droofline.target=tpu} the
 * programs are {@code compile --target tpu}'s form (row sums on the matrix unit, blocks of 1024).
 */
public final class RooflineTable {
  private RooflineTable() {}

  static final int HEADS = 8;
  static final int DIM = 128;
  static final int BLOCK = 512;
  static final int RING = 8;

  public static void main(String[] args) {
    boolean tpuForm = Target.TPU.label().equals(System.getProperty("roofline.target"));
    BlockSizes blocks = BlockSizes.uniform(tpuForm ? Target.TPU.attentionBlockCap() : BLOCK);
    System.out.println("| hardware | program | S per device | matmul ms | transcendental ms | vector ms | HBM ms"
        + " | collective ms | binding | attainable ms | kv_blocks iteration: binding, us |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    for (String name : args[0].split(",")) {
      Hardware hw = Hardware.named(name);
      for (int a = 1; a < args.length; a++) {
        int local = Integer.parseInt(args[a]);
        row(hw, "blockwise", AttentionBenchPrograms.causalCore(HEADS, DIM, local, blocks, DType.BF16, tpuForm),
            RunShape.ring(1, local, blocks, 1, TokenLayout.CONTIGUOUS, 1), local);
        row(hw, "ring of 8, striped", AttentionBenchPrograms.ringCausalCore(HEADS, DIM, RING, local, blocks,
            TokenLayout.STRIPED, DType.BF16, tpuForm), RunShape.ring(1, RING * local, blocks, RING, TokenLayout.STRIPED, 1), local);
      }
    }
  }

  private static void row(Hardware hw, String program, HloModule module, RunShape shape, int local) {
    LoopRunCosts linear = LoopRunCosts.of(module, AttentionLoopRuns.causal(shape, 0).keySet());
    CostAnalysis.Cost busiest = CostAnalysis.Cost.ZERO;
    int busiestDevice = 0;
    for (int d = 0; d < shape.ring(); d++) {
      CostAnalysis.Cost c = linear.cost(AttentionLoopRuns.causal(shape, d));
      if (c.flops() > busiest.flops()) {
        busiest = c;
        busiestDevice = d;
      }
    }
    Roofline whole = Roofline.of(busiest, hw);
    Map<List<String>, Double> runs = AttentionLoopRuns.causal(shape, busiestDevice);
    CostAnalysis.Loop kv = CostAnalysis.analyse(module, runs).loops().stream()
        .filter(l -> l.name().equals(ProgramNames.KV_BLOCKS)).findFirst().orElseThrow();
    Roofline iteration = Roofline.of(kv.perIteration(), hw);
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "| %s | %s | %d |", hw.cliName(), program, local));
    for (Roofline.Unit u : Roofline.Unit.values()) {
      b.append(String.format(Locale.ROOT, " %.3g |", 1e3 * whole.seconds().get(u)));
    }
    b.append(String.format(Locale.ROOT, " %s | %.3g | %s, %.3g |", whole.binding().key(), 1e3 * whole.attainableSeconds(),
        iteration.binding().key(), 1e6 * iteration.attainableSeconds()));
    System.out.println(b);
    if (System.getProperty("roofline.iteration") != null) {   // one unmasked key-block iteration, unit by unit
      StringBuilder it = new StringBuilder(String.format(Locale.ROOT, "|   kv_blocks iteration | %s |", hw.cliName()));
      for (Roofline.Unit u : Roofline.Unit.values()) {
        it.append(String.format(Locale.ROOT, " %.4g %s = %.3g us |", iteration.count(u), u.what(),
            1e6 * iteration.seconds().get(u)));
      }
      System.out.println(it);
    }
  }
}
