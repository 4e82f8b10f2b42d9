package dev.torus.compiler.train;

import static com.google.common.base.Preconditions.checkArgument;

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
 *
 * <p>With {@link StepOptions#accumulate} K &gt; 1, tokens and targets are {@code s32[K B, S]}: K
 * micro-batches of B rows stacked along the rows, looped over by {@link MicroBatches}; the loss and
 * gradient norm are those of the whole step. With {@link TrainPrecision#BF16_MIXED} the weights are
 * rounded to bf16 for the forward and backward (the model lowered as a bf16 model), while the
 * weights, moments and update stay f32.
 */
public final class TrainStep {
  /** The program and its weights; the moments follow the weights in the same order. */
  public record Program(HloModule module, ImmutableList<WeightSpec> weights, AdamW optimizer) {}

  private TrainStep() {}

  public static Program build(ModelSpec m, RunShape shape, AdamW optimizer) {
    return build(m, shape, optimizer, StepOptions.DEFAULT);
  }

  /** The step with micro-batches and a compute precision ({@link StepOptions#DEFAULT}: as {@link #build(ModelSpec, RunShape, AdamW)}). */
  public static Program build(ModelSpec m, RunShape shape, AdamW optimizer, StepOptions options) {
    checkArgument(options.accumulate() == 1 || !shape.packed(), "--accumulate %s: packed documents take one"
        + " micro-batch per step for now (accumulate 1)", options.accumulate());
    checkArgument(options.precision() == TrainPrecision.F32 || m.paramType() == DType.F32,
        "--precision %s keeps f32 master weights, but model %s stores %s parameters; train it with --precision f32",
        options.precision(), m.name(), m.paramType().xlaName());
    HloModuleBuilder module = new HloModuleBuilder(ModelLowering.programName(m, shape).replace("_forward", "") + "_train",
        shape.devices());
    DType compute = options.precision() == TrainPrecision.F32 ? m.paramType() : options.precision().computeType();
    LoweringContext ctx = new LoweringContext(module, compute, true, options.remat()).target(options.target());
    XlaBuilder b = module.computation("main");
    ImmutableList<WeightSpec> weights = ModelWeights.of(m);
    long batch = (long) options.accumulate() * shape.localBatch();
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
    ModelSpec computed = compute == m.paramType() ? m : m.toBuilder().paramType(compute).build();
    Map<String, Instruction> forward = params;
    if (compute != m.paramType()) {
      b.withOpName("round_weights");
      forward = new LinkedHashMap<>();
      for (Map.Entry<String, Instruction> w : params.entrySet()) {
        forward.put(w.getKey(), b.convert(w.getValue(), compute));
      }
      b.withOpName(null);
    }
    LossGradients.Emitted e = options.accumulate() == 1
        ? LossGradients.emit(ctx, b, computed, shape, tokens, targets, documents, forward, true)
        : MicroBatches.accumulate(ctx, b, computed, shape, options.accumulate(), tokens, targets, forward);
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
