package dev.torus.compiler.lower;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Longs;
import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.Attrs.ComparisonDirection;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.XlaBuilder;

/**
 * The online softmax of blockwise attention, over rows {@code [B, H, R]} and a key block:
 * {@code m' = max(m, rowmax(S))}, {@code l' = l e^(m - m') + rowsum(e^(S - m'))},
 * {@code o' = o e^(m - m') + e^(S - m') V}; the output is {@code o / l}, divided once. A row whose
 * scores are all masked so far keeps {@code m = -inf}: the exponent then uses 0 instead of m', so
 * nothing becomes NaN, and the order of key blocks does not matter. With bf16 values, the
 * probabilities are rounded to bf16 for the PV product, which accumulates in f32.
 */
final class OnlineSoftmax {
  private OnlineSoftmax() {}

  record Step(Instruction max, Instruction denominator, Instruction accumulator) {}

  /** A key block's running max {@code m'}, its {@code e^(S - m')} and the old state's correction {@code e^(m - m')}. */
  private record Shifted(Instruction max, Instruction p, Instruction correction) {}

  /** {@link Shifted} for {@code scores [B, H, R, K]} and the running max {@code m [B, H, R]} (0 as the shift while no key was seen). */
  private static Shifted shifted(LoweringContext ctx, XlaBuilder b, Instruction scores, Instruction m) {
    ArrayShape s = scores.arrayShape();
    ArrayShape rows = m.arrayShape();
    Instruction blockMax = b.reduce(scores, b.constant(DType.F32, Double.NEGATIVE_INFINITY), ctx.reducer(Opcode.MAXIMUM), 3);
    Instruction newMax = b.named("running_max", b.maximum(m, blockMax));
    Instruction noneSeen = b.compare(newMax, Shapes.full(b, rows, Double.NEGATIVE_INFINITY), ComparisonDirection.EQ);
    Instruction shift = b.select(noneSeen, Shapes.full(b, rows, 0), newMax);
    Instruction p = b.exponential(b.subtract(scores, b.broadcast(shift, s, 0, 1, 2)));
    Instruction correction = b.exponential(b.subtract(m, shift));
    return new Shifted(newMax, p, correction);
  }

  /** One key block: {@code scores [B, H, R, K]}, {@code values [B, H, K, D]}; m, l {@code [B, H, R]}, o {@code [B, H, R, D]}. */
  static Step update(LoweringContext ctx, XlaBuilder b, Instruction scores, Instruction values, Instruction m,
      Instruction l, Instruction o) {
    Shifted e = shifted(ctx, b, scores, m);
    Instruction newMax = e.max();
    Instruction p = e.p();
    Instruction correction = e.correction();
    Instruction rowSum = b.reduce(p, b.constant(DType.F32, 0), ctx.reducer(Opcode.ADD), 3);
    Instruction newL = b.named("running_denominator", b.add(b.multiply(l, correction), rowSum));
    DType vt = values.arrayShape().elementType();
    Instruction pv = b.dot(vt == DType.F32 ? p : b.convert(p, vt), values,
        ctx.dot(Attrs.Dot.of(new int[] {0, 1}, new int[] {3}, new int[] {0, 1}, new int[] {2})), DType.F32);
    ArrayShape acc = o.arrayShape();
    Instruction newO = b.named("accumulator", b.add(b.multiply(o, b.broadcast(correction, acc, 0, 1, 2)), pv));
    return new Step(newMax, newL, newO);
  }

  /**
   * {@link #update} with the row sum computed by the PV matmul: {@code acc [B, H, R, D + 1]} holds the
   * accumulator in its first D columns and the running denominator in the last; the key block's
   * values {@code [B, H, K, D]} get a column of ones, so {@code e^(S - m') [V | 1]} is the PV product
   * and the row sum at once, and {@code acc' = acc e^(m - m') + e^(S - m') [V | 1]} updates both. With
   * bf16 values the row sum is that of the bf16-rounded probabilities the PV product uses
   * (accumulated in f32). The returned step's denominator is null (it is in the accumulator).
   */
  static Step updateWithRowSum(LoweringContext ctx, XlaBuilder b, Instruction scores, Instruction values,
      Instruction m, Instruction acc) {
    Shifted e = shifted(ctx, b, scores, m);
    Instruction newMax = e.max();
    Instruction p = e.p();
    Instruction correction = e.correction();
    DType vt = values.arrayShape().elementType();
    Instruction withOnes = b.concatenate(3, values, Shapes.full(b, lastColumn(values.arrayShape()), 1));
    Instruction pv = b.dot(vt == DType.F32 ? p : b.convert(p, vt), withOnes,
        ctx.dot(Attrs.Dot.of(new int[] {0, 1}, new int[] {3}, new int[] {0, 1}, new int[] {2})), DType.F32);
    Instruction newAcc = b.named("accumulator",
        b.add(b.multiply(acc, b.broadcast(correction, acc.arrayShape(), 0, 1, 2)), pv));
    return new Step(newMax, null, newAcc);
  }

  /** {@code [o | l]}: the accumulator {@code [.., D]} with the denominator {@code [..]} as an extra last column. */
  static Instruction withDenominator(XlaBuilder b, Instruction o, Instruction l) {
    return b.concatenate(o.arrayShape().rank() - 1, o,
        b.reshape(l, Longs.toArray(lastColumn(o.arrayShape()).dims())));
  }

  /** The accumulator part of {@link #withDenominator}'s {@code [o | l]}. */
  static Instruction accumulatorOf(XlaBuilder b, Instruction acc) {
    ArrayShape s = acc.arrayShape();
    return b.sliceInDim(acc, 0, s.dim(s.rank() - 1) - 1, s.rank() - 1);
  }

  /** The denominator part of {@link #withDenominator}'s {@code [o | l]}. */
  static Instruction denominatorOf(XlaBuilder b, Instruction acc) {
    ArrayShape s = acc.arrayShape();
    Instruction column = b.sliceInDim(acc, s.dim(s.rank() - 1) - 1, s.dim(s.rank() - 1), s.rank() - 1);
    return b.reshape(column, Longs.toArray(s.dims().subList(0, s.rank() - 1)));
  }

  /** {@code shape} with its last dimension 1. */
  private static ArrayShape lastColumn(ArrayShape shape) {
    long[] dims = Longs.toArray(shape.dims());
    dims[dims.length - 1] = 1;
    return new ArrayShape(shape.elementType(), ImmutableList.copyOf(Longs.asList(dims)));
  }

  /** {@code o / l} per row. */
  static Instruction finish(XlaBuilder b, Instruction o, Instruction l) {
    return b.divide(o, b.broadcast(l, o.arrayShape(), 0, 1, 2));
  }
}
