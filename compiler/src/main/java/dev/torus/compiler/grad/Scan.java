package dev.torus.compiler.grad;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.compiler.lower.CountedLoop;
import dev.torus.compiler.lower.LoweringContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A counted loop that can be differentiated: its body is a pure Java function of the counter and
 * the carried values (as every lowering's loop body is), so the backward loop rebuilds ("re-traces")
 * the body of iteration {@code i} inside itself and applies {@link Vjp} to it. Nothing of the
 * forward body is stored but what the roles ask for:
 * <ul>
 *   <li>{@link Role#SAVED}: the value changes from iteration to iteration and the body reads it;
 *       its value at the start of every iteration is stored ({@code [trips, ...]}). For the layer
 *       loop this is the remat policy: only each layer's input is kept.
 *   <li>{@link Role#INVARIANT}: the body returns it unchanged (inputs, weights); its cotangents from
 *       all iterations add up.
 *   <li>{@link Role#OWN_SLICES}: each iteration reads and writes only its own slice (a chunked
 *       map's output, blockwise attention's per-query state), so the initial value stands in for its
 *       value at any iteration.
 * </ul>
 * Integer carried values (counters, positions) take any role and get no cotangent. {@link Vjp}
 * differentiates through a scan like through any other op, nested scans included: the scan's
 * backward loop re-traces the body, inner scans and all.
 */
public final class Scan {
  public enum Role { SAVED, INVARIANT, OWN_SLICES }

  /** The forward loop's results and what its backward needs. */
  public record Forward(String name, int trips, ImmutableList<Instruction> initial, ImmutableList<Role> roles,
      ImmutableList<Instruction> outputs, ImmutableList<Instruction> stacks, CountedLoop.Body body) {}

  /** The scans built so far, by their while instruction, so {@link Vjp} can differentiate through them. */
  private static final java.util.Map<Instruction, Forward> BY_LOOP =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private Scan() {}

  /** The scan whose loop is {@code loop}, if a scan built it. */
  static java.util.Optional<Forward> of(Instruction loop) {
    return java.util.Optional.ofNullable(BY_LOOP.get(loop));
  }

  /** Runs the loop, storing each {@link Role#SAVED} value at the start of every iteration. */
  public static Forward forward(LoweringContext ctx, XlaBuilder b, String name, int trips, List<Instruction> carried,
      List<Role> roles, CountedLoop.Body body) {
    checkArgument(roles.size() == carried.size(), "scan %s: %s roles for %s carried values", name, roles.size(),
        carried.size());
    checkArgument(trips >= 1, "scan %s: %s trips", name, trips);
    List<Integer> saved = new ArrayList<>();
    List<Instruction> state = new ArrayList<>(carried);
    for (int k = 0; k < carried.size(); k++) {
      if (roles.get(k) == Role.SAVED) {
        saved.add(k);
        ArrayShape s = carried.get(k).arrayShape();
        state.add(b.broadcast(b.constant(s.elementType(), 0), stacked(s, trips)));
      }
    }
    int n = carried.size();
    List<Instruction> out = CountedLoop.run(ctx.module(), b, name, trips, state, (bb, i, c) -> {
      List<Instruction> next = new ArrayList<>(body.apply(bb, i, c.subList(0, n)));
      checkArgument(next.size() == n, "scan %s: the body returned %s values for %s carried", name, next.size(), n);
      for (int s = 0; s < saved.size(); s++) {
        Instruction stack = c.get(n + s);
        Instruction value = c.get(saved.get(s));
        next.add(bb.dynamicUpdateSlice(stack, bb.reshape(value, dims(stacked(value.arrayShape(), 1))),
            at(bb, i, value.arrayShape().rank() + 1)));
      }
      return next;
    });
    Forward f = new Forward(name, trips, ImmutableList.copyOf(carried), ImmutableList.copyOf(roles),
        ImmutableList.copyOf(out.subList(0, n)), ImmutableList.copyOf(out.subList(n, out.size())), body);
    BY_LOOP.put(out.get(0).operand(0), f);   // every output is get-tuple-element(loop, k)
    return f;
  }

  /** Where carried value {@code k} sits in the loop's state (after the counter and the limit). */
  static int stateIndex(int k) {
    return k + 2;
  }

  /**
   * The cotangents of the loop's initial carried values, given the cotangents of its outputs (null
   * for none): a loop from the last iteration down to the first that rebuilds each iteration's body
   * and pulls the cotangents through it.
   */
  public static List<Instruction> backward(LoweringContext ctx, XlaBuilder b, Forward f, List<Instruction> seeds) {
    int n = f.initial().size();
    checkArgument(seeds.size() == n, "scan %s: %s seeds for %s carried values", f.name(), seeds.size(), n);
    // State: cotangents of the carried values (floating ones), the invariant and initial values, the stacks.
    List<Integer> floating = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      if (f.initial().get(k).arrayShape().elementType().isFloating()) {
        floating.add(k);
      }
    }
    List<Instruction> state = new ArrayList<>();
    for (int k : floating) {
      Instruction seed = seeds.get(k);
      ArrayShape s = f.initial().get(k).arrayShape();
      state.add(seed != null ? seed : b.broadcast(b.constant(s.elementType(), 0), s));
    }
    int primalsAt = state.size();
    state.addAll(f.initial());
    int stacksAt = state.size();
    state.addAll(f.stacks());
    int trips = f.trips();
    List<Instruction> out = CountedLoop.run(ctx.module(), b, f.name() + "_grad", trips, state, (bb, j, c) -> {
      Instruction i = bb.subtract(bb.constant(DType.S32, trips - 1), j);
      List<Instruction> primals = new ArrayList<>();
      int s = 0;
      for (int k = 0; k < n; k++) {
        Instruction initial = c.get(primalsAt + k);
        if (f.roles().get(k) == Role.SAVED) {
          Instruction stack = c.get(stacksAt + s++);
          ArrayShape shape = initial.arrayShape();
          primals.add(bb.reshape(bb.dynamicSlice(stack, at(bb, i, shape.rank() + 1), dims(stacked(shape, 1))),
              dims(shape)));
        } else {
          primals.add(initial);
        }
      }
      List<Instruction> outs = f.body().apply(bb, i, primals);
      List<Instruction> outputs = new ArrayList<>();
      List<Instruction> cotangents = new ArrayList<>();
      List<Instruction> wrt = new ArrayList<>();
      for (int m = 0; m < floating.size(); m++) {
        outputs.add(outs.get(floating.get(m)));
        cotangents.add(c.get(m));
        wrt.add(primals.get(floating.get(m)));
      }
      List<Instruction> next = new ArrayList<>(c);
      List<Instruction> pulled = Vjp.reverse(ctx, bb, outputs, cotangents, wrt);
      for (int m = 0; m < floating.size(); m++) {
        next.set(m, pulled.get(m));
      }
      return next;
    });
    List<Instruction> result = new ArrayList<>();
    int m = 0;
    for (int k = 0; k < n; k++) {
      result.add(floating.contains(k) ? out.get(m++) : null);
    }
    return result;
  }

  private static ArrayShape stacked(ArrayShape s, long trips) {
    List<Long> d = new ArrayList<>();
    d.add(trips);
    d.addAll(s.dims());
    return Shape.array(s.elementType(), d);
  }

  private static List<Instruction> at(XlaBuilder b, Instruction i, int rank) {
    List<Instruction> starts = new ArrayList<>();
    starts.add(i);
    for (int d = 1; d < rank; d++) {
      starts.add(b.constant(DType.S32, 0));
    }
    return starts;
  }

  private static long[] dims(ArrayShape s) {
    return s.dims().stream().mapToLong(Long::longValue).toArray();
  }
}
