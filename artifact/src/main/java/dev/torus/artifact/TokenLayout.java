package dev.torus.artifact;

/**
 * How a sequence of S tokens is split over a ring of N devices, each holding {@code L = S / N}.
 * {@code CONTIGUOUS}: device r holds tokens {@code r*L .. r*L + L-1}. {@code STRIPED} (Striped
 * Attention): device r holds tokens {@code r, r + N, r + 2N, ...}, which balances causal work. In
 * both, a device's local token i has the global position {@link #position}, which RoPE and the
 * causal mask use.
 */
public enum TokenLayout {
  CONTIGUOUS, STRIPED;

  /** The global position of local token {@code i} on ring device {@code r} of {@code n}, local length {@code l}. */
  public long position(int r, int n, long l, long i) {
    return this == CONTIGUOUS ? r * l + i : r + (long) n * i;
  }

  /** The name used in manifests and on the command line. */
  @com.fasterxml.jackson.annotation.JsonValue
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  @com.fasterxml.jackson.annotation.JsonCreator
  public static TokenLayout of(String label) {
    for (TokenLayout t : values()) {
      if (t.label().equals(label)) {
        return t;
      }
    }
    throw new IllegalArgumentException("token layout '" + label + "' is neither contiguous nor striped");
  }
}
