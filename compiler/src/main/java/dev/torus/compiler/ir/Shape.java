package dev.torus.compiler.ir;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import java.util.List;

/** The shape of an HLO value: an array of one element type, or a tuple of shapes. */
public sealed interface Shape permits ArrayShape, TupleShape {

  /** An array shape such as {@code f32[4,8]}; no dimensions makes a scalar. */
  static ArrayShape array(DType elementType, long... dims) {
    return new ArrayShape(elementType, ImmutableList.copyOf(com.google.common.primitives.Longs.asList(dims)));
  }

  static ArrayShape array(DType elementType, List<Long> dims) {
    return new ArrayShape(elementType, ImmutableList.copyOf(dims));
  }

  static ArrayShape scalar(DType elementType) {
    return new ArrayShape(elementType, ImmutableList.of());
  }

  static TupleShape tuple(List<? extends Shape> elements) {
    return new TupleShape(ImmutableList.copyOf(elements));
  }

  static TupleShape tuple(Shape... elements) {
    return new TupleShape(ImmutableList.copyOf(elements));
  }

  /** HLO text with the default (descending) layout, e.g. {@code f32[4,8]{1,0}} or {@code (s32[], f32[])}. */
  String toHlo();

  /** The shape as an array, or an exception naming what was expected. */
  default ArrayShape asArray(String context) {
    if (this instanceof ArrayShape a) {
      return a;
    }
    throw new IllegalArgumentException(context + ": expected an array shape, got tuple " + toHlo());
  }

  /** Every array shape in this shape, depth first (a tuple's leaves in order; an array itself). */
  ImmutableList<ArrayShape> leaves();
}
