package dev.torus.compiler.analysis;

import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Computation;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.Instruction;
import java.util.Comparator;
import java.util.Optional;

/**
 * Static buffer facts of an emitted program. An intermediate buffer is the array an instruction
 * produces, excluding the entry's parameters and result and the instructions that only alias
 * another buffer (parameters of called computations, tuples, get-tuple-element, while results).
 * This is the logical size the program asks for, before XLA fuses or reuses buffers.
 */
public final class BufferAnalysis {
  private BufferAnalysis() {}

  /** The largest intermediate buffer and where it is. */
  public record Buffer(String computation, String instruction, ArrayShape shape) {
    public long bytes() {
      return shape.byteSize();
    }

    @Override
    public String toString() {
      return computation + "/" + instruction + " " + shape + " (" + bytes() + " bytes)";
    }
  }

  public static Optional<Buffer> largestIntermediate(HloModule module) {
    Buffer best = null;
    for (Computation c : module.computations()) {
      for (Instruction i : c.instructions()) {
        if (isAlias(i) || (c == module.entry() && i == c.root())) {
          continue;
        }
        Buffer candidate = new Buffer(c.name(), i.name(), i.arrayShape());
        if (best == null || Comparator.comparingLong(Buffer::bytes).compare(candidate, best) > 0) {
          best = candidate;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean isAlias(Instruction i) {
    return switch (i.opcode()) {
      case PARAMETER, TUPLE, GET_TUPLE_ELEMENT, WHILE, CONDITIONAL -> true;
      default -> !(i.shape() instanceof ArrayShape);
    };
  }
}
