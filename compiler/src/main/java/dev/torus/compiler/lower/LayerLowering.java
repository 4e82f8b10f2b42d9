package dev.torus.compiler.lower;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.HloModuleBuilder;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.dsl.Layer;
import dev.torus.dsl.RunShape;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One layer as a program of its own: parameter {@code x f32[B, S, width]} then the layer's weights
 * ({@link ModelWeights#params}, stored as {@code paramType}); result {@code f32[B, S, width]}, by the
 * same rule the layer has inside a model (positions 0..S-1 for attention).
 */
public final class LayerLowering {
  private LayerLowering() {}

  /** The program and its weight parameters in order (after {@code x}). */
  public record LayerProgram(HloModule module, ImmutableList<ModelWeights.LayerParam> weights) {}

  public static LayerProgram lower(Layer layer, RunShape shape, DType paramType) {
    return lower(layer, shape, paramType, dev.torus.compiler.hardware.Target.DEFAULT);
  }

  /** {@link #lower(Layer, RunShape, DType)} for backend {@code target} ({@code gpu}: cuDNN fused attention per block pair). */
  public static LayerProgram lower(Layer layer, RunShape shape, DType paramType, dev.torus.compiler.hardware.Target target) {
    HloModuleBuilder module = new HloModuleBuilder(layer.name().replace('-', '_') + "_layer", 1);
    LoweringContext ctx = new LoweringContext(module, paramType).target(target);
    XlaBuilder b = module.computation("main");
    Instruction x = b.parameter(0, Shape.array(DType.F32, shape.batch(), shape.sequence(), layer.width()), "x");
    List<ModelWeights.LayerParam> params = ModelWeights.params(layer);
    Map<String, Instruction> weights = new LinkedHashMap<>();
    for (int k = 0; k < params.size(); k++) {
      ModelWeights.LayerParam p = params.get(k);
      weights.put(p.name(), b.parameter(k + 1, Shape.array(paramType, p.dims()), p.name()));
    }
    b.withOpName(layer.name());
    SequenceShard shard = SequenceShard.local(b.iota(Shape.array(DType.S32, shape.sequence()), 0));
    Instruction y = LayerRules.lower(ctx, b, layer, x, weights, shape.blocks(), shard, false).output();
    b.withOpName(null);
    return new LayerProgram(module.build(b.build(y)), ImmutableList.copyOf(params));
  }
}
