package dev.torus.compiler.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Under bf16-mixed the chunked feedforward's weights are bf16 inside the layer loop, but their
 * gradients add up over the chunks (and layers) in f32: the backward chunk loop carries f32
 * accumulators of the weights' shapes, not bf16 ones, and adds each chunk's contribution in f32.
 * Sharded weights' gradients are summed over the devices in f32 and stay f32 after the sum.
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

  /**
   * FSDP over a ring of 4: every reduce-scatter (the backward of a weight's all-gather: this device's
   * shard of the gradient summed over the devices) adds f32 values, and nothing rounds its f32 sum
   * to bf16 before the update (its users are f32).
   */
  @Test
  void shardedWeightsGradientsAreSummedOverTheDevicesInF32AndStayF32() {
    RunShape shape = RunShape.ring(1, 256, BlockSizes.uniform(32), 4, TokenLayout.STRIPED, 1).withFsdp(4);
    AdamW adam = AdamW.llamaDefaults(3e-4, 100, 10000);
    String hlo = HloTextPrinter.print(TrainStep.build(Presets.tiny(), shape, adam,
        new StepOptions(1, TrainPrecision.BF16_MIXED)).module());
    Matcher sum = Pattern.compile("(?m)^\\s*(?:ROOT )?(\\S+) = (\\w+)\\[[^\\]]*\\]\\S* reduce-scatter\\(").matcher(hlo);
    List<String> sums = new ArrayList<>();
    while (sum.find()) {
      assertEquals("f32", sum.group(2), "reduce-scatter " + sum.group(1) + " sums in f32");
      sums.add(sum.group(1));
    }
    // tiny's 12 weights: the 9 layer weights, each reduced inside its own layer's backward iteration
    // (ScanBackward; before, the prefetched layer's cotangent was carried to the next iteration and layer
    // 0's reduced after the loop: 21), the embedding, the final norm and the LM head.
    assertEquals(12, sums.size(), "one reduce-scatter per sharded weight gradient: " + sums);
    for (String s : sums) {
      Matcher user = Pattern.compile("(?m)^\\s*(?:ROOT )?(\\S+) = (\\([^)]*\\)|\\S+) (\\S+)\\([^)]*\\b" + Pattern.quote(s)
          + "[,)]").matcher(hlo);
      int users = 0;   // a tuple user (the head's shard into its optimization barrier) by its whole type
      while (user.find()) {
        users++;
        assertFalse(user.group(2).contains("bf16"), s + "'s sum is rounded to bf16 by " + user.group(1) + " = "
            + user.group(2) + " " + user.group(3));
      }
      assertTrue(users > 0, s + " has users");
    }
  }
}
