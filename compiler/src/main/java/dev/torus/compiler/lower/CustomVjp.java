package dev.torus.compiler.lower;

import com.google.common.collect.ImmutableList;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.XlaBuilder;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A gradient a lowering knows better than the op-by-op rules (as {@code jax.custom_vjp}): an
 * output, a function of {@code inputs}, gets the inputs' cotangents from {@code backward}, given
 * the {@code residuals} the forward saved and the output's cotangent. Reverse-mode
 * differentiation then treats the output as one op of those inputs and never looks inside.
 * Blockwise attention uses it: its backward recomputes the scores from the saved log-sum-exp
 * instead of differentiating its loops.
 *
 * <p>A rule is added to the module's {@link GradientRules}. The backward receives its residuals as
 * arguments rather than capturing them, so the rule still holds when a pass re-creates them.
 */
public record CustomVjp(ImmutableList<Instruction> inputs, ImmutableList<Instruction> residuals, Backward backward) {
  /** The cotangents of the inputs (null for none), emitted into {@code b}. */
  @FunctionalInterface
  public interface Backward {
    List<Instruction> apply(XlaBuilder b, List<Instruction> residuals, Instruction cotangent);
  }

  public static CustomVjp of(List<Instruction> inputs, List<Instruction> residuals, Backward backward) {
    return new CustomVjp(ImmutableList.copyOf(inputs), ImmutableList.copyOf(residuals), backward);
  }

  /** The same rule over the instructions {@code now} maps its inputs and residuals to. */
  CustomVjp replaced(UnaryOperator<Instruction> now) {
    return of(inputs.stream().map(now).toList(), residuals.stream().map(now).toList(), backward);
  }
}
