package dev.torus.compiler.train;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.HloModuleBuilder;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.compiler.lower.Fsdp;
import dev.torus.compiler.lower.LoweringContext;
import dev.torus.compiler.lower.ModelLowering;
import dev.torus.compiler.lower.ModelWeights;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One training step as one program: the loss and gradients of {@link LossGradients}, then
 * {@link AdamW} with clipping and its schedule. Parameters: {@code tokens s32[B, S]},
 * {@code targets s32[B, S]}, with packed documents {@code segment_ids} and {@code positions}
 * ({@link ModelLowering.Documents}), {@code step s32[]} (1-based), the weights ({@link ModelWeights}
 * order), then their first and their second moments (f32, same shapes). Result: {@code loss},
 * {@code grad_norm} (before clipping), {@code learning_rate}, then the new weights, first moments and
 * second moments in parameter order. On a mesh, tokens and targets are sharded as the forward's
 * tokens are; gradients are summed over all devices before the update, so every device applies the
 * same one.
 */
public final class TrainStep {
  /** The program and its weights; the moments follow the weights in the same order. */
  public record Program(HloModule module, ImmutableList<WeightSpec> weights, AdamW optimizer) {}

  private TrainStep() {}

  public static Program build(ModelSpec m, RunShape shape, AdamW optimizer) {
    HloModuleBuilder module = new HloModuleBuilder(ModelLowering.programName(m, shape).replace("_forward", "") + "_train",
        shape.devices());
    LoweringContext ctx = new LoweringContext(module, m.paramType(), true);
    XlaBuilder b = module.computation("main");
    ImmutableList<WeightSpec> weights = ModelWeights.of(m);
    long batch = shape.localBatch();
    long seq = shape.localSequence();
    int p = 0;
    Instruction tokens = b.parameter(p++, Shape.array(DType.S32, batch, seq), "tokens");
    Instruction targets = b.parameter(p++, Shape.array(DType.S32, batch, seq), "targets");
    ModelLowering.Documents documents = ModelLowering.Documents.parameters(b, shape, p);
    p += ModelLowering.Documents.count(shape);
    Instruction step = b.parameter(p++, Shape.scalar(DType.S32), "step");
    Map<String, Instruction> params = new LinkedHashMap<>();
    for (WeightSpec w : weights) {
      params.put(w.name(), b.parameter(p++, Shape.array(w.dtype(), Fsdp.localShape(w, shape)), w.name()));
    }
    List<Instruction> m1 = new ArrayList<>();
    List<Instruction> m2 = new ArrayList<>();
    for (WeightSpec w : weights) {
      m1.add(b.parameter(p++, Shape.array(DType.F32, Fsdp.localShape(w, shape)), "m." + w.name()));
    }
    for (WeightSpec w : weights) {
      m2.add(b.parameter(p++, Shape.array(DType.F32, Fsdp.localShape(w, shape)), "v." + w.name()));
    }
    LossGradients.Emitted e = LossGradients.emit(ctx, b, m, shape, tokens, targets, documents, params, true);
    b.withOpName("optimizer");
    List<Boolean> sharded = weights.stream().map(w -> Fsdp.shardedDim(w, shape) >= 0).toList();
    AdamW.Update u = optimizer.apply(ctx, b, step, new ArrayList<>(params.values()), e.gradients(), m1, m2, sharded,
        Fsdp.groups(shape));
    b.withOpName(null);
    List<Instruction> outputs = new ArrayList<>(List.of(e.loss(), u.gradNorm(), u.learningRate()));
    outputs.addAll(u.params());
    outputs.addAll(u.m());
    outputs.addAll(u.v());
    return new Program(module.build(b.build(b.tuple(outputs.toArray(Instruction[]::new)))), weights, optimizer);
  }
}
