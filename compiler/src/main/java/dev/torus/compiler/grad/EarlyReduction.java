package dev.torus.compiler.grad;

import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.compiler.lower.GradientRules;
import dev.torus.compiler.lower.ProgramNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bookkeeping of {@link Vjp#reverse}'s early reductions ({@code reduceEarly}): how many users
 * of each instruction are still to be pulled through, and which all-gathers (with the slices and
 * converts of them, a padded or rounded gathered weight) were pulled ahead of their place in the
 * order.
 */
final class EarlyReduction {
  private final List<Instruction> order;
  private final Set<Instruction> targets;
  private final GradientRules rules;
  private final Map<Instruction, Integer> position = new IdentityHashMap<>();
  private final Map<Instruction, Integer> usersLeft = new IdentityHashMap<>();
  private final Set<Instruction> done = Collections.newSetFromMap(new IdentityHashMap<>());
  /** The values loops built as scans read (a chunked feedforward's weights): whose cotangents are loop sums. */
  private final Set<Instruction> scanInputs = Collections.newSetFromMap(new IdentityHashMap<>());
  /** The instructions a cotangent flows from to some target: a floating operand is one or reaches one. */
  private final Set<Instruction> reachesTarget = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<Instruction> ready = new ArrayList<>();

  EarlyReduction(List<Instruction> order, Set<Instruction> targets, GradientRules rules) {
    this.order = order;
    this.targets = targets;
    this.rules = rules;
    for (int k = 0; k < order.size(); k++) {
      position.put(order.get(k), k);
    }
    for (Instruction y : order) {
      if (y.opcode() == Opcode.WHILE) {
        rules.scan(y).ifPresent(f -> scanInputs.addAll(f.initial()));
      }
    }
    for (Instruction y : order) {   // operands come first
      for (Instruction o : operands(y)) {
        if (position.containsKey(o)) {
          usersLeft.merge(o, 1, Integer::sum);
        }
        if (y.opcode() != Opcode.PARAMETER && floating(y) && floating(o)
            && (targets.contains(o) || reachesTarget.contains(o))) {
          reachesTarget.add(y);
        }
      }
    }
  }

  /** A floating array, or a tuple (a loop's state), which may hold some. */
  private static boolean floating(Instruction x) {
    return !(x.shape() instanceof ArrayShape a) || a.elementType().isFloating();
  }

  private Set<Instruction> operands(Instruction y) {
    Set<Instruction> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
    if (!targets.contains(y)) {
      distinct.addAll(rules.custom(y).map(r -> (List<Instruction>) r.inputs()).orElse(y.operands()));
    }
    return distinct;
  }

  boolean done(Instruction y) {
    return done.contains(y);
  }

  /**
   * Records that {@code y}'s cotangent has been pulled into its operands ({@code early}: ahead of
   * its place). A gathered value a scan reads is ready when its last user is pulled, and then
   * what it is gathered from; gathered values used outside loops (the attention's projections,
   * whose ring transfers the schedule hides under the projections' backward) keep their place.
   */
  void pulled(Instruction y, boolean early) {
    done.add(y);
    for (Instruction o : operands(y)) {
      if (usersLeft.containsKey(o) && usersLeft.merge(o, -1, Integer::sum) == 0 && !done.contains(o)
          && gathered(o) && !targets.contains(o) && (early || scanInputs.contains(o))) {
        ready.add(o);
      }
    }
  }

  /** An all-gather, or a slice or convert of one: a gathered weight on its way to its use. */
  private static boolean gathered(Instruction x) {
    return x.opcode() == Opcode.ALL_GATHER
        || (x.opcode() == Opcode.SLICE || x.opcode() == Opcode.CONVERT) && gathered(x.operand(0));
  }

  /**
   * Pulls the ready gathered values through to their reduce-scatters now, ahead of position {@code k},
   * and passes the reductions and every cotangent still to be pulled through one barrier.
   */
  void reduceReady(Vjp.Context c, Map<Instruction, Instruction> cot, Map<Instruction, Instruction[]> scanSeeds, int k) {
    List<Instruction> reduced = new ArrayList<>();
    while (!ready.isEmpty()) {
      Instruction x = ready.remove(0);
      if (cot.get(x) == null) {
        continue;
      }
      Vjp.pull(c, cot, scanSeeds, targets, x);
      pulled(x, true);
      if (x.opcode() == Opcode.ALL_GATHER) {
        reduced.add(x.operand(0));
      }
    }
    if (reduced.isEmpty()) {
      return;
    }
    // What the barrier carries: the reductions, then every cotangent not yet pulled (in program
    // order; a slice written into zeros stays as it is, so that sums into it stay in place).
    List<Instruction> holders = new ArrayList<>();
    List<Instruction> values = new ArrayList<>();
    for (Instruction x : reduced) {
      if (cot.get(x) != null && !holders.contains(x)) {
        holders.add(x);
        values.add(cot.get(x));
      }
    }
    int reductions = values.size();
    for (int j = 0; j < k; j++) {
      Instruction x = order.get(j);
      Instruction g = cot.get(x);
      if (g != null && !done.contains(x) && !targets.contains(x) && !holders.contains(x)
          && reachesTarget.contains(x)
          && !(g.opcode() == Opcode.DYNAMIC_UPDATE_SLICE && Vjp.isZeros(g.operand(0)))) {
        holders.add(x);
        values.add(g);
      }
    }
    List<Instruction[]> seedArrays = new ArrayList<>();
    List<Integer> seedIndices = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      Instruction[] pending = scanSeeds.get(order.get(j));
      for (int i = 0; pending != null && i < pending.length; i++) {
        if (pending[i] != null) {
          seedArrays.add(pending);
          seedIndices.add(i);
          values.add(pending[i]);
        }
      }
    }
    if (values.size() == reductions) {
      return;   // nothing waits for them
    }
    XlaBuilder b = c.b();
    String opName = b.opName();
    b.withOpName(ProgramNames.WEIGHT_GRADIENT_BARRIER_OP);
    Instruction barrier = b.optimizationBarrier(values.toArray(Instruction[]::new));
    for (int i = 0; i < holders.size(); i++) {
      cot.put(holders.get(i), b.getTupleElement(barrier, i));
    }
    for (int i = 0; i < seedArrays.size(); i++) {
      seedArrays.get(i)[seedIndices.get(i)] = b.getTupleElement(barrier, holders.size() + i);
    }
    b.withOpName(opName);
  }
}
