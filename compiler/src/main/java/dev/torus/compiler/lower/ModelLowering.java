package dev.torus.compiler.lower;

import dev.torus.artifact.Role;
import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.HloModuleBuilder;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.dsl.Layer;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Residual;
import dev.torus.dsl.RunShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers a whole model's forward pass, as one per-device SPMD program when the shape has a mesh
 * (sequence sharded over a ring, batch over data-parallel groups): token embedding (a gather), a {@code while}
 * loop over the layers that slices layer i out of every stacked weight (so the program does not
 * grow with depth), blockwise attention and a chunked feedforward inside, then the final norm and
 * the output projection chunk by chunk. Parameters: {@code tokens s32[B, S]} then the
 * {@link ModelWeights}; result: {@code logits f32[B, S, V]} and, in a debug build, the number of
 * key/value blocks the attention loops executed over all layers ({@code s32[]}).
 */
public final class ModelLowering {
  private ModelLowering() {}

  /** The forward program and its weights in parameter order (after {@code tokens}). */
  public record Forward(HloModule module, ImmutableList<WeightSpec> weights) {}

  public static Forward forward(ModelSpec m, RunShape shape, boolean countBlocks) {
    HloModuleBuilder module = new HloModuleBuilder(programName(m, shape), shape.devices());
    LoweringContext ctx = new LoweringContext(module, m.paramType());
    XlaBuilder b = module.computation("main");
    ImmutableList<WeightSpec> weights = ModelWeights.of(m);
    Instruction tokens = b.parameter(0, Shape.array(DType.S32, shape.localBatch(), shape.localSequence()), "tokens");
    Map<String, Instruction> params = new LinkedHashMap<>();
    for (int k = 0; k < weights.size(); k++) {
      WeightSpec w = weights.get(k);
      params.put(w.name(), b.parameter(k + 1, Shape.array(w.dtype(), Fsdp.localShape(w, shape)), w.name()));
    }

    List<Instruction> after = trunk(ctx, b, m, shape, tokens, params, countBlocks);

    b.withOpName(ProgramNames.LM_HEAD_OP);
    Map<String, Instruction> head = new LinkedHashMap<>();
    Map<String, WeightSpec> byName = new LinkedHashMap<>();
    weights.forEach(w -> byName.put(w.name(), w));
    ModelWeights.finalNorm(m).params().forEach(p -> head.put("norm." + p.name(),
        Fsdp.whole(b, byName.get("norm." + p.name()), params.get("norm." + p.name()), shape)));
    String headName = m.tiedEmbeddings() ? "embed_tokens.weight" : "lm_head.weight";
    head.put("lm_head", Fsdp.whole(b, byName.get(headName), params.get(headName), shape));
    Instruction logits = ChunkedMap.apply(ctx, b, ProgramNames.LM_HEAD_CHUNKS, List.of(after.get(0)), head, shape.blocks().chunk(),
        m.vocabSize(), (body, chunks, w) -> {
          body.withOpName(ProgramNames.FINAL_NORM_OP);
          Instruction n = TensorRules.apply(ctx, body, ModelWeights.finalNorm(m), chunks.get(0), relative(w, "norm."));
          body.withOpName(ProgramNames.LM_HEAD_OP);
          return TensorRules.linear(ctx, body, n, w.get("lm_head"));
        });
    logits = b.named("logits", b.reshape(logits, shape.localBatch(), shape.localSequence(), m.vocabSize()));
    b.withOpName(null);
    Instruction root = countBlocks ? b.tuple(logits, after.get(after.size() - 1)) : logits;
    return new Forward(module.build(b.build(root)), weights);
  }


  /**
   * The model up to the final norm: token embedding, then the loop over the layers. Returns the
   * layer loop's outputs: the activation {@code f32 [B, L, W]} first and, with {@code countBlocks},
   * the executed key/value block count last. With a training context the layer loop keeps each
   * layer's input, so the whole trunk can be differentiated.
   */
  public static List<Instruction> trunk(LoweringContext ctx, XlaBuilder b, ModelSpec m, RunShape shape,
      Instruction tokens, Map<String, Instruction> params, boolean countBlocks) {
    ImmutableList<WeightSpec> specs = ModelWeights.of(m);
    Map<String, WeightSpec> byName = new LinkedHashMap<>();
    specs.forEach(w -> byName.put(w.name(), w));
    b.withOpName(ProgramNames.EMBED_OP);
    Instruction table = Fsdp.whole(b, byName.get("embed_tokens.weight"), params.get("embed_tokens.weight"), shape);
    Instruction x = Shapes.toF32(b, b.named("embedded", b.gatherRows(table, tokens)));
    boolean onRing = shape.ring() > 1;
    Instruction ringIndex = onRing ? RingLayout.ringIndex(b, shape) : null;
    Instruction positions = b.named("positions", onRing
        ? RingLayout.positions(b, shape, ringIndex) : b.iota(Shape.array(DType.S32, shape.localSequence()), 0));

    Map<String, Instruction> stacked = new LinkedHashMap<>();
    specs.stream().filter(WeightSpec::perLayer).forEach(w -> stacked.put(w.name(), params.get(w.name())));
    List<Instruction> carried = new ArrayList<>(List.of(x, positions));
    if (onRing) {
      carried.add(ringIndex);
    }
    int firstWeight = carried.size();
    carried.addAll(stacked.values());
    List<String> stackedNames = new ArrayList<>(stacked.keySet());
    // FSDP: a sharded layer weight is all-gathered one layer ahead. The loop carries the current
    // layer's whole weights and gathers the next layer's while this one computes, so the gather can
    // overlap the layer's compute; the first layer's is gathered before the loop.
    b.withOpName(ProgramNames.FSDP_PREFETCH_OP);
    int firstGathered = carried.size();
    List<Integer> prefetched = new ArrayList<>();
    List<Integer> shardedDims = new ArrayList<>();
    for (int k = 0; k < stackedNames.size(); k++) {
      int dim = Fsdp.shardedDim(byName.get(stackedNames.get(k)), shape);
      shardedDims.add(dim);
      if (dim >= 0) {
        prefetched.add(k);
        carried.add(layerWeight(b, carried.get(firstWeight + k), b.constant(DType.S32, 0), dim, shape));
      }
    }
    if (countBlocks) {
      carried.add(b.constant(DType.S32, 0));
    }
    b.withOpName(ProgramNames.LAYERS);
    // The activation is the only value that changes from layer to layer: a training program keeps
    // each layer's input (the remat policy), a forward-only one nothing. Prefetched weights are
    // gathered again in the backward pass rather than kept.
    List<Scan.Role> roles = new ArrayList<>();
    carried.forEach(value -> roles.add(Scan.Role.INVARIANT));
    roles.set(0, ctx.training() ? Scan.Role.SAVED : Scan.Role.NOT_KEPT);
    Map<Integer, Scan.Recompute> recompute = new LinkedHashMap<>();
    for (int j = 0; j < prefetched.size(); j++) {
      int k = prefetched.get(j);
      int dim = shardedDims.get(k);
      roles.set(firstGathered + j, Scan.Role.RECOMPUTED);
      recompute.put(firstGathered + j, (bb, i, c) -> layerWeight(bb, c.get(firstWeight + k), i, dim, shape));
    }
    if (countBlocks) {
      roles.set(carried.size() - 1, Scan.Role.NOT_KEPT);
    }
    int depth = m.depth();
    List<Instruction> after = Scan.forward(ctx, b, ProgramNames.LAYERS, depth, carried, roles, (body, layer, c) -> {
      List<Instruction> next = new ArrayList<>(c);
      if (!prefetched.isEmpty()) {
        body.withOpName(ProgramNames.FSDP_PREFETCH_OP);
        Instruction following = body.minimum(body.add(layer, body.constant(DType.S32, 1)),
            body.constant(DType.S32, depth - 1));
        for (int j = 0; j < prefetched.size(); j++) {
          int k = prefetched.get(j);
          next.set(firstGathered + j, layerWeight(body, c.get(firstWeight + k), following, shardedDims.get(k), shape));
        }
      }
      Map<String, Instruction> w = new LinkedHashMap<>();
      for (int k = 0, j = 0; k < stackedNames.size(); k++) {
        Instruction held = shardedDims.get(k) >= 0 ? c.get(firstGathered + j++)
            : layerWeight(body, c.get(firstWeight + k), layer, -1, shape);
        w.put(stackedNames.get(k).substring("layers.".length()), held);
      }
      Instruction count = countBlocks ? c.get(c.size() - 1) : null;
      SequenceShard shard = onRing ? new SequenceShard(c.get(1), c.get(2), shape, RingLayout.pairs(shape))
          : SequenceShard.local(c.get(1));
      LayerOutput out = block(ctx, body, m, shape, c.get(0), shard, w, count);
      next.set(0, out.output());
      if (countBlocks) {
        next.set(c.size() - 1, out.executedBlocks());
      }
      return next;
    }, recompute).outputs();
    return after;
  }

  /**
   * Layer {@code layer} of stacked weight {@code all}, whole: sliced out and, when stored sharded
   * along {@code dim} of the stacked weight, all-gathered.
   */
  private static Instruction layerWeight(XlaBuilder b, Instruction all, Instruction layer, int dim, RunShape shape) {
    Instruction held = Shapes.dropLeading(b, b.dynamicSlice(all, Shapes.startAt(b, all.arrayShape().rank(), 0, layer),
        Shapes.with(all.arrayShape(), 0, 1)));
    return Fsdp.gather(b, held, dim < 0 ? -1 : dim - 1, shape);   // the stacked dim 1 is dim 0 of one layer
  }

  /** One block on {@code x [B, S, W]}, with this layer's weights by their names within the layer. */
  private static LayerOutput block(LoweringContext ctx, XlaBuilder b, ModelSpec m, RunShape shape, Instruction x,
      SequenceShard shard, Map<String, Instruction> w, Instruction count) {
    ModelWeights.BlockParts parts = ModelWeights.parts(m);
    b.withOpName(ProgramNames.INPUT_LAYERNORM_OP);
    Instruction xn = LayerRules.lower(ctx, b, Layer.of(parts.attentionNorm()), x,
        relative(w, "input_layernorm."), shape.blocks(), shard, false).output();
    b.withOpName(ProgramNames.SELF_ATTENTION_OP);
    LayerOutput attn = LayerRules.lower(ctx, b, Layer.attention("self_attn", m.width(), m.attention()), xn,
        relative(w, "self_attn."), shape.blocks(), shard, count != null);
    Instruction executed = count == null ? null : b.add(count, attn.executedBlocks());
    b.withOpName(ProgramNames.MLP_OP);
    Map<String, Instruction> ffnWeights = new LinkedHashMap<>();
    relative(w, "mlp.").forEach((k, v) -> ffnWeights.put("mlp." + k, v));
    Instruction out;
    if (m.block().residual() == Residual.SEQUENTIAL) {
      Instruction h = b.named("attention_residual", b.add(x, attn.output()));
      relative(w, "post_attention_layernorm.").forEach((k, v) -> ffnWeights.put("norm." + k, v));
      out = ChunkedMap.apply(ctx, b, ProgramNames.MLP_CHUNKS, List.of(h), ffnWeights, shape.blocks().chunk(), m.width(),
          (body, c, cw) -> {
            body.withOpName(ProgramNames.POST_ATTENTION_LAYERNORM_OP);
            Instruction normed = TensorRules.apply(ctx, body, parts.ffnNorm(), c.get(0), relative(cw, "norm."));
            body.withOpName(ProgramNames.MLP_OP);
            return body.add(c.get(0), TensorRules.apply(ctx, body, parts.ffn(), normed, relative(cw, "mlp.")));
          });
    } else {
      relative(w, "input_layernorm.").forEach((k, v) -> ffnWeights.put("norm." + k, v));
      out = ChunkedMap.apply(ctx, b, ProgramNames.MLP_CHUNKS, List.of(x, attn.output()), ffnWeights, shape.blocks().chunk(),
          m.width(), (body, c, cw) -> {
            body.withOpName(ProgramNames.INPUT_LAYERNORM_OP);   // the parallel block reuses the attention's norm
            Instruction normed = TensorRules.apply(ctx, body, parts.attentionNorm(), c.get(0), relative(cw, "norm."));
            body.withOpName(ProgramNames.MLP_OP);
            return body.add(body.add(c.get(0), c.get(1)), TensorRules.apply(ctx, body, parts.ffn(), normed,
                relative(cw, "mlp.")));
          });
    }
    return new LayerOutput(out, executed);
  }

  /** {@code tiny_forward}, {@code tiny_ring4_striped_forward}, {@code tiny_ring4_contiguous_dp2_fsdp4_forward}... */
  public static String programName(ModelSpec m, RunShape shape) {
    String base = m.name().replace('-', '_');
    if (shape.ring() > 1) {
      base += "_ring" + shape.ring() + "_" + shape.layout().label();
    }
    if (shape.dp() > 1) {
      base += "_dp" + shape.dp();
    }
    if (shape.fsdp() > 1) {
      base += "_fsdp" + shape.fsdp();
    }
    return base + "_forward";
  }

  /** The entries of {@code w} under {@code prefix}, with the prefix removed. */
  private static Map<String, Instruction> relative(Map<String, Instruction> w, String prefix) {
    Map<String, Instruction> r = new LinkedHashMap<>();
    w.forEach((k, v) -> {
      if (k.startsWith(prefix)) {
        r.put(k.substring(prefix.length()), v);
      }
    });
    return r;
  }
}
