package dev.torus.compiler.lower;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a training program's loops keep for their backward (the remat policy), as
 * {@code jax.checkpoint}'s policies choose. Whatever is not kept, the backward computes again by
 * re-tracing the loop body.
 */
public enum Remat {
  /** Each layer's input only: the backward recomputes the whole layer's forward (least memory). */
  LAYER_INPUTS,
  /**
   * Also, per layer, the outputs of the projection and MLP matrix products and the attention core's
   * output and softmax statistics (as {@code jax.checkpoint_policies.checkpoint_dots}): the backward
   * recomputes only norms, rotations and activations, never a matrix product or a ring pass.
   */
  PROJECTIONS;

  /**
   * The CLI spelling ({@code --remat}, fixed in docs/ARCHITECTURE.md): {@code layer-inputs},
   * {@code projections}. The fixed spelling {@code none} (keep every residual) is not built.
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The policy spelled {@code label}; an unknown one is refused, naming the known ones. */
  public static Remat parse(String label) {
    for (Remat r : values()) {
      if (r.label().equals(label)) {
        return r;
      }
    }
    throw new IllegalArgumentException("--remat " + label + ": unknown remat policy; expected one of "
        + Arrays.stream(values()).map(Remat::label).toList());
  }
}
