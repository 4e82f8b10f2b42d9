package dev.torus.compiler.lower;

import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.dsl.Attention;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.Layers;
import dev.torus.dsl.Norm;
import dev.torus.dsl.tensor.TensorFunction;
import java.util.Map;

/**
 * The lowering rule of an attention layer: the query, key and value projections (with optional
 * biases), the per-head query/key norm when the spec has one, RoPE at the local tokens' global
 * positions (within their documents when packed), the score scale (by default {@code 1/sqrt(D)}), the heads
 * laid out for grouped-query attention ({@code [B, Hkv, G, L, D]}: each key/value head serves its
 * group of query heads without a copy), then {@link BlockwiseAttention} over the local tokens (with
 * {@link RingSteps} when the sequence is sharded over a ring), and the output projection. With bf16
 * parameters the attention products take bf16 operands and K, V travel the ring as bf16.
 */
public final class AttentionLowering {
  private AttentionLowering() {}

  /**
   * Attention over the local tokens {@code xn [B, L, W]} (already normalised, f32) with weights by
   * name ({@code q_proj.weight [Hq*D, W]}, ..., optional {@code q_proj.bias}...), the local tokens'
   * global positions and ring from {@code shard}.
   */
  public static LayerOutput apply(LoweringContext ctx, XlaBuilder b, Instruction xn, Map<String, Instruction> w,
      Attention spec, BlockSizes blocks, SequenceShard shard, boolean countBlocks) {
    if (spec.slidingWindow() != null && !shard.windowed()) {   // a layer on its own: its window in every query
      shard = shard.withWindow(b.constant(DType.S32, spec.slidingWindow().size()), spec.slidingWindow().size());
    }
    Heads h = heads(ctx, b, xn, w, spec, shard.rotaryPositions(), shard.shape() == null ? xn.arrayShape().dim(1)
        : shard.shape().sequence(), shard.layerRope());
    BlockwiseAttention.Output o = BlockwiseAttention.attend(ctx, b, h.q(), h.k(), h.v(), shard, spec.causal(),
        spec.logitSoftCap(), blocks, countBlocks);
    return new LayerOutput(output(ctx, b, o.values(), w, spec), o.executedBlocks(), h.k(), h.v());
  }

  /** The heads of {@code xn [B, S, W]}: queries {@code [B, Hkv, G, S, D]} (scaled), keys and values {@code [B, Hkv, S, D]}. */
  record Heads(Instruction q, Instruction k, Instruction v) {}

  /**
   * The query, key and value projections of {@code xn [B, S, W]} (with biases, head norms and RoPE at
   * {@code positions}, {@code s32[S]} or per row {@code s32[B, S]}), laid out for grouped-query
   * attention, in the context's matmul type; {@code runLength} is the whole sequence's length;
   * {@code layerRope} this layer's RoPE when it differs from layer to layer (null: the attention's own).
   */
  static Heads heads(LoweringContext ctx, XlaBuilder b, Instruction xn, Map<String, Instruction> w, Attention spec,
      Instruction positions, long runLength, Rope.LayerTable layerRope) {
    ArrayShape xs = xn.arrayShape();
    long batch = xs.dim(0);
    long seq = xs.dim(1);
    int hkv = spec.kvHeads();
    int group = spec.groupSize();
    int dim = spec.headDim();

    Instruction q = b.reshape(project(ctx, b, xn, w, "q_proj", spec.qkvBias()), batch, seq, spec.heads(), dim);
    Instruction k = b.reshape(project(ctx, b, xn, w, "k_proj", spec.qkvBias()), batch, seq, hkv, dim);
    Instruction v = b.reshape(project(ctx, b, xn, w, "v_proj", spec.qkvBias()), batch, seq, hkv, dim);
    if (spec.qkNorm() != null) {
      q = headNorm(ctx, b, q, weight(w, "q_norm.weight"), spec.qkNorm());
      k = headNorm(ctx, b, k, weight(w, "k_norm.weight"), spec.qkNorm());
    }
    if (spec.ropeTheta() != null) {
      if (layerRope != null) {   // RoPE differs from layer to layer: this layer's, from the layer loop
        q = Rope.apply(b, q, positions, layerRope);
        k = Rope.apply(b, k, positions, layerRope);
      } else {   // a layer on its own rotates as layer 0
        q = Rope.apply(b, q, positions, spec, 0, runLength);
        k = Rope.apply(b, k, positions, spec, 0, runLength);
      }
    }
    q = b.multiply(q, Shapes.full(b, q.arrayShape(), spec.scoreScale()));
    DType t = ctx.matmulType();
    if (t != DType.F32) {
      q = b.convert(q, t);
      k = b.convert(k, t);
      v = b.convert(v, t);
    }
    // [B, S, Hkv*G, D] -> [B, Hkv, G, S, D]: query head h = kv head (h / G), member (h % G), as HF repeats kv heads.
    // Under --remat none the heads are kept: the backward does not rotate them again.
    Instruction qT = ctx.keepAll(b, b.named("q_heads", b.transpose(b.reshape(q, batch, seq, hkv, group, dim),
        0, 2, 3, 1, 4)));
    Instruction kT = ctx.keepAll(b, b.named("k_heads", b.transpose(k, 0, 2, 1, 3)));
    Instruction vT = ctx.keepAll(b, b.named("v_heads", b.transpose(v, 0, 2, 1, 3)));
    return new Heads(qT, kT, vT);
  }

  /** The output projection of the attended values {@code [B, Hkv, G, S, D]} to {@code [B, S, W]}. */
  static Instruction output(LoweringContext ctx, XlaBuilder b, Instruction values, Map<String, Instruction> w,
      Attention spec) {
    ArrayShape s = values.arrayShape();   // [B, Hkv, G, S, D] -> [B, S, Hq*D]
    Instruction merged = b.reshape(b.transpose(values, 0, 3, 1, 2, 4), s.dim(0), s.dim(3), (long) spec.heads() * spec.headDim());
    return project(ctx, b, merged, w, "o_proj", spec.outBias());
  }

  private static Instruction project(LoweringContext ctx, XlaBuilder b, Instruction x, Map<String, Instruction> w,
      String name, boolean bias) {
    Instruction y = TensorRules.linear(ctx, b, x, weight(w, name + ".weight"));
    if (!bias) {
      return y;
    }
    Instruction bv = Shapes.toF32(b, weight(w, name + ".bias"));
    return b.add(y, b.broadcast(bv, y.arrayShape(), y.arrayShape().rank() - 1));
  }

  /** The spec's norm over each head's {@code D} values of {@code x [B, S, H, D]}, weight {@code [D]}. */
  private static Instruction headNorm(LoweringContext ctx, XlaBuilder b, Instruction x, Instruction weight, Norm norm) {
    TensorFunction fn = Layers.norm("head_norm", x.arrayShape().dim(3), norm);
    return TensorRules.apply(ctx, b, fn, x, Map.of("weight", weight));
  }

  private static Instruction weight(Map<String, Instruction> w, String name) {
    Instruction i = w.get(name);
    if (i == null) {
      throw new IllegalArgumentException("attention: no weight '" + name + "'; given " + w.keySet());
    }
    return i;
  }
}
