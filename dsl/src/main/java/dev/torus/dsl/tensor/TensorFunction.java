package dev.torus.dsl.tensor;

import com.google.common.collect.ImmutableList;

/**
 * A position-wise layer {@code [..., width] -> [..., width]} defined with the tensor DSL; the
 * compiler lowers each op with its rule and applies the function chunk by chunk over the sequence.
 * {@code params} are in declaration order.
 */
public record TensorFunction(String name, long width, Tensor output, ImmutableList<Tensor> params) {}
