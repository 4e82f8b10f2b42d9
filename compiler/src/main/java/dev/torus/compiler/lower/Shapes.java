package dev.torus.compiler.lower;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Small shape-level building steps the lowering rules share. */
final class Shapes {
  private Shapes() {}

  /**
   * Broadcasts {@code x} to {@code target} NumPy-style: dimensions aligned from the right, size-1
   * dimensions stretched.
   */
  static Instruction broadcastTo(XlaBuilder b, Instruction x, ArrayShape target) {
    ArrayShape s = x.arrayShape();
    ArrayShape to = target.withElementType(s.elementType());
    if (s.equals(to)) {
      return x;
    }
    int offset = to.rank() - s.rank();
    List<Long> kept = new ArrayList<>();
    List<Integer> map = new ArrayList<>();
    for (int d = 0; d < s.rank(); d++) {
      if (s.dim(d) == to.dim(d + offset)) {
        kept.add(s.dim(d));
        map.add(d + offset);
      } else if (s.dim(d) != 1) {
        throw new IllegalArgumentException("cannot broadcast " + s + " to " + to);
      }
    }
    Instruction squeezed = kept.size() == s.rank() ? x : b.reshape(x, kept.stream().mapToLong(Long::longValue).toArray());
    return b.broadcast(squeezed, to, map.stream().mapToInt(Integer::intValue).toArray());
  }

  /** A scalar constant broadcast to {@code shape}. */
  static Instruction full(XlaBuilder b, ArrayShape shape, double value) {
    return b.broadcast(b.constant(shape.elementType(), value), shape);
  }

  /** {@code x} as type {@code t}: itself when it already is. */
  static Instruction cast(XlaBuilder b, Instruction x, DType t) {
    return x.arrayShape().elementType() == t ? x : b.convert(x, t);
  }

  static Instruction toF32(XlaBuilder b, Instruction x) {
    return x.arrayShape().elementType() == DType.F32 ? x : b.convert(x, DType.F32);
  }

  /** dims with dimension {@code d} replaced. */
  static long[] with(ArrayShape s, int d, long size) {
    long[] dims = s.dims().stream().mapToLong(Long::longValue).toArray();
    dims[d] = size;
    return dims;
  }

  /** {@code [0, ..., 0]} start indices (s32 constants) with {@code index} at dimension {@code d}. */
  static List<Instruction> startAt(XlaBuilder b, int rank, int d, Instruction index) {
    Instruction zero = b.constant(DType.S32, 0);
    return IntStream.range(0, rank).mapToObj(k -> k == d ? index : zero).toList();
  }

  /** Drops a leading dimension of size 1. */
  static Instruction dropLeading(XlaBuilder b, Instruction x) {
    ImmutableList<Long> dims = x.arrayShape().dims();
    return b.reshape(x, dims.subList(1, dims.size()).stream().mapToLong(Long::longValue).toArray());
  }

}
