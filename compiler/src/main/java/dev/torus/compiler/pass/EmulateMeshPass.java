package dev.torus.compiler.pass;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.Computation;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.HloVerifier;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.TupleShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code emulate-mesh}: turns an N-partition SPMD module into a one-partition module that computes
 * what all N devices compute, mechanically from the SPMD module itself (so the program tested on one
 * device is the program that runs on the mesh).
 *
 * <p><b>Interface.</b> Entry parameter k of shape {@code S} becomes one parameter
 * {@code [N, ...S]} (same name) whose row d is device d's value; each leaf of the SPMD result
 * becomes {@code [N, ...]} with device d's value in row d, named after the SPMD leaf, and several
 * leaves are returned as a flat tuple. Tuple-shaped entry parameters are refused. Global layouts
 * (which rows make the global tensor) are the host's business, not this pass's.
 *
 * <p><b>Rules.</b> Each computation the entry reaches is emitted in one of three ways, by what it
 * contains (transitively, through the computations it calls):
 * <ul>
 *   <li><i>lockstep</i> (the entry, and every computation containing a collective): each
 *       instruction becomes N clones {@code name.d0 ... name.d<N-1>}, clone d reading clone d of its
 *       operands; {@code partition-id} in clone d is the constant {@code u32 d}; a collective
 *       becomes ordinary ops on the N clones of its operand ({@link CollectiveEmulation}: a
 *       permute's target gets its source's clone, a device that is no target gets zeros;
 *       all-reduce, all-gather and reduce-scatter combine their groups in group order).
 *   <li><i>specialised</i> (contains {@code partition-id} but no collective): N copies
 *       {@code comp.d0 ...}, copy d with {@code partition-id} replaced by {@code u32 d}.
 *   <li><i>shared</i> (neither, e.g. reducers and collective-free loops): used unchanged.
 * </ul>
 * A {@code while} whose condition or body contains a collective becomes ONE loop over the tuple of
 * the N devices' states, its body the lockstep body (N clones, the collectives wired between them)
 * and its condition device 0's condition. This is exact because the pass first proves, with
 * {@link DeviceUniformity}, that such a loop's condition is the same on every device in every
 * iteration (its counter and limit are uniform: constants, or values the body carries unchanged or
 * updates from uniform values); otherwise it refuses the module, naming the loop (a collective in a
 * loop whose trip count differs between devices cannot be emulated, and cannot run on a mesh
 * either). Every other {@code while} (no collective inside) becomes N independent loops, one per
 * device, each calling the shared or specialised condition and body, so its trip count may differ
 * between devices exactly as on the mesh (Torus's causal key/value-block loops) and no device does
 * masked extra iterations. A {@code conditional} is cloned per device, each with its own index,
 * unless a branch contains a collective: then, like such a loop, it becomes ONE conditional over
 * the tuple of the N devices' operands, each branch a lockstep branch, its index device 0's, which
 * {@link DeviceUniformity} has proven every device's (else the module is refused, naming it). Channel ids disappear with the collectives.
 *
 * <p>Names are the SPMD names with a {@code .d<k>} suffix (lockstep clones, specialised copies),
 * made unique deterministically, so the output is byte-stable; names a builder derived from a
 * collective's or partition-id's opcode get a neutral word instead ({@code partition_index.d2}), so
 * the text mentions no op it does not contain. The module is named
 * {@code <name>_emulated}, has {@code num_partitions=1}, no collective and no {@code partition-id}.
 * A one-partition input is emulated too (a leading dimension of 1).
 */
public final class EmulateMeshPass implements Pass {
  public static final String NAME = "emulate-mesh";

  @Override
  public String name() {
    return NAME;
  }

  /**
   * The emulated module (verified).
   *
   * @throws IllegalArgumentException naming the loop, conditional, parameter or collective that
   *     cannot be emulated (message starts with {@code emulate-mesh:})
   */
  @Override
  public HloModule run(HloModule module) {
    try {
      HloModule out = new Emulation(module).run();
      HloVerifier.verify(out);
      return out;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(NAME + ": module " + module.name() + ": " + e.getMessage(), e);
    }
  }

  /** One run of the pass over one module. */
  private static final class Emulation {
    private final HloModule module;
    private final int n;
    private final ComputationWriter.Names names = new ComputationWriter.Names();
    private final Map<Computation, Boolean> collectives = new HashMap<>();
    private final Map<Computation, Boolean> partitionIds = new HashMap<>();
    private final Map<Computation, List<Computation>> specialised = new HashMap<>();
    private final Map<Computation, Computation> lockstepBodies = new HashMap<>();
    private final Map<Computation, Computation> lockstepConditions = new HashMap<>();

    Emulation(HloModule module) {
      this.module = module;
      this.n = module.numPartitions();
    }

    HloModule run() {
      DeviceUniformity.requireUniformCollectiveLoops(module, this::containsCollective);
      reserveUnchanged(module.entry(), true, new HashSet<>(), new HashSet<>());
      return HloModule.of(module.name() + "_emulated", entry(module.entry()), 1);
    }

    /**
     * Reserves the names of the computations the output will call unchanged (and so keep their
     * names), found by the same rules the emission follows, before any new name is made.
     */
    private void reserveUnchanged(Computation c, boolean lockstep, Set<Computation> seenLockstep,
        Set<Computation> seenAlone) {
      if (!(lockstep ? seenLockstep : seenAlone).add(c)) {
        return;
      }
      if (!lockstep && !containsPartitionId(c)) {
        names.reserve(c);
      }
      for (Instruction i : c.instructions()) {
        boolean joint = lockstep && (i.opcode() == Opcode.WHILE || i.opcode() == Opcode.CONDITIONAL)
            && i.called().stream().anyMatch(this::containsCollective);
        for (Computation callee : i.called()) {
          reserveUnchanged(callee, joint, seenLockstep, seenAlone);
        }
      }
    }

    /** The entry: stacked parameters in, N lockstep clones, stacked results out. */
    private Computation entry(Computation c) {
      ComputationWriter w = new ComputationWriter(names, c.name());
      List<Map<Instruction, Instruction>> env = devices();
      for (Instruction p : c.parameters()) {
        if (!(p.shape() instanceof ArrayShape shape)) {
          throw new IllegalArgumentException(String.format("entry parameter %s has tuple shape %s; only array"
              + " parameters can be stacked along a device dimension", p.name(), p.shape()));
        }
        Instruction stacked = w.parameter(p.attrs(Attrs.Parameter.class).number(), stackedShape(shape), p.name());
        for (int d = 0; d < n; d++) {
          Instruction row = w.sliceInDim(p.name() + ".d" + d + ".row", stacked, d, d + 1, 0, null);
          env.get(d).put(p, w.reshape(p.name() + ".d" + d, row, shape, null));
        }
      }
      lockstep(c, w, env);
      List<String> leafNames = leafNames(c.root());
      List<List<Instruction>> leaves = new ArrayList<>();
      for (int d = 0; d < n; d++) {
        leaves.add(w.leaves(env.get(d).get(c.root())));
      }
      List<Instruction> outputs = new ArrayList<>();
      for (int j = 0; j < leafNames.size(); j++) {
        List<Instruction> rows = new ArrayList<>();
        for (int d = 0; d < n; d++) {
          Instruction leaf = leaves.get(d).get(j);
          rows.add(w.reshape(leafNames.get(j) + ".d" + d + ".row", leaf, withLeading(1, leaf.arrayShape()), null));
        }
        outputs.add(w.add(leafNames.get(j), Opcode.CONCATENATE, rows, Attrs.Dimensions.of(0), List.of(), null, null));
      }
      return w.build(outputs.size() == 1 ? outputs.get(0) : w.tuple(c.root().name(), outputs));
    }

    /** Emits every non-parameter instruction of {@code c} for all devices; parameters are bound in {@code env}. */
    private void lockstep(Computation c, ComputationWriter w, List<Map<Instruction, Instruction>> env) {
      for (Instruction i : c.instructions()) {
        if (i.opcode() == Opcode.PARAMETER) {
          continue;
        }
        List<Instruction> out;
        if (i.opcode().isCollective()) {
          out = CollectiveEmulation.apply(w, i, clonesOf(i.operand(0), env));
        } else if (i.opcode() == Opcode.WHILE && i.called().stream().anyMatch(this::containsCollective)) {
          out = lockstepWhile(w, i, env);
        } else if (i.opcode() == Opcode.CONDITIONAL && i.called().stream().anyMatch(this::containsCollective)) {
          out = lockstepConditional(w, i, env);
        } else {
          out = new ArrayList<>();
          for (int d = 0; d < n; d++) {
            out.add(cloneFor(w, i, env.get(d), d));
          }
        }
        for (int d = 0; d < n; d++) {
          env.get(d).put(i, out.get(d));
        }
      }
    }

    /** Instruction {@code i} of device {@code d}: operands from {@code env}, partition-id a constant. */
    private Instruction cloneFor(ComputationWriter w, Instruction i, Map<Instruction, Instruction> env, int d) {
      String name = CollectiveEmulation.baseName(i) + ".d" + d;
      if (i.opcode() == Opcode.PARTITION_ID) {
        return w.constant(name, DType.U32, d, i.opName().orElse(null));
      }
      List<Instruction> operands = i.operands().stream().map(env::get).toList();
      List<Computation> called = i.called().stream().map(c -> version(c, d)).toList();
      return w.copy(i, name, operands, called);
    }

    /** One loop over all devices' states: (state_0, ..., state_{N-1}). */
    private List<Instruction> lockstepWhile(ComputationWriter w, Instruction loop, List<Map<Instruction, Instruction>> env) {
      Instruction init = w.tuple(loop.name() + ".init", clonesOf(loop.operand(0), env));
      List<Computation> called = List.of(lockstepCondition(loop.called().get(0)), lockstepBody(loop.called().get(1)));
      Instruction joint = w.add(loop.name(), Opcode.WHILE, List.of(init), Attrs.NONE, called, null,
          loop.opName().orElse(null));
      List<Instruction> out = new ArrayList<>();
      for (int d = 0; d < n; d++) {
        out.add(w.getTupleElement(loop.name() + ".d" + d, joint, d));
      }
      return out;
    }

    /**
     * One conditional over all devices' operands, its index device 0's (every device's: proven
     * uniform), each branch the lockstep branch over the tuple (operand_0, ..., operand_{N-1}).
     */
    private List<Instruction> lockstepConditional(ComputationWriter w, Instruction conditional,
        List<Map<Instruction, Instruction>> env) {
      List<Instruction> operands = new ArrayList<>(List.of(env.get(0).get(conditional.operand(0))));
      List<Computation> branches = new ArrayList<>();
      for (int k = 0; k < conditional.called().size(); k++) {
        operands.add(w.tuple(conditional.name() + ".operand" + k, clonesOf(conditional.operand(k + 1), env)));
        branches.add(lockstepBody(conditional.called().get(k)));
      }
      Instruction joint = w.add(conditional.name(), Opcode.CONDITIONAL, operands, Attrs.NONE, branches, null,
          conditional.opName().orElse(null));
      List<Instruction> out = new ArrayList<>();
      for (int d = 0; d < n; d++) {
        out.add(w.getTupleElement(conditional.name() + ".d" + d, joint, d));
      }
      return out;
    }

    /** A loop body over the tuple of all devices' states, returning the tuple of their next states. */
    private Computation lockstepBody(Computation body) {
      Computation done = lockstepBodies.get(body);
      if (done == null) {
        ComputationWriter w = new ComputationWriter(names, body.name());
        List<Map<Instruction, Instruction>> env = jointParameter(body, w);
        lockstep(body, w, env);
        done = w.build(w.tuple(body.root().name(), clonesOf(body.root(), env)));
        lockstepBodies.put(body, done);
      }
      return done;
    }

    /** A loop condition over the tuple of all devices' states: device 0's answer, which is every device's. */
    private Computation lockstepCondition(Computation condition) {
      Computation done = lockstepConditions.get(condition);
      if (done == null) {
        ComputationWriter w = new ComputationWriter(names, condition.name());
        List<Map<Instruction, Instruction>> env = jointParameter(condition, w);
        lockstep(condition, w, env);
        done = w.build(env.get(0).get(condition.root()));
        lockstepConditions.put(condition, done);
      }
      return done;
    }

    /** Declares the parameter (state_0, ..., state_{N-1}) and binds device d's state to element d. */
    private List<Map<Instruction, Instruction>> jointParameter(Computation c, ComputationWriter w) {
      Instruction p = c.parameters().get(0);
      Instruction joint = w.parameter(0, Shape.tuple(Collections.nCopies(n, p.shape())), p.name());
      List<Map<Instruction, Instruction>> env = devices();
      for (int d = 0; d < n; d++) {
        env.get(d).put(p, w.getTupleElement(p.name() + ".d" + d, joint, d));
      }
      return env;
    }

    /** The computation device {@code d} calls in place of {@code c}: {@code c} itself, or its specialised copy. */
    private Computation version(Computation c, int d) {
      if (containsCollective(c)) {
        throw new IllegalArgumentException(String.format("computation %s contains a collective but is called by"
            + " an op that runs it on one device only", c.name()));
      }
      if (!containsPartitionId(c)) {
        return c;
      }
      List<Computation> copies = specialised.computeIfAbsent(c, k -> new ArrayList<>());
      while (copies.size() <= d) {
        copies.add(specialise(c, copies.size()));
      }
      return copies.get(d);
    }

    /** {@code c} for device {@code d} alone: partition-id is {@code u32 d}. */
    private Computation specialise(Computation c, int d) {
      ComputationWriter w = new ComputationWriter(names, c.name() + ".d" + d);
      Map<Instruction, Instruction> env = new HashMap<>();
      for (Instruction i : c.instructions()) {
        env.put(i, cloneFor(w, i, env, d));
      }
      return w.build(env.get(c.root()));
    }

    private List<Instruction> clonesOf(Instruction i, List<Map<Instruction, Instruction>> env) {
      return env.stream().map(e -> e.get(i)).toList();
    }

    private List<Map<Instruction, Instruction>> devices() {
      List<Map<Instruction, Instruction>> env = new ArrayList<>();
      for (int d = 0; d < n; d++) {
        env.add(new HashMap<>());
      }
      return env;
    }

    private boolean containsCollective(Computation c) {
      return contains(c, collectives, i -> i.opcode().isCollective());
    }

    private boolean containsPartitionId(Computation c) {
      return contains(c, partitionIds, i -> i.opcode() == Opcode.PARTITION_ID);
    }

    private boolean contains(Computation c, Map<Computation, Boolean> memo, Predicate<Instruction> p) {
      Boolean known = memo.get(c);
      if (known == null) {
        known = c.instructions().stream().anyMatch(i -> p.test(i)
            || i.called().stream().anyMatch(callee -> contains(callee, memo, p)));
        memo.put(c, known);
      }
      return known;
    }

    private ArrayShape stackedShape(ArrayShape s) {
      return withLeading(n, s);
    }

    /** {@code s} with a new leading dimension of size {@code size}. */
    private static ArrayShape withLeading(long size, ArrayShape s) {
      return s.withDims(ImmutableList.<Long>builder().add(size).addAll(s.dims()).build());
    }

    /** The SPMD names of the root's array leaves, depth first: read through tuple ops, else {@code name.k}. */
    private static List<String> leafNames(Instruction value) {
      if (value.opcode() != Opcode.TUPLE) {
        return leafNamesOf(value.shape(), CollectiveEmulation.baseName(value));
      }
      List<String> out = new ArrayList<>();
      value.operands().forEach(o -> out.addAll(leafNames(o)));
      return out;
    }

    private static List<String> leafNamesOf(Shape s, String name) {
      if (s instanceof ArrayShape) {
        return List.of(name);
      }
      List<String> out = new ArrayList<>();
      TupleShape t = (TupleShape) s;
      for (int k = 0; k < t.size(); k++) {
        out.addAll(leafNamesOf(t.element(k), name + "." + k));
      }
      return out;
    }
  }
}
