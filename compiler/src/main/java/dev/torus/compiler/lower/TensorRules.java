package dev.torus.compiler.lower;

import com.google.common.collect.ImmutableMap;
import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.dsl.tensor.Tensor;
import dev.torus.dsl.tensor.TensorFunction;
import dev.torus.dsl.tensor.TensorOp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One lowering rule per tensor-DSL op, in a table. Activations are f32; a parameter stored as bf16
 * is widened where it meets an elementwise op, and a bf16 {@code linear} weight multiplies a bf16
 * copy of the activation with f32 accumulation.
 */
public final class TensorRules {
  /** Lowers one op, given its already-lowered operands. */
  @FunctionalInterface
  interface Rule {
    Instruction lower(LoweringContext ctx, XlaBuilder b, Tensor t, List<Instruction> operands);
  }

  private static final Map<TensorOp, Rule> RULES = rules();

  private TensorRules() {}

  /**
   * Applies {@code fn} to {@code x [..., width]} (f32) with its parameters by name.
   *
   * @throws IllegalArgumentException naming a parameter that was not given or an op with no rule
   */
  public static Instruction apply(LoweringContext ctx, XlaBuilder b, TensorFunction fn, Instruction x,
      Map<String, Instruction> params) {
    Map<Tensor, Instruction> done = new HashMap<>();
    return lower(ctx, b, fn, fn.output(), x, params, done);
  }

  private static Instruction lower(LoweringContext ctx, XlaBuilder b, TensorFunction fn, Tensor t, Instruction x,
      Map<String, Instruction> params, Map<Tensor, Instruction> done) {
    Instruction cached = done.get(t);
    if (cached != null) {
      return cached;
    }
    Instruction result;
    switch (t.op()) {
      case INPUT -> result = x;
      case PARAM -> {
        result = params.get(t.name());
        if (result == null) {
          throw new IllegalArgumentException("tensor function " + fn.name() + ": no value for parameter '" + t.name()
              + "'; given: " + params.keySet());
        }
      }
      case SCALAR -> result = b.constant(DType.F32, t.scalar());
      default -> {
        List<Instruction> operands = new ArrayList<>();
        for (Tensor in : t.inputs()) {
          operands.add(lower(ctx, b, fn, in, x, params, done));
        }
        Rule rule = RULES.get(t.op());
        if (rule == null) {
          throw new IllegalArgumentException("no lowering rule for tensor op " + t.op() + "; rules exist for " + RULES.keySet());
        }
        result = rule.lower(ctx, b, t, operands);
        if (t.op() != TensorOp.LINEAR && t.shape().leading()) {   // a product keeps itself; weights-only values are cheap
          result = ctx.keepAll(b, result);
        }
      }
    }
    done.put(t, result);
    return result;
  }

  private static Map<TensorOp, Rule> rules() {
    Map<TensorOp, Rule> r = new EnumMap<>(TensorOp.class);
    r.put(TensorOp.ADD, binary(XlaBuilder::add));
    r.put(TensorOp.SUBTRACT, binary(XlaBuilder::subtract));
    r.put(TensorOp.MULTIPLY, binary(XlaBuilder::multiply));
    r.put(TensorOp.DIVIDE, binary(XlaBuilder::divide));
    r.put(TensorOp.MAXIMUM, binary(XlaBuilder::maximum));
    r.put(TensorOp.NEGATE, (ctx, b, t, o) -> b.negate(f32(b, o.get(0))));
    r.put(TensorOp.EXP, (ctx, b, t, o) -> b.exponential(f32(b, o.get(0))));
    r.put(TensorOp.LOG, (ctx, b, t, o) -> b.log(f32(b, o.get(0))));
    r.put(TensorOp.SQRT, (ctx, b, t, o) -> b.sqrt(f32(b, o.get(0))));
    r.put(TensorOp.RSQRT, (ctx, b, t, o) -> b.rsqrt(f32(b, o.get(0))));
    r.put(TensorOp.TANH, (ctx, b, t, o) -> b.tanh(f32(b, o.get(0))));
    r.put(TensorOp.SIGMOID, (ctx, b, t, o) -> b.logistic(f32(b, o.get(0))));
    r.put(TensorOp.SILU, (ctx, b, t, o) -> {
      Instruction x = f32(b, o.get(0));
      return b.multiply(x, b.logistic(x));
    });
    r.put(TensorOp.GELU_TANH, (ctx, b, t, o) -> gelu(b, f32(b, o.get(0))));
    r.put(TensorOp.MEAN, (ctx, b, t, o) -> reduceLast(ctx, b, f32(b, o.get(0)), true));
    r.put(TensorOp.SUM, (ctx, b, t, o) -> reduceLast(ctx, b, f32(b, o.get(0)), false));
    r.put(TensorOp.LINEAR, (ctx, b, t, o) -> linear(ctx, b, o.get(0), o.get(1)));
    return ImmutableMap.copyOf(r);
  }

  /**
   * {@code x W^T} for {@code W [out, in]}: contracts x's last dimension with W's dimension 1, in the
   * operand order {@link LoweringContext#linearOrder()} says.
   */
  public static Instruction linear(LoweringContext ctx, XlaBuilder b, Instruction x, Instruction w) {
    DType wt = w.arrayShape().elementType();
    Instruction act = x.arrayShape().elementType() == wt ? x : b.convert(x, wt);
    int last = x.arrayShape().rank() - 1;
    if (ctx.linearOrder() == LoweringContext.LinearOrder.WEIGHTS_FIRST) {
      Attrs.Dot dims = ctx.dot(Attrs.Dot.contracting(1, last));
      Instruction outFirst = wt == DType.F32 ? b.dot(w, act, dims) : b.dot(w, act, dims, DType.F32);
      int[] outLast = new int[last + 1];   // [out, ...rows] -> [...rows, out]
      for (int i = 0; i < last; i++) {
        outLast[i] = i + 1;
      }
      return ctx.keep(b, b.transpose(outFirst, outLast));
    }
    Attrs.Dot dims = ctx.dot(Attrs.Dot.contracting(last, 1));
    return ctx.keep(b, wt == DType.F32 ? b.dot(act, w, dims) : b.dot(act, w, dims, DType.F32));
  }

  private static Rule binary(BinaryOp op) {
    return (ctx, b, t, o) -> {
      Instruction x = f32(b, o.get(0));
      Instruction y = f32(b, o.get(1));
      ArrayShape target = broadcastShape(x.arrayShape(), y.arrayShape());
      return op.apply(b, Shapes.broadcastTo(b, x, target), Shapes.broadcastTo(b, y, target));
    };
  }

  /** An XlaBuilder binary op method. */
  @FunctionalInterface
  private interface BinaryOp {
    Instruction apply(XlaBuilder b, Instruction x, Instruction y);
  }

  private static ArrayShape broadcastShape(ArrayShape a, ArrayShape c) {
    int n = Math.max(a.rank(), c.rank());
    long[] dims = new long[n];
    for (int i = 0; i < n; i++) {
      int ia = a.rank() - n + i;
      int ic = c.rank() - n + i;
      dims[i] = Math.max(ia >= 0 ? a.dim(ia) : 1, ic >= 0 ? c.dim(ic) : 1);
    }
    return Shape.array(DType.F32, dims);
  }

  private static Instruction reduceLast(LoweringContext ctx, XlaBuilder b, Instruction x, boolean mean) {
    ArrayShape s = x.arrayShape();
    int last = s.rank() - 1;
    Instruction sum = b.reduce(x, b.constant(DType.F32, 0), ctx.reducer(Opcode.ADD), last);
    if (mean) {
      sum = b.divide(sum, Shapes.full(b, sum.arrayShape(), s.dim(last)));
    }
    return b.reshape(sum, Shapes.with(s, last, 1));
  }

  private static Instruction gelu(XlaBuilder b, Instruction x) {
    ArrayShape s = x.arrayShape();
    Instruction cube = b.multiply(b.multiply(x, x), x);
    Instruction inner = b.multiply(Shapes.full(b, s, Math.sqrt(2 / Math.PI)),
        b.add(x, b.multiply(Shapes.full(b, s, 0.044715), cube)));
    Instruction half = b.multiply(Shapes.full(b, s, 0.5), x);
    return b.multiply(half, b.add(Shapes.full(b, s, 1), b.tanh(inner)));
  }

  private static Instruction f32(XlaBuilder b, Instruction x) {
    return Shapes.toF32(b, x);
  }

}
