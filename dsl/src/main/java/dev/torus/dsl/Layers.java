package dev.torus.dsl;

import dev.torus.dsl.tensor.Tensor;
import dev.torus.dsl.tensor.TensorFunction;
import dev.torus.dsl.tensor.Tensors;

/**
 * The built-in position-wise layers, written in the tensor DSL so they lower through the same
 * per-op rules as a user's own. Parameter names follow Hugging Face LLaMA ({@code weight},
 * {@code gate_proj.weight}...).
 */
public final class Layers {
  private Layers() {}

  /** RMSNorm or LayerNorm over the last axis, in f32, the weight plus the norm's offset (Gemma's {@code 1 + w}). */
  public static TensorFunction norm(String name, long width, Norm norm) {
    return Tensors.define(name, width, t -> {
      Tensor x = t.input();
      Tensor w = norm.weightOffset() == 0 ? t.param("weight", width)
          : t.param("weight", width).add(norm.weightOffset());
      if (norm.kind() == Norm.Kind.RMS) {
        return x.mul(x.square().mean().add(norm.eps()).rsqrt()).mul(w);
      }
      Tensor centred = x.sub(x.mean());
      Tensor normalised = centred.mul(centred.square().mean().add(norm.eps()).rsqrt());
      return normalised.mul(w).add(t.param("bias", width));
    });
  }

  /**
   * The feedforward: SwiGLU {@code down(silu(gate x) * up x)}, GeGLU {@code down(gelu(gate x) * up x)}
   * or GELU {@code down(gelu(up x))} (GELU with the tanh approximation).
   */
  public static TensorFunction feedForward(String name, long width, FeedForward ffn) {
    return Tensors.define(name, width, t -> {
      Tensor x = t.input();
      Tensor up = linear(t, x, "up_proj", ffn.hidden(), width, ffn.bias());
      Tensor hidden = switch (ffn.kind()) {
        case SWIGLU -> linear(t, x, "gate_proj", ffn.hidden(), width, ffn.bias()).silu().mul(up);
        case GEGLU -> linear(t, x, "gate_proj", ffn.hidden(), width, ffn.bias()).gelu().mul(up);
        case GELU -> up.gelu();
      };
      return linear(t, hidden, "down_proj", width, ffn.hidden(), ffn.bias());
    });
  }

  /** {@code x W^T (+ b)} with parameters {@code <name>.weight [out, in]} and {@code <name>.bias [out]}. */
  public static Tensor linear(Tensors t, Tensor x, String name, long out, long in, boolean bias) {
    Tensor y = x.linear(t.param(name + ".weight", out, in));
    return bias ? y.add(t.param(name + ".bias", out)) : y;
  }
}
