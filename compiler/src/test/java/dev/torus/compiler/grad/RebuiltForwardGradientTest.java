package dev.torus.compiler.grad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.DType;
import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.ir.HloModuleBuilder;
import dev.torus.compiler.ir.IdentityRebuild;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.compiler.lower.BlockwiseAttention;
import dev.torus.compiler.lower.Fsdp;
import dev.torus.compiler.lower.LoweringContext;
import dev.torus.compiler.lower.ModelLowering;
import dev.torus.compiler.lower.ModelWeights;
import dev.torus.compiler.lower.ProgramNames;
import dev.torus.compiler.lower.RingLayout;
import dev.torus.compiler.lower.SequenceShard;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The gradient rules a lowering leaves (which loops are scans, blockwise attention's own backward)
 * belong to the module being built, so they follow instructions a pass re-creates: a forward whose
 * every instruction was rebuilt before differentiating gives the very gradient program it gives
 * unrebuilt, attention's backward loops included.
 */
class RebuiltForwardGradientTest {
  static final RunShape ONE_DEVICE = RunShape.of(1, 64, BlockSizes.uniform(16));
  static final RunShape RING = RunShape.ring(1, 64, BlockSizes.uniform(8), 4, TokenLayout.STRIPED, 1);

  /** What happens between building the forward and differentiating it. */
  enum Rebuild {
    NONE,
    /** Every instruction re-created, the module's gradient rules told. */
    FOLLOWED,
    /** Every instruction re-created, the gradient rules left on the old ones. */
    NOT_FOLLOWED
  }

  /** What is differentiated, with the rebuild applied. */
  @FunctionalInterface
  interface Forward {
    Gradients build(LoweringContext ctx, XlaBuilder b, Rebuild rebuild);
  }

  /** The scalar or tensor to differentiate, its cotangent, and the values to differentiate for. */
  record Gradients(Instruction output, Instruction seed, List<Instruction> wrt) {}

  @Test
  void theTinyModelsLossGivesTheSameGradientProgramAfterARebuild() {
    for (RunShape shape : List.of(ONE_DEVICE, RING)) {
      String plain = program(shape, (ctx, b, r) -> tinyLoss(ctx, b, shape, r), Rebuild.NONE);
      assertEquals(plain, program(shape, (ctx, b, r) -> tinyLoss(ctx, b, shape, r), Rebuild.FOLLOWED),
          "ring " + shape.ring());
      assertTrue(plain.contains(ProgramNames.body(ProgramNames.backward(ProgramNames.LAYERS))), "no backward layer loop on ring " + shape.ring());
      for (String loop : attentionBackwardLoops(shape)) {
        assertTrue(plain.contains(loop + "_body"), "no " + loop + " loop on ring " + shape.ring());
      }
    }
  }

  @Test
  void blockwiseAttentionKeepsItsOwnBackwardAfterARebuild() {
    for (RunShape shape : List.of(ONE_DEVICE, RING)) {
      String plain = program(shape, (ctx, b, r) -> attention(ctx, b, shape, r), Rebuild.NONE);
      assertEquals(plain, program(shape, (ctx, b, r) -> attention(ctx, b, shape, r), Rebuild.FOLLOWED),
          "ring " + shape.ring());
      for (String loop : attentionBackwardLoops(shape)) {
        assertTrue(plain.contains(loop + "_body"), "no " + loop + " loop on ring " + shape.ring());
      }
    }
  }

  @Test
  void rulesLeftOnTheOldInstructionsAreRefusedNotIgnored() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> program(ONE_DEVICE, (ctx, b, r) -> tinyLoss(ctx, b, ONE_DEVICE, r), Rebuild.NOT_FOLLOWED));
    assertTrue(e.getMessage().contains("no rule for"), e.getMessage());
  }

  /** The loops of blockwise attention's own backward on {@code shape}. */
  static List<String> attentionBackwardLoops(RunShape shape) {
    return shape.ring() == 1 ? List.of(ProgramNames.QUERY_BLOCKS_GRAD, ProgramNames.KV_BLOCKS_GRAD)
        : List.of(ProgramNames.RING_STEPS_GRAD, ProgramNames.QUERY_BLOCKS_GRAD, ProgramNames.KV_BLOCKS_GRAD);
  }

  /** The output and the gradients {@code forward} asks for, as one printed program. */
  static String program(RunShape shape, Forward forward, Rebuild rebuild) {
    HloModuleBuilder module = new HloModuleBuilder("rebuilt_forward_grad", shape.devices());
    LoweringContext ctx = new LoweringContext(module, DType.F32, true);
    XlaBuilder b = module.computation("main");
    Gradients g = forward.build(ctx, b, rebuild);
    List<Instruction> outputs = new ArrayList<>(List.of(g.output()));
    outputs.addAll(Vjp.reverse(ctx, b, g.output(), g.seed(), g.wrt()));
    return HloTextPrinter.print(module.build(b.build(b.tuple(outputs.toArray(Instruction[]::new)))));
  }

  /** The tiny model's loss (the sum of squares of its trunk's output) for every weight. */
  static Gradients tinyLoss(LoweringContext ctx, XlaBuilder b, RunShape shape, Rebuild rebuild) {
    ModelSpec m = Presets.tiny();
    Instruction tokens = b.parameter(0, Shape.array(DType.S32, shape.localBatch(), shape.localSequence()), "tokens");
    List<WeightSpec> weights = ModelWeights.of(m);
    Map<String, Instruction> params = new LinkedHashMap<>();
    for (int k = 0; k < weights.size(); k++) {
      WeightSpec w = weights.get(k);
      params.put(w.name(), b.parameter(k + 1, Shape.array(w.dtype(), Fsdp.localShape(w, shape)), w.name()));
    }
    Instruction hidden = ModelLowering.trunk(ctx, b, m, shape, tokens, params, false).get(0);
    Instruction loss = b.reduce(b.multiply(hidden, hidden), b.constant(DType.F32, 0), ctx.reducer(Opcode.ADD), 0, 1, 2);
    return rebuilt(ctx, b, new Gradients(loss, null, List.copyOf(params.values())), rebuild);
  }

  /** Causal blockwise attention on q, k, v (this device's tokens), for q, k and v. */
  static Gradients attention(LoweringContext ctx, XlaBuilder b, RunShape shape, Rebuild rebuild) {
    long l = shape.localSequence();
    Instruction q = b.parameter(0, Shape.array(DType.F32, 1, 2, 2, l, 16), "q");
    Instruction k = b.parameter(1, Shape.array(DType.F32, 1, 2, l, 16), "k");
    Instruction v = b.parameter(2, Shape.array(DType.F32, 1, 2, l, 16), "v");
    SequenceShard shard = shape.ring() == 1 ? SequenceShard.local(b.iota(Shape.array(DType.S32, l), 0))
        : RingLayout.shard(b, shape);
    Instruction o = BlockwiseAttention.core(ctx, b, q, k, v, shard, true, shape.blocks());
    return rebuilt(ctx, b, new Gradients(o, null, List.of(q, k, v)), rebuild);
  }

  /** {@code g} after {@code rebuild}, with a cotangent of ones for its output. */
  private static Gradients rebuilt(LoweringContext ctx, XlaBuilder b, Gradients g, Rebuild rebuild) {
    Gradients now = g;
    if (rebuild != Rebuild.NONE) {
      Map<Instruction, Instruction> recreated = IdentityRebuild.everyInstruction(b);
      if (rebuild == Rebuild.FOLLOWED) {
        ctx.gradientRules().follow(recreated);
      }
      now = new Gradients(recreated.get(g.output()), null, g.wrt().stream().map(recreated::get).toList());
    }
    Instruction ones = b.broadcast(b.constant(DType.F32, 1), now.output().arrayShape());
    return new Gradients(now.output(), ones, now.wrt());
  }
}
