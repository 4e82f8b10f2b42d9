package dev.torus.compiler.analysis;

import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.Computation;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Peak live memory of an emitted program per device, by a liveness analysis over program order,
 * before XLA fuses or reuses anything.
 *
 * <ul>
 *   <li>A buffer is the array an instruction produces. Parameters, get-tuple-element, tuples and
 *       reshapes produce none of their own: they alias their operands.
 *   <li>What XLA fuses into its consumers gets no buffer either (broadcasts, iotas, constants, and
 *       elementwise ops feeding elementwise ops or reductions); it keeps its inputs alive instead.
 *   <li>A while loop updates its state in place where the initial value dies at the loop, and copies
 *       it in otherwise. A dynamic-update-slice whose operand dies there updates it in place.
 *   <li>A buffer is live from its definition to its last use, through any alias.
 *   <li>While a loop or branch runs, the peak of its body adds to what is live around it.
 * </ul>
 *
 * <p>Entry parameters are the arguments, the buffers that reach the entry's result are the output,
 * and everything else is temporary. This models XLA's buffer assignment, it does not replay it: see
 * {@code ProgramAnalysisTest} for how close it comes and why.
 */
public final class MemoryAnalysis {
  private MemoryAnalysis() {}

  /** Bytes per device: arguments, output, and the peak of temporaries with what is live there. */
  public record Report(long argumentBytes, long outputBytes, long peakTempBytes, List<Peak.Buffer> liveAtPeak) {
    public long peakBytes() {
      return argumentBytes + outputBytes + peakTempBytes;
    }
  }

  public static Report analyse(HloModule module) {
    Computation entry = module.entry();
    long args = 0;
    for (Instruction p : entry.parameters()) {
      args += (long) CostAnalysis.bytes(p.shape());
    }
    Liveness live = new Liveness(entry, true);
    Set<Integer> out = live.buffers(entry.root());
    long output = 0;
    for (Integer b : out) {
      output += live.size.get(b);
    }
    if (entry.root().opcode() == Opcode.TUPLE) {
      output += 8L * entry.root().operands().size();   // the result tuple's table of pointers, as XLA counts it
    }
    Peak peak = live.peak(out, new IdentityHashMap<>());
    return new Report(args, output, peak.bytes(), peak.buffers());
  }

  /** Buffers and live ranges of one computation; an instruction's buffers are kept per tuple slot. */
  private static final class Liveness {
    final Computation c;
    final boolean entry;
    final List<Long> size = new ArrayList<>();
    final List<Integer> def = new ArrayList<>();
    final List<Integer> lastUse = new ArrayList<>();
    final Map<Instruction, List<Set<Integer>>> slots = new IdentityHashMap<>();

    Liveness(Computation c, boolean entry) {
      this.c = c;
      this.entry = entry;
      List<Instruction> order = c.instructions();
      Map<Instruction, List<Instruction>> users = new IdentityHashMap<>();
      Map<Instruction, Integer> lastUser = new IdentityHashMap<>();
      for (int p = 0; p < order.size(); p++) {
        for (Instruction o : order.get(p).operands()) {
          lastUser.put(o, p);
          users.computeIfAbsent(o, k -> new ArrayList<>()).add(order.get(p));
        }
      }
      for (int p = 0; p < order.size(); p++) {
        Instruction i = order.get(p);
        List<Set<Integer>> out = new ArrayList<>();
        switch (i.opcode()) {
          case PARAMETER -> {   // owned by the caller
            for (int k = 0; k < slotCount(i); k++) {
              out.add(Set.of());
            }
          }
          case GET_TUPLE_ELEMENT -> out.add(slots.get(i.operand(0)).get(i.attrs(Attrs.TupleIndex.class).index()));
          case TUPLE -> i.operands().forEach(o -> out.add(buffers(o)));
          case OPTIMIZATION_BARRIER -> out.addAll(slots.get(i.operand(0)));   // its operand's buffers, passed on
          case RESHAPE -> out.add(buffers(i.operand(0)));
          case WHILE -> {
            // A slot the body passes through unchanged keeps its buffer; a slot whose initial value
            // dies at the loop is updated in place; any other is copied in (XLA's copy insertion).
            Instruction init = i.operand(0);
            Instruction bodyRoot = i.called().get(1).root();
            for (int k = 0; k < init.operands().size(); k++) {
              Instruction o = init.operand(k);
              Set<Integer> given = buffers(o);
              Instruction returned = bodyRoot.operand(k);
              boolean passedThrough = returned.opcode() == Opcode.GET_TUPLE_ELEMENT
                  && returned.operand(0).opcode() == Opcode.PARAMETER
                  && returned.attrs(Attrs.TupleIndex.class).index() == k;
              boolean diesHere = lastUser.get(o) <= p && !given.isEmpty() && o != c.root();
              out.add(passedThrough || diesHere ? given : Set.of(newBuffer(CostAnalysis.bytes(o.shape()), p)));
            }
          }
          case CUSTOM_CALL -> {   // a kernel writes each result leaf to a buffer of its own
            for (var leaf : i.shape().leaves()) {
              out.add(Set.of(newBuffer(CostAnalysis.bytes(leaf), p)));
            }
          }
          case CONDITIONAL -> {
            // The chosen branch's results: a buffer per tuple slot (the branches' peaks count inside).
            for (int k = 0; k < slotCount(i); k++) {
              dev.torus.compiler.ir.Shape slot = i.shape() instanceof dev.torus.compiler.ir.TupleShape t ? t.element(k)
                  : i.shape();
              out.add(Set.of(newBuffer(CostAnalysis.bytes(slot), p)));
            }
          }
          case DYNAMIC_UPDATE_SLICE -> {
            // In place when the operand dies here: a buffer of this computation, or (in a loop body)
            // the loop state the caller owns. An entry parameter is read-only and gets copied.
            Instruction target = i.operand(0);
            boolean owned = !buffers(target).isEmpty() || !entry;
            boolean inPlace = lastUser.get(target) == p && target != c.root() && owned;
            out.add(inPlace ? buffers(target) : Set.of(newBuffer(CostAnalysis.bytes(i.shape()), p)));
          }
          default -> {
            if (fused(i, users.getOrDefault(i, List.of()))) {
              Set<Integer> inputs = new HashSet<>();   // computed inside its consumers: keeps its inputs alive
              i.operands().forEach(o -> inputs.addAll(buffers(o)));
              out.add(inputs);
            } else {
              java.util.Optional<Integer> reused = shared(i, p, lastUser);
              out.add(Set.of(reused.isPresent() ? reused.get() : newBuffer(CostAnalysis.bytes(i.shape()), p)));
            }
          }
        }
        slots.put(i, out);
        for (Instruction o : i.operands()) {
          for (Integer b : buffers(o)) {
            lastUse.set(b, Math.max(lastUse.get(b), p));
          }
        }
      }
      for (Integer b : buffers(c.root())) {
        lastUse.set(b, order.size() - 1);
      }
    }

    private static int slotCount(Instruction i) {
      return i.shape() instanceof dev.torus.compiler.ir.TupleShape t ? t.size() : 1;
    }

    /** Every buffer an instruction's value lives in. */
    Set<Integer> buffers(Instruction i) {
      List<Set<Integer>> s = slots.get(i);
      if (s.size() == 1) {
        return s.get(0);
      }
      Set<Integer> all = new HashSet<>();
      s.forEach(all::addAll);
      return all;
    }

    /**
     * An elementwise op may write over an operand of its own size that dies there (XLA lets a
     * fusion share an operand's buffer): that operand's single buffer, if there is one.
     */
    private java.util.Optional<Integer> shared(Instruction i, int p, Map<Instruction, Integer> lastUser) {
      if (!elementwise(i.opcode()) || !(i.shape() instanceof ArrayShape a)) {
        return java.util.Optional.empty();
      }
      for (Instruction o : i.operands()) {
        Set<Integer> b = buffers(o);
        if (b.size() == 1 && lastUser.get(o) == p && o != c.root() && size.get(b.iterator().next()) == a.byteSize()
            && stillOnlyHere(b.iterator().next(), o, p)) {
          return java.util.Optional.of(b.iterator().next());
        }
      }
      return java.util.Optional.empty();
    }

    /** Whether no instruction other than {@code owner}'s users up to {@code p} reads buffer {@code b} later. */
    private boolean stillOnlyHere(int b, Instruction owner, int p) {
      List<Instruction> order = c.instructions();
      for (int q = p + 1; q < order.size(); q++) {
        for (Instruction o : order.get(q).operands()) {
          if (o != owner && slots.containsKey(o) && buffers(o).contains(b)) {
            return false;
          }
        }
      }
      return true;
    }

    /**
     * Whether XLA computes {@code i} inside its users rather than into a buffer of its own: broadcasts,
     * iotas and constants always; an elementwise op when every user is one too (or a reduce, a
     * broadcast or a dynamic-update-slice), with a transcendental one only for a single user (XLA
     * duplicates cheap ops into several consumers, not expensive ones).
     */
    private boolean fused(Instruction i, List<Instruction> users) {
      if (i.opcode() == Opcode.BROADCAST || i.opcode() == Opcode.IOTA || i.opcode() == Opcode.CONSTANT) {
        return true;
      }
      if (!elementwise(i.opcode()) || users.isEmpty() || i == c.root()) {
        return false;
      }
      boolean transcendental = CostAnalysis.instruction(i).transcendentals() > 0;
      if (transcendental && users.size() > 1) {
        return false;
      }
      for (Instruction u : users) {
        if (!elementwise(u.opcode()) && u.opcode() != Opcode.REDUCE && u.opcode() != Opcode.BROADCAST
            && u.opcode() != Opcode.DYNAMIC_UPDATE_SLICE) {
          return false;
        }
      }
      return true;
    }

    private static boolean elementwise(Opcode op) {
      return op.isElementwise() || op == Opcode.COMPARE || op == Opcode.SELECT || op == Opcode.CONVERT;
    }

    private int newBuffer(double bytes, int p) {
      size.add((long) bytes);
      def.add(p);
      lastUse.add(p);
      return size.size() - 1;
    }

    /** Peak bytes of live buffers, excluding {@code excluded}, plus nested loop and branch peaks. */
    Peak peak(Set<Integer> excluded, Map<Computation, Peak> cache) {
      List<Instruction> order = c.instructions();
      long[] delta = new long[order.size() + 1];
      for (int b = 0; b < size.size(); b++) {
        if (!excluded.contains(b)) {
          delta[def.get(b)] += size.get(b);
          delta[lastUse.get(b) + 1] -= size.get(b);
        }
      }
      long live = 0;
      long best = -1;
      int bestPoint = 0;
      Peak bestNested = null;
      for (int p = 0; p < order.size(); p++) {
        live += delta[p];
        Peak nested = null;
        Instruction i = order.get(p);
        if (i.opcode() == Opcode.WHILE || i.opcode() == Opcode.CONDITIONAL) {
          for (Computation k : i.called()) {
            Peak known = cache.get(k);
            if (known == null) {
              known = new Liveness(k, false).peak(Set.of(), cache);
              cache.put(k, known);
            }
            nested = nested == null || known.bytes() > nested.bytes() ? known : nested;
          }
        }
        long here = live + (nested == null ? 0 : nested.bytes());
        if (here > best) {
          best = here;
          bestPoint = p;
          bestNested = nested;
        }
      }
      List<Peak.Buffer> contents = new ArrayList<>();
      for (int b = 0; b < size.size(); b++) {
        if (!excluded.contains(b) && def.get(b) <= bestPoint && lastUse.get(b) >= bestPoint && size.get(b) > 0) {
          contents.add(new Peak.Buffer(c.name() + "/" + order.get(def.get(b)).name(), size.get(b)));
        }
      }
      if (bestNested != null) {
        contents.addAll(bestNested.buffers());
      }
      contents.sort(java.util.Comparator.comparingLong(Peak.Buffer::bytes).reversed());
      return new Peak(Math.max(best, 0), List.copyOf(contents));
    }
  }

  /** A peak: its bytes and the buffers live there (computation/instruction), largest first. */
  public record Peak(long bytes, List<Buffer> buffers) {
    public record Buffer(String where, long bytes) {}
  }

  /** Peak temporaries of each control-flow computation on its own, largest first (for reports). */
  public static Map<String, Long> perComputation(HloModule module) {
    Map<String, Long> out = new HashMap<>();
    Map<Computation, Peak> cache = new IdentityHashMap<>();
    for (Computation c : CostAnalysis.controlFlow(module)) {
      out.put(c.name(), new Liveness(c, c == module.entry()).peak(Set.of(), cache).bytes());
    }
    return out;
  }
}
