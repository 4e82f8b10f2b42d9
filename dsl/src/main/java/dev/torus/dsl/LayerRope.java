package dev.torus.dsl;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A RoPE of its own for some layers (Gemma 3: the sliding-window layers rotate with base
 * {@code rope_local_base_freq} and plain frequencies, the global ones with the attention's
 * {@code rope_theta} and its scaling): layer {@code l} rotates with base {@code theta} and
 * frequencies scaled by {@code scaling} (plain when null) when {@code layers.get(l % layers.size())},
 * else with the attention's own RoPE. The pattern repeats over the depth, as {@link SlidingWindow}'s.
 * A plain list, so that a manifest's model reads back without Guava's JSON module.
 */
public record LayerRope(double theta, @JsonInclude(JsonInclude.Include.NON_NULL) RopeScaling scaling,
    List<Boolean> layers) {
  public LayerRope {
    checkArgument(theta > 0 && Double.isFinite(theta), "layer rope theta %s must be a positive number", theta);
    checkArgument(layers != null && !layers.isEmpty() && layers.contains(true),
        "layer rope %s: the layer pattern %s must name at least one layer", theta, layers);
    layers = ImmutableList.copyOf(layers);
  }

  /** Plain RoPE with base {@code theta} in the layers {@code pattern} marks. */
  public static LayerRope plain(double theta, List<Boolean> pattern) {
    return new LayerRope(theta, null, pattern);
  }

  /** Whether layer {@code layer} (from 0) rotates with this RoPE. */
  public boolean appliesTo(int layer) {
    checkArgument(layer >= 0, "layer %s must be >= 0", layer);
    return layers.get(layer % layers.size());
  }

  /** The {@code headDim / 2} inverse frequencies for a run of {@code sequenceLength} tokens. */
  public double[] inverseFrequencies(int headDim, long sequenceLength) {
    return scaling == null ? RopeScaling.plain(theta, headDim)
        : scaling.inverseFrequencies(theta, headDim, sequenceLength);
  }

  /** The factor cos and sin are scaled by: 1 unless the scaling says otherwise. */
  public double attentionFactor() {
    return scaling == null ? 1.0 : scaling.attentionFactor();
  }
}
