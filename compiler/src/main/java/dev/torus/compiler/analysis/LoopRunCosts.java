package dev.torus.compiler.analysis;

import com.google.common.collect.ImmutableList;
import dev.torus.compiler.ir.Computation;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A program's {@link CostAnalysis#analyse total cost} as a function of the runs of its data-dependent
 * loops: the total is linear in them, so the program is analysed once with none of them and once per
 * loop with one run, and the cost of any runs (a device of a long ring, a packed batch) is then a
 * weighted sum, without another walk of the program.
 */
public final class LoopRunCosts {
  private final ImmutableList<List<String>> loops;
  private final CostAnalysis.Cost base;
  private final ImmutableList<CostAnalysis.Cost> perRun;

  private LoopRunCosts(ImmutableList<List<String>> loops, CostAnalysis.Cost base, ImmutableList<CostAnalysis.Cost> perRun) {
    this.loops = loops;
    this.base = base;
    this.perRun = perRun;
  }

  /**
   * {@code module}'s costs by the runs of the loop paths {@code keys} (as {@link CostAnalysis#analyse}
   * takes them); keys whose innermost loop the program does not have are left out.
   */
  public static LoopRunCosts of(HloModule module, Iterable<List<String>> keys) {
    return of(module, keys, Map.of());
  }

  /**
   * {@link #of(HloModule, Iterable)} for a program whose conditionals' branch shares
   * ({@link CostAnalysis#branchKey}, the same on every device) are those in {@code runs}: held fixed,
   * as the total is linear in the loops' runs only for fixed shares.
   */
  public static LoopRunCosts of(HloModule module, Map<List<String>, Double> runs) {
    return of(module, runs.keySet(), runs);
  }

  private static LoopRunCosts of(HloModule module, Iterable<List<String>> keys, Map<List<String>, Double> shares) {
    Set<String> names = new HashSet<>();
    collectLoopNames(module.entry(), names);
    ImmutableList.Builder<List<String>> present = ImmutableList.builder();
    keys.forEach(k -> {
      if (!CostAnalysis.isBranchKey(k) && names.contains(k.get(k.size() - 1))) {
        present.add(List.copyOf(k));
      }
    });
    ImmutableList<List<String>> loops = present.build();
    Map<List<String>, Double> none = new HashMap<>();
    shares.forEach((k, v) -> {
      if (CostAnalysis.isBranchKey(k)) {
        none.put(k, v);
      }
    });
    loops.forEach(k -> none.put(k, 0.0));
    CostAnalysis.Cost base = CostAnalysis.analyse(module, none).total();
    ImmutableList.Builder<CostAnalysis.Cost> perRun = ImmutableList.builder();
    for (List<String> k : loops) {
      Map<List<String>, Double> one = new HashMap<>(none);
      one.put(k, 1.0);
      perRun.add(CostAnalysis.analyse(module, one).total().plus(base.times(-1)));
    }
    return new LoopRunCosts(loops, base, perRun.build());
  }

  /** The total cost when the data-dependent loops run {@code runs} times (a loop not in the map: never). */
  public CostAnalysis.Cost cost(Map<List<String>, Double> runs) {
    CostAnalysis.Cost cost = base;
    for (int k = 0; k < loops.size(); k++) {
      cost = cost.plus(perRun.get(k).times(runs.getOrDefault(loops.get(k), 0.0)));
    }
    return cost;
  }

  private static void collectLoopNames(Computation c, Set<String> names) {
    for (Instruction i : c.instructions()) {
      if (i.opcode() == Opcode.WHILE) {
        names.add(CostAnalysis.loopName(i));
      }
      if (i.opcode() == Opcode.WHILE || i.opcode() == Opcode.CONDITIONAL) {
        i.called().forEach(k -> collectLoopNames(k, names));
      }
    }
  }
}
