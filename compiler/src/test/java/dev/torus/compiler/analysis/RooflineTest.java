package dev.torus.compiler.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.compiler.hardware.Hardware;
import org.junit.jupiter.api.Test;

/** {@link Roofline}: each unit's count over its peak, the slowest unit binding; the hardware's unit peaks. */
class RooflineTest {
  @Test
  void eachUnitIsItsCountOverItsPeakAndTheSlowestBinds() {
    Hardware hw = Hardware.H200;
    // 1 ms of matmul, 2 ms of exponentials, 0.5 ms of vector work (0.25 elementwise, 0.25 reductions),
    // 3 ms of HBM traffic (XLA's unfused count: 9 ms), 0.1 ms of link
    double reduced = 0.25e-3 * hw.reducedElementsPerSecond();
    CostAnalysis.Cost c = new CostAnalysis.Cost(1e-3 * hw.peakFlops(), 0.25e-3 * hw.vectorOpsPerSecond() + reduced,
        2e-3 * hw.transcendentalsPerSecond(), 4e-3 * hw.hbmBytesPerSecond(), 5e-3 * hw.hbmBytesPerSecond(),
        0.1e-3 * hw.linkBytesPerSecond(), reduced, 3e-3 * hw.hbmBytesPerSecond());
    Roofline r = Roofline.of(c, hw);
    assertEquals(1e-3, r.seconds().get(Roofline.Unit.MATMUL), 1e-12);
    assertEquals(2e-3, r.seconds().get(Roofline.Unit.TRANSCENDENTAL), 1e-12);
    assertEquals(0.5e-3, r.seconds().get(Roofline.Unit.VECTOR), 1e-9);
    assertEquals(3e-3, r.seconds().get(Roofline.Unit.HBM), 1e-12);
    assertEquals(0.1e-3, r.seconds().get(Roofline.Unit.COLLECTIVE), 1e-12);
    assertEquals(Roofline.Unit.HBM, r.binding());
    assertEquals(3e-3, r.attainableSeconds(), 1e-12);
    assertTrue(r.describe().contains("HBM"), r.describe());
    assertEquals(Roofline.Unit.MATMUL, Roofline.of(CostAnalysis.Cost.ZERO, hw).binding());
  }

  @Test
  void h200IsAnH100WithMoreAndFasterHbm() {
    Hardware h200 = Hardware.named("h200");
    assertEquals(989e12, h200.peakFlops());
    assertEquals(141e9, h200.hbmBytes(), 1);
    assertEquals(4.8e12, h200.hbmBytesPerSecond());
    assertEquals(450e9, h200.linkBytesPerSecond());
    assertEquals(Hardware.H100.vectorOpsPerSecond(), h200.vectorOpsPerSecond());
    assertFalse(h200.calibrated());
  }

  @Test
  void aTpuFoldsReductionsFarSlowerThanItAddsElementwise() {
    for (Hardware hw : new Hardware[] {Hardware.TPU_V4, Hardware.TPU_V5E, Hardware.TPU_V6E}) {
      assertTrue(hw.reducedElementsPerSecond() < hw.vectorOpsPerSecond() / 4, hw.cliName());
    }
    assertEquals(Hardware.H200.vectorOpsPerSecond(), Hardware.H200.reducedElementsPerSecond());
  }

  @Test
  void tpuUnitPeaksAreCalibratedAndPerDevice() {
    for (Hardware hw : Hardware.values()) {
      assertTrue(hw.vectorOpsPerSecond() > 0 && hw.transcendentalsPerSecond() > 0 && hw.hbmBytesPerSecond() > 0
          && hw.reducedElementsPerSecond() > 0,
          hw.cliName());
      assertEquals(hw.cliName().startsWith("tpu-"), hw.calibrated(), hw.cliName());
    }
    // a v4 device is one of a chip's two TensorCores: half the chip's 1,228 GB/s
    assertEquals(614e9, Hardware.TPU_V4.hbmBytesPerSecond(), 1);
    // libtpu's cost model: 1,024 f32 exponentials per cycle of a v4 TensorCore at 1.05 GHz
    assertEquals(1024 * 275e12 / 2 / (4 * 128 * 128 * 2), Hardware.TPU_V4.transcendentalsPerSecond(), 1e6);
  }
}
