package dev.torus.compiler.hardware;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The backend a program is compiled for ({@code --target}). {@link #CPU} and {@link #TPU} get the
 * same XLA-only program (loops of dots, exponentials and reductions that every XLA backend
 * compiles); {@link #GPU} (experimental) replaces the attention of each unmasked query/key block
 * pair with XLA's cuDNN fused attention custom call, keeping Torus's loops, online merge and ring.
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
