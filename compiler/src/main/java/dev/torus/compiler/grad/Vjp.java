package dev.torus.compiler.grad;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.Ints;
import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.Attrs.ComparisonDirection;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.compiler.lower.CustomVjp;
import dev.torus.compiler.lower.GradientRules;
import dev.torus.compiler.lower.LoweringContext;
import dev.torus.compiler.lower.Scan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reverse-mode differentiation of straight-line IR: one vector-Jacobian rule per opcode, in a table
 * (as lowering rules are), so anything lowered to these ops, built-in layers and tensor-DSL layers
 * alike, gets gradients without a hand-written backward.
 *
 * <p>{@link #reverse} walks the instructions that {@code output} depends on in reverse program
 * order, in the same computation, and emits each rule's instructions into that computation. Loops
 * built as {@link Scan}s are differentiated by re-tracing their bodies; an output with a
 * {@link CustomVjp} (blockwise attention) by its own backward. Which loops are scans and which
 * outputs have their own backward, {@code reverse} reads from the module's {@link GradientRules},
 * handed to it in the {@link LoweringContext}. Other loops and conditionals are refused. Integer and predicate values carry no
 * cotangent. A gather's cotangent is a scatter-add, so repeated indices add up.
 */
public final class Vjp {
  /**
   * The cotangents of an instruction's operands, given the cotangent {@code g} of its result; an
   * entry is null for an operand that gets none.
   */
  @FunctionalInterface
  interface Rule {
    List<Instruction> apply(Context c, Instruction y, Instruction g);
  }

  /** What rules share: the builder they emit into and the module's reducers and dot precision. */
  record Context(LoweringContext ctx, XlaBuilder b) {
    Instruction zeros(ArrayShape s) {
      return b.broadcast(b.constant(s.elementType(), 0), s);
    }

    Instruction scalar(Instruction like, double v) {
      return b.broadcast(b.constant(like.arrayShape().elementType(), v), like.arrayShape());
    }

    Instruction sum(Instruction x, int... dims) {
      DType t = x.arrayShape().elementType();
      Instruction wide = t == DType.F32 ? x : b.convert(x, DType.F32);
      Instruction s = b.reduce(wide, b.constant(DType.F32, 0), ctx.reducer(Opcode.ADD), dims);
      return t == DType.F32 ? s : b.convert(s, t);
    }

    /** {@code x} as type {@code t} (no instruction when it already is). */
    Instruction as(Instruction x, DType t) {
      return x.arrayShape().elementType() == t ? x : b.convert(x, t);
    }
  }

  private static final Map<Opcode, Rule> RULES = rules();

  private Vjp() {}

  /**
   * The cotangents of {@code wrt} for the cotangent {@code seed} of {@code output}, emitted into
   * {@code b} (which built {@code output}); zeros for an input {@code output} does not depend on.
   *
   * @throws IllegalArgumentException for an instruction on the way that has no rule (a loop, a gather)
   */
  public static List<Instruction> reverse(LoweringContext ctx, XlaBuilder b, Instruction output, Instruction seed,
      List<Instruction> wrt) {
    return reverse(ctx, b, List.of(output), List.of(seed), wrt);
  }

  /**
   * The cotangents of {@code wrt} for the cotangents {@code seeds} of several {@code outputs} at once
   * (a null seed is a zero one). The walk stops at {@code wrt}: what they are computed from gets no
   * cotangent, so they may be any instructions, not only parameters.
   */
  public static List<Instruction> reverse(LoweringContext ctx, XlaBuilder b, List<Instruction> outputs,
      List<Instruction> seeds, List<Instruction> wrt) {
    return reverse(ctx, b, outputs, seeds, wrt, false);
  }

  /**
   * {@link #reverse(LoweringContext, XlaBuilder, List, List, List)}; with {@code reduceEarly}, the
   * reduce-scatter of each all-gather whose value a scan reads is emitted as soon as its cotangent is
   * complete (the scan's backward pulled through), and it passes one optimization barrier with every
   * cotangent still to be pulled, so that the rest of the backward reads the barrier's copies and
   * runs after the reduction. In a layer
   * backward with gathered (FSDP) weights the feedforward's weight cotangents, f32 sums of a whole
   * layer's weights, are then reduced to this device's shard before the attention's backward starts,
   * instead of staying live across it (libtpu's schedule put the reductions last: 516 MiB at
   * LLaMA-7B's peak). The values are the same; only the order is forced.
   */
  static List<Instruction> reverse(LoweringContext ctx, XlaBuilder b, List<Instruction> outputs,
      List<Instruction> seeds, List<Instruction> wrt, boolean reduceEarly) {
    checkArgument(outputs.size() == seeds.size(), "vjp: %s outputs but %s seeds", outputs.size(), seeds.size());
    Context c = new Context(ctx, b);
    Set<Instruction> targets = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    targets.addAll(wrt);
    Map<Instruction, Instruction> cot = new IdentityHashMap<>();
    for (int k = 0; k < outputs.size(); k++) {
      Instruction seed = seeds.get(k);
      if (seed == null) {
        continue;
      }
      checkArgument(seed.arrayShape().sameDims(outputs.get(k).arrayShape()), "vjp: seed %s does not match output %s",
          seed.shape(), outputs.get(k).shape());
      accumulate(c, cot, outputs.get(k), seed);
    }
    GradientRules rules = ctx.gradientRules();
    List<Instruction> order = postOrder(outputs, targets, rules);
    Map<Instruction, Instruction[]> scanSeeds = new IdentityHashMap<>();   // loop -> cotangents of its outputs
    EarlyReduction early = reduceEarly ? new EarlyReduction(order, targets, rules) : null;
    for (int k = order.size() - 1; k >= 0; k--) {
      Instruction y = order.get(k);
      if (early == null) {
        pull(c, cot, scanSeeds, targets, y);
      } else if (!early.done(y)) {   // else pulled early
        pull(c, cot, scanSeeds, targets, y);
        early.pulled(y, false);
        early.reduceReady(c, cot, scanSeeds, k);
      }
    }
    List<Instruction> out = new ArrayList<>();
    for (Instruction w : wrt) {
      Instruction g = cot.get(w);
      out.add(g != null ? g : c.zeros(w.arrayShape()));
    }
    return out;
  }

  /** Pulls the cotangent of {@code y} (a scan's, or one instruction's) into what y is computed from. */
  static void pull(Context c, Map<Instruction, Instruction> cot, Map<Instruction, Instruction[]> scanSeeds,
      Set<Instruction> targets, Instruction y) {
    XlaBuilder b = c.b();
    GradientRules rules = c.ctx().gradientRules();
    if (y.opcode() == Opcode.WHILE && scanSeeds.containsKey(y)) {
      Scan.Forward f = rules.scan(y).orElseThrow();
      List<Instruction> pulled = ScanBackward.backward(c.ctx(), b, f, Arrays.asList(scanSeeds.get(y)));
      for (int i = 0; i < pulled.size(); i++) {
        if (pulled.get(i) != null) {
          accumulate(c, cot, f.initial().get(i), pulled.get(i));
        }
      }
      return;
    }
    Instruction g = cot.get(y);
    if (g != null && y.opcode() == Opcode.GET_TUPLE_ELEMENT && y.operand(0).opcode() == Opcode.WHILE
        && rules.scan(y.operand(0)).isPresent() && !targets.contains(y)) {
      // An output of a scan: keep its cotangent until the loop itself comes up.
      Scan.Forward f = rules.scan(y.operand(0)).orElseThrow();
      int carried = y.attrs(Attrs.TupleIndex.class).index() - Scan.stateIndex(0);
      if (carried >= 0 && carried < f.initial().size()) {
        Instruction[] pending = scanSeeds.computeIfAbsent(y.operand(0), l -> new Instruction[f.initial().size()]);
        pending[carried] = pending[carried] == null ? g : b.add(pending[carried], g);
      }
      return;
    }
    if (g == null || targets.contains(y) || y.opcode() == Opcode.PARAMETER
        || !y.arrayShape().elementType().isFloating()) {
      return;
    }
    // Backward instructions carry the forward op's name plus "/backward", so profiles and the TPU
    // schedule attribute them to their layer (layers/self_attn/backward ...).
    String opName = b.opName();
    y.opName().ifPresent(n -> b.withOpName(n.endsWith("/backward") ? n : n + "/backward"));
    try {
      backwardOf(c, cot, y, g);
    } finally {
      b.withOpName(opName);
    }
  }

  /** Pulls {@code g}, the cotangent of {@code y}, through y's rule into its operands' cotangents. */
  private static void backwardOf(Context c, Map<Instruction, Instruction> cot, Instruction y, Instruction g) {
    XlaBuilder b = c.b();
    var custom = c.ctx().gradientRules().custom(y);
    if (custom.isPresent()) {
      List<Instruction> gs = custom.get().backward().apply(b, custom.get().residuals(), g);
      for (int i = 0; i < gs.size(); i++) {
        Instruction x = custom.get().inputs().get(i);
        if (gs.get(i) != null && x.arrayShape().elementType().isFloating()) {
          accumulate(c, cot, x, gs.get(i));
        }
      }
      return;
    }
    Rule rule = RULES.get(y.opcode());
    if (rule == null) {
      if (NO_GRADIENT.contains(y.opcode())) {
        return;
      }
      throw new IllegalArgumentException("vjp: no rule for " + y.opcode() + " (instruction " + y.name()
          + "); differentiable straight-line ops have rules, loops get their own");
    }
    List<Instruction> gs = rule.apply(c, y, g);
    for (int i = 0; i < gs.size(); i++) {
      Instruction gi = gs.get(i);
      if (gi != null && y.operand(i).arrayShape().elementType().isFloating()) {
        accumulate(c, cot, y.operand(i), gi);
      }
    }
  }

  /**
   * Adds a cotangent contribution. A contribution that is a slice written into zeros (what slices,
   * dynamic slices and the layer loop's weight slices give back) is added in place into the running
   * sum instead of materialising a second full-size buffer. Contributions of different types (a tied
   * bf16 embedding: the LM head's f32 gradient and the gather's) are summed in f32, and the sum stays
   * f32 where {@link #keepsF32Cotangent} allows, else takes {@code x}'s type.
   */
  private static void accumulate(Context c, Map<Instruction, Instruction> cot, Instruction x, Instruction g) {
    Instruction prev = cot.get(x);
    if (prev == null) {
      cot.put(x, g);
      return;
    }
    XlaBuilder b = c.b();
    if (prev.arrayShape().elementType() != g.arrayShape().elementType()) {
      Instruction sum = b.add(c.as(prev, DType.F32), c.as(g, DType.F32));
      cot.put(x, keepsF32Cotangent(x) ? sum : c.as(sum, x.arrayShape().elementType()));
      return;
    }
    if (g.opcode() == Opcode.DYNAMIC_UPDATE_SLICE && isZeros(g.operand(0))) {
      List<Instruction> at = g.operands().subList(2, g.operands().size());
      Instruction update = g.operand(1);
      long[] sizes = update.arrayShape().dims().stream().mapToLong(Long::longValue).toArray();
      cot.put(x, b.dynamicUpdateSlice(prev, b.add(b.dynamicSlice(prev, at, sizes), update), at));
      return;
    }
    cot.put(x, b.add(prev, g));
  }

  /**
   * Whether {@code x}'s cotangent may stay f32 whatever x's type: a parameter's (its gradient, which
   * the caller widens to f32 anyway) and a convert's (whose rule gives it back in its operand's type,
   * as bf16-mixed training's rounded weights do), so that sums into them lose nothing to bf16.
   */
  static boolean keepsF32Cotangent(Instruction x) {
    return x.opcode() == Opcode.PARAMETER || x.opcode() == Opcode.CONVERT;
  }

  /** Whether {@code x} is an all-gather (FSDP's whole weight from its shards) or its cut to the true size. */
  private static boolean isGatheredShard(Instruction x) {
    return x.opcode() == Opcode.ALL_GATHER
        || x.opcode() == Opcode.SLICE && x.operand(0).opcode() == Opcode.ALL_GATHER;
  }

  /** {@code x}'s shape in the element type of its cotangent contribution {@code g}. */
  private static ArrayShape widened(Instruction x, Instruction g) {
    return x.arrayShape().withElementType(g.arrayShape().elementType());
  }

  static boolean isZeros(Instruction x) {
    return x.opcode() == Opcode.BROADCAST && x.operand(0).opcode() == Opcode.CONSTANT
        && x.operand(0).attrs(Attrs.Constant.class).literal().isScalar()
        && x.operand(0).attrs(Attrs.Constant.class).literal().values().get(0) == 0;
  }

  /** Ops whose result is constant in their inputs (or carries no float value): no cotangent flows. */
  private static final Set<Opcode> NO_GRADIENT = Set.of(Opcode.CONSTANT, Opcode.IOTA, Opcode.PARTITION_ID,
      Opcode.COMPARE, Opcode.FLOOR, Opcode.AND, Opcode.OR, Opcode.NOT);

  /** The instructions the outputs depend on (not looking past {@code leaves}), each after its operands. */
  private static List<Instruction> postOrder(List<Instruction> outputs, Set<Instruction> leaves, GradientRules rules) {
    List<Instruction> order = new ArrayList<>();
    Set<Instruction> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Instruction output : outputs) {   // one search at a time keeps the order topological
      if (!seen.add(output)) {
        continue;
      }
      java.util.ArrayDeque<Object[]> stack = new java.util.ArrayDeque<>();
      stack.push(new Object[] {output, 0});
      while (!stack.isEmpty()) {
        Object[] top = stack.peek();
        Instruction i = (Instruction) top[0];
        int next = (int) top[1];
        List<Instruction> operands = rules.custom(i).map(r -> (List<Instruction>) r.inputs()).orElse(i.operands());
        if (next < operands.size() && !leaves.contains(i)) {
          top[1] = next + 1;
          Instruction o = operands.get(next);
          if (seen.add(o)) {
            stack.push(new Object[] {o, 0});
          }
        } else {
          stack.pop();
          order.add(i);
        }
      }
    }
    return order;
  }

  private static Map<Opcode, Rule> rules() {
    Map<Opcode, Rule> r = new EnumMap<>(Opcode.class);
    r.put(Opcode.ADD, (c, y, g) -> List.of(g, g));
    r.put(Opcode.SUBTRACT, (c, y, g) -> List.of(g, c.b().negate(g)));
    r.put(Opcode.MULTIPLY, (c, y, g) -> List.of(c.b().multiply(g, y.operand(1)), c.b().multiply(g, y.operand(0))));
    r.put(Opcode.DIVIDE, (c, y, g) -> {
      Instruction ga = c.b().divide(g, y.operand(1));
      return List.of(ga, c.b().negate(c.b().multiply(ga, y)));
    });
    r.put(Opcode.MAXIMUM, Vjp::chooser);
    r.put(Opcode.MINIMUM, Vjp::chooser);
    r.put(Opcode.NEGATE, (c, y, g) -> List.of(c.b().negate(g)));
    r.put(Opcode.ABS, (c, y, g) -> {
      Instruction x = y.operand(0);
      Instruction negative = c.b().compare(x, c.scalar(x, 0), ComparisonDirection.LT);
      return List.of(c.b().select(negative, c.b().negate(g), g));
    });
    r.put(Opcode.EXPONENTIAL, (c, y, g) -> List.of(c.b().multiply(g, y)));
    r.put(Opcode.LOG, (c, y, g) -> List.of(c.b().divide(g, y.operand(0))));
    r.put(Opcode.SQRT, (c, y, g) -> List.of(c.b().divide(g, c.b().multiply(c.scalar(y, 2), y))));
    r.put(Opcode.RSQRT, (c, y, g) -> List.of(c.b().multiply(g,
        c.b().multiply(c.scalar(y, -0.5), c.b().multiply(y, c.b().multiply(y, y))))));
    r.put(Opcode.TANH, (c, y, g) -> List.of(c.b().multiply(g, c.b().subtract(c.scalar(y, 1), c.b().multiply(y, y)))));
    r.put(Opcode.LOGISTIC, (c, y, g) ->
        List.of(c.b().multiply(g, c.b().multiply(y, c.b().subtract(c.scalar(y, 1), y)))));
    r.put(Opcode.SINE, (c, y, g) -> List.of(c.b().multiply(g, c.b().cosine(y.operand(0)))));
    r.put(Opcode.COSINE, (c, y, g) -> List.of(c.b().negate(c.b().multiply(g, c.b().sine(y.operand(0))))));
    r.put(Opcode.POWER, (c, y, g) -> {
      Instruction a = y.operand(0);
      Instruction p = y.operand(1);
      Instruction da = c.b().multiply(g, c.b().multiply(p, c.b().power(a, c.b().subtract(p, c.scalar(p, 1)))));
      return List.of(da, c.b().multiply(g, c.b().multiply(y, c.b().log(a))));
    });
    r.put(Opcode.SELECT, (c, y, g) -> {
      Instruction zero = c.zeros(g.arrayShape());
      return Arrays.asList(null, c.b().select(y.operand(0), g, zero), c.b().select(y.operand(0), zero, g));
    });
    r.put(Opcode.CONVERT, (c, y, g) -> List.of(c.b().convert(g, y.operand(0).arrayShape().elementType())));
    r.put(Opcode.RESHAPE, (c, y, g) -> List.of(c.b().reshape(g, dims(y.operand(0)))));
    r.put(Opcode.TRANSPOSE, (c, y, g) -> {
      List<Integer> perm = y.attrs(Attrs.Dimensions.class).dims();
      int[] inverse = new int[perm.size()];
      for (int i = 0; i < perm.size(); i++) {
        inverse[perm.get(i)] = i;
      }
      return List.of(c.b().transpose(g, inverse));
    });
    r.put(Opcode.BROADCAST, Vjp::broadcast);
    r.put(Opcode.REDUCE, Vjp::reduce);
    r.put(Opcode.DOT, Vjp::dot);
    r.put(Opcode.SLICE, (c, y, g) -> {
      Attrs.Slice s = y.attrs(Attrs.Slice.class);
      checkArgument(s.strides().stream().allMatch(k -> k == 1), "vjp: strided slice %s has no rule", y.name());
      List<Instruction> starts = s.starts().stream().map(k -> c.b().constant(DType.S32, k)).toList();
      // Zeros of the cotangent's type: an f32 cotangent of a bf16 slice (a padded shard's gathered
      // bf16 weight under bf16-mixed, whose gradient stays f32) is written into f32 zeros.
      return List.of(c.b().dynamicUpdateSlice(c.zeros(widened(y.operand(0), g)), g, starts));
    });
    r.put(Opcode.DYNAMIC_SLICE, (c, y, g) -> {
      List<Instruction> starts = y.operands().subList(1, y.operands().size());
      List<Instruction> out = new ArrayList<>();
      out.add(c.b().dynamicUpdateSlice(c.zeros(widened(y.operand(0), g)), g, starts));
      starts.forEach(s -> out.add(null));
      return out;
    });
    r.put(Opcode.DYNAMIC_UPDATE_SLICE, (c, y, g) -> {
      List<Instruction> starts = y.operands().subList(2, y.operands().size());
      Instruction update = y.operand(1);
      List<Instruction> out = new ArrayList<>();
      out.add(c.b().dynamicUpdateSlice(g, c.zeros(update.arrayShape()), starts));
      out.add(c.b().dynamicSlice(g, starts, dims(update)));
      starts.forEach(s -> out.add(null));
      return out;
    });
    r.put(Opcode.CONCATENATE, (c, y, g) -> {
      int dim = y.attrs(Attrs.Dimensions.class).dims().get(0);
      List<Instruction> out = new ArrayList<>();
      long offset = 0;
      for (Instruction x : y.operands()) {
        long size = x.arrayShape().dim(dim);
        out.add(c.b().sliceInDim(g, offset, offset + size, dim));
        offset += size;
      }
      return out;
    });
    r.put(Opcode.GATHER, (c, y, g) -> {
      // The transpose of a gather: add each gathered window's cotangent back where it came from.
      Attrs.Gather d = y.attrs(Attrs.Gather.class);
      Instruction table = y.operand(0);
      Attrs.Scatter dims = new Attrs.Scatter(d.offsetDims(), d.collapsedSliceDims(), d.startIndexMap(),
          d.indexVectorDim());
      Instruction wide = c.as(g, DType.F32);
      Instruction summed = c.b().scatter(c.zeros(table.arrayShape().withElementType(DType.F32)), y.operand(1), wide,
          dims, c.ctx().reducer(Opcode.ADD));
      // A weight's gradient stays f32 (a tied head's f32 gradient is added to it in f32, see accumulate),
      // a gathered shard's too: its all-gather's backward sums it over the devices in f32.
      return Arrays.asList(keepsF32Cotangent(table) || isGatheredShard(table) ? summed
          : c.as(summed, table.arrayShape().elementType()), null);
    });
    r.put(Opcode.ALL_GATHER, (c, y, g) -> {
      // Every member receives the whole; a shard's cotangent is the sum of every member's for its rows,
      // summed in f32 and kept in f32: the only floating values gathered are FSDP's weights, whose
      // gradients the step widens to f32 anyway, so under bf16-mixed the cross-device sum is not
      // rounded to bf16 (the reshapes, slices and scan sums it flows into take an f32 cotangent of a
      // bf16 value).
      Attrs.Collective a = y.attrs(Attrs.Collective.class);
      Instruction summed = c.b().reduceScatter(c.as(g, DType.F32), c.ctx().reducer(Opcode.ADD), a.dimension(),
          a.groups().stream().map(grp -> (List<Integer>) grp).toList());
      return List.of(summed);
    });
    r.put(Opcode.COLLECTIVE_PERMUTE, (c, y, g) -> {
      List<Attrs.SourceTarget> back = y.attrs(Attrs.Collective.class).pairs().stream()
          .map(p -> new Attrs.SourceTarget(p.target(), p.source())).toList();
      return List.of(c.b().collectivePermute(g, back));
    });
    return ImmutableMap.copyOf(r);
  }

  /** Maximum and minimum: the cotangent goes to the chosen operand, half to each on a tie. */
  private static List<Instruction> chooser(Context c, Instruction y, Instruction g) {
    XlaBuilder b = c.b();
    Instruction a = y.operand(0);
    Instruction e = y.operand(1);
    Instruction zero = c.zeros(g.arrayShape());
    Instruction half = b.multiply(g, c.scalar(g, 0.5));
    Instruction tie = b.compare(a, e, ComparisonDirection.EQ);
    Instruction aWins = b.compare(y, a, ComparisonDirection.EQ);
    Instruction eWins = b.compare(y, e, ComparisonDirection.EQ);
    return List.of(b.select(tie, half, b.select(aWins, g, zero)), b.select(tie, half, b.select(eWins, g, zero)));
  }

  /** Broadcast: sum the cotangent over the dimensions the broadcast added or widened. */
  private static List<Instruction> broadcast(Context c, Instruction y, Instruction g) {
    Instruction x = y.operand(0);
    List<Integer> map = y.attrs(Attrs.Dimensions.class).dims();
    for (int i = 1; i < map.size(); i++) {
      checkArgument(map.get(i) > map.get(i - 1), "vjp: broadcast %s maps dimensions out of order %s", y.name(), map);
    }
    List<Integer> summed = new ArrayList<>();
    for (int d = 0; d < y.arrayShape().rank(); d++) {
      int from = map.indexOf(d);
      if (from < 0 || (x.arrayShape().dim(from) == 1 && y.arrayShape().dim(d) != 1)) {
        summed.add(d);
      }
    }
    Instruction s = summed.isEmpty() ? g : c.sum(g, Ints.toArray(summed));
    return List.of(s.arrayShape().sameDims(x.arrayShape()) ? s : c.b().reshape(s, dims(x)));
  }

  /** Reduce: add spreads the cotangent back; maximum and minimum send it to the chosen elements (split on ties). */
  private static List<Instruction> reduce(Context c, Instruction y, Instruction g) {
    XlaBuilder b = c.b();
    Instruction x = y.operand(0);
    List<Integer> reduced = y.attrs(Attrs.Dimensions.class).dims();
    int[] kept = keptDims(x.arrayShape().rank(), reduced);
    Opcode op = y.called().get(0).root().opcode();
    Instruction spread = b.broadcast(g, x.arrayShape(), kept);
    if (op == Opcode.ADD) {
      return Arrays.asList(spread, null);
    }
    checkArgument(op == Opcode.MAXIMUM || op == Opcode.MINIMUM, "vjp: reduce %s with %s has no rule", y.name(), op);
    Instruction chosen = b.compare(x, b.broadcast(y, x.arrayShape(), kept), ComparisonDirection.EQ);
    Instruction ones = b.select(chosen, c.scalar(x, 1), c.zeros(x.arrayShape()));
    Instruction count = c.sum(ones, Ints.toArray(reduced));
    Instruction share = b.broadcast(b.divide(g, count), x.arrayShape(), kept);
    return Arrays.asList(b.select(chosen, share, c.zeros(x.arrayShape())), null);
  }

  private static int[] keptDims(int rank, List<Integer> reduced) {
    List<Integer> kept = new ArrayList<>();
    for (int d = 0; d < rank; d++) {
      if (!reduced.contains(d)) {
        kept.add(d);
      }
    }
    return Ints.toArray(kept);
  }

  /**
   * A general dot: the result is laid out (batch, lhs free, rhs free). Each operand's cotangent is
   * the cotangent contracted with the other operand over that operand's free dimensions, transposed
   * back to the operand's layout.
   */
  private static List<Instruction> dot(Context c, Instruction y, Instruction g) {
    Attrs.Dot d = y.attrs(Attrs.Dot.class);
    Instruction lhs = y.operand(0);
    Instruction rhs = y.operand(1);
    int nb = d.lhsBatch().size();
    List<Integer> lhsFree = free(lhs.arrayShape().rank(), d.lhsBatch(), d.lhsContracting());
    List<Integer> rhsFree = free(rhs.arrayShape().rank(), d.rhsBatch(), d.rhsContracting());
    List<Integer> gBatch = range(0, nb);
    List<Integer> gLhsFree = range(nb, nb + lhsFree.size());
    List<Integer> gRhsFree = range(nb + lhsFree.size(), nb + lhsFree.size() + rhsFree.size());
    return List.of(
        operandCotangent(c, g, rhs, lhs, gBatch, gRhsFree, d.rhsBatch(), rhsFree, d.lhsBatch(), d.lhsContracting(),
            d.rhsContracting(), lhsFree, true),
        operandCotangent(c, g, lhs, rhs, gBatch, gLhsFree, d.lhsBatch(), lhsFree, d.rhsBatch(), d.rhsContracting(),
            d.lhsContracting(), rhsFree, false));
  }

  /**
   * The cotangent of {@code target}: contract {@code g}'s dimensions {@code gOther} (the other
   * operand's free ones) with {@code other}'s free dimensions, batched; the result is laid out
   * (batch, g's remaining = target's free, other's remaining = other's contracting dims ascending)
   * for the lhs, or (batch, other's remaining, g's remaining) for the rhs, and is transposed to the
   * target's layout.
   */
  private static Instruction operandCotangent(Context c, Instruction g, Instruction other, Instruction target,
      List<Integer> gBatch, List<Integer> gOther, List<Integer> otherBatch, List<Integer> otherFree,
      List<Integer> targetBatch, List<Integer> targetContracting, List<Integer> otherContracting,
      List<Integer> targetFree, boolean targetIsLhs) {
    XlaBuilder b = c.b();
    DType work = target.arrayShape().elementType() == DType.F32 && other.arrayShape().elementType() == DType.F32
        ? DType.F32 : other.arrayShape().elementType();
    Instruction gg = c.as(g, work);
    Instruction oo = c.as(other, work);
    Attrs.Dot dims = targetIsLhs
        ? Attrs.Dot.of(Ints.toArray(gBatch), Ints.toArray(gOther), Ints.toArray(otherBatch), Ints.toArray(otherFree))
        : Attrs.Dot.of(Ints.toArray(otherBatch), Ints.toArray(otherFree), Ints.toArray(gBatch), Ints.toArray(gOther));
    Instruction raw = targetIsLhs ? b.dot(gg, oo, c.ctx().dot(dims), DType.F32) : b.dot(oo, gg, c.ctx().dot(dims), DType.F32);
    // Where each target dimension sits in raw.
    int nb = gBatch.size();
    List<Integer> otherRemaining = new ArrayList<>(otherContracting);
    otherRemaining.sort(Integer::compare);
    int[] position = new int[target.arrayShape().rank()];
    for (int k = 0; k < targetBatch.size(); k++) {
      position[targetBatch.get(k)] = k;
    }
    int freeBase = targetIsLhs ? nb : nb + otherRemaining.size();
    int contractingBase = targetIsLhs ? nb + targetFree.size() : nb;
    for (int j = 0; j < targetFree.size(); j++) {
      position[targetFree.get(j)] = freeBase + j;
    }
    for (int m = 0; m < targetContracting.size(); m++) {
      position[targetContracting.get(m)] = contractingBase + otherRemaining.indexOf(otherContracting.get(m));
    }
    boolean identity = true;
    for (int i = 0; i < position.length; i++) {
      identity &= position[i] == i;
    }
    Instruction laid = identity ? raw : b.transpose(raw, position);
    return c.as(laid, target.arrayShape().elementType());
  }

  private static List<Integer> free(int rank, List<Integer> batch, List<Integer> contracting) {
    Set<Integer> used = new LinkedHashSet<>(batch);
    used.addAll(contracting);
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < rank; i++) {
      if (!used.contains(i)) {
        out.add(i);
      }
    }
    return out;
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      out.add(i);
    }
    return out;
  }

  private static long[] dims(Instruction x) {
    return x.arrayShape().dims().stream().mapToLong(Long::longValue).toArray();
  }
}
