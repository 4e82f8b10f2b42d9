package dev.torus.compiler.pass;

import com.google.common.collect.ImmutableList;
import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.Computation;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.TupleShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which values of an SPMD program are provably the same on every device ("uniform"), leaf by leaf
 * of their shapes, and the check built on it: every {@code while} loop that contains a collective
 * runs the same number of iterations on every device.
 *
 * <p>Rules (a device-independent function of uniform values is uniform): constants and iotas are
 * uniform; entry parameters, {@code partition-id}, {@code reduce-scatter}, and a
 * {@code collective-permute} that leaves a device without a source are not; {@code all-reduce},
 * {@code all-gather} and a full permutation are uniform when their operand is, and all-reduce and
 * all-gather also when one group holds every device; tuples and get-tuple-element keep each leaf's
 * verdict; other ops are uniform when all their operands are and every computation they call returns
 * a uniform value from uniform parameters. A loop's state leaf is uniform when it is uniform
 * initially and the body keeps it so given the uniform leaves (a greatest fixpoint); the loop's trip
 * count is uniform when its condition is uniform on that state, and then the final state keeps those
 * leaves uniform, else none. A conditional is uniform leafwise when its index is and every branch
 * is. The analysis is conservative: "not uniform" means "not proven".
 */
final class DeviceUniformity {
  private final int devices;
  private final Map<Key, Map<Instruction, List<Boolean>>> memo = new HashMap<>();

  private record Key(Computation computation, List<List<Boolean>> parameters) {}

  private DeviceUniformity(int devices) {
    this.devices = devices;
  }

  /**
   * Fails, naming the loop and its condition, unless every {@code while} loop reachable from the
   * entry whose condition or body contains a collective ({@code containsCollective}) has a trip
   * count proven uniform, and every such {@code conditional} an index proven uniform; loops without
   * collectives may run differently often on each device.
   */
  static void requireUniformCollectiveLoops(HloModule module, Predicate<Computation> containsCollective) {
    DeviceUniformity u = new DeviceUniformity(module.numPartitions());
    Computation entry = module.entry();
    List<List<Boolean>> params = entry.parameters().stream().map(p -> all(p.shape(), false)).toList();
    u.check(entry, params, containsCollective);
  }

  private void check(Computation c, List<List<Boolean>> params, Predicate<Computation> containsCollective) {
    Map<Instruction, List<Boolean>> values = analyze(c, params);
    for (Instruction i : c.instructions()) {
      if (i.opcode() == Opcode.CONDITIONAL && i.called().stream().anyMatch(containsCollective)) {
        if (!uniform(values.get(i.operand(0)))) {
          throw new IllegalArgumentException(String.format("conditional %s in %s has a branch containing a"
              + " collective, but its index %s is not proven equal on every device; devices may take different"
              + " branches, so it cannot be emulated (nor run on a mesh)", i.name(), c.name(), i.operand(0).name()));
        }
        for (int k = 0; k < i.called().size(); k++) {
          check(i.called().get(k), List.of(values.get(i.operand(k + 1))), containsCollective);
        }
        continue;
      }
      if (i.opcode() != Opcode.WHILE || i.called().stream().noneMatch(containsCollective)) {
        continue;
      }
      Computation cond = i.called().get(0);
      Computation body = i.called().get(1);
      List<Boolean> state = loopState(i, values.get(i.operand(0)));
      if (!uniform(analyze(cond, List.of(state)).get(cond.root()))) {
        throw new IllegalArgumentException(String.format("while loop %s in %s contains a collective, but its"
            + " condition %s may not give the same answer on every device (it reads a value not proven equal on all"
            + " devices: %s). A collective inside a loop whose trip count differs between devices cannot be"
            + " emulated (nor run on a mesh); loops with collectives must compare their counter with a constant or"
            + " a limit every device shares", i.name(), c.name(), cond.name(), describe(cond, state)));
      }
      check(cond, List.of(state), containsCollective);
      check(body, List.of(state), containsCollective);
    }
  }

  /** The state leaves that stay uniform in every iteration of {@code loop}, starting from {@code init}. */
  private List<Boolean> loopState(Instruction loop, List<Boolean> init) {
    Computation body = loop.called().get(1);
    List<Boolean> state = init;
    while (true) {
      List<Boolean> next = and(state, analyze(body, List.of(state)).get(body.root()));
      if (next.equals(state)) {
        return state;
      }
      state = next;
    }
  }

  /** Each instruction of {@code c}'s leaf verdicts, given its parameters'. */
  private Map<Instruction, List<Boolean>> analyze(Computation c, List<List<Boolean>> params) {
    Key key = new Key(c, params);
    Map<Instruction, List<Boolean>> known = memo.get(key);
    if (known != null) {
      return known;
    }
    Map<Instruction, List<Boolean>> v = new HashMap<>();
    for (Instruction i : c.instructions()) {
      v.put(i, rule(i, v, params));
    }
    memo.put(key, v);
    return v;
  }

  private List<Boolean> rule(Instruction i, Map<Instruction, List<Boolean>> v, List<List<Boolean>> params) {
    Shape shape = i.shape();
    return switch (i.opcode()) {
      case PARAMETER -> params.get(i.attrs(Attrs.Parameter.class).number());
      case CONSTANT, IOTA -> all(shape, true);
      case PARTITION_ID, REDUCE_SCATTER -> all(shape, false);
      case COLLECTIVE_PERMUTE -> all(shape, uniform(v.get(i.operand(0)))
          && i.attrs(Attrs.Collective.class).pairs().size() == devices);
      case ALL_REDUCE, ALL_GATHER -> all(shape, uniform(v.get(i.operand(0))) || oneGroup(i));
      case OPTIMIZATION_BARRIER -> v.get(i.operand(0));
      case TUPLE -> {
        List<Boolean> leaves = new ArrayList<>();
        i.operands().forEach(o -> leaves.addAll(v.get(o)));
        yield leaves;
      }
      case GET_TUPLE_ELEMENT -> {
        TupleShape t = (TupleShape) i.operand(0).shape();
        int index = i.attrs(Attrs.TupleIndex.class).index();
        int from = 0;
        for (int k = 0; k < index; k++) {
          from += t.element(k).leaves().size();
        }
        yield v.get(i.operand(0)).subList(from, from + shape.leaves().size());
      }
      case WHILE -> {
        List<Boolean> state = loopState(i, v.get(i.operand(0)));
        Computation cond = i.called().get(0);
        yield uniform(analyze(cond, List.of(state)).get(cond.root())) ? state : all(shape, false);
      }
      case CONDITIONAL -> {
        if (!uniform(v.get(i.operand(0)))) {
          yield all(shape, false);
        }
        List<Boolean> out = all(shape, true);
        for (int b = 0; b < i.called().size(); b++) {
          Computation branch = i.called().get(b);
          out = and(out, analyze(branch, List.of(v.get(i.operand(b + 1)))).get(branch.root()));
        }
        yield out;
      }
      default -> {
        boolean u = i.operands().stream().allMatch(o -> uniform(v.get(o)))
            && i.called().stream().allMatch(this::uniformFromUniform);
        yield all(shape, u);
      }
    };
  }

  /** Whether {@code c} returns a uniform value when all its parameters are uniform (a reducer, say). */
  private boolean uniformFromUniform(Computation c) {
    List<List<Boolean>> params = c.parameters().stream().map(p -> all(p.shape(), true)).toList();
    return uniform(analyze(c, params).get(c.root()));
  }

  private boolean oneGroup(Instruction i) {
    List<? extends List<Integer>> groups = i.attrs(Attrs.Collective.class).groups();
    return groups.isEmpty() || (groups.size() == 1 && Set.copyOf(groups.get(0)).size() == devices);
  }

  /** The condition's instructions that read a non-uniform state leaf, for the error message. */
  private String describe(Computation cond, List<Boolean> state) {
    Map<Instruction, List<Boolean>> v = analyze(cond, List.of(state));
    List<String> names = new ArrayList<>();
    for (Instruction i : cond.instructions()) {
      boolean source = i.opcode() == Opcode.GET_TUPLE_ELEMENT || i.opcode() == Opcode.PARTITION_ID
          || i.opcode().isCollective() || !i.called().isEmpty();
      if (source && !uniform(v.get(i))) {
        names.add(i.name());
      }
    }
    return names.isEmpty() ? cond.root().name() : String.join(", ", names);
  }

  private static boolean uniform(List<Boolean> leaves) {
    return !leaves.contains(false);
  }

  private static List<Boolean> all(Shape shape, boolean value) {
    return Collections.nCopies(shape.leaves().size(), value);
  }

  private static List<Boolean> and(List<Boolean> a, List<Boolean> b) {
    ImmutableList.Builder<Boolean> out = ImmutableList.builder();
    for (int k = 0; k < a.size(); k++) {
      out.add(a.get(k) && b.get(k));
    }
    return out.build();
  }
}
