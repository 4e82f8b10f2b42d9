package dev.torus.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
  @Test
  void formatsAllFields() {
    StepMetrics m = new StepMetrics(120, 3.41214, 1.2345, 2.95e-3, 0.4123, 5086, 12345.4, 0.3124, null);
    assertEquals("step   120/200  loss 3.4121  grad 1.23  lr 2.95e-03  12,345 tok/s  412 ms  MFU 31.2%",
        ProgressLine.format(m, 200));
  }

  @Test
  void leavesOutUnknownMfuAndAppendsEval() {
    StepMetrics m = new StepMetrics(7, 2.5, 3.2e-6, 1e-4, 1.5, 100, 66.6, Double.NaN, 2.71828);
    assertEquals("step       7/1000000  loss 2.5000  grad 3.20e-06  lr 1.00e-04  67 tok/s  1500 ms  eval 2.7183",
        ProgressLine.format(m, 1_000_000));
  }

  @Test
  void ignoresTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      StepMetrics m = new StepMetrics(1, 3.5, 1.5, 1e-3, 0.25, 1, 1234567.0, 0.5, null);
      assertEquals("step     1/10  loss 3.5000  grad 1.50  lr 1.00e-03  1,234,567 tok/s  250 ms  MFU 50.0%",
          ProgressLine.format(m, 10));
    } finally {
      Locale.setDefault(before);
    }
  }
}
