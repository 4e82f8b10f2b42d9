package dev.torus.compiler.lower;

import com.google.common.collect.ImmutableMap;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.Layer;
import java.util.Map;

/**
 * One lowering rule per layer kind, in a table: attention is {@link AttentionLowering} (projections
 * around {@link BlockwiseAttention}); a tensor function is applied chunk by chunk with {@link TensorRules}.
 */
public final class LayerRules {
  /** Lowers {@code layer} on {@code x [B, S, width]} (f32) with its weights by name. */
  @FunctionalInterface
  public interface Rule {
    LayerOutput lower(LoweringContext ctx, XlaBuilder b, Layer layer, Instruction x,
        Map<String, Instruction> weights, BlockSizes blocks, SequenceShard shard, boolean countBlocks);
  }

  private static final Map<Class<? extends Layer>, Rule> RULES = ImmutableMap.of(
      Layer.AttentionLayer.class, (ctx, b, layer, x, w, blocks, shard, count) ->
          AttentionLowering.apply(ctx, b, x, w, ((Layer.AttentionLayer) layer).attention(), blocks, shard, count),
      Layer.TensorLayer.class, (ctx, b, layer, x, w, blocks, shard, count) -> {
        Layer.TensorLayer t = (Layer.TensorLayer) layer;
        Instruction y = ChunkedMap.apply(ctx, b, ProgramNames.chunks(t.name()), java.util.List.of(x), w, blocks.chunk(),
            t.width(), (body, chunks, bw) -> TensorRules.apply(ctx, body, t.function(), chunks.get(0), bw));
        return new LayerOutput(y, null);
      });

  private LayerRules() {}

  public static LayerOutput lower(LoweringContext ctx, XlaBuilder b, Layer layer, Instruction x,
      Map<String, Instruction> weights, BlockSizes blocks, SequenceShard shard, boolean countBlocks) {
    Rule rule = RULES.get(layer.getClass());
    if (rule == null) {
      throw new IllegalArgumentException("no lowering rule for layer " + layer.name() + " of kind "
          + layer.getClass().getSimpleName() + "; rules exist for " + RULES.keySet());
    }
    return rule.lower(ctx, b, layer, x, weights, blocks, shard, countBlocks);
  }
}
