package dev.torus.compiler.grad;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.compiler.lower.CountedLoop;
import dev.torus.compiler.lower.LoweringContext;
import dev.torus.compiler.lower.ProgramNames;
import dev.torus.compiler.lower.Scan;
import java.util.ArrayList;
import java.util.List;

/** The backward loop of a {@link Scan}: the iterations in reverse, each body re-traced and pulled through by {@link Vjp}. */
final class ScanBackward {
  private ScanBackward() {}

  /**
   * The cotangents of the loop's initial carried values, given the cotangents of its outputs (null
   * for none): a loop from the last iteration down to the first that rebuilds each iteration's body
   * and pulls the cotangents through it.
   */
  public static List<Instruction> backward(LoweringContext ctx, XlaBuilder b, Scan.Forward f, List<Instruction> seeds) {
    int n = f.initial().size();
    checkArgument(seeds.size() == n, "scan %s: %s seeds for %s carried values", f.name(), seeds.size(), n);
    for (int k = 0; k < n; k++) {
      checkArgument(f.roles().get(k) != Scan.Role.NOT_KEPT || !f.initial().get(k).arrayShape().elementType().isFloating(),
          "scan %s: carried value %s changes between iterations and was not kept, so the loop cannot be"
              + " differentiated; build it for training (saving it)", f.name(), k);
    }
    // State: cotangents of the carried values (floating ones), the invariant and initial values, the stacks.
    // A recomputed value (a prefetched layer's gathered weights) carries no cotangent: the re-traced
    // body rebuilds it from the values it is a function of, so its cotangent goes through that
    // recomputation in the same iteration (a gather's reduce-scatter into the layer's slice of the
    // stacked weight's cotangent), and the body's output of it, the next iteration's value, gets none
    // (that iteration rebuilds its own). Carried across iterations instead, a whole layer's weight
    // cotangent stayed live through all of the next layer's backward. Only when nothing after the loop
    // reads the loop's last value (a null seed).
    List<Integer> floating = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      boolean throughRecompute = f.recompute().containsKey(k) && seeds.get(k) == null;
      if (f.initial().get(k).arrayShape().elementType().isFloating() && !throughRecompute) {
        floating.add(k);
      }
    }
    // A narrower-than-f32 invariant (a chunked map's bf16 weights) sums every iteration's cotangent
    // into an f32 accumulator: each iteration's own contribution is pulled from a zero seed and added
    // in f32, so the sum over chunks and layers is not rounded to bf16 at every step.
    List<Boolean> summedInF32 = new ArrayList<>();
    List<Boolean> flat = new ArrayList<>();
    List<Instruction> state = new ArrayList<>();
    for (int k : floating) {
      Instruction seed = seeds.get(k);
      ArrayShape s = f.initial().get(k).arrayShape();
      boolean wide = f.roles().get(k) == Scan.Role.INVARIANT && s.elementType() != DType.F32;
      boolean flattened = summedFlat(f, k);
      summedInF32.add(wide);
      flat.add(flattened);
      ArrayShape acc = wide ? s.withElementType(DType.F32) : s;
      Instruction initial = seed != null ? (wide ? asF32(b, seed) : seed) : null;
      if (flattened) {
        acc = new ArrayShape(acc.elementType(), ImmutableList.of(s.dim(0), s.elementCount() / s.dim(0)));
        initial = initial == null ? null : b.reshape(initial, acc.dim(0), acc.dim(1));
      }
      state.add(initial != null ? initial : b.broadcast(b.constant(acc.elementType(), 0), acc));
    }
    int primalsAt = state.size();
    state.addAll(f.initial());
    int stacksAt = state.size();
    state.addAll(f.stacks());
    int residualsAt = state.size();
    state.addAll(f.residuals());
    int trips = f.trips();
    List<Instruction> out = CountedLoop.run(ctx.module(), b, ProgramNames.backward(f.name()), trips, state, (bb, j, c) -> {
      Instruction i = bb.subtract(bb.constant(DType.S32, trips - 1), j);
      List<Instruction> primals = new ArrayList<>();
      int s = 0;
      for (int k = 0; k < n; k++) {
        Instruction initial = c.get(primalsAt + k);
        if (f.roles().get(k) == Scan.Role.SAVED) {
          Instruction stack = c.get(stacksAt + s++);
          ArrayShape shape = initial.arrayShape();
          primals.add(Scan.savedAt(bb, stack, shape, i));
        } else {
          primals.add(initial);
        }
      }
      for (var e : f.recompute().entrySet()) {   // rebuilt from the others at this iteration
        primals.set(e.getKey(), e.getValue().apply(bb, i, primals));
      }
      List<Instruction> residuals = c.subList(residualsAt, residualsAt + f.residuals().size());
      if (!residuals.isEmpty()) {   // the body reads what the forward kept instead of computing it again
        ctx.residuals().replay(bb, residuals, i);
      }
      List<Instruction> outs = f.body().apply(bb, i, primals);
      if (!residuals.isEmpty()) {
        ctx.residuals().endReplay(bb);
      }
      List<Instruction> outputs = new ArrayList<>();
      List<Instruction> cotangents = new ArrayList<>();
      List<Instruction> wrt = new ArrayList<>();
      for (int m = 0; m < floating.size(); m++) {
        outputs.add(outs.get(floating.get(m)));
        cotangents.add(summedInF32.get(m) || flat.get(m) ? null : c.get(m));   // null: a zero seed
        wrt.add(primals.get(floating.get(m)));
      }
      List<Instruction> next = new ArrayList<>(c);
      List<Instruction> pulled = Vjp.reverse(ctx, bb, outputs, cotangents, wrt, !f.recompute().isEmpty());
      for (int m = 0; m < floating.size(); m++) {
        next.set(m, flat.get(m) ? addFlat(bb, c.get(m), pulled.get(m))
            : summedInF32.get(m) ? addInF32(bb, c.get(m), pulled.get(m)) : pulled.get(m));
      }
      return next;
    });
    List<Instruction> result = new ArrayList<>();
    int m = 0;
    for (int k = 0; k < n; k++) {
      if (!floating.contains(k)) {
        result.add(null);
        continue;
      }
      Instruction initial = f.initial().get(k);
      Instruction g = flat.get(m) ? b.reshape(out.get(m), dims(initial.arrayShape())) : out.get(m);
      // An f32 sum stays f32 where the caller takes it so (a parameter's, a rounded weight's), else
      // it is rounded once, here.
      result.add(summedInF32.get(m++) && !Vjp.keepsF32Cotangent(initial)
          ? b.convert(g, initial.arrayShape().elementType()) : g);
    }
    return result;
  }

  /**
   * Whether carried value {@code k}'s cotangent is summed as {@code [d0, rest]} rather than in its own
   * shape: an invariant of rank 3 or more whose minor dimension is no multiple of 128, in a scan that
   * rebuilds values (a layer loop with prefetched FSDP weights). Such a stacked weight's shard is
   * narrow (LLaMA-7B's MLP over 1024 devices: {@code [32, 11008, 4]}), and libtpu tiles an array's two
   * minor dimensions by (8, 128): it laid the f32 sum out at 32x its size (172 MiB instead of 5.4).
   * Flattened, each layer's contribution is one row and the sum is reshaped once after the loop; the
   * values are the same.
   */
  private static boolean summedFlat(Scan.Forward f, int k) {
    ArrayShape s = f.initial().get(k).arrayShape();
    return !f.recompute().isEmpty() && f.roles().get(k) == Scan.Role.INVARIANT && s.rank() >= 3
        && s.dim(s.rank() - 1) % 128 != 0;
  }

  /**
   * {@code acc + g} for a flattened sum {@code acc} ({@link #summedFlat}) and a contribution {@code g}
   * in the value's own shape, in {@code acc}'s type; one that is a slice of whole rows written into
   * zeros (a layer's slice of a stacked weight) is added into its row in place.
   */
  private static Instruction addFlat(XlaBuilder b, Instruction acc, Instruction g) {
    ArrayShape s = g.arrayShape();
    DType t = acc.arrayShape().elementType();
    if (g.opcode() == Opcode.DYNAMIC_UPDATE_SLICE && Vjp.isZeros(g.operand(0))
        && g.operand(1).arrayShape().dims().subList(1, s.rank()).equals(s.dims().subList(1, s.rank()))) {
      Instruction update = g.operand(1);
      long rows = update.arrayShape().dim(0);
      List<Instruction> at = List.of(g.operand(2), b.constant(g.operand(2).arrayShape().elementType(), 0));
      Instruction row = b.reshape(update, rows, acc.arrayShape().dim(1));
      Instruction rowT = row.arrayShape().elementType() == t ? row : b.convert(row, t);
      return b.dynamicUpdateSlice(acc, b.add(b.dynamicSlice(acc, at, rows, acc.arrayShape().dim(1)), rowT), at);
    }
    Instruction whole = b.reshape(g, acc.arrayShape().dim(0), acc.arrayShape().dim(1));
    return b.add(acc, whole.arrayShape().elementType() == t ? whole : b.convert(whole, t));
  }

  private static long[] dims(ArrayShape s) {
    return s.dims().stream().mapToLong(Long::longValue).toArray();
  }

  /**
   * {@code acc + g} in f32; a contribution that is a slice written into zeros (a layer's slice of a
   * stacked weight) is added into its slice of the sum in place, as {@link Vjp} does.
   */
  private static Instruction addInF32(XlaBuilder b, Instruction acc, Instruction g) {
    if (g.opcode() == Opcode.DYNAMIC_UPDATE_SLICE && Vjp.isZeros(g.operand(0))) {
      List<Instruction> at = g.operands().subList(2, g.operands().size());
      Instruction update = g.operand(1);
      long[] sizes = update.arrayShape().dims().stream().mapToLong(Long::longValue).toArray();
      return b.dynamicUpdateSlice(acc, b.add(b.dynamicSlice(acc, at, sizes), asF32(b, update)), at);
    }
    return b.add(acc, asF32(b, g));
  }

  private static Instruction asF32(XlaBuilder b, Instruction x) {
    return x.arrayShape().elementType() == DType.F32 ? x : b.convert(x, DType.F32);
  }
}
