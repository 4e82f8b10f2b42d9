package dev.torus.compiler.pass;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.Computation;
import dev.torus.compiler.ir.UniqueNames;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Literal;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.ShapeInference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes one computation of a module that a pass rebuilds from an existing one: instructions get
 * their shape from {@link ShapeInference} and a name made unique across the module by a shared
 * {@link Names}; {@link #build} keeps what the root needs plus every parameter, in creation order
 * (a topological order, as operands are created before their users).
 */
final class ComputationWriter {
  private final Names names;
  private final String name;
  private final List<Instruction> instructions = new ArrayList<>();

  ComputationWriter(Names names, String computationName) {
    this.names = names;
    this.name = names.unique(computationName);
  }

  String name() {
    return name;
  }

  /** A new instruction named {@code base} (made unique); {@code declared} as for {@link ShapeInference#infer}. */
  Instruction add(String base, Opcode op, List<Instruction> operands, Attrs attrs, List<Computation> called,
      Shape declared, String opName) {
    Shape shape = ShapeInference.infer(name + "/" + base, op, operands.stream().map(Instruction::shape).toList(),
        attrs, called, declared);
    Instruction i = new Instruction(names.unique(base), op, shape, ImmutableList.copyOf(operands), attrs,
        ImmutableList.copyOf(called), opName);
    instructions.add(i);
    return i;
  }

  /** {@code original} with new operands and called computations; the shape is inferred again. */
  Instruction copy(Instruction original, String base, List<Instruction> operands, List<Computation> called) {
    return add(base, original.opcode(), operands, original.attrs(), called, original.shape(),
        original.opName().orElse(null));
  }

  Instruction parameter(int number, Shape shape, String base) {
    return add(base, Opcode.PARAMETER, List.of(), new Attrs.Parameter(number), List.of(), shape, null);
  }

  Instruction constant(String base, DType type, double value, String opName) {
    return add(base, Opcode.CONSTANT, List.of(), new Attrs.Constant(Literal.scalar(type, value)), List.of(), null, opName);
  }

  /** {@code value} as an array of {@code shape} (a scalar constant, broadcast unless {@code shape} is a scalar). */
  Instruction full(String base, ArrayShape shape, double value, String opName) {
    Instruction c = constant(base + ".value", shape.elementType(), value, opName);
    return shape.isScalar() ? c : add(base, Opcode.BROADCAST, List.of(c), new Attrs.Dimensions(ImmutableList.of()),
        List.of(), shape, opName);
  }

  Instruction getTupleElement(String base, Instruction tuple, int index) {
    return add(base, Opcode.GET_TUPLE_ELEMENT, List.of(tuple), new Attrs.TupleIndex(index), List.of(), null, null);
  }

  Instruction tuple(String base, List<Instruction> elements) {
    return add(base, Opcode.TUPLE, elements, Attrs.NONE, List.of(), null, null);
  }

  Instruction reshape(String base, Instruction x, ArrayShape to, String opName) {
    return add(base, Opcode.RESHAPE, List.of(x), Attrs.NONE, List.of(), to, opName);
  }

  /** {@code [start, limit)} of dimension {@code dim}, the other dimensions whole. */
  Instruction sliceInDim(String base, Instruction x, long start, long limit, int dim, String opName) {
    ArrayShape s = x.arrayShape();
    List<Long> starts = new ArrayList<>();
    List<Long> limits = new ArrayList<>();
    List<Long> strides = new ArrayList<>();
    for (int d = 0; d < s.rank(); d++) {
      starts.add(d == dim ? start : 0L);
      limits.add(d == dim ? limit : s.dim(d));
      strides.add(1L);
    }
    Attrs.Slice slice = new Attrs.Slice(ImmutableList.copyOf(starts), ImmutableList.copyOf(limits),
        ImmutableList.copyOf(strides));
    return add(base, Opcode.SLICE, List.of(x), slice, List.of(), null, opName);
  }

  /** The array leaves of {@code value}, depth first: read through {@code tuple} ops, else get-tuple-element. */
  List<Instruction> leaves(Instruction value) {
    if (value.shape() instanceof ArrayShape) {
      return List.of(value);
    }
    List<Instruction> out = new ArrayList<>();
    if (value.opcode() == Opcode.TUPLE) {
      value.operands().forEach(o -> out.addAll(leaves(o)));
      return out;
    }
    int elements = ((dev.torus.compiler.ir.TupleShape) value.shape()).size();
    for (int k = 0; k < elements; k++) {
      out.addAll(leaves(getTupleElement(value.name() + "." + k, value, k)));
    }
    return out;
  }

  /** Freezes the computation: what {@code root} needs plus every parameter, in creation order. */
  Computation build(Instruction root) {
    Set<Instruction> live = new HashSet<>();
    Deque<Instruction> work = new ArrayDeque<>(List.of(root));
    while (!work.isEmpty()) {
      Instruction i = work.pop();
      if (live.add(i)) {
        work.addAll(i.operands());
      }
    }
    ImmutableList.Builder<Instruction> kept = ImmutableList.builder();
    for (Instruction i : instructions) {
      if (live.contains(i) || i.opcode() == Opcode.PARAMETER) {
        kept.add(i);
      } else {
        names.release(i.name());
      }
    }
    return new Computation(name, kept.build(), root);
  }

  /** The instruction and computation names of one module being written (see {@link UniqueNames}). */
  static final class Names {
    private final UniqueNames names = new UniqueNames();

    /** Marks the names of a computation that is kept unchanged (and its instructions) as taken. */
    void reserve(Computation c) {
      names.reserve(c.name());
      c.instructions().forEach(i -> names.reserve(i.name()));
    }

    String unique(String base) {
      return names.unique(base);
    }

    void release(String name) {
      names.release(name);
    }
  }
}
