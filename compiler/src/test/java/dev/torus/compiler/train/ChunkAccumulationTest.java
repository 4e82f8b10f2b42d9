package dev.torus.compiler.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import org.junit.jupiter.api.Test;

/**
 * Under bf16-mixed the chunked feedforward's weights are bf16 inside the layer loop, but their
 * gradients add up over the chunks (and layers) in f32: the backward chunk loop carries f32
 * accumulators of the weights' shapes, not bf16 ones, and adds each chunk's contribution in f32.
 */
class ChunkAccumulationTest {
  @Test
  void bf16WeightsGradientsAccumulateOverChunksInF32() {
    RunShape shape = RunShape.ring(1, 128, BlockSizes.uniform(32), 1, TokenLayout.CONTIGUOUS, 1);
    AdamW adam = AdamW.llamaDefaults(3e-4, 100, 10000);
    String hlo = HloTextPrinter.print(TrainStep.build(Presets.tiny(), shape, adam,
        new StepOptions(1, TrainPrecision.BF16_MIXED)).module());
    String loop = hlo.lines().filter(l -> l.contains(" while(") && l.contains("body=mlp_chunks_grad_body"))
        .findFirst().orElseThrow(() -> new AssertionError("no backward chunk loop"));
    String state = loop.substring(0, loop.indexOf(" while("));
    // tiny's MLP: gate and up [172, 64], down [64, 172].
    assertTrue(state.contains("f32[172,64]") && state.contains("f32[64,172]"), "f32 accumulators: " + state);
    assertTrue(state.contains("bf16[172,64]"), "the bf16 weights themselves ride along: " + state);
  }
}
