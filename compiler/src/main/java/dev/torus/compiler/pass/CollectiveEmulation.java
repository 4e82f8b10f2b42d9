package dev.torus.compiler.pass;

import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.Computation;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What each cross-partition collective delivers to each of N devices, written as ordinary ops on
 * the N devices' operands (all in one computation). The rules, as XLA defines the collectives:
 * <ul>
 *   <li>{@code collective-permute}: target t receives source s's operand for each pair (s, t); a
 *       device that is no pair's target receives zeros.
 *   <li>{@code all-reduce}: every member of a group receives the group's operands combined by the
 *       reducer, elementwise, left to right in group order ({@code ((x_a + x_b) + x_c)}).
 *   <li>{@code all-gather}: every member receives the group's operands concatenated along the
 *       dimension, in group order.
 *   <li>{@code reduce-scatter}: the all-reduce, of which the member at position k of its group
 *       keeps piece k along the dimension.
 * </ul>
 * Groups hold global device ids; none given means one group of all devices. Every device must be in
 * exactly one group. A reducer must be elementwise-expressible: parameters, scalar constants,
 * elementwise ops, {@code compare}, {@code select} and {@code convert} (XLA's own reducers are one
 * binary op). Channel ids have no counterpart: nothing crosses a device any more.
 */
final class CollectiveEmulation {
  private CollectiveEmulation() {}

  /** The value {@code collective} delivers to each device, given each device's operand ({@code x.get(d)}). */
  static List<Instruction> apply(ComputationWriter w, Instruction collective, List<Instruction> x) {
    int n = x.size();
    Attrs.Collective c = collective.attrs(Attrs.Collective.class);
    return switch (collective.opcode()) {
      case COLLECTIVE_PERMUTE -> permute(w, collective, c, x);
      case ALL_REDUCE, ALL_GATHER, REDUCE_SCATTER -> perGroup(w, collective, groups(collective, c, n), x);
      default -> throw new IllegalStateException(collective.name() + " (" + collective.opcode() + ") is no collective");
    };
  }

  /**
   * The name to derive new names from: {@code i}'s own, except that a builder's default name (the
   * opcode's, e.g. {@code collective-permute.3}) becomes a word that is no HLO opcode
   * ({@code permuted.3}), so the emulated text never mentions an op it does not contain.
   */
  static String baseName(Instruction i) {
    String op = i.opcode().hloName();
    String word = switch (i.opcode()) {
      case PARTITION_ID -> "partition_index";
      case COLLECTIVE_PERMUTE -> "permuted";
      case ALL_REDUCE -> "all_reduced";
      case ALL_GATHER -> "all_gathered";
      case REDUCE_SCATTER -> "reduce_scattered";
      default -> null;
    };
    return word != null && i.name().startsWith(op) ? word + i.name().substring(op.length()) : i.name();
  }

  private static List<Instruction> permute(ComputationWriter w, Instruction p, Attrs.Collective c, List<Instruction> x) {
    int n = x.size();
    Instruction[] out = new Instruction[n];
    for (Attrs.SourceTarget st : c.pairs()) {
      out[st.target()] = x.get(st.source());
    }
    Instruction zeros = null;
    for (int t = 0; t < n; t++) {
      if (out[t] == null) {
        if (zeros == null) {
          zeros = w.full(baseName(p) + ".zeros", p.arrayShape(), 0, p.opName().orElse(null));
        }
        out[t] = zeros;
      }
    }
    return Arrays.asList(out);
  }

  private static List<Instruction> perGroup(ComputationWriter w, Instruction op, List<List<Integer>> groups,
      List<Instruction> x) {
    Instruction[] out = new Instruction[x.size()];
    String opName = op.opName().orElse(null);
    for (int k = 0; k < groups.size(); k++) {
      List<Integer> g = groups.get(k);
      String base = baseName(op) + (groups.size() == 1 ? ".all" : ".group" + k);
      List<Instruction> members = g.stream().map(x::get).toList();
      switch (op.opcode()) {
        case ALL_REDUCE -> {
          Instruction sum = combine(w, op.called().get(0), members, base, opName);
          g.forEach(d -> out[d] = sum);
        }
        case ALL_GATHER -> {
          int dim = op.attrs(Attrs.Collective.class).dimension();
          Instruction all = w.add(base, Opcode.CONCATENATE, members, Attrs.Dimensions.of(dim), List.of(), null, opName);
          g.forEach(d -> out[d] = all);
        }
        case REDUCE_SCATTER -> {
          int dim = op.attrs(Attrs.Collective.class).dimension();
          Instruction sum = combine(w, op.called().get(0), members, base + ".sum", opName);
          long piece = op.arrayShape().dim(dim);
          for (int m = 0; m < g.size(); m++) {
            out[g.get(m)] = w.sliceInDim(baseName(op) + ".d" + g.get(m), sum, m * piece, (m + 1) * piece, dim, opName);
          }
        }
        default -> throw new IllegalStateException(op.opcode() + " is not a grouped collective");
      }
    }
    return Arrays.asList(out);
  }

  /** The replica groups as device lists; fails unless every device 0..n-1 is in exactly one. */
  private static List<List<Integer>> groups(Instruction op, Attrs.Collective c, int n) {
    if (c.groups().isEmpty()) {
      return List.of(IntStream.range(0, n).boxed().toList());
    }
    boolean[] seen = new boolean[n];
    for (List<Integer> g : c.groups()) {
      for (int d : g) {
        if (d < 0 || d >= n || seen[d]) {
          throw new IllegalArgumentException(String.format(
              "%s (%s): replica groups %s are not disjoint groups of devices 0..%s", op.name(), op.opcode(), c.groups(), n - 1));
        }
        seen[d] = true;
      }
    }
    for (int d = 0; d < n; d++) {
      if (!seen[d]) {
        throw new IllegalArgumentException(String.format("%s (%s): device %s is in none of the replica groups %s;"
            + " what it receives is undefined", op.name(), op.opcode(), d, c.groups()));
      }
    }
    return new ArrayList<>(c.groups());
  }

  /** {@code reducer} folded left to right over {@code members}, elementwise. */
  private static Instruction combine(ComputationWriter w, Computation reducer, List<Instruction> members, String base,
      String opName) {
    Instruction acc = members.get(0);
    for (int m = 1; m < members.size(); m++) {
      acc = elementwise(w, reducer, acc, members.get(m), m == members.size() - 1 ? base : base + ".partial", opName);
    }
    return acc;
  }

  /**
   * The scalar {@code reducer} applied elementwise to arrays {@code a} and {@code b} (XLA's
   * {@code map}): each of its instructions becomes the same op on arrays of {@code a}'s dimensions.
   */
  static Instruction elementwise(ComputationWriter w, Computation reducer, Instruction a, Instruction b, String base,
      String opName) {
    ArrayShape dims = a.arrayShape();
    Map<Instruction, Instruction> env = new HashMap<>();
    for (Instruction i : reducer.instructions()) {
      String name = i == reducer.root() ? base : base + "." + i.name();
      ArrayShape shape = i.arrayShape().isScalar() ? dims.withElementType(i.arrayShape().elementType()) : null;
      if (shape == null) {
        throw refuse(reducer, i, "its values are not scalars");
      }
      List<Instruction> ops = i.operands().stream().map(env::get).toList();
      Instruction v = switch (i.opcode()) {
        case PARAMETER -> i.attrs(Attrs.Parameter.class).number() == 0 ? a : b;
        case CONSTANT -> w.full(name, shape, i.attrs(Attrs.Constant.class).literal().values().get(0), opName);
        case COMPARE, SELECT -> w.add(name, i.opcode(), ops, i.attrs(), List.of(), null, opName);
        case CONVERT -> w.add(name, Opcode.CONVERT, ops, Attrs.NONE, List.of(), shape, opName);
        default -> {
          if (!i.opcode().isElementwise()) {
            throw refuse(reducer, i, "it is not elementwise");
          }
          yield w.add(name, i.opcode(), ops, Attrs.NONE, List.of(), null, opName);
        }
      };
      env.put(i, v);
    }
    return env.get(reducer.root());
  }

  private static IllegalArgumentException refuse(Computation reducer, Instruction i, String why) {
    return new IllegalArgumentException(String.format("reducer %s cannot be applied elementwise: %s (%s) is used and %s;"
        + " reducers may use parameters, scalar constants, elementwise ops, compare, select and convert",
        reducer.name(), i.name(), i.opcode(), why));
  }
}
