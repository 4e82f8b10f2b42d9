package dev.torus.compiler.ir;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An HLO module: the entry computation and every computation it calls, callees before callers,
 * with the SPMD partition count. {@code numPartitions > 1} means one per-device program that XLA
 * runs on each of N partitions, identified by {@code partition-id}.
 */
public record HloModule(String name, ImmutableList<Computation> computations, int numPartitions) {

  public HloModule {
    checkArgument(!computations.isEmpty(), "module %s has no computations", name);
    checkArgument(numPartitions >= 1, "module %s: num_partitions %s must be at least 1", name, numPartitions);
  }

  /** A module for {@code entry} and, found by walking its calls, all computations it needs. */
  public static HloModule of(String name, Computation entry, int numPartitions) {
    Set<Computation> ordered = new LinkedHashSet<>();
    collectCallees(entry, ordered);
    return new HloModule(name, ImmutableList.copyOf(ordered), numPartitions);
  }

  private static void collectCallees(Computation c, Set<Computation> ordered) {
    if (ordered.contains(c)) {
      return;
    }
    for (Instruction i : c.instructions()) {
      for (Computation callee : i.called()) {
        collectCallees(callee, ordered);
      }
    }
    ordered.add(c);
  }

  /** The computation XLA runs: the last one. */
  public Computation entry() {
    return computations.get(computations.size() - 1);
  }

  public HloModule withNumPartitions(int n) {
    return new HloModule(name, computations, n);
  }

  /** Every instruction of every computation, in print order. */
  public List<Instruction> allInstructions() {
    List<Instruction> all = new ArrayList<>();
    computations.forEach(c -> all.addAll(c.instructions()));
    return all;
  }
}
