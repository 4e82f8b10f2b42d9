package dev.torus.compiler.lower;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.HloModuleBuilder;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.compiler.ir.Attrs.ComparisonDirection;
import dev.torus.dsl.Attention;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.GenerateShape;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers a model's generate programs over a KV cache {@code [L, B, Hkv, M, D]} (per device
 * {@code M / R} slots, in the parameters' dtype; {@link GenerateShape} says which device holds which
 * position):
 * <ul>
 *   <li><b>prefill</b>: {@code tokens s32[B, P]} (right-padded, split over the ring like a forward's),
 *       {@code prompt_lengths s32[B]}, the weights, {@code cache_k}, {@code cache_v}; the model's
 *       forward (blockwise, on a ring with {@link RingSteps}) writes each layer's keys and values of
 *       the local prompt chunk into local slots {@code [0, P / R)}; results: the logits of each
 *       prompt's last real token {@code f32[B, V]} and the caches (aliased to their parameters);
 *   <li><b>decode</b>: {@code tokens s32[B, 1]}, {@code positions s32[B]} (each row's length so far:
 *       the new token's position), the weights and the caches; {@link DecodeAttention} in every layer;
 *       results: logits {@code f32[B, V]} and the caches.
 * </ul>
 * Padding keys of a short prompt stay in the cache past its length, hidden by the cache rules until
 * the row's generated tokens overwrite them. In a debug build both add the executed key/value block
 * count ({@code s32[]}).
 */
public final class GenerateLowering {
  private GenerateLowering() {}

  /** A generate program and its weights in parameter order. */
  public record Program(HloModule module, ImmutableList<WeightSpec> weights) {}

  /** The KV cache's per-device shape {@code [L, B, Hkv, M / R, D]}. */
  public static ArrayShape localCache(ModelSpec m, GenerateShape g) {
    Attention a = m.attention();
    return Shape.array(m.paramType(), m.depth(), g.prompt().batch(), a.kvHeads(), g.localCache(), a.headDim());
  }

  /** The tokens' embeddings, in f32 and scaled as the model says, under the embedding op name. */
  private static Instruction embed(XlaBuilder b, ModelSpec m, Map<String, Instruction> params, Instruction tokens) {
    b.withOpName(ProgramNames.EMBED_OP);
    return ModelLowering.scaledEmbedding(b, m,
        b.named("embedded", b.gatherRows(params.get("embed_tokens.weight"), tokens)));
  }

  public static Program prefill(ModelSpec m, GenerateShape g, boolean countBlocks) {
    RunShape shape = g.prompt();
    HloModuleBuilder module = new HloModuleBuilder(programName(m, g) + "_prefill", shape.devices());
    LoweringContext ctx = new LoweringContext(module, m.paramType());
    XlaBuilder b = module.computation("main");
    ImmutableList<WeightSpec> weights = weights(m);
    int batch = shape.batch();
    Instruction tokens = b.parameter(0, Shape.array(DType.S32, batch, shape.localSequence()), "tokens");
    Instruction lengths = b.parameter(1, Shape.array(DType.S32, batch), "prompt_lengths");
    Map<String, Instruction> params = weightParameters(b, weights, 2);
    Instruction cacheK = b.parameter(2 + weights.size(), localCache(m, g), "cache_k");
    Instruction cacheV = b.parameter(3 + weights.size(), localCache(m, g), "cache_v");

    Instruction x = embed(b, m, params, tokens);
    boolean onRing = shape.ring() > 1;
    Instruction ringIndex = onRing ? RingLayout.ringIndex(b, shape) : null;
    Instruction positions = b.named("positions", onRing
        ? RingLayout.positions(b, shape, ringIndex) : b.iota(Shape.array(DType.S32, shape.localSequence()), 0));
    List<WeightSpec> stacked = ModelWeights.of(m).stream().filter(WeightSpec::perLayer).toList();
    List<Instruction> carried = new ArrayList<>(List.of(x, positions, cacheK, cacheV));
    if (onRing) {
      carried.add(ringIndex);
    }
    if (countBlocks) {
      carried.add(b.constant(DType.S32, 0));
    }
    int count = carried.size() - 1;
    b.withOpName(ProgramNames.LAYERS);
    List<Instruction> after = unrolled(b, m.depth(), carried, (body, i, layer, c) -> {
      Map<String, Instruction> w = layerWeights(params, stacked, i);
      SequenceShard shard = onRing ? new SequenceShard(c.get(1), c.get(4), shape, RingLayout.pairs(shape))
          : SequenceShard.local(c.get(1));
      if (m.attention().slidingWindow() != null) {
        shard = shard.withWindow(ModelLowering.layerWindow(body, m.attention().slidingWindow(), layer, m.depth(),
            shape.sequence()), RingLayout.layerWindows(m.attention().slidingWindow(), m.depth()));
      }
      if (m.attention().layerRope() != null && m.attention().ropeTheta() != null) {
        shard = shard.withLayerRope(ModelLowering.layerRope(body, m.attention(), layer, m.depth(), shape.sequence()));
      }
      LayerOutput out = ModelLowering.block(ctx, body, m, shape, c.get(0), shard, w, countBlocks ? c.get(count) : null);
      List<Instruction> next = new ArrayList<>(c);
      next.set(0, out.output());
      next.set(2, writePrompt(body, c.get(2), out.keys(), layer));
      next.set(3, writePrompt(body, c.get(3), out.values(), layer));
      if (countBlocks) {
        next.set(count, out.executedBlocks());
      }
      return next;
    });
    // Each row's last real token: the device holding it gives its activation, the others zeros.
    b.withOpName(ProgramNames.LM_HEAD_OP);
    Instruction h = after.get(0);
    ArrayShape grid = Shape.array(DType.S32, batch, shape.localSequence());
    Instruction last = b.subtract(lengths, Shapes.full(b, lengths.arrayShape(), 1));
    Instruction isLast = b.compare(b.broadcast(positions, grid, 1), b.broadcast(last, grid, 0), ComparisonDirection.EQ);
    Instruction picked = b.multiply(h, b.broadcast(b.convert(isLast, DType.F32), h.arrayShape(), 0, 1));
    Instruction lastHidden = b.reduce(picked, b.constant(DType.F32, 0), ctx.reducer(Opcode.ADD), 1);
    if (onRing) {
      lastHidden = b.allReduce(lastHidden, ctx.reducer(Opcode.ADD), Fsdp.rings(shape));
    }
    Instruction logits = head(ctx, b, m, params, b.reshape(lastHidden, batch, 1, m.width()));
    b.withOpName(null);
    List<Instruction> results = new ArrayList<>(List.of(logits, after.get(2), after.get(3)));
    if (countBlocks) {
      results.add(after.get(count));
    }
    return new Program(module.build(b.build(b.tuple(results.toArray(Instruction[]::new)))), weights);
  }

  public static Program decode(ModelSpec m, GenerateShape g, boolean countBlocks) {
    return decode(m, g, countBlocks, false);
  }

  /** {@link #decode}, its cache attention Torus's CPU kernel ({@link DecodeKernel}) when {@code cpuKernel}. */
  public static Program decode(ModelSpec m, GenerateShape g, boolean countBlocks, boolean cpuKernel) {
    RunShape shape = g.prompt();
    HloModuleBuilder module = new HloModuleBuilder(programName(m, g) + "_decode", shape.devices());
    // One token per row: the weights are read where they lie, with no transposed copy per step.
    LoweringContext ctx = new LoweringContext(module, m.paramType()).linearOrder(LoweringContext.LinearOrder.WEIGHTS_FIRST);
    XlaBuilder b = module.computation("main");
    ImmutableList<WeightSpec> weights = weights(m);
    int batch = shape.batch();
    Instruction tokens = b.parameter(0, Shape.array(DType.S32, batch, 1), "tokens");
    Instruction positions = b.parameter(1, Shape.array(DType.S32, batch), "positions");
    Map<String, Instruction> params = weightParameters(b, weights, 2);
    Instruction cacheK = b.parameter(2 + weights.size(), localCache(m, g), "cache_k");
    Instruction cacheV = b.parameter(3 + weights.size(), localCache(m, g), "cache_v");

    Instruction x = embed(b, m, params, tokens);
    boolean onRing = shape.ring() > 1;
    Instruction ringIndex = onRing ? RingLayout.ringIndex(b, shape) : b.constant(DType.S32, 0);
    Instruction keyPositions = b.named("cache_positions", cachePositions(b, g, ringIndex));
    List<Instruction> target = writeTargets(b, g, positions);
    List<WeightSpec> stacked = ModelWeights.of(m).stream().filter(WeightSpec::perLayer).toList();
    List<Instruction> carried = new ArrayList<>(List.of(x, cacheK, cacheV, positions, keyPositions, target.get(0),
        target.get(1), ringIndex));
    if (countBlocks) {
      carried.add(b.constant(DType.S32, 0));
    }
    int count = carried.size() - 1;
    RunShape step = RunShape.of(batch, 1, BlockSizes.of(1, 1, 1));   // one token per row: chunks of one
    b.withOpName(ProgramNames.LAYERS);
    List<Instruction> after = unrolled(b, m.depth(), carried, (body, i, layer, c) -> {
      Map<String, Instruction> w = layerWeights(params, stacked, i);
      Instruction window = m.attention().slidingWindow() == null ? null
          : ModelLowering.layerWindow(body, m.attention().slidingWindow(), layer, m.depth(), g.maxLength());
      Rope.LayerTable rope = m.attention().layerRope() == null || m.attention().ropeTheta() == null ? null
          : ModelLowering.layerRope(body, m.attention(), layer, m.depth(), g.maxLength());
      DecodeAttention.Cache cache = new DecodeAttention.Cache(c.get(1), c.get(2), layer, c.get(4), c.get(5), c.get(6),
          onRing ? c.get(7) : null, onRing ? Fsdp.rings(shape) : null, shape.blocks().keyValue(), cpuKernel);
      Instruction counted = countBlocks ? c.get(count) : null;
      LayerOutput out = ModelLowering.block(ctx, body, m, step, c.get(0),
          SequenceShard.local(body.iota(Shape.array(DType.S32, 1), 0)), w, counted,
          (ab, xn, aw) -> DecodeAttention.apply(ctx, ab, xn, aw, m.attention(), c.get(3), g.maxLength(), cache, window,
              rope, countBlocks ? ab.constant(DType.S32, 0) : null));   // this layer's blocks: block() adds them up
      List<Instruction> next = new ArrayList<>(c);
      next.set(0, out.output());
      next.set(1, out.keys());
      next.set(2, out.values());
      if (countBlocks) {
        next.set(count, out.executedBlocks());
      }
      return next;
    });
    b.withOpName(ProgramNames.LM_HEAD_OP);
    Instruction logits = head(ctx, b, m, params, after.get(0));
    b.withOpName(null);
    List<Instruction> results = new ArrayList<>(List.of(logits, after.get(1), after.get(2)));
    if (countBlocks) {
      results.add(after.get(count));
    }
    return new Program(module.build(b.build(b.tuple(results.toArray(Instruction[]::new)))), weights);
  }

  /** {@code tiny_generate}, {@code tiny_ring4_generate}. */
  public static String programName(ModelSpec m, GenerateShape g) {
    String base = m.name().replace('-', '_');
    return (g.prompt().ring() > 1 ? base + "_ring" + g.prompt().ring() : base) + "_generate";
  }

  /**
   * The global positions of this device's cache slots {@code s32[M / R]}: slot {@code s < P/R} holds
   * prompt position {@code r P/R + s}, a later slot position {@code P + (s - P/R) R + r}.
   */
  static Instruction cachePositions(XlaBuilder b, GenerateShape g, Instruction ringIndex) {
    int ring = g.prompt().ring();
    int prompt = g.localPrompt();
    ArrayShape slots = Shape.array(DType.S32, g.localCache());
    Instruction s = b.iota(slots, 0);
    Instruction r = b.broadcast(ringIndex, slots);
    Instruction inPrompt = b.add(b.multiply(r, Shapes.full(b, slots, prompt)), s);
    Instruction later = b.add(b.add(Shapes.full(b, slots, g.prompt().sequence()),
        b.multiply(b.subtract(s, Shapes.full(b, slots, prompt)), Shapes.full(b, slots, ring))), r);
    return b.select(b.compare(s, Shapes.full(b, slots, prompt), ComparisonDirection.LT), inPrompt, later);
  }

  /** Where each row's token at {@code positions s32[B]} goes: the device (ring index) and its local slot, {@code s32[B]} each. */
  static List<Instruction> writeTargets(XlaBuilder b, GenerateShape g, Instruction positions) {
    ArrayShape rows = positions.arrayShape();
    Instruction localPrompt = Shapes.full(b, rows, g.localPrompt());
    Instruction ring = Shapes.full(b, rows, g.prompt().ring());
    Instruction generated = b.subtract(positions, Shapes.full(b, rows, g.prompt().sequence()));
    Instruction inPrompt = b.compare(positions, Shapes.full(b, rows, g.prompt().sequence()), ComparisonDirection.LT);
    Instruction device = b.named("write_device",
        b.select(inPrompt, b.divide(positions, localPrompt), b.remainder(generated, ring)));
    Instruction slot = b.named("write_slot", b.select(inPrompt, b.remainder(positions, localPrompt),
        b.add(localPrompt, b.divide(generated, ring))));
    return List.of(device, slot);
  }

  private static Map<String, Instruction> weightParameters(XlaBuilder b, List<WeightSpec> weights, int first) {
    Map<String, Instruction> params = new LinkedHashMap<>();
    for (int k = 0; k < weights.size(); k++) {
      WeightSpec w = weights.get(k);
      params.put(w.name(), b.parameter(first + k, Shape.array(w.dtype(), w.shape()), w.name()));
    }
    return params;
  }

  /**
   * The generate programs' weights in parameter order: the model's weights ({@link ModelWeights#of}),
   * each per-layer one replaced by its layers' own weights ({@link WeightSpec#atLayer}: {@code
   * layers.{i}.…}, Hugging Face name {@code model.layers.{i}.…}), layer by layer where the stacked
   * weights stood. Both programs read each layer's weights where they lie: a decode step reads every
   * weight once and copies none (a dynamic slice of a stacked {@code [L, ...]} parameter is a copy of
   * the layer's weights per call on XLA CPU, which doubled a step's memory traffic).
   */
  public static ImmutableList<WeightSpec> weights(ModelSpec m) {
    ImmutableList<WeightSpec> all = ModelWeights.of(m);
    List<WeightSpec> stacked = all.stream().filter(WeightSpec::perLayer).toList();
    ImmutableList.Builder<WeightSpec> out = ImmutableList.builder();
    boolean layersAdded = false;
    for (WeightSpec w : all) {
      if (!w.perLayer()) {
        out.add(w);
      } else if (!layersAdded) {
        layersAdded = true;
        for (int layer = 0; layer < m.depth(); layer++) {
          for (WeightSpec s : stacked) {
            out.add(s.atLayer(layer));
          }
        }
      }
    }
    return out.build();
  }

  /** One layer of an unrolled layer loop: its index, as a constant too, and the carried values; returns them updated. */
  @FunctionalInterface
  private interface Layer {
    List<Instruction> apply(XlaBuilder b, int layer, Instruction index, List<Instruction> carried);
  }

  /**
   * The layers one after another in {@code b} (no {@code while}: each layer reads its own weight
   * parameters, and the cache updates at constant layer indices stay in place), under the op name
   * {@link ProgramNames#LAYERS}; returns the final carried values.
   */
  private static List<Instruction> unrolled(XlaBuilder b, int depth, List<Instruction> carried, Layer layer) {
    String outer = b.opName();
    List<Instruction> c = List.copyOf(carried);
    for (int i = 0; i < depth; i++) {
      b.withOpName(ProgramNames.LAYERS);
      c = List.copyOf(layer.apply(b, i, b.constant(DType.S32, i), c));
    }
    b.withOpName(outer);
    return c;
  }

  /** Layer {@code layer}'s weight parameters, by name within the layer. */
  private static Map<String, Instruction> layerWeights(Map<String, Instruction> params, List<WeightSpec> stacked,
      int layer) {
    Map<String, Instruction> w = new LinkedHashMap<>();
    for (WeightSpec s : stacked) {
      w.put(s.name().substring("layers.".length()), params.get(s.atLayer(layer).name()));
    }
    return w;
  }

  /** {@code cache} with the local prompt chunk's {@code kv [B, Hkv, P/R, D]} at layer {@code layer}, slots from 0. */
  private static Instruction writePrompt(XlaBuilder b, Instruction cache, Instruction kv, Instruction layer) {
    ArrayShape s = kv.arrayShape();
    Instruction update = b.reshape(Shapes.cast(b, kv, cache.arrayShape().elementType()), 1, s.dim(0), s.dim(1), s.dim(2),
        s.dim(3));
    return b.dynamicUpdateSlice(cache, update, Shapes.startAt(b, 5, 0, layer));
  }

  /** The final norm and the output projection of {@code h [B, 1, W]}: logits {@code f32[B, V]}. */
  private static Instruction head(LoweringContext ctx, XlaBuilder b, ModelSpec m, Map<String, Instruction> params,
      Instruction h) {
    Map<String, Instruction> head = new LinkedHashMap<>();
    ModelWeights.finalNorm(m).params().forEach(p -> head.put("norm." + p.name(), params.get("norm." + p.name())));
    head.put("lm_head", params.get(m.tiedEmbeddings() ? "embed_tokens.weight" : "lm_head.weight"));
    Instruction logits = ChunkedMap.apply(ctx, b, ProgramNames.LM_HEAD_CHUNKS, List.of(h), head, 1, m.vocabSize(),
        (body, chunks, w) -> {
          body.withOpName(ProgramNames.FINAL_NORM_OP);
          Instruction n = TensorRules.apply(ctx, body, ModelWeights.finalNorm(m), chunks.get(0),
              ModelLowering.relative(w, "norm."));
          body.withOpName(ProgramNames.LM_HEAD_OP);
          Instruction z = TensorRules.linear(ctx, body, n, w.get("lm_head"));
          return m.finalLogitSoftCap() == null ? z : CrossEntropy.softCapped(body, z, m.finalLogitSoftCap());
        });
    return b.named("logits", b.reshape(logits, h.arrayShape().dim(0), m.vocabSize()));
  }
}
