package dev.torus.dsl;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Sliding-window attention, per layer: in a layer it applies to, a query at position {@code i} sees
 * the keys at {@code j} with {@code i - size < j <= i} (the {@code size} most recent tokens, itself
 * included: Hugging Face's {@code sliding_window}); other layers attend to the whole causal prefix.
 * {@code layers} is a pattern repeated over the depth: layer {@code l} is windowed when
 * {@code layers.get(l % layers.size())} (Mistral: {@code [true]}; alternating local/global:
 * {@code [true, false]}). A plain list, so that a manifest's model reads back without Guava's JSON module.
 */
public record SlidingWindow(int size, List<Boolean> layers) {
  public SlidingWindow {
    checkArgument(size > 0, "sliding window size %s must be positive", size);
    checkArgument(layers != null && !layers.isEmpty() && layers.contains(true),
        "sliding window %s: the layer pattern %s must name at least one windowed layer", size, layers);
    layers = ImmutableList.copyOf(layers);
  }

  /** The same window in every layer (Mistral). */
  public static SlidingWindow everyLayer(int size) {
    return new SlidingWindow(size, ImmutableList.of(true));
  }

  /** The window in the layers {@code pattern} marks, the pattern repeated over the depth. */
  public static SlidingWindow pattern(int size, List<Boolean> pattern) {
    return new SlidingWindow(size, ImmutableList.copyOf(pattern));
  }

  /** Whether layer {@code layer} (from 0) attends within the window. */
  public boolean appliesTo(int layer) {
    checkArgument(layer >= 0, "layer %s must be >= 0", layer);
    return layers.get(layer % layers.size());
  }

  /** Whether every layer attends within the window. */
  public boolean everyLayerWindowed() {
    return !layers.contains(false);
  }
}
