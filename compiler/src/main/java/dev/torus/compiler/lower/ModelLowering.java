package dev.torus.compiler.lower;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import dev.torus.compiler.hardware.Target;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.HloModuleBuilder;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Literal;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.dsl.Layer;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Residual;
import dev.torus.dsl.RunShape;
import dev.torus.dsl.SlidingWindow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers a whole model's forward pass, as one per-device SPMD program when the shape has a mesh
 * (sequence sharded over a ring, batch over data-parallel groups): token embedding (a gather), a {@code while}
 * loop over the layers that slices layer i out of every stacked weight (so the program does not
 * grow with depth), blockwise attention and a chunked feedforward inside, then the final norm and
 * the output projection chunk by chunk. Parameters: {@code tokens s32[B, S]}, with packed documents
 * ({@link RunShape#packed}) {@code segment_ids s32[B, S]} and {@code positions s32[B, S]}
 * ({@link Documents}), then the {@link ModelWeights}; result: {@code logits f32[B, S, V]} and, in a debug build, the number of
 * key/value blocks the attention loops executed over all layers ({@code s32[]}).
 */
public final class ModelLowering {
  /** Where the layer loop carries the activation, the local positions and, on a ring, the ring index. */
  private static final int ACTIVATION = 0;
  private static final int POSITIONS = 1;
  private static final int RING_INDEX = 2;

  private ModelLowering() {}

  /** The forward program and its weights in parameter order (after {@code tokens} and, packed, the documents). */
  public record Forward(HloModule module, ImmutableList<WeightSpec> weights) {}

  /**
   * Packed documents' program inputs, this device's share: each token's segment (document) id and its
   * position within its document, both {@code s32[B, L]}, laid out like the tokens.
   */
  public record Documents(Instruction segmentIds, Instruction positions) {
    /** The names of the two parameters, in parameter order. */
    public static final String SEGMENT_IDS = "segment_ids";
    public static final String POSITIONS = "positions";

    /** Both as parameters {@code first} and {@code first + 1} of {@code b} when the shape is packed, else null. */
    public static Documents parameters(XlaBuilder b, RunShape shape, int first) {
      if (!shape.packed()) {
        return null;
      }
      Shape ids = Shape.array(DType.S32, shape.localBatch(), shape.localSequence());
      return new Documents(b.parameter(first, ids, SEGMENT_IDS), b.parameter(first + 1, ids, POSITIONS));
    }

    /** How many parameters the shape's documents take: 2 packed, else 0. */
    public static int count(RunShape shape) {
      return shape.packed() ? 2 : 0;
    }
  }

  public static Forward forward(ModelSpec m, RunShape shape, boolean countBlocks) {
    return forward(m, shape, countBlocks, Target.DEFAULT);
  }

  /** {@link #forward} for backend {@code target} ({@code --target gpu}: cuDNN fused attention per block pair). */
  public static Forward forward(ModelSpec m, RunShape shape, boolean countBlocks, Target target) {
    HloModuleBuilder module = new HloModuleBuilder(programName(m, shape), shape.devices());
    LoweringContext ctx = new LoweringContext(module, m.paramType()).target(target)
        .rowSumInMatmul(target.rowSumInMatmul());
    XlaBuilder b = module.computation("main");
    ImmutableList<WeightSpec> weights = ModelWeights.of(m);
    Instruction tokens = b.parameter(0, Shape.array(DType.S32, shape.localBatch(), shape.localSequence()), "tokens");
    Documents documents = Documents.parameters(b, shape, 1);
    int firstWeight = 1 + Documents.count(shape);
    Map<String, Instruction> params = new LinkedHashMap<>();
    for (int k = 0; k < weights.size(); k++) {
      WeightSpec w = weights.get(k);
      params.put(w.name(), b.parameter(k + firstWeight, Shape.array(w.dtype(), Fsdp.localShape(w, shape)), w.name()));
    }

    List<Instruction> after = trunk(ctx, b, m, shape, tokens, documents, params, countBlocks);

    b.withOpName(ProgramNames.LM_HEAD_OP);
    Map<String, Instruction> head = new LinkedHashMap<>();
    Map<String, WeightSpec> byName = new LinkedHashMap<>();
    weights.forEach(w -> byName.put(w.name(), w));
    ModelWeights.finalNorm(m).params().forEach(p -> head.put("norm." + p.name(),
        Fsdp.whole(b, byName.get("norm." + p.name()), params.get("norm." + p.name()), shape)));
    String headName = m.tiedEmbeddings() ? "embed_tokens.weight" : "lm_head.weight";
    head.put("lm_head", Fsdp.whole(b, byName.get(headName), params.get(headName), shape));
    Instruction logits = ChunkedMap.apply(ctx, b, ProgramNames.LM_HEAD_CHUNKS, List.of(after.get(0)), head,
        shape.blocks().chunk(), m.vocabSize(), (body, chunks, w) -> {
          body.withOpName(ProgramNames.FINAL_NORM_OP);
          Instruction n = TensorRules.apply(ctx, body, ModelWeights.finalNorm(m), chunks.get(0), relative(w, "norm."));
          body.withOpName(ProgramNames.LM_HEAD_OP);
          Instruction z = TensorRules.linear(ctx, body, n, w.get("lm_head"));
          return m.finalLogitSoftCap() == null ? z : CrossEntropy.softCapped(body, z, m.finalLogitSoftCap());
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
    return trunk(ctx, b, m, shape, tokens, null, params, countBlocks);
  }

  /** {@link #trunk}, with packed {@code documents} (null: not packed). */
  public static List<Instruction> trunk(LoweringContext ctx, XlaBuilder b, ModelSpec m, RunShape shape,
      Instruction tokens, Documents documents, Map<String, Instruction> params, boolean countBlocks) {
    checkArgument(shape.packed() == (documents != null), "model %s: a packed shape takes documents, others none",
        m.name());
    ImmutableList<WeightSpec> specs = ModelWeights.of(m);
    Map<String, WeightSpec> byName = new LinkedHashMap<>();
    specs.forEach(w -> byName.put(w.name(), w));
    b.withOpName(ProgramNames.EMBED_OP);
    Instruction table = Fsdp.whole(b, byName.get("embed_tokens.weight"), params.get("embed_tokens.weight"), shape);
    Instruction embedded = b.named("embedded", b.gatherRows(table, tokens));
    if (m.paddingToken() != null && ctx.training()) {
      ctx.gradientRules().addCustom(embedded, paddingLookupsUntrained(ctx, table, tokens, m.paddingToken()));
    }
    Instruction x = scaledEmbedding(b, m, embedded);
    boolean onRing = shape.ring() > 1;
    Instruction ringIndex = onRing ? RingLayout.ringIndex(b, shape) : null;
    Instruction positions = b.named("positions", onRing
        ? RingLayout.positions(b, shape, ringIndex) : b.iota(Shape.array(DType.S32, shape.localSequence()), 0));

    List<WeightSpec> stacked = specs.stream().filter(WeightSpec::perLayer).toList();
    // The layer loop's state: the activation, the local positions (and ring index), the stacked
    // weights, the prefetched layer's gathered weights, and in a debug build the block count.
    List<Instruction> carried = new ArrayList<>(List.of(x, positions));
    if (onRing) {
      carried.add(ringIndex);
    }
    int segments = carried.size();
    if (documents != null) {
      // Every device's segment ids, gathered once: a held block's are then a slice (SequenceShard).
      carried.add(onRing ? b.named("ring_segment_ids", b.allGather(documents.segmentIds(), 1, Fsdp.rings(shape)))
          : documents.segmentIds());
      carried.add(documents.positions());
    }
    int firstWeight = carried.size();
    stacked.forEach(w -> carried.add(params.get(w.name())));
    int depth = m.depth();
    b.withOpName(ProgramNames.FSDP_PREFETCH_OP);   // the block counter's start value is tagged with it too
    Fsdp.LayerPrefetch prefetch = Fsdp.LayerPrefetch.of(stacked, shape, depth, firstWeight);
    carried.addAll(prefetch.firstLayer(b, carried));
    if (countBlocks) {
      carried.add(b.constant(DType.S32, 0));
    }
    int count = carried.size() - 1;
    b.withOpName(ProgramNames.LAYERS);
    // The activation is the only value that changes from layer to layer: a training program keeps
    // each layer's input (the remat policy), a forward-only one nothing.
    List<Scan.Role> roles = new ArrayList<>();
    carried.forEach(value -> roles.add(Scan.Role.INVARIANT));
    roles.set(ACTIVATION, ctx.training() ? Scan.Role.SAVED : Scan.Role.NOT_KEPT);
    Map<Integer, Scan.Recompute> recompute = prefetch.recompute();
    recompute.keySet().forEach(k -> roles.set(k, Scan.Role.RECOMPUTED));
    if (countBlocks) {
      roles.set(count, Scan.Role.NOT_KEPT);
    }
    return Scan.forward(ctx, b, ProgramNames.LAYERS, depth, carried, roles, (body, layer, c) -> {
      List<Instruction> next = new ArrayList<>(c);
      Fsdp.LayerPrefetch.Layer weights = prefetch.layer(body, layer, c);
      for (int j = 0; j < weights.following().size(); j++) {
        next.set(prefetch.firstGathered() + j, weights.following().get(j));
      }
      Map<String, Instruction> w = new LinkedHashMap<>();
      for (int k = 0; k < stacked.size(); k++) {
        w.put(stacked.get(k).name().substring("layers.".length()), weights.weights().get(k));
      }
      SequenceShard shard = onRing
          ? new SequenceShard(c.get(POSITIONS), c.get(RING_INDEX), shape, RingLayout.pairs(shape))
          : SequenceShard.local(c.get(POSITIONS));
      if (documents != null) {
        shard = shard.withDocuments(c.get(segments), c.get(segments + 1));
      }
      if (m.attention().slidingWindow() != null) {
        shard = shard.withWindow(layerWindow(body, m.attention().slidingWindow(), layer, depth, shape),
            RingLayout.layerWindows(m.attention().slidingWindow(), depth));
      }
      if (m.attention().layerRope() != null && m.attention().ropeTheta() != null) {
        shard = shard.withLayerRope(layerRope(body, m.attention(), layer, depth, shape.sequence()));
      }
      LayerOutput out = block(ctx, body, m, shape, c.get(ACTIVATION), shard, w, countBlocks ? c.get(count) : null);
      next.set(ACTIVATION, out.output());
      if (countBlocks) {
        next.set(count, out.executedBlocks());
      }
      return next;
    }, recompute).outputs();
  }

  /**
   * The gradient of an embedding lookup whose padding-token lookups train nothing (torch's
   * {@code padding_idx}): the transpose of the gather, summed in f32, with the cotangents of the
   * positions holding {@code pad} left out. The table's gradient stays f32 (a weight's gradient).
   */
  private static CustomVjp paddingLookupsUntrained(LoweringContext ctx, Instruction table, Instruction tokens, int pad) {
    return CustomVjp.of(List.of(table), List.of(tokens), (gb, r, g) -> {
      Instruction ids = r.get(0);
      Instruction wide = Shapes.toF32(gb, g);
      Instruction isPad = gb.compare(ids, gb.broadcast(gb.constant(DType.S32, pad), ids.arrayShape()),
          dev.torus.compiler.ir.Attrs.ComparisonDirection.EQ);
      int rank = ids.arrayShape().rank();
      int[] idDims = java.util.stream.IntStream.range(0, rank).toArray();
      Instruction masked = gb.select(gb.broadcast(isPad, wide.arrayShape().withElementType(DType.PRED), idDims),
          Shapes.full(gb, wide.arrayShape(), 0), wide);
      List<Integer> window = new ArrayList<>();
      for (int d = 1; d < table.arrayShape().rank(); d++) {
        window.add(rank + d - 1);
      }
      var dims = new dev.torus.compiler.ir.Attrs.Scatter(com.google.common.collect.ImmutableList.copyOf(window),
          com.google.common.collect.ImmutableList.of(0), com.google.common.collect.ImmutableList.of(0), rank);
      return List.of(gb.scatter(Shapes.full(gb, table.arrayShape().withElementType(DType.F32), 0), ids, masked, dims,
          ctx.reducer(dev.torus.compiler.ir.Opcode.ADD)));
    });
  }

  /**
   * The sliding window of layer {@code layer} (the layer loop's counter), {@code s32[]}: the window's
   * size, a constant when every layer has it; else a constant table over the layers sliced by the
   * counter, with the whole sequence as the window of the layers without one (it hides no key). One
   * layer loop serves local and global layers alike: the window is a run-time value of the
   * visibility rules, not a program structure.
   */
  private static Instruction layerWindow(XlaBuilder b, SlidingWindow window, Instruction layer, int depth,
      RunShape shape) {
    return layerWindow(b, window, layer, depth, shape.sequence());
  }

  /** {@link #layerWindow}, with {@code whole} as the window of layers without one (a length no key is beyond). */
  static Instruction layerWindow(XlaBuilder b, SlidingWindow window, Instruction layer, int depth, int whole) {
    if (window.everyLayerWindowed()) {
      return b.named("sliding_window", b.constant(DType.S32, window.size()));
    }
    double[] sizes = new double[depth];
    for (int l = 0; l < depth; l++) {
      sizes[l] = window.appliesTo(l) ? window.size() : whole;
    }
    Instruction table = b.constant(Literal.of(Shape.array(DType.S32, depth), sizes));
    return b.named("sliding_window", b.reshape(b.dynamicSlice(table, List.of(layer), 1)));
  }

  /**
   * The RoPE of layer {@code layer} (the layer loop's counter) when it differs from layer to layer
   * ({@link dev.torus.dsl.LayerRope}): the inverse frequencies {@code f32[D/2]} sliced out of a
   * constant {@code [kinds, D/2]} table of the distinct rows (Gemma 3: local and global), picked by a
   * constant {@code s32[depth]} index per layer, and the factor of cos and sin out of a {@code [depth]}
   * table (none when it is 1 in every layer), for a run of {@code runLength} tokens. As with
   * {@link #layerWindow}, one layer loop serves every layer; the table holds each distinct row once, so
   * the program does not carry (and print) a row per layer.
   */
  static Rope.LayerTable layerRope(XlaBuilder b, dev.torus.dsl.Attention attention, Instruction layer,
      int depth, long runLength) {
    int half = attention.ropeDims() / 2;
    List<double[]> rows = new java.util.ArrayList<>();
    double[] kindOf = new double[depth];
    double[] factors = new double[depth];
    boolean scaled = false;
    for (int l = 0; l < depth; l++) {
      double[] f = attention.ropeFrequencies(l, runLength);
      int kind = 0;
      while (kind < rows.size() && !java.util.Arrays.equals(rows.get(kind), f)) {
        kind++;
      }
      if (kind == rows.size()) {
        rows.add(f);
      }
      kindOf[l] = kind;
      factors[l] = attention.ropeAttentionFactor(l);
      scaled |= factors[l] != 1.0;
    }
    double[] frequencies = new double[rows.size() * half];
    for (int k = 0; k < rows.size(); k++) {
      System.arraycopy(rows.get(k), 0, frequencies, k * half, half);
    }
    Instruction zero = b.constant(DType.S32, 0);
    Instruction kinds = b.constant(Literal.of(Shape.array(DType.S32, depth), kindOf));
    Instruction kind = b.reshape(b.dynamicSlice(kinds, List.of(layer), 1));
    Instruction table = b.constant(Literal.of(Shape.array(DType.F32, rows.size(), half), frequencies));
    Instruction inv = b.named("rope_inv_freq", b.reshape(b.dynamicSlice(table, List.of(kind, zero), 1, half), half));
    Instruction factor = null;
    if (scaled) {
      Instruction factorTable = b.constant(Literal.of(Shape.array(DType.F32, depth), factors));
      factor = b.named("rope_factor", b.reshape(b.dynamicSlice(factorTable, List.of(layer), 1)));
    }
    return new Rope.LayerTable(inv, factor);
  }

  /** One block on {@code x [B, S, W]}, with this layer's weights by their names within the layer. */
  static LayerOutput block(LoweringContext ctx, XlaBuilder b, ModelSpec m, RunShape shape, Instruction x,
      SequenceShard shard, Map<String, Instruction> w, Instruction count) {
    return block(ctx, b, m, shape, x, shard, w, count, (ab, xn, aw) -> LayerRules.lower(ctx, ab,
        Layer.attention("self_attn", m.width(), m.attention()), xn, aw, shape.blocks(), shard, count != null));
  }

  /** How a block lowers its attention: the normalised input and the attention's weights (names within it). */
  @FunctionalInterface
  interface AttentionRule {
    LayerOutput apply(XlaBuilder b, Instruction xn, Map<String, Instruction> w);
  }

  /**
   * One block on {@code x [B, S, W]} with its attention lowered by {@code attention}; the result
   * carries the attention's keys and values.
   */
  static LayerOutput block(LoweringContext ctx, XlaBuilder b, ModelSpec m, RunShape shape, Instruction x,
      SequenceShard shard, Map<String, Instruction> w, Instruction count, AttentionRule attention) {
    ModelWeights.BlockParts parts = ModelWeights.parts(m);
    b.withOpName(ProgramNames.INPUT_LAYERNORM_OP);
    Instruction xn = LayerRules.lower(ctx, b, Layer.of(parts.attentionNorm()), x,
        relative(w, "input_layernorm."), shape.blocks(), shard, false).output();
    b.withOpName(ProgramNames.SELF_ATTENTION_OP);
    LayerOutput attn = attention.apply(b, xn, relative(w, "self_attn."));
    Instruction executed = count == null ? null : b.add(count, attn.executedBlocks());
    b.withOpName(ProgramNames.MLP_OP);
    Map<String, Instruction> ffnWeights = new LinkedHashMap<>();
    relative(w, "mlp.").forEach((k, v) -> ffnWeights.put("mlp." + k, v));
    Instruction out;
    if (parts.postAttentionNorm() != null || parts.postFfnNorm() != null) {
      out = sandwich(ctx, b, shape, parts, x, attn.output(), w, ffnWeights, m.width());
    } else if (m.block().residual() == Residual.SEQUENTIAL) {
      Instruction h = ctx.keepAll(b, b.named("attention_residual", b.add(x, attn.output())));
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
      out = ChunkedMap.apply(ctx, b, ProgramNames.MLP_CHUNKS, List.of(x, attn.output()), ffnWeights,
          shape.blocks().chunk(), m.width(), (body, c, cw) -> {
            body.withOpName(ProgramNames.INPUT_LAYERNORM_OP);   // the parallel block reuses the attention's norm
            Instruction normed = TensorRules.apply(ctx, body, parts.attentionNorm(), c.get(0), relative(cw, "norm."));
            body.withOpName(ProgramNames.MLP_OP);
            return body.add(body.add(c.get(0), c.get(1)), TensorRules.apply(ctx, body, parts.ffn(), normed,
                relative(cw, "mlp.")));
          });
    }
    return new LayerOutput(out, executed, attn.keys(), attn.values());
  }

  /**
   * The rest of a sequential block with post-sublayer norms (Gemma 2), chunk by chunk of the sequence:
   * {@code h = x + postAttentionNorm(attention)}, {@code out = h + postFfnNorm(ffn(ffnNorm(h)))}, each
   * post norm left out when the block has none.
   */
  private static Instruction sandwich(LoweringContext ctx, XlaBuilder b, RunShape shape, ModelWeights.BlockParts parts,
      Instruction x, Instruction attention, Map<String, Instruction> w, Map<String, Instruction> ffnWeights, long width) {
    Map<String, Instruction> chunkWeights = new LinkedHashMap<>(ffnWeights);
    for (var norm : java.util.Arrays.asList(parts.postAttentionNorm(), parts.ffnNorm(), parts.postFfnNorm())) {
      if (norm != null) {
        relative(w, norm.name() + ".").forEach((k, v) -> chunkWeights.put(norm.name() + "." + k, v));
      }
    }
    return ChunkedMap.apply(ctx, b, ProgramNames.MLP_CHUNKS, List.of(x, attention), chunkWeights, shape.blocks().chunk(),
        width, (body, c, cw) -> {
          Instruction a = c.get(1);
          if (parts.postAttentionNorm() != null) {
            body.withOpName(ProgramNames.LAYER_OPS + parts.postAttentionNorm().name());
            a = TensorRules.apply(ctx, body, parts.postAttentionNorm(), a, relative(cw, parts.postAttentionNorm().name() + "."));
          }
          Instruction h = body.add(c.get(0), a);
          body.withOpName(ProgramNames.LAYER_OPS + parts.ffnNorm().name());
          Instruction normed = TensorRules.apply(ctx, body, parts.ffnNorm(), h, relative(cw, parts.ffnNorm().name() + "."));
          body.withOpName(ProgramNames.MLP_OP);
          Instruction f = TensorRules.apply(ctx, body, parts.ffn(), normed, relative(cw, "mlp."));
          if (parts.postFfnNorm() != null) {
            body.withOpName(ProgramNames.LAYER_OPS + parts.postFfnNorm().name());
            f = TensorRules.apply(ctx, body, parts.postFfnNorm(), f, relative(cw, parts.postFfnNorm().name() + "."));
          }
          body.withOpName(ProgramNames.MLP_OP);
          return body.add(h, f);
        });
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
    if (shape.packed()) {
      base += "_packed";
    }
    return base + "_forward";
  }

  /** The entries of {@code w} under {@code prefix}, with the prefix removed. */
  static Map<String, Instruction> relative(Map<String, Instruction> w, String prefix) {
    Map<String, Instruction> r = new LinkedHashMap<>();
    w.forEach((k, v) -> {
      if (k.startsWith(prefix)) {
        r.put(k.substring(prefix.length()), v);
      }
    });
    return r;
  }

  /** The gathered embedding rows in f32, times the model's embedding scale where it has one (Gemma's sqrt(width)). */
  static Instruction scaledEmbedding(XlaBuilder b, ModelSpec m, Instruction embedded) {
    Instruction x = Shapes.toF32(b, embedded);
    if (m.embeddingScale() != null) {
      x = b.named("scaled_embedded", b.multiply(x, Shapes.full(b, x.arrayShape(), m.appliedEmbeddingScale())));
    }
    return x;
  }
}
