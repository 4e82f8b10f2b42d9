package dev.torus.compiler;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The hardware a program is compiled for ({@code compile --target cpu|tpu|gpu}): it picks the
 * attention formulation where one form is faster on one kind of chip and the same numbers within
 * the tolerances elsewhere. {@link #CPU} is the default and emits the programs Torus always has.
 */
public enum Target {
  /** The default: the standard online softmax. */
  CPU,
  /**
   * The softmax row sums on the matrix unit ({@code LoweringContext#rowSumInMatmul}): the libtpu
   * cost model puts it at 0.4-0.6x the standard attention on v5e and v6e (bench/results/03-tpu-cost.md).
   */
  TPU,
  /** As {@link #CPU} for now. */
  GPU;

  /** The lower-case name, as the option spells it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code cpu}, {@code tpu} or {@code gpu}. */
  public static Target of(String name) {
    for (Target t : values()) {
      if (t.label().equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown target '" + name + "': expected one of "
        + Arrays.stream(values()).map(Target::label).collect(Collectors.joining(", ")));
  }

  /**
   * The largest default query and key/value block ({@code compile} without block options): 1024 on
   * TPU, where the cost model puts it at 0.62-0.93x the time of 512 (2048 is slower again), else 512.
   */
  public int attentionBlockCap() {
    return this == TPU ? 1024 : 512;
  }

  /** Whether attention computes its softmax row sums on the matrix unit on this target. */
  public boolean rowSumInMatmul() {
    return this == TPU;
  }
}
