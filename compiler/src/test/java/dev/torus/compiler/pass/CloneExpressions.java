package dev.torus.compiler.pass;

import static java.util.stream.Collectors.joining;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.Computation;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Literal;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.TupleShape;
import java.util.Optional;

/**
 * One device's value as an expression tree without names, read two ways: from the SPMD program for
 * device d ({@code partition-id} substituted by the constant d, a permute by what its source sends,
 * zeros where none), and from the emulated module (where row d of a stacked entry parameter and
 * element d of a joint loop state are device d's parameter). A clone is right when both agree.
 */
final class CloneExpressions {
  private CloneExpressions() {}

  /** Device {@code d}'s value of SPMD instruction {@code i}, out of {@code n} devices. */
  static String spmd(Instruction i, int d, int n) {
    return switch (i.opcode()) {
      case PARAMETER -> "p" + i.attrs(Attrs.Parameter.class).number() + "@" + d;
      case PARTITION_ID -> node(constant(DType.U32, d));
      case COLLECTIVE_PERMUTE -> {
        Optional<Attrs.SourceTarget> from = i.attrs(Attrs.Collective.class).pairs().stream()
            .filter(p -> p.target() == d).findFirst();
        yield from.isPresent() ? spmd(i.operand(0), from.get().source(), n) : node(zeros(i));
      }
      default -> {
        if (i.opcode().isCollective()) {
          throw new IllegalArgumentException("no rule for " + i.opcode() + " in this test");
        }
        yield head(i, d) + i.operands().stream().map(o -> spmd(o, d, n)).collect(joining(", ", "(", ")"));
      }
    };
  }

  /** The value of emulated instruction {@code i} with device views of joint parameters named {@code p<k>@d}. */
  static String emulated(Instruction i) {
    if (i.opcode() == Opcode.RESHAPE && i.operand(0).opcode() == Opcode.SLICE
        && i.operand(0).operand(0).opcode() == Opcode.PARAMETER) {
      long row = i.operand(0).attrs(Attrs.Slice.class).starts().get(0);
      return "p" + i.operand(0).operand(0).attrs(Attrs.Parameter.class).number() + "@" + row;
    }
    if (i.opcode() == Opcode.GET_TUPLE_ELEMENT && i.operand(0).opcode() == Opcode.PARAMETER) {
      return "p" + i.operand(0).attrs(Attrs.Parameter.class).number() + "@" + i.attrs(Attrs.TupleIndex.class).index();
    }
    return node(i);
  }

  /** A computation called from device {@code d} (null: from the emulation), its parameters named {@code p<k>}. */
  private static String callee(Computation c, Integer d) {
    return "{" + local(c.root(), d) + "}";
  }

  private static String local(Instruction i, Integer d) {
    if (i.opcode() == Opcode.PARAMETER) {
      return "p" + i.attrs(Attrs.Parameter.class).number();
    }
    if (i.opcode() == Opcode.PARTITION_ID && d != null) {
      return node(constant(DType.U32, d));
    }
    return head(i, d) + i.operands().stream().map(o -> local(o, d)).collect(joining(", ", "(", ")"));
  }

  private static String node(Instruction i) {
    return head(i, null) + i.operands().stream().map(CloneExpressions::emulated).collect(joining(", ", "(", ")"));
  }

  private static String head(Instruction i, Integer d) {
    String attrs = i.attrs() == Attrs.NONE ? "" : " " + i.attrs();
    String calls = i.called().stream().map(c -> callee(c, d)).collect(joining());
    return i.opcode() + " " + i.shape() + attrs + calls;
  }

  private static Instruction constant(DType type, double value) {
    Literal l = Literal.scalar(type, value);
    return new Instruction("c", Opcode.CONSTANT, l.shape(), ImmutableList.of(), new Attrs.Constant(l),
        ImmutableList.of(), null);
  }

  private static Instruction zeros(Instruction like) {
    Instruction zero = constant(like.arrayShape().elementType(), 0);
    return new Instruction("z", Opcode.BROADCAST, like.shape(), ImmutableList.of(zero),
        new Attrs.Dimensions(ImmutableList.of()), ImmutableList.of(), null);
  }

  /** Whether {@code s} is a tuple of {@code n} copies of one shape (a joint loop state). */
  static boolean isJoint(Shape s, int n) {
    return s instanceof TupleShape t && t.size() == n && t.elements().stream().distinct().count() == 1;
  }
}
