package dev.torus.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.DType;
import dev.torus.compiler.ir.Attrs.ComparisonDirection;
import java.util.List;
import org.junit.jupiter.api.Test;

class XlaBuilderTest {
  private final HloModuleBuilder module = new HloModuleBuilder("m", 1);
  private final XlaBuilder b = module.computation("main");

  @Test
  void dotShapeFollowsGeneralDimensionNumbers() {
    Instruction q = b.parameter(0, Shape.array(DType.F32, 2, 4, 8), "q");
    Instruction k = b.parameter(1, Shape.array(DType.F32, 2, 6, 8), "k");
    Instruction s = b.dot(q, k, Attrs.Dot.of(new int[] {0}, new int[] {2}, new int[] {0}, new int[] {2}));
    assertEquals(Shape.array(DType.F32, 2, 4, 6), s.shape());
    Instruction mixed = b.dot(b.convert(q, DType.BF16), b.convert(k, DType.BF16),
        Attrs.Dot.of(new int[] {0}, new int[] {2}, new int[] {0}, new int[] {2}), DType.F32);
    assertEquals(Shape.array(DType.F32, 2, 4, 6), mixed.shape());
  }

  @Test
  void mismatchedContractionNamesBothOperands() {
    Instruction x = b.parameter(0, Shape.array(DType.F32, 4, 8), "x");
    Instruction w = b.parameter(1, Shape.array(DType.F32, 9, 3), "w");
    ShapeError e = assertThrows(ShapeError.class, () -> b.dot(x, w, Attrs.Dot.contracting(1, 0)));
    assertEquals("main/dot (dot): contracting dimension 1 of lhs f32[4,8] (size 8) and 0 of rhs f32[9,3] (size 9) differ",
        e.getMessage());
  }

  @Test
  void elementwiseOpsDoNotBroadcastImplicitly() {
    Instruction x = b.parameter(0, Shape.array(DType.F32, 4, 8), "x");
    Instruction y = b.parameter(1, Shape.array(DType.F32, 8), "y");
    ShapeError e = assertThrows(ShapeError.class, () -> b.add(x, y));
    assertTrue(e.getMessage().contains("operands must have equal shapes"), e.getMessage());
    assertTrue(e.getMessage().contains("f32[4,8] and f32[8]"), e.getMessage());
  }

  @Test
  void broadcastChecksEachMappedDimension() {
    Instruction v = b.parameter(0, Shape.array(DType.F32, 4), "v");
    ShapeError e = assertThrows(ShapeError.class, () -> b.broadcast(v, Shape.array(DType.F32, 4, 8), 1));
    assertEquals("main/broadcast (broadcast): operand dimension 0 (size 4) must equal result dimension 1 (size 8)",
        e.getMessage());
    assertEquals(Shape.array(DType.F32, 4, 8), b.broadcast(v, Shape.array(DType.F32, 4, 8), 0).shape());
  }

  @Test
  void reduceNeedsAScalarReducerOfTheOperandType() {
    Computation addS32 = XlaBuilder.scalarReducer(module, "add_s32", Opcode.ADD, DType.S32);
    XlaBuilder main = module.computation("main2");
    Instruction x = main.parameter(0, Shape.array(DType.F32, 4, 8), "x");
    ShapeError e = assertThrows(ShapeError.class, () -> main.reduce(x, main.constant(DType.F32, 0), addS32, 1));
    assertTrue(e.getMessage().contains("reducer add_s32 must be (f32[], f32[]) -> f32[]"), e.getMessage());
  }

  @Test
  void sliceAndDynamicSliceShapes() {
    Instruction x = b.parameter(0, Shape.array(DType.F32, 8, 6), "x");
    assertEquals(Shape.array(DType.F32, 3, 6), b.slice(x, new long[] {1, 0}, new long[] {7, 6}, new long[] {2, 1}).shape());
    Instruction i = b.constant(DType.S32, 2);
    assertEquals(Shape.array(DType.F32, 2, 6), b.dynamicSlice(x, List.of(i, i), 2, 6).shape());
    ShapeError e = assertThrows(ShapeError.class, () -> b.sliceInDim(x, 4, 9, 0));
    assertTrue(e.getMessage().contains("range [4:9:1] is not within dimension 0 (size 8)"), e.getMessage());
  }

  @Test
  void whileChecksConditionAndBodyAgainstTheState() {
    TupleShape state = Shape.tuple(Shape.scalar(DType.S32), Shape.array(DType.F32, 4));
    XlaBuilder cond = module.computation("cond");
    Instruction s = cond.parameter(0, state, "s");
    Computation c = cond.build(cond.compare(cond.getTupleElement(s, 0), cond.constant(DType.S32, 3), ComparisonDirection.LT));
    XlaBuilder body = module.computation("body");
    Instruction t = body.parameter(0, Shape.tuple(Shape.scalar(DType.S32), Shape.array(DType.F32, 5)), "t");
    Computation wrongBody = body.build(t);
    Instruction init = b.tuple(b.constant(DType.S32, 0), b.parameter(0, Shape.array(DType.F32, 4), "x"));
    ShapeError e = assertThrows(ShapeError.class, () -> b.whileLoop(c, wrongBody, init));
    assertTrue(e.getMessage().contains("body body takes [(s32[], f32[5])], the loop state is (s32[], f32[4])"), e.getMessage());
  }

  @Test
  void operandsCannotCrossComputations() {
    Instruction x = b.parameter(0, Shape.scalar(DType.F32), "x");
    XlaBuilder other = module.computation("other");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> other.negate(x));
    assertTrue(e.getMessage().contains("x does not belong to computation other"), e.getMessage());
  }

  @Test
  void namesAreUniqueAcrossTheModuleAndRenameOnlyTheNewest() {
    Instruction a = b.named("score", b.parameter(0, Shape.scalar(DType.F32), "x"));
    Instruction c = b.named("score", b.negate(a));
    assertEquals("score", a.name());
    assertEquals("score.1", c.name());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.named("late", a));
    assertTrue(e.getMessage().contains("only the newest instruction"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> b.named("f32", b.negate(c)));
  }

  @Test
  void buildKeepsParametersAndDropsDeadCode() {
    Instruction x = b.parameter(0, Shape.scalar(DType.F32), "x");
    b.parameter(1, Shape.scalar(DType.F32), "unused");
    b.exponential(x);
    Computation c = b.build(b.negate(x));
    assertEquals(List.of("x", "unused", "negate"), c.instructions().stream().map(Instruction::name).toList());
  }

  @Test
  void constantsAreRoundedToTheirElementType() {
    Literal bf16 = Literal.scalar(DType.BF16, 1.00390625);  // halfway between two bf16 values: rounds to even
    assertEquals(1.0, bf16.values().get(0));
    assertThrows(IllegalArgumentException.class, () -> Literal.scalar(DType.S32, 1.5));
    assertThrows(IllegalArgumentException.class, () -> Literal.of(Shape.array(DType.F32, 2, 2), 1, 2, 3));
  }
}
