package dev.torus.compiler.lower;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A counted loop that can be differentiated: its body is a pure Java function of the counter and
 * the carried values (as every lowering's loop body is), so the backward loop (in {@code
 * compiler.grad}) rebuilds ("re-traces") the body of iteration {@code i} inside itself and
 * differentiates it. Nothing of the
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
 *   <li>{@link Role#NOT_KEPT}: a forward-only program's varying value (the layer loop's activation
 *       when not training); differentiating through it is refused, never silently wrong.
 * </ul>
 * Under a {@link Remat} policy that saves residuals, the values the body marks with
 * {@link LoweringContext#keep} are stored per iteration too ({@link Forward#residuals}), and the
 * re-traced body reads them instead of computing them ({@link Residuals}).
 * Integer carried values (counters, positions) take any role and get no cotangent. Reverse-mode
 * differentiation goes through a scan like through any other op, nested scans included: the
 * scan's backward loop re-traces the body, inner scans and all. Without saved values a scan emits
 * exactly the loop {@link CountedLoop} would. Each scan is recorded in its module's
 * {@link GradientRules} under its {@code while} instruction.
 */
public final class Scan {
  public enum Role {
    SAVED, INVARIANT, OWN_SLICES,
    /** Changes between iterations and is not kept: a floating one makes the loop non-differentiable. */
    NOT_KEPT,
    /**
     * A function of the iteration and the other carried values, computed again when needed (a
     * prefetched layer's gathered weights: the gather of that layer's shards).
     */
    RECOMPUTED
  }

  /** How a {@link Role#RECOMPUTED} value at the start of iteration {@code i} is rebuilt from the other carried values. */
  @FunctionalInterface
  public interface Recompute {
    Instruction apply(XlaBuilder b, Instruction i, List<Instruction> carried);
  }

  /**
   * The forward loop's results and what its backward needs: {@code stacks} holds the
   * {@link Role#SAVED} values per iteration, {@code residuals} the kept ones ({@link Residuals}).
   */
  public record Forward(String name, int trips, ImmutableList<Instruction> initial, ImmutableList<Role> roles,
      ImmutableList<Instruction> outputs, ImmutableList<Instruction> stacks, ImmutableList<Instruction> residuals,
      CountedLoop.Body body, java.util.Map<Integer, Recompute> recompute) {

    /** The same scan over the instructions {@code now} maps its values to (after a pass re-created them). */
    Forward replaced(UnaryOperator<Instruction> now) {
      return new Forward(name, trips, replaced(initial, now), roles, replaced(outputs, now), replaced(stacks, now),
          replaced(residuals, now), body, recompute);
    }

    private static ImmutableList<Instruction> replaced(List<Instruction> values, UnaryOperator<Instruction> now) {
      return values.stream().map(now).collect(ImmutableList.toImmutableList());
    }
  }

  private Scan() {}

  /** Runs the loop, storing each {@link Role#SAVED} value at the start of every iteration. */
  public static Forward forward(LoweringContext ctx, XlaBuilder b, String name, int trips, List<Instruction> carried,
      List<Role> roles, CountedLoop.Body body) {
    return forward(ctx, b, name, trips, carried, roles, body, java.util.Map.of());
  }

  /** The same with {@link Role#RECOMPUTED} values, by carried index. */
  public static Forward forward(LoweringContext ctx, XlaBuilder b, String name, int trips, List<Instruction> carried,
      List<Role> roles, CountedLoop.Body body, java.util.Map<Integer, Recompute> recompute) {
    for (int k = 0; k < roles.size(); k++) {
      checkArgument((roles.get(k) == Role.RECOMPUTED) == recompute.containsKey(k),
          "scan %s: carried value %s: a recomputed value needs exactly one recompute function", name, k);
    }
    checkArgument(roles.size() == carried.size(), "scan %s: %s roles for %s carried values", name, roles.size(),
        carried.size());
    checkArgument(trips >= 1, "scan %s: %s trips", name, trips);
    List<Integer> saved = new ArrayList<>();
    List<Instruction> state = new ArrayList<>(carried);
    for (int k = 0; k < carried.size(); k++) {
      if (roles.get(k) == Role.SAVED) {
        saved.add(k);
        ArrayShape s = carried.get(k).arrayShape();
        state.add(b.broadcast(b.constant(storedType(ctx, s), 0), stacked(s.withElementType(storedType(ctx, s)), trips)));
      }
    }
    int n = carried.size();
    List<ArrayShape> kept = ctx.savesResiduals() ? keptShapes(ctx, name, carried, body) : List.of();
    kept.forEach(s -> state.add(b.broadcast(b.constant(s.elementType(), 0), stacked(s, trips))));
    int residualsAt = n + saved.size();
    List<Instruction> out = CountedLoop.run(ctx.module(), b, name, trips, state, (bb, i, c) -> {
      if (!kept.isEmpty()) {
        ctx.residuals().record(bb);
      }
      List<Instruction> next = new ArrayList<>(body.apply(bb, i, c.subList(0, n)));
      List<Instruction> keptNow = kept.isEmpty() ? List.of() : ctx.residuals().recorded(bb);
      checkArgument(next.size() == n, "scan %s: the body returned %s values for %s carried", name, next.size(), n);
      checkArgument(keptNow.size() == kept.size(), "scan %s: the body kept %s values, its first trace %s", name,
          keptNow.size(), kept.size());
      for (int s = 0; s < saved.size(); s++) {
        next.add(stored(bb, c.get(n + s), c.get(saved.get(s)), i));
      }
      for (int r = 0; r < kept.size(); r++) {
        next.add(stored(bb, c.get(residualsAt + r), keptNow.get(r), i));
      }
      return next;
    });
    // A scan inside another scan's body: its stacks are that body's residuals too, so the outer
    // backward reads them rather than running this loop again.
    List<Instruction> stacks = new ArrayList<>();
    out.subList(n, out.size()).forEach(stack -> stacks.add(ctx.keepExact(b, stack)));
    Forward f = new Forward(name, trips, ImmutableList.copyOf(carried), ImmutableList.copyOf(roles),
        ImmutableList.copyOf(out.subList(0, n)), ImmutableList.copyOf(stacks.subList(0, saved.size())),
        ImmutableList.copyOf(stacks.subList(saved.size(), stacks.size())), body,
        ImmutableMap.copyOf(recompute));   // insertion order: Map.copyOf iterates in a per-JVM random order
    ctx.gradientRules().addScan(out.get(0).operand(0), f);   // every output is get-tuple-element(loop, k)
    return f;
  }

  /**
   * The type a {@link Role#SAVED} value of {@code shape} is stored in: the compute type when the
   * products compute in bf16 and the value is f32 (the layer loop's f32 residual stream under
   * {@code --precision bf16-mixed} or a bf16 model: the layer inputs are kept in bf16, half the bytes,
   * and the backward re-traces each layer from its rounded input), else its own.
   */
  static DType storedType(LoweringContext ctx, ArrayShape shape) {
    return shape.elementType() == DType.F32 && ctx.matmulType() == DType.BF16 ? DType.BF16 : shape.elementType();
  }

  /** {@code value} written into {@code stack} as iteration {@code i} (converted to the stack's type). */
  private static Instruction stored(XlaBuilder b, Instruction stack, Instruction value, Instruction i) {
    DType type = stack.arrayShape().elementType();
    Instruction v = value.arrayShape().elementType() == type ? value : b.convert(value, type);
    return b.dynamicUpdateSlice(stack, b.reshape(v, dims(stacked(v.arrayShape(), 1))),
        at(b, i, value.arrayShape().rank() + 1));
  }

  /**
   * The shapes of the values the body keeps ({@link Residuals}), found by building it once into a
   * computation that is then dropped (the module holds only what its entry reaches).
   */
  private static List<ArrayShape> keptShapes(LoweringContext ctx, String name, List<Instruction> carried,
      CountedLoop.Body body) {
    XlaBuilder trial = ctx.module().computation(name + "_kept");
    Instruction i = trial.parameter(0, Shape.scalar(DType.S32), "i");
    List<Instruction> values = new ArrayList<>();
    for (int k = 0; k < carried.size(); k++) {
      values.add(trial.parameter(k + 1, carried.get(k).shape(), "carried"));
    }
    ctx.residuals().record(trial);
    body.apply(trial, i, values);
    return ctx.residuals().recorded(trial).stream().map(Instruction::arrayShape).toList();
  }

  /** Where carried value {@code k} sits in the loop's state (after the counter and the limit). */
  public static int stateIndex(int k) {
    return k + 2;
  }

  /**
   * The value a {@link Role#SAVED} carried value of {@code shape} had at the start of iteration {@code i}
   * (in {@code shape}'s type again when the stack holds it narrower).
   */
  public static Instruction savedAt(XlaBuilder b, Instruction stack, ArrayShape shape, Instruction i) {
    ArrayShape held = shape.withElementType(stack.arrayShape().elementType());
    Instruction v = b.reshape(b.dynamicSlice(stack, at(b, i, shape.rank() + 1), dims(stacked(held, 1))), dims(held));
    return held.elementType() == shape.elementType() ? v : b.convert(v, shape.elementType());
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
