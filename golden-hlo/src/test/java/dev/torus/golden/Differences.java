package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How far a result is from its reference, as the tests state tolerances. */
final class Differences {
  private Differences() {}

  /**
   * max |got - want| / max |want| over all elements (0 when both are all zeros, infinity when only
   * the reference is).
   */
  static double maxRelative(float[] want, float[] got) {
    assertEquals(want.length, got.length, "element counts");
    double scale = 0;
    double worst = 0;
    for (int i = 0; i < want.length; i++) {
      scale = Math.max(scale, Math.abs(want[i]));
      worst = Math.max(worst, Math.abs(got[i] - want[i]));
    }
    return scale == 0 ? (worst == 0 ? 0 : Double.POSITIVE_INFINITY) : worst / scale;
  }

  /**
   * ||got - want|| / ||want|| (L2 over all elements), as gradients are compared per tensor; ||got|| when
   * {@code want} is all zeros.
   */
  static double relativeL2(float[] got, float[] want) {
    assertEquals(want.length, got.length, "element counts");
    double diff = 0;
    double norm = 0;
    for (int i = 0; i < want.length; i++) {
      diff += (got[i] - want[i]) * (double) (got[i] - want[i]);
      norm += want[i] * (double) want[i];
    }
    return norm == 0 ? Math.sqrt(diff) : Math.sqrt(diff / norm);
  }
}
