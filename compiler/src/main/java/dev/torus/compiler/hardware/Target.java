package dev.torus.compiler.hardware;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The backend a program is compiled for ({@code --target}). Every target gets an XLA program; the
 * target picks the attention formulation where one form is faster on one kind of chip and gives the
 * same numbers within the tolerances elsewhere. {@link #CPU} (the default) emits the standard online
 * softmax; {@link #TPU} computes the softmax row sums on the matrix unit and defaults to larger blocks
 * (the libtpu cost model puts it at 0.3-0.7x the standard attention on v5e and v6e,
 * bench/results/03-tpu-cost.md); {@link #GPU} (experimental) replaces the attention of each unmasked
 * query/key block pair with XLA's cuDNN fused attention custom call, keeping Torus's loops, online
 * merge and ring.
 */
public enum Target {
  CPU, TPU, GPU;

  /** The default: the XLA-only program. */
  public static final Target DEFAULT = CPU;

  /** The spelling on the command line and in the manifest, e.g. {@code gpu}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether block pairs use XLA's cuDNN fused attention. */
  public boolean fusedAttention() {
    return this == GPU;
  }

  /** Whether attention computes its softmax row sums on the matrix unit on this target. */
  public boolean rowSumInMatmul() {
    return this == TPU;
  }

  /**
   * The largest default query and key/value block ({@code compile} without block options): 1024 on
   * TPU, where the cost model puts it at 0.62-0.93x the time of 512 (2048 is slower again), else 512.
   */
  public int attentionBlockCap() {
    return this == TPU ? 1024 : 512;
  }

  /** Parses {@code cpu|tpu|gpu}; the error lists the known names. */
  public static Target of(String label) {
    for (Target t : values()) {
      if (t.label().equals(label)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown --target '" + label + "', expected one of "
        + Arrays.stream(values()).map(Target::label).collect(Collectors.joining(", ")));
  }
}
