package dev.torus.compiler.grad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.DType;
import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.HloModuleBuilder;
import dev.torus.compiler.ir.HloVerifier;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.compiler.lower.CountedLoop;
import dev.torus.compiler.lower.LoweringContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shapes and structure of {@link Vjp}'s output; the numbers are checked by GradientTest in real XLA. */
class VjpTest {
  @Test
  void cotangentsHaveTheShapesOfTheirInputsAndTheProgramVerifies() {
    HloModuleBuilder module = new HloModuleBuilder("vjp_shapes", 1);
    LoweringContext ctx = new LoweringContext(module, DType.F32);
    XlaBuilder b = module.computation("main");
    Instruction q = b.parameter(0, Shape.array(DType.F32, 2, 4, 8), "q");
    Instruction k = b.parameter(1, Shape.array(DType.F32, 2, 8, 6), "k");
    Instruction w = b.parameter(2, Shape.array(DType.BF16, 6, 3), "w");
    // Batch 0, contracting q's 2 with k's 1: [2, 4, 6]; then a bf16 weight with f32 accumulation.
    Instruction s = b.dot(q, k, ctx.dot(Attrs.Dot.of(new int[] {0}, new int[] {2}, new int[] {0}, new int[] {1})));
    Instruction o = b.dot(b.convert(s, DType.BF16), w, Attrs.Dot.of(new int[0], new int[] {2}, new int[0], new int[] {0}),
        DType.F32);
    Instruction f = b.reduce(o, b.constant(DType.F32, 0), ctx.reducer(Opcode.ADD), 0, 1, 2);
    List<Instruction> g = Vjp.reverse(ctx, b, f, b.constant(DType.F32, 1), List.of(q, k, w));
    assertEquals(q.shape(), g.get(0).shape());
    assertEquals(k.shape(), g.get(1).shape());
    assertEquals(w.shape(), g.get(2).shape());
    HloVerifier.verify(module.build(b.build(b.tuple(g.toArray(Instruction[]::new)))));
  }

  @Test
  void anInputTheOutputDoesNotUseGetsZeros() {
    HloModuleBuilder module = new HloModuleBuilder("unused", 1);
    LoweringContext ctx = new LoweringContext(module, DType.F32);
    XlaBuilder b = module.computation("main");
    Instruction x = b.parameter(0, Shape.array(DType.F32, 3), "x");
    Instruction unused = b.parameter(1, Shape.array(DType.F32, 5), "unused");
    Instruction f = b.reduce(b.exponential(x), b.constant(DType.F32, 0), ctx.reducer(Opcode.ADD), 0);
    Instruction g = Vjp.reverse(ctx, b, f, b.constant(DType.F32, 1), List.of(x, unused)).get(1);
    assertEquals(Opcode.BROADCAST, g.opcode());
    assertEquals(unused.shape(), g.shape());
  }

  @Test
  void aLoopOnTheWayIsRefusedWithItsInstructionNamed() {
    HloModuleBuilder module = new HloModuleBuilder("loop", 1);
    LoweringContext ctx = new LoweringContext(module, DType.F32);
    XlaBuilder b = module.computation("main");
    Instruction x = b.parameter(0, Shape.array(DType.F32, 4), "x");
    List<Instruction> out = CountedLoop.run(module, b, "twice", 2, List.of(x),
        (body, i, carried) -> List.of(body.multiply(carried.get(0), carried.get(0))));
    Instruction f = b.reduce(out.get(0), b.constant(DType.F32, 0), ctx.reducer(Opcode.ADD), 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Vjp.reverse(ctx, b, f, b.constant(DType.F32, 1), List.of(x)));
    assertTrue(e.getMessage().startsWith("vjp: no rule for get-tuple-element"), e.getMessage());
  }
}
