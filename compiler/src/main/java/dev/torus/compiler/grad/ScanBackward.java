package dev.torus.compiler.grad;

import static com.google.common.base.Preconditions.checkArgument;

import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Instruction;
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
}
