package dev.torus.compiler.plan;

import dev.torus.compiler.hardware.Hardware;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.DType;
import dev.torus.compiler.lower.ModelWeights;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The planner for Torus's own train step against the contexts libtpu measured for it
 * ({@code torus tpu-check --max-context}, bench/results/09-max-context.md, 2026-11-26; golden-hlo's
 * PlannerVsLibtpuTest repeats the v4-8 row live). Agreement means within one power of two.
 */
class TrainStepMemoryTest {
  record Measured(String model, Hardware hw, int devices, long perDevice) {}

  static final List<Measured> LIBTPU = List.of(
      new Measured("tiny", Hardware.TPU_V4, 8, 4L << 20),
      new Measured("llama-7b", Hardware.TPU_V4, 1024, 16384),
      new Measured("llama-13b", Hardware.TPU_V4, 1024, 8192),
      new Measured("llama-7b", Hardware.TPU_V5E, 256, 16384),
      new Measured("llama-3b", Hardware.TPU_V4, 1024, 0));

  static ModelSpec f32(String name) {
    return Presets.named(name).toBuilder().paramType(DType.F32).build();
  }

  @Test
  void agreesWithLibtpuWithinOnePowerOfTwoOnEveryMeasuredRow() {
    for (Measured m : LIBTPU) {
      TrainStepMemory.Plan p = TrainStepMemory.plan(f32(m.model()), m.hw(), m.devices());
      if (m.perDevice() == 0) {
        assertEquals(0, p.perDevice(), m + " -> " + p);
        continue;
      }
      long planned = Long.highestOneBit(p.perDevice());
      assertTrue(planned >= m.perDevice() / 2 && planned <= 2 * m.perDevice(), m + " -> " + p);
    }
  }

  @Test
  void weightsThatNoDimensionOfDividesStayWholeAndTheirStateIsWhatLibtpuReports() {
    // LLaMA-3B: width 3200 and MLP 8640, neither divisible by 1024; libtpu's temporaries at every
    // length were 76.59 GiB and more.
    TrainStepMemory.Plan p = TrainStepMemory.plan(f32("llama-3b"), Hardware.TPU_V4, 1024);
    assertEquals(ModelWeights.of(f32("llama-3b")).size(), p.wholeWeights().size());
    assertEquals(76.59, p.memory().state() / (double) (1L << 30), 0.01);
  }
}
