package dev.torus.compiler.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.analysis.MemoryAnalysis;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.ir.HloModule;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the bf16-mixed train step holds per token (issue 19): the layer loop keeps each layer's input
 * in bf16 though the residual stream is f32, and the attention backward's loops hold dO in bf16 (every
 * product read it rounded anyway); the f32 step is unchanged.
 */
class MixedPrecisionMemoryTest {
  private static final AdamW ADAM = AdamW.llamaDefaults(3e-4, 10, 100);
  /** 2 devices of 96 tokens: no weight of tiny has 96 rows. */
  private static final RunShape RING = RunShape.ring(1, 192, BlockSizes.uniform(32), 2, TokenLayout.STRIPED, 1);

  /** 2 devices of 4096 tokens: the per-token terms outweigh tiny's weights. */
  private static final RunShape LONG = RunShape.ring(1, 8192, BlockSizes.uniform(256), 2, TokenLayout.STRIPED, 1);

  private static HloModule step(TrainPrecision precision) {
    return step(precision, RING);
  }

  private static HloModule step(TrainPrecision precision, RunShape shape) {
    return TrainStep.build(Presets.tiny(), shape, ADAM, new StepOptions(1, precision)).module();
  }

  /** The element type of the layer loop's kept stack {@code [depth, 1, tokens, width]}. */
  private static String layerStackType(String hlo, ModelSpec m, long tokens) {
    String loop = hlo.lines().filter(l -> l.contains(" while(") && l.contains("body=layers_body")).findFirst()
        .orElseThrow(() -> new AssertionError("no layer loop"));
    Matcher a = Pattern.compile("(f32|bf16)\\[" + m.depth() + ",1," + tokens + "," + m.width() + "\\]").matcher(loop);
    assertTrue(a.find(), "no [depth, 1, tokens, width] stack in " + loop);
    return a.group(1);
  }

  /** The element type of dO, {@code [1, kv heads, group, tokens, head dim]}, in the ring backward's state. */
  private static String ringGradDOutType(String hlo, ModelSpec m, long tokens) {
    String loop = hlo.lines().filter(l -> l.contains(" while(") && l.contains("body=ring_steps_grad_body")).findFirst()
        .orElseThrow(() -> new AssertionError("no ring backward loop"));
    String state = loop.substring(0, loop.indexOf(" while("));
    int group = m.attention().heads() / m.attention().kvHeads();
    String shape = "1," + m.attention().kvHeads() + "," + group + "," + tokens + "," + m.attention().headDim();
    long f32 = Pattern.compile("f32\\[" + shape + "\\]").matcher(state).results().count();
    long bf16 = Pattern.compile("bf16\\[" + shape + "\\]").matcher(state).results().count();
    return "f32 x" + f32 + ", bf16 x" + bf16;
  }

  @Test
  void bf16MixedKeepsLayerInputsAndDOutInBf16AndF32KeepsThemF32() {
    ModelSpec m = Presets.tiny();
    long tokens = RING.localSequence();
    String mixed = HloTextPrinter.print(step(TrainPrecision.BF16_MIXED));
    String f32 = HloTextPrinter.print(step(TrainPrecision.F32));
    assertEquals("bf16", layerStackType(mixed, m, tokens));
    assertEquals("f32", layerStackType(f32, m, tokens));
    // Q and dO in the compute type, dQ f32 (f32: all three f32).
    assertEquals("f32 x1, bf16 x2", ringGradDOutType(mixed, m, tokens));
    assertEquals("f32 x3, bf16 x0", ringGradDOutType(f32, m, tokens));
    // With the tokens outweighing the weights, the mixed step's temporaries (Torus's liveness model) are smaller.
    long mixedTemps = MemoryAnalysis.analyse(step(TrainPrecision.BF16_MIXED, LONG)).peakTempBytes();
    long f32Temps = MemoryAnalysis.analyse(step(TrainPrecision.F32, LONG)).peakTempBytes();
    System.out.printf("[mixed] tiny, 4096 tokens per device: peak temporaries %d B bf16-mixed, %d B f32%n", mixedTemps,
        f32Temps);
    assertTrue(mixedTemps < f32Temps, mixedTemps + " B bf16-mixed vs " + f32Temps + " B f32");
  }

  /**
   * Padded shards under bf16-mixed (LLaMA-3B on 1024 devices: no dimension of 3200 or 32000 divides
   * it): the gathered bf16 weight is sliced back to its true shape, and the slice's f32 cotangent goes
   * into f32 zeros (it failed to build: an f32 update into a bf16 buffer).
   */
  @Test
  void paddedShardsBuildUnderBf16Mixed() {
    RunShape three = RunShape.ring(1, 96, BlockSizes.uniform(16), 3, TokenLayout.STRIPED, 1).withFsdp(3);
    String hlo = HloTextPrinter.print(TrainStep.build(Presets.tiny(), three, ADAM,
        new StepOptions(1, TrainPrecision.BF16_MIXED)).module());
    // tiny's [256, 64] embedding pads to 258 rows (or 66 columns) over 3 devices; its f32 gradient is
    // written into f32 zeros of the padded shape.
    assertTrue(Pattern.compile("f32\\[(258,64|256,66)\\]").matcher(hlo).find(), "no padded f32 gradient");
  }
}
