package dev.torus.compiler.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.compiler.analysis.BufferAnalysis;
import dev.torus.compiler.analysis.LoadBalance;
import dev.torus.compiler.analysis.RingChecks;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.Opcode;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.artifact.TokenLayout;
import org.junit.jupiter.api.Test;

/** Static properties every emitted ring program must have. */
class RingLoweringTest {
  private static HloModule ring(ModelSpec m, int seq, int block, int n, TokenLayout layout, int dp) {
    return ModelLowering.forward(m, RunShape.ring(dp, seq, BlockSizes.uniform(block), n, layout, dp), false).module();
  }

  @Test
  void permutesFormOneCyclePerRingGroupAndCarryChannelIds() {
    for (int n : new int[] {2, 3, 4, 8}) {
      for (int dp : new int[] {1, 2}) {
        HloModule m = ring(Presets.tiny(), 16 * n, 8, n, TokenLayout.STRIPED, dp);
        assertEquals(n * dp, m.numPartitions());
        assertEquals(2, m.allInstructions().stream().filter(i -> i.opcode() == Opcode.COLLECTIVE_PERMUTE).count());
        assertEquals(java.util.List.of(), RingChecks.ringProblems(m, n), "n=" + n + " dp=" + dp);
      }
    }
  }

  /**
   * A windowed ring's train step: its ring loops, forward and backward, run only the steps whose block
   * some query sees, and every permute (the dK/dV home transfer K places back included) is one
   * rotation of the ring with a channel id.
   */
  @Test
  void aWindowedRingsTrainStepRunsOnlyThePassingStepsBothWays() {
    for (int window : new int[] {1, 12, 20, 40, 200}) {
      ModelSpec m = Presets.tiny().toBuilder().slidingWindow(dev.torus.dsl.SlidingWindow.everyLayer(window)).build();
      RunShape shape = RunShape.ring(1, 64, BlockSizes.uniform(8), 4, TokenLayout.CONTIGUOUS, 1);
      HloModule module = dev.torus.compiler.train.LossGradients.build(m, shape).module();
      int expected = Math.min(3, (window - 1 + 15) / 16);
      assertEquals(expected, RingLayout.passingSteps(shape, window), "window " + window);
      assertEquals(java.util.List.of(), RingChecks.ringProblems(module, 4), "window " + window);
      for (String loop : java.util.List.of(ProgramNames.RING_STEPS, ProgramNames.RING_STEPS_GRAD)) {
        java.util.List<Long> trips = dev.torus.compiler.analysis.CostAnalysis.analyse(module,
                dev.torus.compiler.analysis.AttentionLoopRuns.of(m, shape, 0))
            .loops().stream().filter(l -> l.name().equals(loop)).map(l -> l.tripCount().orElse(-1)).toList();
        assertEquals(expected == 0, trips.isEmpty(), loop + " window " + window + ": " + trips);
        assertTrue(trips.stream().allMatch(t -> t == expected), loop + " window " + window + ": " + trips);
      }
    }
  }

  @Test
  void aLlama7bShapedProgramDoesNotGrowWithTheRingOrTheSequence() {
    ModelSpec llama = Presets.llama2_7b();
    int n8s32k = ring(llama, 32768, 1024, 8, TokenLayout.STRIPED, 1).allInstructions().size();
    int n1024s1m = ring(llama, 1 << 20, 1024, 1024, TokenLayout.STRIPED, 1).allInstructions().size();
    int n8s1m = ring(llama, 1 << 20, 1024, 8, TokenLayout.STRIPED, 1).allInstructions().size();
    assertEquals(n8s32k, n1024s1m);
    assertEquals(n8s32k, n8s1m);
  }

  @Test
  void theLargestBufferDependsOnThePerDeviceLengthNotTheGlobalOne() {
    ModelSpec m = Presets.tiny();
    long at2 = BufferAnalysis.largestIntermediate(ring(m, 2 * 1024, 256, 2, TokenLayout.CONTIGUOUS, 1)).orElseThrow().bytes();
    long at16 = BufferAnalysis.largestIntermediate(ring(m, 16 * 1024, 256, 16, TokenLayout.CONTIGUOUS, 1)).orElseThrow().bytes();
    assertEquals(at2, at16, "global sequence 2K vs 16K at 1K tokens per device");
  }

  @Test
  void stripingCutsTheCausalCriticalPathByAtLeastOneAndAHalf() {
    RunShape contiguous = RunShape.ring(1, 8 * 1024, BlockSizes.uniform(128), 8, TokenLayout.CONTIGUOUS, 1);
    RunShape striped = RunShape.ring(1, 8 * 1024, BlockSizes.uniform(128), 8, TokenLayout.STRIPED, 1);
    LoadBalance.Report c = LoadBalance.causal(contiguous);
    LoadBalance.Report s = LoadBalance.causal(striped);
    // Striping computes a few more partially masked pairs in total, but spreads them evenly.
    assertTrue(s.imbalance() < 1.05, s.toString());
    double cut = (double) c.criticalPath() / s.criticalPath();
    assertTrue(cut >= 1.5, "striped cuts the critical path only " + cut + "x: " + c + " / " + s);
  }
}
