package dev.torus.compiler.ir;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the invariants every pass and printer relies on, and throws {@link VerificationError}
 * naming the instruction, the shapes or ids and the rule: names unique across the module; operands
 * defined before use in the same computation; parameters numbered 0..k-1; every shape equal to what
 * {@link ShapeInference} derives; called computations part of the module; collectives with a
 * channel id in multi-partition modules, unique channel ids, partition ids in range, unique sources
 * and targets in permute pairs, and disjoint equal-sized replica groups.
 */
public final class HloVerifier {
  private HloVerifier() {}

  public static void verify(HloModule module) {
    Set<String> names = new HashSet<>();
    Set<Computation> known = new HashSet<>();
    Map<Long, String> channels = new HashMap<>();
    for (Computation c : module.computations()) {
      check(names.add(c.name()), "module %s: computation name %s is used twice", module.name(), c.name());
      verifyComputation(module, c, names, known, channels);
      known.add(c);
    }
  }

  private static void verifyComputation(HloModule module, Computation c, Set<String> names, Set<Computation> known,
      Map<Long, String> channels) {
    Set<Instruction> defined = new HashSet<>();
    Set<Integer> parameterNumbers = new HashSet<>();
    for (Instruction i : c.instructions()) {
      String where = c.name() + "/" + i.name();
      check(names.add(i.name()), "%s: name %s is used twice in module %s", where, i.name(), module.name());
      for (Instruction o : i.operands()) {
        check(defined.contains(o), "%s: operand %s is not defined earlier in computation %s", where, o.name(), c.name());
      }
      for (Computation callee : i.called()) {
        check(known.contains(callee), "%s: calls %s, which is not an earlier computation of module %s",
            where, callee.name(), module.name());
      }
      if (i.opcode() == Opcode.PARAMETER) {
        int n = i.attrs(Attrs.Parameter.class).number();
        check(parameterNumbers.add(n), "%s: parameter number %s is used twice in %s", where, n, c.name());
      }
      Shape inferred;
      try {
        inferred = ShapeInference.infer(where, i.opcode(), i.operands().stream().map(Instruction::shape).toList(),
            i.attrs(), i.called(), i.shape());
      } catch (ShapeError e) {
        throw new VerificationError(e.getMessage());
      }
      check(inferred.equals(i.shape()), "%s: shape is %s, but its operands give %s", where, i.shape(), inferred);
      if (i.opcode().isCollective()) {
        verifyCollective(module, where, i.attrs(Attrs.Collective.class), channels);
      }
      defined.add(i);
    }
    check(defined.contains(c.root()), "%s: root %s is not one of its instructions", c.name(), c.root().name());
    for (int n = 0; n < parameterNumbers.size(); n++) {
      check(parameterNumbers.contains(n), "%s: parameters must be numbered 0..%s, number %s is missing",
          c.name(), parameterNumbers.size() - 1, n);
    }
  }

  private static void verifyCollective(HloModule module, String where, Attrs.Collective c, Map<Long, String> channels) {
    int n = module.numPartitions();
    if (n > 1) {
      check(c.channelId() > 0, "%s: a collective in a %s-partition module needs channel_id > 0;"
          + " without one it runs across replicas and silently moves zeros", where, n);
    }
    if (c.channelId() > 0) {
      String other = channels.putIfAbsent(c.channelId(), where);
      check(other == null, "%s: channel_id %s is already used by %s", where, c.channelId(), other);
    }
    Set<Integer> sources = new HashSet<>();
    Set<Integer> targets = new HashSet<>();
    for (Attrs.SourceTarget p : c.pairs()) {
      check(inRange(p.source(), n) && inRange(p.target(), n),
          "%s: pair %s names a partition outside 0..%s", where, p, n - 1);
      check(sources.add(p.source()), "%s: source %s appears in two pairs; sources must be unique", where, p.source());
      check(targets.add(p.target()), "%s: target %s appears in two pairs; targets must be unique", where, p.target());
    }
    Set<Integer> seen = new HashSet<>();
    for (List<Integer> group : c.groups()) {
      check(!group.isEmpty(), "%s: replica group is empty", where);
      check(group.size() == c.groups().get(0).size(),
          "%s: replica groups %s differ in size", where, c.groups());
      for (int id : group) {
        check(inRange(id, n), "%s: device id %s in replica groups %s is outside 0..%s", where, id, c.groups(), n - 1);
        check(seen.add(id), "%s: device id %s appears twice in replica groups %s", where, id, c.groups());
      }
    }
  }

  private static boolean inRange(int id, int n) {
    return id >= 0 && id < n;
  }

  private static void check(boolean ok, String format, Object... args) {
    if (!ok) {
      throw new VerificationError(String.format(format, args));
    }
  }

  /** An HLO module broke an invariant; the message names where and which. */
  public static final class VerificationError extends IllegalStateException {
    public VerificationError(String message) {
      super(message);
    }
  }
}
