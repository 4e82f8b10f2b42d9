package dev.torus.compiler.analysis;

import com.google.common.collect.ImmutableMap;
import dev.torus.compiler.hardware.Hardware;
import java.util.Locale;
import java.util.Map;

/**
 * A cost set against each unit of a hardware type: matmul FLOPs at the MXU / tensor-core peak,
 * transcendentals at the transcendental unit's (EUP / SFU), elementwise ops at the vector unit's,
 * bytes accessed at HBM bandwidth, and collective bytes at the ring link's. Each quotient is the
 * least time that unit needs; the largest names the <em>binding</em> unit and is the attainable time
 * (units assumed to overlap perfectly: a lower bound for the counts, not a prediction).
 *
 * <p>The counts are {@link CostAnalysis}'s, by XLA's {@code HloCostAnalysis} conventions, except HBM
 * bytes: XLA's {@code bytes accessed} charges every instruction's operands and result, as if nothing
 * fused, which on TPU charges the score block that libtpu keeps in VMEM. The HBM unit counts
 * {@link CostAnalysis.Cost#hbmFloorBytes()} instead: blocks sliced from or written into larger arrays,
 * collective buffers, and the program's arguments and results, the traffic no fusion avoids (a lower
 * bound). The TPU vector, reduction and transcendental rates have no published figure and are
 * calibrated on libtpu's cost model ({@link Hardware#calibrated()}).
 */
public record Roofline(CostAnalysis.Cost cost, ImmutableMap<Unit, Double> seconds) {

  /** The units of the roofline; {@link #key()} is the name in {@code report --json}. */
  public enum Unit {
    MATMUL("matmul", "FLOPs"),
    TRANSCENDENTAL("transcendental", "ops"),
    VECTOR("vector", "ops"),
    HBM("hbm", "bytes"),
    COLLECTIVE("collective", "bytes");

    private final String key;
    private final String what;

    Unit(String key, String what) {
      this.key = key;
      this.what = what;
    }

    /** The unit's name in reports and JSON. */
    public String key() {
      return key;
    }

    /** What the unit's count counts (FLOPs, ops, bytes). */
    public String what() {
      return what;
    }

    /** The unit's share of {@code c}: matmul FLOPs, transcendentals, elementwise ops, bytes accessed or sent. */
    public double count(CostAnalysis.Cost c) {
      return switch (this) {
        case MATMUL -> c.matmulFlops();
        case TRANSCENDENTAL -> c.transcendentals();
        case VECTOR -> c.elementwiseFlops();
        case HBM -> c.hbmFloorBytes();
        case COLLECTIVE -> c.collectiveBytes();
      };
    }

    /** The unit's peak on one device of {@code hw}, per second, in {@link #what()}. */
    public double peak(Hardware hw) {
      return switch (this) {
        case MATMUL -> hw.peakFlops();
        case TRANSCENDENTAL -> hw.transcendentalsPerSecond();
        case VECTOR -> hw.vectorOpsPerSecond();   // elementwise; reductions at their own rate (seconds)
        case HBM -> hw.hbmBytesPerSecond();
        case COLLECTIVE -> hw.linkBytesPerSecond();
      };
    }
  }

  /** {@code cost} on one device of {@code hw}. */
  public static Roofline of(CostAnalysis.Cost cost, Hardware hw) {
    ImmutableMap.Builder<Unit, Double> seconds = ImmutableMap.builder();
    for (Unit u : Unit.values()) {
      seconds.put(u, u == Unit.VECTOR ? vectorSeconds(cost, hw) : u.count(cost) / u.peak(hw));
    }
    return new Roofline(cost, seconds.build());
  }

  /**
   * The vector unit's time: elementwise ops at its elementwise rate, and the elements reductions fold
   * at its (much lower, on TPU) reduction rate instead.
   */
  static double vectorSeconds(CostAnalysis.Cost c, Hardware hw) {
    return Math.max(0, c.elementwiseFlops() - c.reducedElements()) / hw.vectorOpsPerSecond()
        + c.reducedElements() / hw.reducedElementsPerSecond();
  }

  /** The unit that needs the most time (the first of equals in {@link Unit} order). */
  public Unit binding() {
    Unit worst = Unit.MATMUL;
    for (Map.Entry<Unit, Double> e : seconds.entrySet()) {
      if (e.getValue() > seconds.get(worst)) {
        worst = e.getKey();
      }
    }
    return worst;
  }

  /** The binding unit's time, in seconds: the least the cost can take on the hardware. */
  public double attainableSeconds() {
    return seconds.get(binding());
  }

  /** The unit's count in this cost. */
  public double count(Unit u) {
    return u.count(cost);
  }

  /** One line per unit: count, seconds at peak, the share of the attainable time; the binding unit marked. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    for (Unit u : Unit.values()) {
      b.append(String.format(Locale.ROOT, "%s%s %.3g %s, %.3g s (%.0f%%)", b.isEmpty() ? "" : "; ",
          u == binding() ? u.key().toUpperCase(Locale.ROOT) : u.key(), count(u), u.what(), seconds.get(u),
          attainableSeconds() == 0 ? 0 : 100 * seconds.get(u) / attainableSeconds()));
    }
    return b.toString();
  }
}
