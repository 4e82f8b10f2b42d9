package dev.torus.golden;

import static dev.torus.compiler.lower.ProgramNames.SELF_ATTENTION_OP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.analysis.BufferAnalysis;
import dev.torus.compiler.analysis.TpuSchedule;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.lower.Fsdp;
import dev.torus.compiler.train.AdamW;
import dev.torus.compiler.train.TrainStep;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.harness.XlaHarness.Program;
import dev.torus.harness.XlaHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Static properties of the emitted train step, and the real TPU compiler's view of it (libtpu, v4-8). */
class TrainProgramTest {
  static final Path WORK = Path.of("target/xla-harness/train-program").toAbsolutePath();
  static final AdamW OPTIMIZER = AdamW.llamaDefaults(3e-4, 10, 1000);

  static HloModule trainStep(int ring, int local) {
    return trainStep(ring, local, 1);
  }

  static HloModule trainStep(int ring, int local, int fsdp) {
    return TrainStep.build(Presets.tiny(), RunShape.ring(1, ring * local, BlockSizes.uniform(8), ring,
        TokenLayout.STRIPED, 1).withFsdp(fsdp), OPTIMIZER).module();
  }

  @Test
  void theLargestBufferDoesNotGrowWithTheGlobalSequenceAtAFixedShard() {
    long two = BufferAnalysis.largestIntermediate(trainStep(2, 32)).orElseThrow().bytes();
    long four = BufferAnalysis.largestIntermediate(trainStep(4, 32)).orElseThrow().bytes();
    long eight = BufferAnalysis.largestIntermediate(trainStep(8, 32)).orElseThrow().bytes();
    assertEquals(two, four);
    assertEquals(two, eight);
    // And the program is loops, not unrolled steps: the same size for every ring.
    assertEquals(trainStep(2, 32).allInstructions().size(), trainStep(8, 32).allInstructions().size());
  }

  @Test
  void theRingTrainStepCompilesForATpuAndItsBackwardTransfersOverlapCompute() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    HloModule m = trainStep(4, 32);
    Path hlo = WORK.resolve("tiny_ring4_train.hlo");
    Files.writeString(hlo, HloTextPrinter.print(m));
    XlaHarness.ProgramResult r = harness.compileForTpu(List.of(Program.compileOnly("tiny_ring4_train", hlo, 4)), "v4-8",
        WORK).program("tiny_ring4_train");
    assertTrue(r.ok(), r.error());
    TpuSchedule.OverlapReport overlap = TpuSchedule.overlap(Files.readString(Path.of(r.tpuHlo())), SELF_ATTENTION_OP);
    List<TpuSchedule.PermuteOverlap> inLoops = overlap.pairs().stream().filter(TpuSchedule.PermuteOverlap::loopBody)
        .toList();
    // Forward: K and V; backward: K, V, dK, dV, in the ring loops of the forward and its re-traced copy.
    assertTrue(inLoops.size() >= 4, overlap.toString());
    for (TpuSchedule.PermuteOverlap p : inLoops) {
      assertTrue(p.overlapsAttention(), "a ring transfer with no attention compute under it: " + p);
    }
    System.out.println("[train-program] " + inLoops.size() + " ring transfers in loops, all overlapped");
  }

  @Test
  void withShardedWeightsEachLayersGatherOverlapsAttentionCompute() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    Path hlo = WORK.resolve("tiny_ring4_fsdp4_train.hlo");
    Files.writeString(hlo, HloTextPrinter.print(trainStep(4, 32, 4)));
    XlaHarness.ProgramResult r = harness.compileForTpu(List.of(Program.compileOnly("tiny_ring4_fsdp4_train", hlo, 4)),
        "v4-8", WORK, Fsdp.LIBTPU_FLAGS).program("tiny_ring4_fsdp4_train");
    assertTrue(r.ok(), r.error());
    String tpu = Files.readString(Path.of(r.tpuHlo()));
    TpuSchedule.OverlapReport overlap = TpuSchedule.overlap(tpu, SELF_ATTENTION_OP, "all-gather");
    List<TpuSchedule.PermuteOverlap> inLoops = overlap.pairs().stream().filter(TpuSchedule.PermuteOverlap::loopBody)
        .toList();
    // The tiny model's 7 matrices per layer, gathered ahead in the forward layer loop and again in
    // the backward one (the 1-D norm weights' gathers libtpu turns into all-reduces).
    assertTrue(inLoops.size() >= 14, overlap.toString());
    for (TpuSchedule.PermuteOverlap p : inLoops) {
      assertTrue(p.overlapsAttention(), "a weight gather with no attention compute under it: " + p);
    }
    // And the ring's transfers stay hidden with sharded weights.
    for (TpuSchedule.PermuteOverlap p : TpuSchedule.overlap(tpu, SELF_ATTENTION_OP).pairs()) {
      assertTrue(!p.loopBody() || p.overlapsAttention(), "a ring transfer with no attention compute under it: " + p);
    }
    System.out.println("[train-program] " + inLoops.size() + " FSDP weight gathers in layer loops, all overlapped");
  }
}
