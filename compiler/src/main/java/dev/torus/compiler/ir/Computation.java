package dev.torus.compiler.ir;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;

/**
 * A named HLO computation: its instructions in a topological order (operands before users;
 * parameters kept even when unused) and the root whose value it returns.
 */
public record Computation(String name, ImmutableList<Instruction> instructions, Instruction root) {

  /** Parameters ordered by parameter number. */
  public ImmutableList<Instruction> parameters() {
    return instructions.stream()
        .filter(i -> i.opcode() == Opcode.PARAMETER)
        .sorted(Comparator.comparingInt(i -> i.attrs(Attrs.Parameter.class).number()))
        .collect(ImmutableList.toImmutableList());
  }

  public ImmutableList<Shape> parameterShapes() {
    return parameters().stream().map(Instruction::shape).collect(ImmutableList.toImmutableList());
  }

  public Shape resultShape() {
    return root.shape();
  }

  @Override
  public String toString() {
    return "computation " + name;
  }
}
