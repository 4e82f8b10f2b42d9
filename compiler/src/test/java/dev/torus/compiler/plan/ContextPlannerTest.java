package dev.torus.compiler.plan;

import dev.torus.compiler.hardware.Overlap;
import dev.torus.compiler.hardware.Hardware;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.compiler.plan.ContextPlanner.Method;
import dev.torus.compiler.plan.ContextPlanner.MethodPlan;
import dev.torus.compiler.plan.ContextPlanner.ModelShape;
import dev.torus.compiler.plan.ContextPlanner.Plan;
import dev.torus.dsl.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The overlap condition against the paper's Table 2, and the planner's fit boundaries. */
class ContextPlannerTest {
  /** Ring Attention, Table 2: minimal block and minimal sequence per device, thousands of tokens. */
  private static final double[][] PAPER = {{1.0, 6.2}, {24.5, 149.5}, {1.1, 6.6}, {1.0, 6.2}, {1.1, 6.3}};

  @Test
  void minimalBlocksReproduceThePapersTable2WithinThreePercent() {
    List<Hardware> rows = Hardware.paperTable2();
    for (int i = 0; i < rows.size(); i++) {
      Hardware hw = rows.get(i);
      double c = Overlap.minimalBlock(hw) / 1e3;
      double s = Overlap.minimalSequencePerDevice(hw) / 1e3;
      // The paper rounds to one decimal: compare within 3 % plus that rounding.
      assertTrue(Math.abs(c - PAPER[i][0]) <= 0.03 * PAPER[i][0] + 0.05, hw + ": c " + c + "K vs " + PAPER[i][0]);
      assertTrue(Math.abs(s - PAPER[i][1]) <= 0.03 * PAPER[i][1] + 0.05, hw + ": 6c " + s + "K vs " + PAPER[i][1]);
    }
    // 312 TFLOP/s over 12.5 GB/s is 24.96K tokens; the paper prints 24.5K.
    assertEquals(24_960, Overlap.minimalBlock(Hardware.A100_IB), 1e-6);
  }

  @Test
  void aStepAtTheMinimalBlockTakesAsLongToComputeAsToSend() {
    for (Hardware hw : Hardware.values()) {
      long c = (long) Math.ceil(Overlap.minimalBlock(hw));
      Overlap.Step at = Overlap.step(hw, c, 4096);
      assertTrue(at.hidden(), hw.cliName());
      assertTrue(!Overlap.step(hw, c / 2, 4096).hidden(), hw.cliName());
      assertEquals(at.computeSeconds(), at.transferSeconds(), at.transferSeconds() * 2.0 / c);
    }
  }

  @Test
  void parameterCountsAreThoseOfTheRealModels() {
    // Hugging Face's LLaMA-7B and LLaMA-2-7B: 6,738,415,616 parameters.
    assertEquals(6_738_415_616L, ModelShape.of(Presets.named("llama-7b")).parameters());
    assertEquals(6_738_415_616L, ModelShape.of(Presets.named("llama2-7b")).parameters());
    // LLaMA-13B: 13,015,864,320.
    assertEquals(13_015_864_320L, ModelShape.of(Presets.named("llama-13b")).parameters());
  }

  @Test
  void everyPlannedContextFitsAndOneGranuleMoreDoesNot() {
    for (String model : List.of("llama-3b", "llama-13b", "llama-65b")) {
      for (Hardware hw : List.of(Hardware.A100, Hardware.TPU_V4, Hardware.TPU_V5E)) {
        ModelShape shape = ModelShape.of(Presets.named(model));
        Plan plan = ContextPlanner.plan(shape, hw, 256, 256);
        for (MethodPlan m : plan.methods()) {
          String what = model + " on " + hw.cliName() + ", " + m.method().label();
          if (m.perDevice() > 0) {
            assertTrue(m.memory().total() <= hw.hbmBytes(), what);
          }
          long more = ContextPlanner.memory(shape, 256, m.method(), m.perDevice() + ContextPlanner.GRANULE).total();
          assertTrue(more > hw.hbmBytes(), what + ": one more granule still fits");
        }
      }
    }
  }

  @Test
  void methodsRankAsInThePaperAndTheRingScalesWithItsDevices() {
    Plan plan = ContextPlanner.plan(ModelShape.of(Presets.named("llama-7b")), Hardware.A100, 8, 8);
    long vanilla = plan.method(Method.VANILLA).maxContext();
    long memoryEfficient = plan.method(Method.MEMORY_EFFICIENT).maxContext();
    long bpt = plan.method(Method.BLOCKWISE).maxContext();
    MethodPlan ring = plan.method(Method.RING);
    assertTrue(vanilla < memoryEfficient && memoryEfficient < bpt, vanilla + " " + memoryEfficient + " " + bpt);
    assertEquals(8 * ring.perDevice(), ring.maxContext());
    assertTrue(ring.maxContext() > 6 * bpt && ring.maxContext() < 8 * bpt, ring + " vs BPT " + bpt);
    assertTrue(ring.transferHidden());
    assertEquals(ring.perDevice(), ring.ringBlock());
    assertEquals(0, ring.perDevice() % ring.innerBlock());

    Plan rings = ContextPlanner.plan(ModelShape.of(Presets.named("llama-7b")), Hardware.A100, 8, 2);
    assertEquals(ring.perDevice(), rings.method(Method.RING).perDevice());
    assertEquals(2 * ring.perDevice(), rings.method(Method.RING).maxContext());
  }

  @Test
  void onTpuV4PodsTheBlockwiseContextsAreThePapers() {
    // Ring Attention, Table 4: BPT trained 30B at 16K and 65B at 8K on TPUv4-1024; 30B's ring of 128
    // devices then reaches 2048K.
    Plan b30 = ContextPlanner.plan(ModelShape.of(Presets.named("llama-30b")), Hardware.TPU_V4, 1024, 128);
    Plan b65 = ContextPlanner.plan(ModelShape.of(Presets.named("llama-65b")), Hardware.TPU_V4, 1024, 128);
    assertEquals(16 * 1024, b30.method(Method.BLOCKWISE).maxContext());
    assertEquals(8 * 1024, b65.method(Method.BLOCKWISE).maxContext());
    long ring30 = b30.method(Method.RING).maxContext();
    assertTrue(ring30 >= 0.9 * 2048 * 1024 && ring30 <= 2048 * 1024, "30B ring: " + ring30);
  }

  @Test
  void aModelWhoseStateDoesNotFitPlansNothing() {
    Plan plan = ContextPlanner.plan(ModelShape.of(Presets.named("llama-65b")), Hardware.A100, 8, 8);
    for (MethodPlan m : plan.methods()) {
      assertEquals(0, m.maxContext(), m.method().label());
    }
  }

  @Test
  void ringsMustDivideTheDevices() {
    ModelShape m = ModelShape.of(Presets.tiny());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ContextPlanner.plan(m, Hardware.TPU_V4, 1024, 100));
    assertEquals("planner: the ring of 100 devices must divide the 1024 devices", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ContextPlanner.plan(m, Hardware.TPU_V4, 0, 0));
    assertEquals("unknown hardware 'tpu-v9'; known: tpu-v3, tpu-v4, tpu-v5e, tpu-v5p, tpu-v6e, a100, a100-ib, h100, h200",
        assertThrows(IllegalArgumentException.class, () -> Hardware.named("tpu-v9")).getMessage());
  }
}
