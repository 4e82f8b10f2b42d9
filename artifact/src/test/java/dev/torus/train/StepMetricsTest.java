package dev.torus.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StepMetricsTest {
  @Test
  void mfuIsAchievedOverPeakFlops() {
    assertEquals(0.25, StepMetrics.mfu(1e12, 0.5, 8e12), 1e-12);
  }

  @Test
  void mfuIsNaNWithoutAKnownPeak() {
    assertTrue(Double.isNaN(StepMetrics.mfu(1e12, 0.5, 0)));
    assertTrue(Double.isNaN(StepMetrics.mfu(1e12, 0.5, -1)));
    assertTrue(Double.isNaN(StepMetrics.mfu(1e12, 0.5, Double.NaN)));
    assertTrue(Double.isNaN(StepMetrics.mfu(1e12, 0.5, Double.POSITIVE_INFINITY)));
    assertTrue(Double.isNaN(StepMetrics.mfu(1e12, 0, 8e12)));
  }

  @Test
  void negativeStepIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new StepMetrics(-3, 1, 1, 1, 1, 1, 1, Double.NaN, null));
    assertEquals("step must be >= 0, got -3", e.getMessage());
  }
}
