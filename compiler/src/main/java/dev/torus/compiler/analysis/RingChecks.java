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
   * form cycles that each visit all of their ring group's partitions once (sources equal targets,
   * every partition of the module in exactly one cycle of length {@code ringSize}).
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
      Set<Integer> seen = new HashSet<>();
      for (int start = 0; start < module.numPartitions(); start++) {
        if (seen.contains(start)) {
          continue;
        }
        int length = 0;
        Integer at = start;
        while (at != null && seen.add(at)) {
          at = next.get(at);
          length++;
        }
        if (at == null || at != start || length != ringSize) {
          problems.add(i.name() + ": partition " + start + " is not on a cycle of length " + ringSize + " in " + c.pairs());
        }
      }
    }
    return problems;
  }
}
