package dev.torus.compiler.analysis;

import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Static properties of an emitted ring program's collectives. */
public final class RingChecks {
  private RingChecks() {}

  /**
   * The problems found, empty when every {@code collective-permute} has a channel id and its pairs
   * rotate every ring group of {@code ringSize} partitions by one shift: partition {@code d*N + r}
   * sends to {@code d*N + (r + s) mod N}, the same {@code s != 0} for all, every partition of the
   * module a source once. The ring's key/value transfers rotate by 1 (one cycle per group, a
   * neighbour each); a windowed ring's backward sends dK and dV home K places back in one transfer
   * (a rotation by -K, {@code RingLayout.pairsBack}).
   */
  public static List<String> ringProblems(HloModule module, int ringSize) {
    List<String> problems = new ArrayList<>();
    for (Instruction i : module.allInstructions()) {
      if (i.opcode() != Opcode.COLLECTIVE_PERMUTE) {
        continue;
      }
      Attrs.Collective c = i.attrs(Attrs.Collective.class);
      if (c.channelId() <= 0) {
        problems.add(i.name() + ": no channel id");
      }
      Map<Integer, Integer> next = new HashMap<>();
      c.pairs().forEach(p -> next.put(p.source(), p.target()));
      Set<Integer> shifts = new HashSet<>();
      for (int p = 0; p < module.numPartitions(); p++) {
        Integer target = next.get(p);
        if (target == null || target / ringSize != p / ringSize) {
          problems.add(i.name() + ": partition " + p + " does not send within its ring group of " + ringSize + " in "
              + c.pairs());
          continue;
        }
        shifts.add(Math.floorMod(target - p, ringSize));
      }
      if (next.size() != module.numPartitions() || shifts.size() > 1 || shifts.contains(0)) {
        problems.add(i.name() + ": not one rotation of every ring group of " + ringSize + " (shifts " + shifts
            + ") in " + c.pairs());
      }
    }
    return problems;
  }
}
