package dev.torus.compiler.analysis;

import static dev.torus.compiler.lower.ProgramNames.KV_BLOCKS;
import static dev.torus.compiler.lower.ProgramNames.QUERY_BLOCKS;
import static dev.torus.compiler.lower.ProgramNames.RING_STEPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.DType;
import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.HloModuleBuilder;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.compiler.lower.BlockwiseAttention;
import dev.torus.compiler.lower.LoweringContext;
import dev.torus.compiler.lower.RingLayout;
import dev.torus.compiler.lower.SequenceShard;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.RunShape;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Loop-scaled totals of {@link CostAnalysis} against FLOPs counted independently from the algorithm. */
class CostAnalysisTest {
  static final int HEADS = 2;
  static final int DIM = 16;
  static final BlockSizes BLOCKS = BlockSizes.uniform(32);

  /** The attention core alone for {@code shape}: q [1, H, 1, L, D], k and v [1, H, L, D], f32. */
  static HloModule core(RunShape shape, boolean causal) {
    HloModuleBuilder module = new HloModuleBuilder("core", shape.ring());
    LoweringContext ctx = new LoweringContext(module, DType.F32);
    XlaBuilder b = module.computation("main");
    long local = shape.localSequence();
    Instruction q = b.parameter(0, Shape.array(DType.F32, 1, HEADS, 1, local, DIM), "q");
    Instruction k = b.parameter(1, Shape.array(DType.F32, 1, HEADS, local, DIM), "k");
    Instruction v = b.parameter(2, Shape.array(DType.F32, 1, HEADS, local, DIM), "v");
    SequenceShard shard = shape.ring() == 1 ? SequenceShard.local(b.iota(Shape.array(DType.S32, local), 0))
        : RingLayout.shard(b, shape);
    return module.build(b.build(BlockwiseAttention.core(ctx, b, q, k, v, shard, causal, shape.blocks())));
  }

  /** QK^T and PV of one (query block, key/value block) pair. */
  static double pairFlops() {
    return 2 * 2.0 * BLOCKS.query() * BLOCKS.keyValue() * DIM * HEADS;
  }

  @Test
  void withoutMaskEveryBlockPairRunsAndTheTotalIsFourS2DH() {
    RunShape shape = RunShape.of(1, 256, BLOCKS);
    CostAnalysis.Report r = CostAnalysis.analyse(core(shape, false), Map.of());
    assertEquals(4.0 * 256 * 256 * DIM * HEADS, r.total().matmulFlops());
    // cost_analysis's view: one query block against one key/value block.
    assertEquals(pairFlops(), r.once().matmulFlops());
    CostAnalysis.Loop kv = r.loops().stream().filter(l -> l.name().equals(KV_BLOCKS)).findFirst().orElseThrow();
    assertEquals(List.of(QUERY_BLOCKS, KV_BLOCKS), kv.path());
    assertEquals(8, kv.tripCount().getAsLong());
    assertEquals(64, kv.runs());
  }

  @Test
  void causalTotalsFollowTheExecutedBlockPairs() {
    RunShape shape = RunShape.of(1, 256, BLOCKS);
    CostAnalysis.Report r = CostAnalysis.analyse(core(shape, true), AttentionLoopRuns.causal(shape, 0));
    long pairs = LoadBalance.causal(shape).total();
    assertEquals(8 * 9 / 2, pairs);
    assertEquals(pairs * pairFlops(), r.total().matmulFlops());
  }

  @Test
  void theBusiestRingDeviceDoesTheCriticalPathsWorkAndSendsKAndVEachStep() {
    for (TokenLayout layout : TokenLayout.values()) {
      RunShape shape = RunShape.ring(1, 512, BLOCKS, 4, layout, 1);
      HloModule m = core(shape, true);
      LoadBalance.Report balance = LoadBalance.causal(shape);
      double busiest = 0;
      for (int d = 0; d < 4; d++) {
        CostAnalysis.Report r = CostAnalysis.analyse(m, AttentionLoopRuns.causal(shape, d));
        long pairs = 0;
        for (int step = 0; step < 4; step++) {
          pairs += balance.pairs()[step][d];
        }
        assertEquals(pairs * pairFlops(), r.total().matmulFlops(), layout + " device " + d);
        busiest = Math.max(busiest, r.total().matmulFlops());
        CostAnalysis.Loop steps = r.loops().stream().filter(l -> l.name().equals(RING_STEPS)).findFirst().orElseThrow();
        assertEquals(3, steps.runs());
        assertEquals(2.0 * 128 * HEADS * DIM * 4, steps.perIteration().collectiveBytes());
      }
      assertTrue(busiest >= balance.criticalPath() / 4.0 * pairFlops(), layout.label());
    }
  }

  @Test
  void aDataDependentLoopWithoutItsRunsIsAnError() {
    RunShape shape = RunShape.of(1, 256, BLOCKS);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CostAnalysis.analyse(core(shape, true), Map.of()));
    assertTrue(e.getMessage().startsWith("loop kv_blocks (query_blocks/kv_blocks) has a data-dependent trip count"),
        e.getMessage());
  }

  /** exp(x), returned directly or through an optimization barrier (with x). */
  private static HloModule throughBarrier(boolean barrier) {
    HloModuleBuilder module = new HloModuleBuilder("barrier", 1);
    XlaBuilder b = module.computation("main");
    Instruction x = b.parameter(0, Shape.array(DType.F32, 1024), "x");
    Instruction e = b.exponential(x);
    return module.build(b.build(barrier ? b.getTupleElement(b.optimizationBarrier(e, x), 0) : e));
  }

  @Test
  void anOptimizationBarrierCostsNothingAndPassesItsOperandsBuffersOn() {
    HloModule with = throughBarrier(true);
    HloModule without = throughBarrier(false);
    Instruction barrier = with.entry().instructions().stream().filter(i -> i.opcode() == Opcode.OPTIMIZATION_BARRIER)
        .findFirst().orElseThrow();
    assertEquals(CostAnalysis.Cost.ZERO, CostAnalysis.instruction(barrier));
    CostAnalysis.Cost a = CostAnalysis.analyse(with, Map.of()).total();
    CostAnalysis.Cost b = CostAnalysis.analyse(without, Map.of()).total();
    assertEquals(b.transcendentals(), a.transcendentals());
    assertEquals(b.matmulFlops() + b.elementwiseFlops(), a.matmulFlops() + a.elementwiseFlops());
    // The barrier's result is exp(x)'s own buffer (no copy): the same output and temporaries as without.
    MemoryAnalysis.Report m = MemoryAnalysis.analyse(with);
    MemoryAnalysis.Report plain = MemoryAnalysis.analyse(without);
    assertEquals(plain.outputBytes(), m.outputBytes());
    assertEquals(plain.peakTempBytes(), m.peakTempBytes());
    assertEquals(4096, m.outputBytes());
  }
}
