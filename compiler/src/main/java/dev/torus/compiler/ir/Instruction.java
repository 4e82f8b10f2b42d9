package dev.torus.compiler.ir;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * One HLO instruction: opcode, result shape, operands, attributes and the computations it calls
 * (reduce and all-reduce: the reducer; while: condition then body; conditional: the branches).
 * Immutable; identity is the object (names are unique within a module). Passes that change an
 * instruction build a new one.
 */
public final class Instruction {
  private final String name;
  private final Opcode opcode;
  private final Shape shape;
  private final ImmutableList<Instruction> operands;
  private final Attrs attrs;
  private final ImmutableList<Computation> called;
  private final String opName;

  public Instruction(String name, Opcode opcode, Shape shape, ImmutableList<Instruction> operands,
      Attrs attrs, ImmutableList<Computation> called, String opName) {
    this.name = checkNotNull(name, "name");
    this.opcode = checkNotNull(opcode, "opcode");
    this.shape = checkNotNull(shape, "shape of %s", name);
    this.operands = checkNotNull(operands, "operands of %s", name);
    this.attrs = checkNotNull(attrs, "attrs of %s", name);
    this.called = checkNotNull(called, "called computations of %s", name);
    this.opName = opName;
  }

  public String name() {
    return name;
  }

  public Opcode opcode() {
    return opcode;
  }

  public Shape shape() {
    return shape;
  }

  /** The shape as an array; fails naming this instruction if it is a tuple. */
  public ArrayShape arrayShape() {
    return shape.asArray(name);
  }

  public ImmutableList<Instruction> operands() {
    return operands;
  }

  public Instruction operand(int i) {
    return operands.get(i);
  }

  public Attrs attrs() {
    return attrs;
  }

  /** The attributes as the given record type; fails naming the instruction otherwise. */
  public <T extends Attrs> T attrs(Class<T> type) {
    if (!type.isInstance(attrs)) {
      throw new IllegalStateException(
          name + " (" + opcode + ") has attributes " + attrs + ", expected " + type.getSimpleName());
    }
    return type.cast(attrs);
  }

  public ImmutableList<Computation> called() {
    return called;
  }

  /** The DSL-level name this instruction came from ({@code metadata={op_name=...}}), if any. */
  public Optional<String> opName() {
    return Optional.ofNullable(opName);
  }

  @Override
  public String toString() {
    return name + " = " + shape + " " + opcode;
  }
}
