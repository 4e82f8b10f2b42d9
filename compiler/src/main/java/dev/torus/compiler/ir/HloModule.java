package dev.torus.compiler.ir;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An HLO module: the entry computation and every computation it calls, callees before callers,
 * with the SPMD partition count. {@code numPartitions > 1} means one per-device program that XLA
 * runs on each of N partitions, identified by {@code partition-id}. {@code aliases} are the entry's
 * donations (XLA's {@code input_output_alias}): which result leaf may live in which parameter's
 * buffer.
 */
public record HloModule(String name, ImmutableList<Computation> computations, int numPartitions,
    ImmutableList<Alias> aliases) {

  /**
   * Result leaf {@code output} of the entry (its index among the flattened results) may reuse the
   * buffer of entry parameter {@code parameter}, which has the same shape; the caller donates that
   * argument and must not read it after the call.
   */
  public record Alias(int output, int parameter) {}

  public HloModule {
    checkArgument(!computations.isEmpty(), "module %s has no computations", name);
    checkArgument(numPartitions >= 1, "module %s: num_partitions %s must be at least 1", name, numPartitions);
    aliases = aliases == null ? ImmutableList.of() : ImmutableList.copyOf(aliases);
    Computation entry = computations.get(computations.size() - 1);
    List<ArrayShape> results = entry.resultShape().leaves();
    Set<Integer> outputs = new HashSet<>();
    Set<Integer> parameters = new HashSet<>();
    for (Alias a : aliases) {
      checkArgument(a.output() >= 0 && a.output() < results.size() && a.parameter() >= 0
              && a.parameter() < entry.parameters().size(),
          "module %s: alias %s is out of range (%s results, %s parameters)", name, a, results.size(),
          entry.parameters().size());
      checkArgument(entry.parameters().get(a.parameter()).shape().equals(results.get(a.output())),
          "module %s: result %s (%s) cannot live in parameter %s (%s)", name, a.output(), results.get(a.output()),
          a.parameter(), entry.parameters().get(a.parameter()).shape());
      checkArgument(outputs.add(a.output()) && parameters.add(a.parameter()),
          "module %s: alias %s reuses a result or parameter twice", name, a);
    }
  }

  /** A module without aliases. */
  public HloModule(String name, ImmutableList<Computation> computations, int numPartitions) {
    this(name, computations, numPartitions, ImmutableList.of());
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
    return new HloModule(name, computations, n, aliases);
  }

  /** This module with {@code newAliases} instead of its own. */
  public HloModule withAliases(List<Alias> newAliases) {
    return new HloModule(name, computations, numPartitions, ImmutableList.copyOf(newAliases));
  }

  /** Every instruction of every computation, in print order. */
  public List<Instruction> allInstructions() {
    List<Instruction> all = new ArrayList<>();
    computations.forEach(c -> all.addAll(c.instructions()));
    return all;
  }
}
