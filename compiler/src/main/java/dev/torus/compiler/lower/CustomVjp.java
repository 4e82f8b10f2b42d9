package dev.torus.compiler.lower;

import com.google.common.collect.ImmutableList;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.XlaBuilder;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * Gradients a lowering knows better than the op-by-op rules (as {@code jax.custom_vjp}): the
 * lowering registers, for an output it built, the inputs it depends on and how to turn the output's
 * cotangent into theirs. Reverse-mode differentiation then treats the output as one op of those
 * inputs and never looks inside. Blockwise attention uses this: its backward recomputes the scores
 * from the saved log-sum-exp instead of differentiating its loops.
 */
public final class CustomVjp {
  /** The cotangents of the registered inputs (null for none), emitted into {@code b}. */
  @FunctionalInterface
  public interface Backward {
    List<Instruction> apply(XlaBuilder b, Instruction cotangent);
  }

  /** What was registered for one output. */
  public record Rule(ImmutableList<Instruction> inputs, Backward backward) {}

  private static final Map<Instruction, Rule> RULES = Collections.synchronizedMap(new WeakHashMap<>());

  private CustomVjp() {}

  /** Registers {@code backward} for {@code output}, a function of {@code inputs}; returns {@code output}. */
  public static Instruction register(Instruction output, List<Instruction> inputs, Backward backward) {
    RULES.put(output, new Rule(ImmutableList.copyOf(inputs), backward));
    return output;
  }

  public static Optional<Rule> of(Instruction output) {
    return Optional.ofNullable(RULES.get(output));
  }
}
