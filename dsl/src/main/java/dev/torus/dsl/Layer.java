package dev.torus.dsl;

import dev.torus.dsl.tensor.TensorFunction;

/**
 * A layer that can stand alone as a program ({@code [B, S, width] -> [B, S, width]}) or sit inside
 * a block: blockwise attention, or a position-wise tensor function (norms, feedforwards, a user's
 * own), which the compiler applies chunk by chunk over the sequence.
 */
public sealed interface Layer {
  /** The name the layer's parameters and HLO metadata use. */
  String name();

  long width();

  record AttentionLayer(String name, long width, Attention attention) implements Layer {}

  record TensorLayer(TensorFunction function) implements Layer {
    @Override
    public String name() {
      return function.name();
    }

    @Override
    public long width() {
      return function.width();
    }
  }

  static Layer attention(String name, long width, Attention attention) {
    return new AttentionLayer(name, width, attention);
  }

  static Layer feedForward(String name, long width, FeedForward ffn) {
    return new TensorLayer(Layers.feedForward(name, width, ffn));
  }

  static Layer norm(String name, long width, Norm norm) {
    return new TensorLayer(Layers.norm(name, width, norm));
  }

  static Layer of(TensorFunction function) {
    return new TensorLayer(function);
  }
}
