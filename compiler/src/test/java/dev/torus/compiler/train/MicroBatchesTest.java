package dev.torus.compiler.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.analysis.MemoryAnalysis;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.ir.HloModule;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import org.junit.jupiter.api.Test;

/** The accumulating train step's program: a loop, not K copies, and memory that grows only by the token rows. */
class MicroBatchesTest {
  private static final AdamW ADAM = AdamW.llamaDefaults(3e-4, 10, 100);
  private static final RunShape RING = RunShape.ring(2, 64, BlockSizes.uniform(16), 2, TokenLayout.STRIPED, 1);

  private static HloModule step(int k, TrainPrecision precision) {
    return TrainStep.build(Presets.tiny(), RING, ADAM, new StepOptions(k, precision)).module();
  }

  @Test
  void theDefaultOptionsEmitTheSameProgramAsBefore() {
    assertEquals(HloTextPrinter.print(TrainStep.build(Presets.tiny(), RING, ADAM).module()),
        HloTextPrinter.print(step(1, TrainPrecision.F32)));
  }

  @Test
  void moreMicroBatchesGrowOnlyTheTokenRowsNotTheProgramOrItsTemporaries() {
    MemoryAnalysis.Report two = MemoryAnalysis.analyse(step(2, TrainPrecision.F32));
    MemoryAnalysis.Report eight = MemoryAnalysis.analyse(step(8, TrainPrecision.F32));
    long rowBytes = 2L * 4 * RING.localBatch() * RING.localSequence();   // tokens and targets, s32, per micro-batch
    assertEquals(6 * rowBytes, eight.argumentBytes() - two.argumentBytes(), "arguments grow by 6 micro-batches' rows");
    assertTrue(eight.peakTempBytes() <= two.peakTempBytes() + 6 * rowBytes,
        "temporaries: " + two.peakTempBytes() + " B with 2 micro-batches, " + eight.peakTempBytes() + " B with 8");
    assertEquals(step(2, TrainPrecision.F32).allInstructions().size(), step(8, TrainPrecision.F32).allInstructions().size(),
        "a loop, not unrolled micro-batches");
    assertTrue(HloTextPrinter.print(step(2, TrainPrecision.F32)).contains(MicroBatches.LOOP));
  }

  @Test
  void bf16MixedKeepsTheStateF32AndRefusesAModelWithBf16Parameters() {
    String hlo = HloTextPrinter.print(step(1, TrainPrecision.BF16_MIXED));
    assertTrue(hlo.contains("bf16["), "the compute is bf16");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainStep.build(Presets.llama2_7b(),
        RING, ADAM, new StepOptions(1, TrainPrecision.BF16_MIXED)));
    assertTrue(e.getMessage().contains("--precision bf16-mixed keeps f32 master weights, but model llama2-7b stores bf16"),
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new StepOptions(0, TrainPrecision.F32));
    assertEquals(TrainPrecision.BF16_MIXED, TrainPrecision.parse("bf16-mixed"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> TrainPrecision.parse("fp16")).getMessage()
        .contains("expected one of f32, bf16-mixed"));
  }
}
