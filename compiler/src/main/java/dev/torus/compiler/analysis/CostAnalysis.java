package dev.torus.compiler.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.Computation;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * FLOPs, transcendentals and bytes of an emitted program, per device, counted by XLA's
 * {@code HloCostAnalysis} conventions (so the figures compare with {@code cost_analysis()}):
 * a dot is 2 FLOPs per multiply-add; an elementwise op, compare, select, convert or clamp is one
 * FLOP per output element; exp, log, sqrt, rsqrt, tanh, logistic, power, sine and cosine count as
 * transcendentals instead; a reduce costs its reducer's FLOPs per folded element; data movement
 * costs bytes only. Bytes are operands read plus the result written; slices read only what they
 * keep, and a dynamic-update-slice reads and writes only the update.
 *
 * <p>Two totals: {@link Report#once()} counts every computation once, as XLA does (so a loop body is
 * one iteration), and {@link Report#total()} multiplies each loop body by how often it runs. Counted
 * loops take their trip count from the program (constant start and limit in the initial state);
 * loops with data-dependent bounds (the causal key/value loops) take their runs from the caller,
 * e.g. {@link AttentionLoopRuns}, and so do conditionals whose branches run for shares of the
 * executions the caller knows ({@link #branchKey}: a ring's windowed and global layers).
 */
public final class CostAnalysis {
  private CostAnalysis() {}

  /**
   * A cost: FLOPs by kind, transcendentals, bytes read and written, and bytes sent by collectives (all
   * by XLA's conventions); for the roofline also the elements reductions fold ({@code reducedElements},
   * part of {@code elementwiseFlops}) and {@code hbmFloorBytes}, the bytes that must cross HBM even
   * when everything else fuses and stays on chip: blocks sliced from or written into larger arrays,
   * collective buffers, and the program's arguments and results.
   */
  public record Cost(double matmulFlops, double elementwiseFlops, double transcendentals, double bytesRead,
      double bytesWritten, double collectiveBytes, double reducedElements, double hbmFloorBytes) {
    public static final Cost ZERO = new Cost(0, 0, 0, 0, 0, 0);

    /** A cost without reductions or HBM floor. */
    public Cost(double matmulFlops, double elementwiseFlops, double transcendentals, double bytesRead,
        double bytesWritten, double collectiveBytes) {
      this(matmulFlops, elementwiseFlops, transcendentals, bytesRead, bytesWritten, collectiveBytes, 0, 0);
    }

    /** All FLOPs as XLA's {@code flops} counts them (transcendentals apart). */
    public double flops() {
      return matmulFlops + elementwiseFlops;
    }

    public double bytesAccessed() {
      return bytesRead + bytesWritten;
    }

    /** This cost with {@code bytes} more of HBM floor. */
    public Cost withHbmFloor(double bytes) {
      return new Cost(matmulFlops, elementwiseFlops, transcendentals, bytesRead, bytesWritten, collectiveBytes,
          reducedElements, hbmFloorBytes + bytes);
    }

    public Cost plus(Cost o) {
      return new Cost(matmulFlops + o.matmulFlops, elementwiseFlops + o.elementwiseFlops,
          transcendentals + o.transcendentals, bytesRead + o.bytesRead, bytesWritten + o.bytesWritten,
          collectiveBytes + o.collectiveBytes, reducedElements + o.reducedElements, hbmFloorBytes + o.hbmFloorBytes);
    }

    public Cost times(double k) {
      return new Cost(matmulFlops * k, elementwiseFlops * k, transcendentals * k, bytesRead * k, bytesWritten * k,
          collectiveBytes * k, reducedElements * k, hbmFloorBytes * k);
    }
  }

  /**
   * One loop of the program: its name (the while instruction's, without the uniquifying suffix), the
   * names of the loops around it (outermost first), its trip count when the program fixes it, one
   * iteration's own cost (body and condition, nested loops apart), how often the body runs in one
   * execution of the program, and its total (own cost times runs).
   */
  public record Loop(String name, ImmutableList<String> path, String body, OptionalLong tripCount, Cost perIteration,
      double runs, Cost total) {}

  /** The program's costs. */
  public record Report(Cost once, Cost total, ImmutableList<Loop> loops) {}

  /**
   * Analyses {@code module}; {@code dynamicRuns} maps the path of a data-dependent loop (its name
   * and the names of the loops around it, starting at the outermost loop whose name is a key's first
   * element) to its runs per execution of the computation that loop sits in.
   */
  public static Report analyse(HloModule module, Map<List<String>, Double> dynamicRuns) {
    Walker w = new Walker(dynamicRuns);
    Cost total = w.walk(module.entry(), 1, ImmutableList.of(), ImmutableList.of(), 1);
    Computation entry = module.entry();
    double io = bytes(entry.root().shape()) + entry.parameters().stream().mapToDouble(p -> bytes(p.shape())).sum();
    return new Report(once(module), total.withHbmFloor(io), ImmutableList.copyOf(w.loops));
  }

  /**
   * Every control-flow computation counted once, as XLA's {@code cost_analysis()} counts: a loop's
   * body and condition once, and of a conditional's branches the largest of each property (XLA's
   * {@code HandleConditional}).
   */
  public static Cost once(HloModule module) {
    return once(module.entry());
  }

  private static Cost once(Computation c) {
    Cost sum = own(c);
    for (Instruction i : c.instructions()) {
      if (i.opcode() == Opcode.WHILE) {
        for (Computation k : i.called()) {
          sum = sum.plus(once(k));
        }
      } else if (i.opcode() == Opcode.CONDITIONAL) {
        Cost most = null;
        for (Computation k : i.called()) {
          Cost b = once(k);
          most = most == null ? b : new Cost(Math.max(most.matmulFlops, b.matmulFlops),
              Math.max(most.elementwiseFlops, b.elementwiseFlops), Math.max(most.transcendentals, b.transcendentals),
              Math.max(most.bytesRead, b.bytesRead), Math.max(most.bytesWritten, b.bytesWritten),
              Math.max(most.collectiveBytes, b.collectiveBytes), Math.max(most.reducedElements, b.reducedElements),
              Math.max(most.hbmFloorBytes, b.hbmFloorBytes));
        }
        sum = sum.plus(most);
      }
    }
    return sum;
  }

  /** The computations that run as control flow (entry, loop bodies and conditions, branches), not as reducers. */
  static List<Computation> controlFlow(HloModule module) {
    List<Computation> out = new ArrayList<>();
    collect(module.entry(), out);
    return out;
  }

  private static void collect(Computation c, List<Computation> out) {
    out.add(c);
    for (Instruction i : c.instructions()) {
      if (i.opcode() == Opcode.WHILE || i.opcode() == Opcode.CONDITIONAL) {
        i.called().forEach(k -> collect(k, out));
      }
    }
  }

  /** The cost of a computation's own instructions (loops and branches it calls apart). */
  public static Cost own(Computation c) {
    Cost sum = Cost.ZERO;
    for (Instruction i : c.instructions()) {
      sum = sum.plus(instruction(i));
    }
    return sum;
  }

  /**
   * A cuDNN fused attention call on {@code q [B, Hq, T, D]}, {@code k [B, Hkv, S, D]}: the forward's two
   * products ({@code 4 B Hq T S D} FLOPs) and the backward's five ({@code 10 B Hq T S D}), one
   * exponential per score, its operands read and results written; another kernel counts bytes only.
   */
  private static Cost customCall(Instruction i) {
    String target = i.attrs(Attrs.CustomCall.class).target();
    double write = i.shape().leaves().stream().mapToDouble(CostAnalysis::bytes).sum();
    boolean forward = target.equals(dev.torus.compiler.lower.CudnnAttention.FORWARD);
    if (!forward && !target.equals(dev.torus.compiler.lower.CudnnAttention.BACKWARD)) {
      return new Cost(0, 0, 0, operandBytes(i), write, 0).withHbmFloor(operandBytes(i) + write);
    }
    ArrayShape q = i.operand(0).arrayShape();
    double scores = (double) q.dim(0) * q.dim(1) * q.dim(2) * i.operand(1).arrayShape().dim(2);
    return new Cost((forward ? 4 : 10) * scores * q.dim(3), 0, scores, operandBytes(i), write, 0)
        .withHbmFloor(operandBytes(i) + write);   // a fused kernel: its operands and results in HBM, its scores on chip
  }

  /** One instruction's cost, by XLA's conventions (a while or conditional costs nothing itself). */
  public static Cost instruction(Instruction i) {
    return switch (i.opcode()) {
      case PARAMETER, CONSTANT, GET_TUPLE_ELEMENT, WHILE, CONDITIONAL, OPTIMIZATION_BARRIER -> Cost.ZERO;
      case TUPLE -> new Cost(0, 0, 0, 0, 8.0 * i.operands().size(), 0);
      case DOT -> {
        Attrs.Dot d = i.attrs(Attrs.Dot.class);
        ArrayShape lhs = i.operand(0).arrayShape();
        long contracted = 1;
        for (int dim : d.lhsContracting()) {
          contracted *= lhs.dim(dim);
        }
        yield new Cost(2.0 * i.arrayShape().elementCount() * contracted, 0, 0, operandBytes(i), bytes(i.shape()), 0);
      }
      case REDUCE -> {
        long in = i.operand(0).arrayShape().elementCount();
        double perElement = own(i.called().get(0)).flops();
        yield new Cost(0, (in - i.arrayShape().elementCount()) * perElement, 0, operandBytes(i), bytes(i.shape()), 0,
            in, 0);
      }
      case EXPONENTIAL, LOG, SQRT, RSQRT, TANH, LOGISTIC, POWER, SINE, COSINE ->
          new Cost(0, 0, i.arrayShape().elementCount(), operandBytes(i), bytes(i.shape()), 0);
      case SLICE -> new Cost(0, 0, 0, bytes(i.shape()), bytes(i.shape()), 0).withHbmFloor(bytes(i.shape()));
      case DYNAMIC_SLICE -> new Cost(0, 0, 0, bytes(i.shape()) + indexBytes(i, 1), bytes(i.shape()), 0)
          .withHbmFloor(bytes(i.shape()));
      case DYNAMIC_UPDATE_SLICE -> {
        double update = bytes(i.operand(1).shape());
        yield new Cost(0, 0, 0, update + indexBytes(i, 2), update, 0).withHbmFloor(update);
      }
      case GATHER -> new Cost(0, 0, 0, bytes(i.shape()) + bytes(i.operand(1).shape()), bytes(i.shape()), 0)
          .withHbmFloor(bytes(i.shape()));
      case SCATTER -> {
        double updates = bytes(i.operand(2).shape());
        yield new Cost(0, i.operand(2).arrayShape().elementCount() * own(i.called().get(0)).flops(), 0,
            2 * updates + bytes(i.operand(1).shape()), updates, 0).withHbmFloor(updates);
      }
      case COLLECTIVE_PERMUTE, ALL_GATHER, ALL_REDUCE, REDUCE_SCATTER ->
          new Cost(0, i.opcode() == Opcode.ALL_REDUCE ? i.arrayShape().elementCount() : 0, 0, operandBytes(i),
              bytes(i.shape()), operandBytes(i)).withHbmFloor(operandBytes(i) + bytes(i.shape()));
      case CUSTOM_CALL -> customCall(i);
      case BROADCAST, RESHAPE, TRANSPOSE, IOTA, CONCATENATE, PARTITION_ID ->
          new Cost(0, 0, 0, operandBytes(i), bytes(i.shape()), 0);
      default -> new Cost(0, i.arrayShape().elementCount(), 0, operandBytes(i), bytes(i.shape()), 0);
    };
  }

  private static double operandBytes(Instruction i) {
    double sum = 0;
    for (Instruction o : i.operands()) {
      sum += bytes(o.shape());
    }
    return sum;
  }

  private static double indexBytes(Instruction i, int first) {
    double sum = 0;
    for (int k = first; k < i.operands().size(); k++) {
      sum += bytes(i.operand(k).shape());
    }
    return sum;
  }

  static double bytes(Shape s) {
    return s.leaves().stream().mapToLong(ArrayShape::byteSize).sum();
  }

  /** The loop's name without the module's uniquifying suffix ({@code kv_blocks.1} is a {@code kv_blocks}). */
  static String loopName(Instruction loop) {
    return loop.name().replaceFirst("\\.\\d+$", "");
  }

  /**
   * The trip count of a counted loop ({@code (i, limit, ...)} state, condition {@code i < limit})
   * whose start and limit are constants in its initial tuple; empty when either is data-dependent.
   */
  static OptionalLong tripCount(Instruction loop) {
    Instruction init = loop.operand(0);
    Computation cond = loop.called().get(0);
    Instruction root = cond.root();
    if (init.opcode() != Opcode.TUPLE || root.opcode() != Opcode.COMPARE
        || root.attrs(Attrs.Compare.class).direction() != Attrs.ComparisonDirection.LT) {
      return OptionalLong.empty();
    }
    Long start = constantSlot(init, root.operand(0));
    Long limit = constantSlot(init, root.operand(1));
    return start == null || limit == null ? OptionalLong.empty() : OptionalLong.of(Math.max(0, limit - start));
  }

  /** The constant in the initial tuple's slot that a condition operand reads, or null. */
  private static Long constantSlot(Instruction init, Instruction conditionOperand) {
    Instruction value = conditionOperand;
    if (conditionOperand.opcode() == Opcode.GET_TUPLE_ELEMENT) {
      value = init.operand(conditionOperand.attrs(Attrs.TupleIndex.class).index());
    }
    if (value.opcode() != Opcode.CONSTANT) {
      return null;
    }
    Attrs.Constant c = value.attrs(Attrs.Constant.class);
    return c.literal().isScalar() ? (long) c.literal().values().get(0) : null;
  }

  /** Walks control flow, multiplying each computation's cost by how often it runs. */
  private static final class Walker {
    final Map<List<String>, Double> dynamicRuns;
    final List<Loop> loops = new ArrayList<>();

    Walker(Map<List<String>, Double> dynamicRuns) {
      this.dynamicRuns = ImmutableMap.copyOf(dynamicRuns);
    }

    /**
     * The cost of {@code c} run {@code runs} times. {@code enclosing} names the loops around it;
     * {@code path} those entered since the outermost loop that starts a dynamic-runs key, and
     * {@code anchorRuns} is how often the computation holding that loop ran.
     */
    Cost walk(Computation c, double runs, ImmutableList<String> enclosing, ImmutableList<String> path,
        double anchorRuns) {
      Cost sum = own(c).times(runs);
      for (Instruction i : c.instructions()) {
        if (i.opcode() == Opcode.CONDITIONAL && path.isEmpty() && dynamicRuns.containsKey(branchKey(i, 0))) {
          // The caller says how often each branch runs (a ring's layer kinds): each is counted for its share.
          String name = loopName(i);
          for (int k = 0; k < i.called().size(); k++) {
            Double share = dynamicRuns.get(branchKey(i, k));
            checkArgument(share != null, "conditional %s: no share of runs given for branch %s", i.name(), k);
            String label = branchLabel(name, k);
            double branchRuns = runs * share;
            sum = sum.plus(walk(i.called().get(k), branchRuns,
                ImmutableList.<String>builder().addAll(enclosing).add(label).build(), ImmutableList.of(label),
                branchRuns));
          }
        } else if (i.opcode() == Opcode.CONDITIONAL) {
          Cost worst = Cost.ZERO;
          for (Computation branch : i.called()) {
            Cost b = walk(branch, runs, enclosing, path, anchorRuns);
            worst = b.flops() + b.transcendentals() > worst.flops() + worst.transcendentals() ? b : worst;
          }
          sum = sum.plus(worst);
        } else if (i.opcode() == Opcode.WHILE) {
          sum = sum.plus(loop(i, runs, enclosing, path, anchorRuns));
        }
      }
      return sum;
    }

    private Cost loop(Instruction w, double runs, ImmutableList<String> enclosing, ImmutableList<String> path,
        double anchorRuns) {
      String name = loopName(w);
      ImmutableList<String> full = ImmutableList.<String>builder().addAll(enclosing).add(name).build();
      boolean anchors = path.isEmpty() && dynamicRuns.keySet().stream().anyMatch(k -> k.get(0).equals(name));
      ImmutableList<String> inner = path.isEmpty() && !anchors ? ImmutableList.of()
          : ImmutableList.<String>builder().addAll(path).add(name).build();
      double anchor = anchors ? runs : anchorRuns;
      OptionalLong trips = tripCount(w);
      double bodyRuns;
      if (trips.isPresent()) {
        bodyRuns = runs * trips.getAsLong();
      } else {
        Double perAnchor = dynamicRuns.get(inner);
        checkArgument(perAnchor != null, "loop %s (%s) has a data-dependent trip count and no run count was given"
            + " for it", w.name(), String.join("/", full));
        bodyRuns = anchor * perAnchor;
      }
      Computation cond = w.called().get(0);
      Computation body = w.called().get(1);
      Cost perIteration = own(body).plus(own(cond));
      Cost condTotal = own(cond).times(bodyRuns + runs);
      loops.add(new Loop(name, full, body.name(), trips, perIteration,   // outer loops first
          bodyRuns, own(body).times(bodyRuns).plus(condTotal)));
      return walk(body, bodyRuns, full, inner, anchor).plus(condTotal);
    }
  }

  /**
   * The label of branch {@code k} of conditional {@code conditional} (its name without the
   * uniquifying suffix) in loop paths: {@code ring_kind=1}.
   */
  public static String branchLabel(String conditional, int k) {
    return conditional + "=" + k;
  }

  /**
   * The dynamic-runs key of a conditional's branch share: {@code [ring_kind=1]}, the fraction of the
   * conditional's executions that take branch k. Given for every branch, each branch is counted
   * for its share, and the loops inside it are keyed from the label on
   * ({@code [ring_kind=1, ring_steps, query_blocks, kv_blocks]}, runs per execution of the branch);
   * not given, a conditional counts its costliest branch.
   */
  public static List<String> branchKey(String conditional, int k) {
    return List.of(branchLabel(conditional, k));
  }

  /** Whether {@code key} is a {@link #branchKey} (a share, not a loop's runs). */
  public static boolean isBranchKey(List<String> key) {
    return key.size() == 1 && key.get(0).contains("=");
  }

  private static List<String> branchKey(Instruction conditional, int k) {
    return branchKey(loopName(conditional), k);
  }

  /** The loops by body name, for lookups in tests and reports. */
  public static Map<String, Loop> byBody(Report r) {
    Map<String, Loop> out = new LinkedHashMap<>();
    r.loops().forEach(l -> out.put(l.body(), l));
    return out;
  }
}
