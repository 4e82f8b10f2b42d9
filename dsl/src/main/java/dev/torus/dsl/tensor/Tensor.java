package dev.torus.dsl.tensor;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;

/**
 * A value in a tensor-DSL function: an op, its inputs and its inferred shape. Methods build new
 * values; every shape rule is checked where the value is made, with a message naming the function.
 */
public final class Tensor {
  private final Tensors owner;
  private final TensorOp op;
  private final ImmutableList<Tensor> inputs;
  private final TensorShape shape;
  private final double scalar;
  private final String name;

  Tensor(Tensors owner, TensorOp op, ImmutableList<Tensor> inputs, TensorShape shape, double scalar, String name) {
    this.owner = owner;
    this.op = op;
    this.inputs = inputs;
    this.shape = shape;
    this.scalar = scalar;
    this.name = name;
  }

  public TensorOp op() { return op; }
  public ImmutableList<Tensor> inputs() { return inputs; }
  public TensorShape shape() { return shape; }
  /** The constant of a {@link TensorOp#SCALAR}. */
  public double scalar() { return scalar; }
  /** The name of a {@link TensorOp#PARAM}. */
  public String name() { return name; }

  public Tensor add(Tensor o) { return binary(TensorOp.ADD, o); }
  public Tensor sub(Tensor o) { return binary(TensorOp.SUBTRACT, o); }
  public Tensor mul(Tensor o) { return binary(TensorOp.MULTIPLY, o); }
  public Tensor div(Tensor o) { return binary(TensorOp.DIVIDE, o); }
  public Tensor max(Tensor o) { return binary(TensorOp.MAXIMUM, o); }
  public Tensor add(double c) { return add(owner.scalar(c)); }
  public Tensor mul(double c) { return mul(owner.scalar(c)); }

  public Tensor neg() { return unary(TensorOp.NEGATE); }
  public Tensor exp() { return unary(TensorOp.EXP); }
  public Tensor log() { return unary(TensorOp.LOG); }
  public Tensor sqrt() { return unary(TensorOp.SQRT); }
  public Tensor rsqrt() { return unary(TensorOp.RSQRT); }
  public Tensor tanh() { return unary(TensorOp.TANH); }
  public Tensor sigmoid() { return unary(TensorOp.SIGMOID); }
  public Tensor silu() { return unary(TensorOp.SILU); }
  public Tensor gelu() { return unary(TensorOp.GELU_TANH); }
  public Tensor square() { return mul(this); }

  /** Mean over the last axis, kept with size 1. */
  public Tensor mean() { return reduce(TensorOp.MEAN); }
  /** Sum over the last axis, kept with size 1. */
  public Tensor sum() { return reduce(TensorOp.SUM); }

  /** {@code x W^T}: {@code weight} is a parameter {@code [out, in]} with {@code in} = this value's last dimension. */
  public Tensor linear(Tensor weight) {
    owner.check(weight.op == TensorOp.PARAM && weight.shape.trailing().size() == 2,
        "linear needs a 2-D weight parameter [out, in], got %s %s", weight.op, weight.shape);
    owner.check(!shape.trailing().isEmpty() && shape.last() == weight.shape.trailing().get(1),
        "linear: input %s does not match weight '%s' %s (expected last dimension %s)",
        shape, weight.name, weight.shape, weight.shape.trailing().get(1));
    return owner.make(TensorOp.LINEAR, ImmutableList.of(this, weight), shape.withLast(weight.shape.trailing().get(0)));
  }

  private Tensor unary(TensorOp o) {
    return owner.make(o, ImmutableList.of(this), shape);
  }

  private Tensor reduce(TensorOp o) {
    owner.check(!shape.trailing().isEmpty(), "%s of a scalar", o);
    return owner.make(o, ImmutableList.of(this), shape.withLast(1));
  }

  private Tensor binary(TensorOp o, Tensor other) {
    checkArgument(other.owner == owner, "values of two different tensor functions cannot be combined");
    TensorShape s = TensorShape.broadcast(shape, other.shape);
    owner.check(s != null, "%s: shapes %s and %s do not broadcast", o, shape, other.shape);
    return owner.make(o, ImmutableList.of(this, other), s);
  }

  @Override
  public String toString() {
    return op + (name != null ? " " + name : "") + " " + shape;
  }
}
