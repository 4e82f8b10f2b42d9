package dev.torus.dsl.tensor;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Defines a {@link TensorFunction}: a position-wise layer from {@code [..., width]} to
 * {@code [..., width]} written with {@link Tensor} ops, e.g.
 *
 * <pre>{@code
 * TensorFunction scaledSilu = Tensors.define("scaled_silu", 64, t -> t.input().silu().mul(t.param("scale", 64)));
 * }</pre>
 */
public final class Tensors {
  private final String name;
  private final long width;
  private final Map<String, Tensor> params = new LinkedHashMap<>();
  private Tensor input;

  private Tensors(String name, long width) {
    this.name = name;
    this.width = width;
  }

  public static TensorFunction define(String name, long width, Function<Tensors, Tensor> body) {
    checkArgument(width > 0, "tensor function %s: width %s must be positive", name, width);
    Tensors t = new Tensors(name, width);
    Tensor out = body.apply(t);
    t.check(out != null && out.shape().leading() && out.shape().trailing().equals(ImmutableList.of(width)),
        "the output must have shape [..., %s] like the input, got %s", width, out == null ? null : out.shape());
    return new TensorFunction(name, width, out, ImmutableList.copyOf(t.params.values()));
  }

  /** The layer input, {@code [..., width]}. */
  public Tensor input() {
    if (input == null) {
      input = new Tensor(this, TensorOp.INPUT, ImmutableList.of(), TensorShape.activation(width), 0, "input");
    }
    return input;
  }

  /** A parameter of this layer; the same name returns the same parameter (dims must agree). */
  public Tensor param(String paramName, long... dims) {
    check(paramName != null && paramName.matches("[A-Za-z_][A-Za-z0-9_.]*"), "parameter name '%s' is not valid", paramName);
    TensorShape shape = TensorShape.fixed(dims);
    for (long d : dims) {
      check(d > 0, "parameter %s: dimension %s must be positive", paramName, d);
    }
    Tensor existing = params.get(paramName);
    if (existing != null) {
      check(existing.shape().equals(shape), "parameter %s declared as %s and as %s", paramName, existing.shape(), shape);
      return existing;
    }
    Tensor p = new Tensor(this, TensorOp.PARAM, ImmutableList.of(), shape, 0, paramName);
    params.put(paramName, p);
    return p;
  }

  public Tensor scalar(double value) {
    return new Tensor(this, TensorOp.SCALAR, ImmutableList.of(), TensorShape.fixed(), value, null);
  }

  Tensor make(TensorOp op, ImmutableList<Tensor> inputs, TensorShape shape) {
    return new Tensor(this, op, inputs, shape, 0, null);
  }

  void check(boolean ok, String format, Object... args) {
    if (!ok) {
      throw new IllegalArgumentException("tensor function " + name + ": " + String.format(format, args));
    }
  }
}
