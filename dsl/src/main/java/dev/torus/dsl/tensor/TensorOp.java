package dev.torus.dsl.tensor;

/**
 * The ops of the tensor-level DSL. Each has one lowering rule in the compiler's table; built-in
 * layers (norms, feedforwards) are written with these same ops.
 */
public enum TensorOp {
  /** The layer's input activation, {@code [..., width]}. */
  INPUT,
  /** A named parameter of fixed shape. */
  PARAM,
  /** A scalar constant, broadcast as needed. */
  SCALAR,
  ADD, SUBTRACT, MULTIPLY, DIVIDE, MAXIMUM,
  NEGATE, EXP, LOG, SQRT, RSQRT, TANH, SIGMOID,
  /** {@code x * sigmoid(x)}. */
  SILU,
  /** GELU, tanh approximation: {@code 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))}. */
  GELU_TANH,
  /** Mean over the last axis, kept as size 1. */
  MEAN,
  /** Sum over the last axis, kept as size 1. */
  SUM,
  /** {@code x W^T} with {@code W [out, in]} as Hugging Face stores linear weights. */
  LINEAR
}
