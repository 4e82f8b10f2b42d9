package dev.torus.compiler.ir;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The shape rule of every opcode, in one place: the builder uses it to give each new instruction
 * its shape and the verifier to re-check every instruction. Ops whose result is not derivable from
 * their operands (parameter, broadcast, reshape, iota, convert, dot's result type) take it from
 * {@code declared}, and the rule checks it fits.
 */
public final class ShapeInference {
  private ShapeInference() {}

  /**
   * The result shape of {@code opcode} applied to {@code operands}.
   *
   * @param context names the instruction in error messages
   * @param declared the result shape where the op needs one (see class doc), else may be null
   * @throws ShapeError naming the instruction, the shapes and the rule broken
   */
  public static Shape infer(String context, Opcode opcode, List<Shape> operands, Attrs attrs,
      List<Computation> called, Shape declared) {
    Rule r = new Rule(context + " (" + opcode + ")", operands);
    return switch (opcode) {
      case PARAMETER -> r.require(declared, "a declared shape");
      case CONSTANT -> ((Attrs.Constant) attrs).literal().shape();
      case ABS, NEGATE, EXPONENTIAL, LOG, SQRT, RSQRT, TANH, LOGISTIC, SINE, COSINE, FLOOR, NOT -> unary(r, opcode);
      case ADD, SUBTRACT, MULTIPLY, DIVIDE, REMAINDER, MAXIMUM, MINIMUM, POWER, AND, OR -> binary(r, opcode);
      case COMPARE -> {
        r.count(2);
        ArrayShape a = r.array(0);
        r.check(a.equals(r.array(1)), "operands must have equal shapes, got %s and %s", a, r.array(1));
        yield a.withElementType(DType.PRED);
      }
      case SELECT -> {
        r.count(3);
        ArrayShape p = r.array(0);
        ArrayShape t = r.array(1);
        r.check(p.elementType() == DType.PRED, "predicate must be pred, got %s", p);
        r.check(t.equals(r.array(2)), "on_true %s and on_false %s must have equal shapes", t, r.array(2));
        r.check(p.isScalar() || p.sameDims(t), "predicate %s must be a scalar or match %s", p, t);
        yield t;
      }
      case CONVERT -> {
        r.count(1);
        ArrayShape to = r.require(declared, "a declared result type").asArray(r.context);
        r.check(to.sameDims(r.array(0)), "convert keeps dimensions: operand %s, result %s", r.array(0), to);
        yield to;
      }
      case BROADCAST -> broadcast(r, (Attrs.Dimensions) attrs, r.require(declared, "a result shape").asArray(r.context));
      case RESHAPE -> {
        r.count(1);
        ArrayShape to = r.require(declared, "a result shape").asArray(r.context);
        ArrayShape from = r.array(0);
        r.check(to.elementType() == from.elementType(), "reshape keeps the element type: %s to %s", from, to);
        r.check(to.elementCount() == from.elementCount(),
            "reshape keeps the element count: %s has %s, %s has %s", from, from.elementCount(), to, to.elementCount());
        yield to;
      }
      case TRANSPOSE -> transpose(r, ((Attrs.Dimensions) attrs).dims());
      case DOT -> DotShapes.infer(r, (Attrs.Dot) attrs, declared);
      case REDUCE -> reduce(r, ((Attrs.Dimensions) attrs).dims(), called);
      case IOTA -> {
        r.count(0);
        ArrayShape s = r.require(declared, "a result shape").asArray(r.context);
        int d = ((Attrs.Iota) attrs).dimension();
        r.check(d >= 0 && d < s.rank(), "iota_dimension %s out of range for %s", d, s);
        r.check(s.elementType() != DType.PRED, "iota of pred is not defined: %s", s);
        yield s;
      }
      case SLICE -> slice(r, (Attrs.Slice) attrs);
      case DYNAMIC_SLICE -> dynamicSlice(r, ((Attrs.DynamicSlice) attrs).sizes());
      case DYNAMIC_UPDATE_SLICE -> dynamicUpdateSlice(r);
      case CONCATENATE -> concatenate(r, ((Attrs.Dimensions) attrs).dims().get(0));
      case GATHER -> GatherShapes.infer(r, (Attrs.Gather) attrs);
      case SCATTER -> {
        r.count(3);
        ArrayShape operand = r.array(0);
        r.check(r.array(2).elementType() == operand.elementType(), "updates %s must have the operand's type %s",
            r.array(2), operand);
        r.check(!r.array(1).elementType().isFloating(), "indices must be integers, got %s", r.array(1));
        ControlFlowShapes.checkReducer(r, called, operand.elementType());
        yield operand;
      }
      case TUPLE -> Shape.tuple(operands);
      case OPTIMIZATION_BARRIER -> {
        r.count(1);
        r.check(operands.get(0) instanceof TupleShape, "operand must be a tuple, got %s", operands.get(0));
        yield operands.get(0);
      }
      case GET_TUPLE_ELEMENT -> {
        r.count(1);
        int index = ((Attrs.TupleIndex) attrs).index();
        r.check(operands.get(0) instanceof TupleShape, "operand must be a tuple, got %s", operands.get(0));
        TupleShape t = (TupleShape) operands.get(0);
        r.check(index >= 0 && index < t.size(), "index %s out of range for %s", index, t);
        yield t.element(index);
      }
      case WHILE -> ControlFlowShapes.whileLoop(r, called);
      case CONDITIONAL -> ControlFlowShapes.conditional(r, called);
      case PARTITION_ID -> {
        r.count(0);
        yield Shape.scalar(DType.U32);
      }
      case COLLECTIVE_PERMUTE -> {
        r.count(1);
        yield r.array(0);
      }
      case ALL_REDUCE -> {
        r.count(1);
        ControlFlowShapes.checkReducer(r, called, r.array(0).elementType());
        yield r.array(0);
      }
      case CUSTOM_CALL -> {
        r.check(attrs instanceof Attrs.CustomCall, "needs a custom_call_target, got %s", attrs);
        yield r.require(declared, "a declared result shape");
      }
      case ALL_GATHER, REDUCE_SCATTER -> gatherOrScatter(r, opcode, (Attrs.Collective) attrs, called);
    };
  }

  private static Shape unary(Rule r, Opcode op) {
    r.count(1);
    ArrayShape a = r.array(0);
    switch (op) {
      case NOT -> r.check(!a.elementType().isFloating(), "not needs pred or integer operands, got %s", a);
      case ABS, NEGATE -> r.check(a.elementType() != DType.PRED, "%s needs a numeric operand, got %s", op, a);
      default -> r.check(a.elementType().isFloating(), "%s needs a floating-point operand, got %s", op, a);
    }
    return a;
  }

  private static Shape binary(Rule r, Opcode op) {
    r.count(2);
    ArrayShape a = r.array(0);
    ArrayShape b = r.array(1);
    r.check(a.equals(b), "operands must have equal shapes (HLO does not broadcast implicitly), got %s and %s", a, b);
    if (op == Opcode.AND || op == Opcode.OR) {
      r.check(!a.elementType().isFloating(), "%s needs pred or integer operands, got %s", op, a);
    } else {
      r.check(a.elementType() != DType.PRED, "%s needs numeric operands, got %s", op, a);
    }
    return a;
  }

  private static Shape broadcast(Rule r, Attrs.Dimensions attrs, ArrayShape out) {
    r.count(1);
    ArrayShape in = r.array(0);
    List<Integer> dims = attrs.dims();
    r.check(dims.size() == in.rank(), "dimensions %s must map each of the %s operand dimensions of %s", dims, in.rank(), in);
    r.check(in.elementType() == out.elementType(), "broadcast keeps the element type: %s to %s", in, out);
    for (int i = 0; i < dims.size(); i++) {
      int d = dims.get(i);
      r.check(d >= 0 && d < out.rank(), "dimension %s out of range for result %s", d, out);
      r.check(i == 0 || dims.get(i - 1) < d, "dimensions %s must be strictly increasing", dims);
      r.check(in.dim(i) == out.dim(d), "operand dimension %s (size %s) must equal result dimension %s (size %s)",
          i, in.dim(i), d, out.dim(d));
    }
    return out;
  }

  private static Shape transpose(Rule r, List<Integer> perm) {
    r.count(1);
    ArrayShape in = r.array(0);
    r.check(isPermutation(perm, in.rank()), "dimensions %s must be a permutation of 0..%s for %s", perm, in.rank() - 1, in);
    ImmutableList.Builder<Long> dims = ImmutableList.builder();
    perm.forEach(p -> dims.add(in.dim(p)));
    return in.withDims(dims.build());
  }

  static boolean isPermutation(List<Integer> perm, int rank) {
    return perm.size() == rank && new HashSet<>(perm).size() == rank
        && perm.stream().allMatch(p -> p >= 0 && p < rank);
  }

  private static Shape reduce(Rule r, List<Integer> dims, List<Computation> called) {
    r.count(2);
    ArrayShape in = r.array(0);
    ArrayShape init = r.array(1);
    r.check(init.isScalar() && init.elementType() == in.elementType(),
        "init value must be a %s scalar, got %s", in.elementType(), init);
    ControlFlowShapes.checkReducer(r, called, in.elementType());
    r.check(new HashSet<>(dims).size() == dims.size(), "dimensions %s repeat", dims);
    List<Long> kept = new ArrayList<>();
    for (int d = 0; d < in.rank(); d++) {
      if (!dims.contains(d)) {
        kept.add(in.dim(d));
      }
    }
    for (int d : dims) {
      r.check(d >= 0 && d < in.rank(), "dimension %s out of range for %s", d, in);
    }
    return in.withDims(ImmutableList.copyOf(kept));
  }

  private static Shape slice(Rule r, Attrs.Slice s) {
    r.count(1);
    ArrayShape in = r.array(0);
    r.check(s.starts().size() == in.rank(), "slice has %s ranges, operand %s has rank %s", s.starts().size(), in, in.rank());
    ImmutableList.Builder<Long> dims = ImmutableList.builder();
    for (int d = 0; d < in.rank(); d++) {
      long start = s.starts().get(d);
      long limit = s.limits().get(d);
      long stride = s.strides().get(d);
      r.check(0 <= start && start <= limit && limit <= in.dim(d) && stride >= 1,
          "range [%s:%s:%s] is not within dimension %s (size %s) of %s", start, limit, stride, d, in.dim(d), in);
      dims.add((limit - start + stride - 1) / stride);
    }
    return in.withDims(dims.build());
  }

  private static Shape dynamicSlice(Rule r, List<Long> sizes) {
    ArrayShape in = r.array(0);
    r.count(1 + in.rank());
    checkIndices(r, 1);
    r.check(sizes.size() == in.rank(), "dynamic_slice_sizes %s must have one size per dimension of %s", sizes, in);
    for (int d = 0; d < in.rank(); d++) {
      r.check(sizes.get(d) >= 0 && sizes.get(d) <= in.dim(d), "size %s of dimension %s exceeds %s", sizes.get(d), d, in);
    }
    return in.withDims(ImmutableList.copyOf(sizes));
  }

  private static Shape dynamicUpdateSlice(Rule r) {
    ArrayShape in = r.array(0);
    r.count(2 + in.rank());
    ArrayShape update = r.array(1);
    r.check(update.elementType() == in.elementType() && update.rank() == in.rank(),
        "update %s must have the element type and rank of %s", update, in);
    for (int d = 0; d < in.rank(); d++) {
      r.check(update.dim(d) <= in.dim(d), "update %s does not fit in %s along dimension %s", update, in, d);
    }
    checkIndices(r, 2);
    return in;
  }

  private static void checkIndices(Rule r, int first) {
    DType t = null;
    for (int i = first; i < r.operands.size(); i++) {
      ArrayShape idx = r.array(i);
      r.check(idx.isScalar() && (idx.elementType() == DType.S32 || idx.elementType() == DType.U32),
          "start index operand %s must be an s32 or u32 scalar, got %s", i, idx);
      r.check(t == null || t == idx.elementType(), "start indices must share one type, got %s and %s", t, idx.elementType());
      t = idx.elementType();
    }
  }

  private static Shape concatenate(Rule r, int dim) {
    r.check(!r.operands.isEmpty(), "needs at least one operand");
    ArrayShape first = r.array(0);
    r.check(dim >= 0 && dim < first.rank(), "dimension %s out of range for %s", dim, first);
    long total = 0;
    for (int i = 0; i < r.operands.size(); i++) {
      ArrayShape a = r.array(i);
      r.check(a.elementType() == first.elementType() && a.rank() == first.rank(),
          "operand %s is %s, expected element type and rank of %s", i, a, first);
      for (int d = 0; d < a.rank(); d++) {
        r.check(d == dim || a.dim(d) == first.dim(d), "operand %s is %s: dimension %s differs from %s", i, a, d, first);
      }
      total += a.dim(dim);
    }
    List<Long> dims = new ArrayList<>(first.dims());
    dims.set(dim, total);
    return first.withDims(ImmutableList.copyOf(dims));
  }

  private static Shape gatherOrScatter(Rule r, Opcode op, Attrs.Collective c, List<Computation> called) {
    r.count(1);
    ArrayShape in = r.array(0);
    int dim = c.dimension();
    r.check(dim >= 0 && dim < in.rank(), "dimension %s out of range for %s", dim, in);
    r.check(!c.groups().isEmpty(), "replica_groups must be given");
    int g = c.groups().get(0).size();
    List<Long> dims = new ArrayList<>(in.dims());
    if (op == Opcode.ALL_GATHER) {
      dims.set(dim, in.dim(dim) * g);
    } else {
      ControlFlowShapes.checkReducer(r, called, in.elementType());
      r.check(in.dim(dim) % g == 0, "dimension %s of %s (size %s) must divide by the group size %s", dim, in, in.dim(dim), g);
      dims.set(dim, in.dim(dim) / g);
    }
    return in.withDims(ImmutableList.copyOf(dims));
  }

  /** Checks one instruction's operands with messages that name it. */
  static final class Rule {
    final String context;
    final List<Shape> operands;

    Rule(String context, List<Shape> operands) {
      this.context = context;
      this.operands = operands;
    }

    void check(boolean ok, String format, Object... args) {
      if (!ok) {
        throw new ShapeError(context + ": " + String.format(format, args));
      }
    }

    void count(int n) {
      check(operands.size() == n, "takes %s operands, got %s", n, operands.size());
    }

    ArrayShape array(int i) {
      check(i < operands.size(), "missing operand %s", i);
      Shape s = operands.get(i);
      check(s instanceof ArrayShape, "operand %s must be an array, got tuple %s", i, s);
      return (ArrayShape) s;
    }

    Shape require(Shape declared, String what) {
      check(declared != null, "needs %s", what);
      return declared;
    }

    Set<Integer> uniqueInRange(List<Integer> dims, int rank, String what) {
      Set<Integer> seen = new HashSet<>();
      for (int d : dims) {
        check(d >= 0 && d < rank, "%s dimension %s out of range for rank %s", what, d, rank);
        check(seen.add(d), "%s dimension %s appears twice", what, d);
      }
      return seen;
    }
  }
}
