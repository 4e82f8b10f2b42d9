package dev.torus.compiler.lower;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import dev.torus.compiler.ir.Attrs.ComparisonDirection;
import dev.torus.compiler.ir.Computation;
import dev.torus.compiler.ir.HloModuleBuilder;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * A counted {@code while} loop, {@code for (i = 0; i < limit; i++)}, with the values the body needs
 * carried in the loop state (an HLO body sees only its parameter: weights and other loop-invariant
 * inputs travel as carried values the body returns unchanged). The state is
 * {@code (s32 i, s32 limit, carried...)}; the condition is {@code i < limit}, which is how trip
 * counts are read back from emitted programs.
 */
public final class CountedLoop {
  /** Builds the body: given the body builder, the counter and the carried values, returns the new carried values. */
  @FunctionalInterface
  public interface Body {
    List<Instruction> apply(XlaBuilder body, Instruction i, List<Instruction> carried);
  }

  private CountedLoop() {}

  /** Runs the loop in {@code b} and returns the final carried values (as instructions of {@code b}). */
  public static List<Instruction> run(HloModuleBuilder module, XlaBuilder b, String name, Instruction limit,
      List<Instruction> carried, Body body) {
    return run(module, b, name, b.constant(DType.S32, 0), limit, carried, body);
  }

  /** {@code for (i = start; i < limit; i++)}: like {@link #run} with a first index other than 0. */
  public static List<Instruction> run(HloModuleBuilder module, XlaBuilder b, String name, Instruction start,
      Instruction limit, List<Instruction> carried, Body body) {
    String outer = b.opName();   // the body may retag what it builds; the loop keeps the caller's tag
    List<Shape> shapes = new ArrayList<>(List.of(Shape.scalar(DType.S32), Shape.scalar(DType.S32)));
    carried.forEach(c -> shapes.add(c.shape()));
    Shape state = Shape.tuple(shapes);

    XlaBuilder cond = module.computation(ProgramNames.condition(name));
    Instruction cs = cond.parameter(0, state, "state");
    Computation condition = cond.build(cond.compare(cond.getTupleElement(cs, 0), cond.getTupleElement(cs, 1),
        ComparisonDirection.LT));

    XlaBuilder bb = module.computation(ProgramNames.body(name));
    Instruction s = bb.parameter(0, state, "state");
    Instruction i = bb.named(ProgramNames.counter(name), bb.getTupleElement(s, 0));
    Instruction n = bb.getTupleElement(s, 1);
    List<Instruction> inBody = new ArrayList<>();
    for (int k = 0; k < carried.size(); k++) {
      inBody.add(bb.getTupleElement(s, k + 2));
    }
    List<Instruction> updated = body.apply(bb, i, ImmutableList.copyOf(inBody));
    checkArgument(updated.size() == carried.size(), "loop %s: body returned %s values for %s carried",
        name, updated.size(), carried.size());
    List<Instruction> next = new ArrayList<>(List.of(bb.add(i, bb.constant(DType.S32, 1)), n));
    next.addAll(updated);
    Computation loopBody = bb.build(bb.tuple(next.toArray(Instruction[]::new)));

    List<Instruction> init = new ArrayList<>(List.of(start, limit));
    init.addAll(carried);
    Instruction tuple = b.tuple(init.toArray(Instruction[]::new));
    // The loop's own op name ends in its name, so profiles and compiled TPU programs tell loops apart.
    b.withOpName(outer == null ? name : outer + "/" + name);
    Instruction loop = b.named(name, b.whileLoop(condition, loopBody, tuple));
    b.withOpName(outer);
    List<Instruction> out = new ArrayList<>();
    for (int k = 0; k < carried.size(); k++) {
      out.add(b.getTupleElement(loop, k + 2));
    }
    return out;
  }

  /** {@link #run} with a constant trip count. */
  public static List<Instruction> run(HloModuleBuilder module, XlaBuilder b, String name, int tripCount,
      List<Instruction> carried, Body body) {
    return run(module, b, name, b.constant(DType.S32, tripCount), carried, body);
  }
}
