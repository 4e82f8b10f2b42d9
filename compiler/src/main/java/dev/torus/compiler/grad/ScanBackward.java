package dev.torus.compiler.grad;

import static com.google.common.base.Preconditions.checkArgument;

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
    List<Integer> floating = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      if (f.initial().get(k).arrayShape().elementType().isFloating()) {
        floating.add(k);
      }
    }
    // A narrower-than-f32 invariant (a chunked map's bf16 weights) sums every iteration's cotangent
    // into an f32 accumulator: each iteration's own contribution is pulled from a zero seed and added
    // in f32, so the sum over chunks and layers is not rounded to bf16 at every step.
    List<Boolean> summedInF32 = new ArrayList<>();
    List<Instruction> state = new ArrayList<>();
    for (int k : floating) {
      Instruction seed = seeds.get(k);
      ArrayShape s = f.initial().get(k).arrayShape();
      boolean wide = f.roles().get(k) == Scan.Role.INVARIANT && s.elementType() != DType.F32;
      summedInF32.add(wide);
      ArrayShape acc = wide ? s.withElementType(DType.F32) : s;
      state.add(seed != null ? (wide ? asF32(b, seed) : seed) : b.broadcast(b.constant(acc.elementType(), 0), acc));
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
        cotangents.add(summedInF32.get(m) ? null : c.get(m));   // null: a zero seed
        wrt.add(primals.get(floating.get(m)));
      }
      List<Instruction> next = new ArrayList<>(c);
      List<Instruction> pulled = Vjp.reverse(ctx, bb, outputs, cotangents, wrt);
      for (int m = 0; m < floating.size(); m++) {
        next.set(m, summedInF32.get(m) ? addInF32(bb, c.get(m), pulled.get(m)) : pulled.get(m));
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
      Instruction g = out.get(m);
      Instruction initial = f.initial().get(k);
      // An f32 sum stays f32 where the caller takes it so (a parameter's, a rounded weight's), else
      // it is rounded once, here.
      result.add(summedInF32.get(m++) && !Vjp.keepsF32Cotangent(initial)
          ? b.convert(g, initial.arrayShape().elementType()) : g);
    }
    return result;
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
