package dev.torus.compiler.ir;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Ints;
import com.google.common.primitives.Longs;
import dev.torus.artifact.DType;
import dev.torus.compiler.ir.Attrs.ComparisonDirection;
import dev.torus.compiler.ir.Attrs.SourceTarget;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds one computation, in the spirit of XLA's {@code XlaBuilder}: one method per HLO op, named
 * like the op, each checking its operands with {@link ShapeInference} and returning the new
 * instruction. Instructions get deterministic names ({@code add}, {@code add.1}, ...) unless
 * {@link #named} renames them. {@link #build} freezes the computation.
 */
public final class XlaBuilder {
  private final HloModuleBuilder module;
  private final String name;
  private final List<Instruction> instructions = new ArrayList<>();
  private final Set<Instruction> owned = new java.util.HashSet<>();
  private boolean built;

  XlaBuilder(HloModuleBuilder module, String name) {
    this.module = module;
    this.name = name;
  }

  public String name() {
    return name;
  }

  /**
   * Renames the instruction just built, e.g. {@code b.named("scores", b.dot(q, k, dims))}; the name
   * is made unique within the module. Only the newest instruction, before anything uses it, can be
   * renamed.
   */
  public Instruction named(String instructionName, Instruction newest) {
    checkArgument(!instructions.isEmpty() && instructions.get(instructions.size() - 1) == newest,
        "only the newest instruction of %s can be named; %s is not", name, newest.name());
    Instruction renamed = new Instruction(module.uniqueName(instructionName), newest.opcode(), newest.shape(),
        newest.operands(), newest.attrs(), newest.called(), newest.opName().orElse(null));
    module.release(newest.name());
    instructions.set(instructions.size() - 1, renamed);
    owned.remove(newest);
    owned.add(renamed);
    return renamed;
  }

  /**
   * Replaces every instruction built so far by a new object with the same name, opcode, shape,
   * attributes, calls and op name, its operands replaced likewise: what a pass that rebuilds a
   * computation does to instruction identities. Returns each old instruction's replacement. Tests
   * use it to check that what refers to instructions (gradient rules) follows such a rebuild.
   */
  Map<Instruction, Instruction> recreateAll() {
    checkState(!built, "computation %s was already built", name);
    Map<Instruction, Instruction> recreated = new IdentityHashMap<>();
    for (int k = 0; k < instructions.size(); k++) {
      Instruction old = instructions.get(k);
      ImmutableList<Instruction> operands = old.operands().stream().map(recreated::get)
          .collect(ImmutableList.toImmutableList());
      Instruction copy = new Instruction(old.name(), old.opcode(), old.shape(), operands, old.attrs(), old.called(),
          old.opName().orElse(null));
      instructions.set(k, copy);
      recreated.put(old, copy);
    }
    owned.clear();
    owned.addAll(instructions);
    return recreated;
  }

  /**
   * Tags the instructions built from now on, in every computation of the module, with
   * {@code metadata={op_name=...}}; null stops tagging.
   */
  public XlaBuilder withOpName(String name) {
    module.setOpName(name);
    return this;
  }

  /** The op name instructions are tagged with now, or null. */
  public String opName() {
    return module.opName();
  }

  // ---- leaves

  public Instruction parameter(int number, Shape shape, String parameterName) {
    return add(parameterName, Opcode.PARAMETER, List.of(), new Attrs.Parameter(number), List.of(), shape);
  }

  public Instruction constant(Literal literal) {
    return add(Opcode.CONSTANT, List.of(), new Attrs.Constant(literal), List.of(), null);
  }

  /** A scalar constant of {@code type}. */
  public Instruction constant(DType type, double value) {
    return constant(Literal.scalar(type, value));
  }

  public Instruction iota(ArrayShape shape, int dimension) {
    return add(Opcode.IOTA, List.of(), new Attrs.Iota(dimension), List.of(), shape);
  }

  public Instruction partitionId() {
    return add(Opcode.PARTITION_ID, List.of(), Attrs.NONE, List.of(), null);
  }

  // ---- elementwise

  public Instruction abs(Instruction x) { return unary(Opcode.ABS, x); }
  public Instruction negate(Instruction x) { return unary(Opcode.NEGATE, x); }
  public Instruction exponential(Instruction x) { return unary(Opcode.EXPONENTIAL, x); }
  public Instruction log(Instruction x) { return unary(Opcode.LOG, x); }
  public Instruction sqrt(Instruction x) { return unary(Opcode.SQRT, x); }
  public Instruction rsqrt(Instruction x) { return unary(Opcode.RSQRT, x); }
  public Instruction tanh(Instruction x) { return unary(Opcode.TANH, x); }
  public Instruction logistic(Instruction x) { return unary(Opcode.LOGISTIC, x); }
  public Instruction sine(Instruction x) { return unary(Opcode.SINE, x); }
  public Instruction cosine(Instruction x) { return unary(Opcode.COSINE, x); }
  public Instruction floor(Instruction x) { return unary(Opcode.FLOOR, x); }
  public Instruction not(Instruction x) { return unary(Opcode.NOT, x); }

  public Instruction add(Instruction a, Instruction b) { return binary(Opcode.ADD, a, b); }
  public Instruction subtract(Instruction a, Instruction b) { return binary(Opcode.SUBTRACT, a, b); }
  public Instruction multiply(Instruction a, Instruction b) { return binary(Opcode.MULTIPLY, a, b); }
  public Instruction divide(Instruction a, Instruction b) { return binary(Opcode.DIVIDE, a, b); }
  public Instruction remainder(Instruction a, Instruction b) { return binary(Opcode.REMAINDER, a, b); }
  public Instruction maximum(Instruction a, Instruction b) { return binary(Opcode.MAXIMUM, a, b); }
  public Instruction minimum(Instruction a, Instruction b) { return binary(Opcode.MINIMUM, a, b); }
  public Instruction power(Instruction a, Instruction b) { return binary(Opcode.POWER, a, b); }
  public Instruction and(Instruction a, Instruction b) { return binary(Opcode.AND, a, b); }
  public Instruction or(Instruction a, Instruction b) { return binary(Opcode.OR, a, b); }

  /** Elementwise comparison; the result is pred with the operands' dimensions. */
  public Instruction compare(Instruction a, Instruction b, ComparisonDirection direction) {
    return add(Opcode.COMPARE, List.of(a, b), new Attrs.Compare(direction), List.of(), null);
  }

  /** {@code pred ? onTrue : onFalse} elementwise; a scalar pred picks whole arrays. */
  public Instruction select(Instruction pred, Instruction onTrue, Instruction onFalse) {
    return add(Opcode.SELECT, List.of(pred, onTrue, onFalse), Attrs.NONE, List.of(), null);
  }

  public Instruction convert(Instruction x, DType to) {
    return add(Opcode.CONVERT, List.of(x), Attrs.NONE, List.of(), x.arrayShape().withElementType(to));
  }

  // ---- shape ops

  /** XLA's BroadcastInDim: operand dimension i becomes result dimension {@code dims[i]}. */
  public Instruction broadcast(Instruction x, ArrayShape result, int... dims) {
    return add(Opcode.BROADCAST, List.of(x), Attrs.Dimensions.of(dims), List.of(), result);
  }

  /** Broadcasts a scalar to {@code dims} of its own element type. */
  public Instruction broadcastScalar(Instruction scalar, long... dims) {
    return broadcast(scalar, Shape.array(scalar.arrayShape().elementType(), dims));
  }

  public Instruction reshape(Instruction x, long... dims) {
    return add(Opcode.RESHAPE, List.of(x), Attrs.NONE, List.of(), Shape.array(x.arrayShape().elementType(), dims));
  }

  /**
   * Result dimension i is operand dimension {@code permutation[i]}. A permutation that moves only
   * dimensions of size 1 keeps the elements' order, and is emitted as the reshape it is: jaxlib's
   * StableHLO canonicalizer rewrites such a transpose into a reshape that drops its {@code {manual}}
   * sharding, which XLA's verifier then refuses in a loop ("Inconsistent while sharding": a model with
   * one key/value head on data-parallel replicas).
   */
  public Instruction transpose(Instruction x, int... permutation) {
    ArrayShape s = x.arrayShape();
    if (movesOnlyUnitDimensions(s, permutation)) {
      long[] dims = new long[permutation.length];
      for (int i = 0; i < dims.length; i++) {
        dims[i] = s.dim(permutation[i]);
      }
      return reshape(x, dims);
    }
    return add(Opcode.TRANSPOSE, List.of(x), Attrs.Dimensions.of(permutation), List.of(), null);
  }

  /** Whether {@code permutation} is not the identity and keeps the order of {@code s}'s dimensions larger than 1. */
  private static boolean movesOnlyUnitDimensions(ArrayShape s, int[] permutation) {
    if (permutation.length != s.rank()) {
      return false;   // ShapeInference names the mistake
    }
    boolean identity = true;
    int last = -1;
    for (int i = 0; i < permutation.length; i++) {
      identity &= permutation[i] == i;
      if (permutation[i] < 0 || permutation[i] >= s.rank()) {
        return false;
      }
      if (s.dim(permutation[i]) != 1) {
        if (permutation[i] < last) {
          return false;
        }
        last = permutation[i];
      }
    }
    return !identity;
  }

  public Instruction dot(Instruction lhs, Instruction rhs, Attrs.Dot dims) {
    return add(Opcode.DOT, List.of(lhs, rhs), dims, List.of(), null);
  }

  /** dot with a result element type other than the operands' (e.g. bf16 operands, f32 result). */
  public Instruction dot(Instruction lhs, Instruction rhs, Attrs.Dot dims, DType resultType) {
    Shape result = ShapeInference.infer(name + "/dot", Opcode.DOT, List.of(lhs.shape(), rhs.shape()), dims, List.of(), null);
    return add(Opcode.DOT, List.of(lhs, rhs), dims, List.of(), result.asArray("dot").withElementType(resultType));
  }

  /** Reduces {@code dims} of {@code x} with {@code reducer}, starting from scalar {@code init}. */
  public Instruction reduce(Instruction x, Instruction init, Computation reducer, int... dims) {
    return add(Opcode.REDUCE, List.of(x, init), Attrs.Dimensions.of(dims), List.of(reducer), null);
  }

  public Instruction slice(Instruction x, long[] starts, long[] limits, long[] strides) {
    Attrs.Slice s = new Attrs.Slice(longs(starts), longs(limits), longs(strides));
    return add(Opcode.SLICE, List.of(x), s, List.of(), null);
  }

  /** Slices {@code [start, limit)} of dimension {@code dim} and keeps the other dimensions whole. */
  public Instruction sliceInDim(Instruction x, long start, long limit, int dim) {
    ArrayShape s = x.arrayShape();
    long[] starts = new long[s.rank()];
    long[] limits = Longs.toArray(s.dims());
    long[] strides = new long[s.rank()];
    java.util.Arrays.fill(strides, 1);
    starts[dim] = start;
    limits[dim] = limit;
    return slice(x, starts, limits, strides);
  }

  /** Start indices are clamped by XLA so the slice stays in bounds. */
  public Instruction dynamicSlice(Instruction x, List<Instruction> startIndices, long... sizes) {
    return add(Opcode.DYNAMIC_SLICE, cat(x, startIndices), new Attrs.DynamicSlice(longs(sizes)), List.of(), null);
  }

  public Instruction dynamicUpdateSlice(Instruction x, Instruction update, List<Instruction> startIndices) {
    List<Instruction> ops = new ArrayList<>(List.of(x, update));
    ops.addAll(startIndices);
    return add(Opcode.DYNAMIC_UPDATE_SLICE, ops, Attrs.NONE, List.of(), null);
  }

  /**
   * Rows of a table: {@code table [N, ...]} indexed by integer {@code indices [...]} gives
   * {@code [..., ...]} (an embedding lookup). Out-of-range indices are clamped by XLA.
   */
  public Instruction gatherRows(Instruction table, Instruction indices) {
    ArrayShape t = table.arrayShape();
    ArrayShape idx = indices.arrayShape();
    int batchRank = idx.rank();
    ImmutableList.Builder<Integer> offsetDims = ImmutableList.builder();
    ImmutableList.Builder<Long> sizes = ImmutableList.<Long>builder().add(1L);
    for (int d = 1; d < t.rank(); d++) {
      offsetDims.add(batchRank + d - 1);
      sizes.add(t.dim(d));
    }
    return gather(table, indices, new Attrs.Gather(offsetDims.build(), ImmutableList.of(0), ImmutableList.of(0),
        batchRank, sizes.build()));
  }

  public Instruction gather(Instruction operand, Instruction indices, Attrs.Gather dims) {
    return add(Opcode.GATHER, List.of(operand, indices), dims, List.of(), null);
  }

  /** {@code operand} with each update window combined in by {@code combine} (e.g. add) at its index. */
  public Instruction scatter(Instruction operand, Instruction indices, Instruction updates, Attrs.Scatter dims,
      Computation combine) {
    return add(Opcode.SCATTER, List.of(operand, indices, updates), dims, List.of(combine), null);
  }

  public Instruction concatenate(int dimension, Instruction... xs) {
    return add(Opcode.CONCATENATE, List.of(xs), Attrs.Dimensions.of(dimension), List.of(), null);
  }

  public Instruction tuple(Instruction... xs) {
    return add(Opcode.TUPLE, List.of(xs), Attrs.NONE, List.of(), null);
  }

  /**
   * XLA's {@code opt-barrier} over {@code xs}: a tuple of the same values (read them with
   * {@link #getTupleElement}). Whatever reads its results runs after everything that computes
   * {@code xs}, so it forces an order on the schedule without changing a number.
   */
  public Instruction optimizationBarrier(Instruction... xs) {
    return add(Opcode.OPTIMIZATION_BARRIER, List.of(tuple(xs)), Attrs.NONE, List.of(), null);
  }

  public Instruction getTupleElement(Instruction t, int index) {
    return add(Opcode.GET_TUPLE_ELEMENT, List.of(t), new Attrs.TupleIndex(index), List.of(), null);
  }

  // ---- control flow

  /** Runs {@code body} on the state while {@code condition} holds; returns the final state. */
  public Instruction whileLoop(Computation condition, Computation body, Instruction init) {
    return add(Opcode.WHILE, List.of(init), Attrs.NONE, List.of(condition, body), null);
  }

  /** Runs branch {@code index} on its operand (s32 index; out of range runs the last branch). */
  public Instruction conditional(Instruction index, List<Computation> branches, List<Instruction> branchOperands) {
    return add(Opcode.CONDITIONAL, cat(index, branchOperands), Attrs.NONE, branches, null);
  }

  // ---- collectives (cross-partition: each gets a fresh channel id)

  /**
   * Sends each source partition's {@code x} to its target. A partition that is no pair's target
   * receives zeros.
   */
  public Instruction collectivePermute(Instruction x, List<SourceTarget> pairs) {
    Attrs.Collective c = new Attrs.Collective(module.nextChannelId(), ImmutableList.of(), ImmutableList.copyOf(pairs), 0);
    return add(Opcode.COLLECTIVE_PERMUTE, List.of(x), c, List.of(), null);
  }

  /** Concatenates {@code x} of every partition in the group along {@code dimension}, in group order. */
  public Instruction allGather(Instruction x, int dimension, List<List<Integer>> groups) {
    return add(Opcode.ALL_GATHER, List.of(x), collective(groups, dimension), List.of(), null);
  }

  /** Combines {@code x} across each group with {@code reducer}; every member gets the result. */
  public Instruction allReduce(Instruction x, Computation reducer, List<List<Integer>> groups) {
    return add(Opcode.ALL_REDUCE, List.of(x), collective(groups, 0), List.of(reducer), null);
  }

  /** all-reduce, then member k of a group keeps piece k of {@code dimension}. */
  public Instruction reduceScatter(Instruction x, Computation reducer, int dimension, List<List<Integer>> groups) {
    return add(Opcode.REDUCE_SCATTER, List.of(x), collective(groups, dimension), List.of(reducer), null);
  }

  /**
   * The backend kernel {@code call.target()} on {@code operands}, with the declared result
   * {@code shape} (a custom call's shape is whatever the kernel returns: no rule derives it).
   */
  public Instruction customCall(List<Instruction> operands, Shape shape, Attrs.CustomCall call) {
    return add(Opcode.CUSTOM_CALL, operands, call, List.of(), shape);
  }

  // ---- finishing

  /** Freezes the computation: the instructions {@code root} needs plus every parameter, in creation order. */
  public Computation build(Instruction root) {
    checkState(!built, "computation %s was already built", name);
    checkOwned(root, "root");
    Set<Instruction> live = new LinkedHashSet<>();
    Deque<Instruction> work = new ArrayDeque<>(List.of(root));
    while (!work.isEmpty()) {
      Instruction i = work.pop();
      if (live.add(i)) {
        work.addAll(i.operands());
      }
    }
    ImmutableList<Instruction> kept = instructions.stream()
        .filter(i -> live.contains(i) || i.opcode() == Opcode.PARAMETER)
        .collect(ImmutableList.toImmutableList());
    built = true;
    return new Computation(name, kept, root);
  }

  /** The canonical scalar reducer {@code (a, b) -> op(a, b)} as its own computation of this module. */
  public static Computation scalarReducer(HloModuleBuilder module, String name, Opcode op, DType type) {
    checkArgument(op.kind() == Opcode.Kind.BINARY, "reducer op %s is not a binary elementwise op", op);
    XlaBuilder b = module.computation(name);
    Instruction a = b.parameter(0, Shape.scalar(type), "lhs");
    Instruction c = b.parameter(1, Shape.scalar(type), "rhs");
    return b.build(b.binary(op, a, c));
  }

  private Instruction unary(Opcode op, Instruction x) {
    return add(op, List.of(x), Attrs.NONE, List.of(), null);
  }

  private Instruction binary(Opcode op, Instruction a, Instruction b) {
    return add(op, List.of(a, b), Attrs.NONE, List.of(), null);
  }

  private Attrs.Collective collective(List<List<Integer>> groups, int dimension) {
    ImmutableList<ImmutableList<Integer>> g =
        groups.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
    return new Attrs.Collective(module.nextChannelId(), g, ImmutableList.of(), dimension);
  }

  private Instruction add(Opcode op, List<Instruction> operands, Attrs attrs, List<Computation> called, Shape declared) {
    return add(op.hloName(), op, operands, attrs, called, declared);
  }

  private Instruction add(String base, Opcode op, List<Instruction> operands, Attrs attrs, List<Computation> called,
      Shape declared) {
    checkState(!built, "computation %s was already built; start a new builder", name);
    for (Instruction o : operands) {
      checkOwned(o, op.hloName() + " operand");
    }
    List<Shape> shapes = operands.stream().map(Instruction::shape).toList();
    Shape shape = ShapeInference.infer(name + "/" + base, op, shapes, attrs, called, declared);
    Instruction i = new Instruction(module.uniqueName(base), op, shape, ImmutableList.copyOf(operands), attrs,
        ImmutableList.copyOf(called), module.opName());
    instructions.add(i);
    owned.add(i);
    return i;
  }

  private void checkOwned(Instruction i, String role) {
    checkArgument(owned.contains(i), "%s %s does not belong to computation %s (instructions cannot cross computations;"
        + " pass values in as parameters)", role, i.name(), name);
  }

  private static List<Instruction> cat(Instruction first, List<Instruction> rest) {
    List<Instruction> all = new ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return all;
  }

  private static ImmutableList<Long> longs(long[] values) {
    return ImmutableList.copyOf(Longs.asList(values));
  }

  static ImmutableList<Integer> ints(int... values) {
    return ImmutableList.copyOf(Ints.asList(values));
  }
}
