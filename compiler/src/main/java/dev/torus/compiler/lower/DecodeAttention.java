package dev.torus.compiler.lower;

import dev.torus.artifact.DType;
import com.google.common.collect.ImmutableList;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.Computation;
import dev.torus.compiler.ir.Attrs.ComparisonDirection;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.dsl.Attention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The attention of one decode step: one new token per row {@code xn [B, 1, W]} at its global position
 * {@code q_b}. Its key and value are written into this device's KV cache slice (on the device that
 * holds position {@code q_b}, a scatter), then its query attends to the cache block by block
 * ({@link ProgramNames#DECODE_KV_BLOCKS}) with an {@link OnlineSoftmax}: only the blocks the cache
 * rules of {@link BlockVisibility#cacheRanges} leave visible run, {@code ceil(len / block)} of them,
 * and no buffer larger than one block's scores exists. On a ring each device's partial softmax (max,
 * denominator, weighted values) over its slice is combined by an all-reduce of the maxima, then one
 * all-reduce of the rescaled denominators and values. With {@link Cache#cpuKernel} the partial softmax
 * is {@link DecodeKernel}'s native CPU kernel instead of the loop, under the same rules.
 */
final class DecodeAttention {
  private DecodeAttention() {}

  /**
   * Where the step writes and reads: this device's cache slice and the rows' write targets; with
   * {@code cpuKernel} the key blocks run in {@link DecodeKernel} instead of an XLA loop.
   */
  record Cache(Instruction keys, Instruction values, Instruction layer, Instruction keyPositions,
      Instruction writeDevice, Instruction writeSlot, Instruction ringIndex, List<List<Integer>> rings, int blockKv,
      boolean cpuKernel) {}

  /**
   * Attention of {@code xn [B, 1, W]} at {@code positions s32[B]}, layer {@code cache.layer} of the
   * caches {@code [L, B, Hkv, M, D]}; the output carries the updated caches as its keys and values and
   * with {@code count} (a start value) the count plus the key blocks this layer ran. {@code layerRope}
   * is this layer's RoPE when it differs from layer to layer (null: the attention's own); the scores
   * are soft-capped as the spec says ({@link AttentionBlocks#softCapped}) before the cache mask, as in
   * the prefill's blockwise attention.
   */
  static LayerOutput apply(LoweringContext ctx, XlaBuilder b, Instruction xn, Map<String, Instruction> w,
      Attention spec, Instruction positions, long runLength, Cache cache, Instruction window, Rope.LayerTable layerRope,
      Instruction count) {
    long batch = xn.arrayShape().dim(0);
    int hkv = spec.kvHeads();
    int group = spec.groupSize();
    int dim = spec.headDim();
    AttentionLowering.Heads h = AttentionLowering.heads(ctx, b, xn, w, spec, b.reshape(positions, batch, 1), runLength,
        layerRope);
    List<Instruction> written = write(ctx, b, cache, h.k(), h.v());
    Instruction keys = written.get(0);
    Instruction values = written.get(1);
    Instruction q = b.reshape(h.q(), batch, hkv, group, dim);

    BlockVisibility.Ranges ranges = BlockVisibility.cacheRanges(ctx, b, cache.keyPositions(), positions, window,
        cache.blockKv());
    Partial slice = cache.cpuKernel()
        ? DecodeKernel.partial(b, q, keys, values, cache.layer(), cache.keyPositions(), positions, window,
            firstBlock(b, ranges), ranges.upper(), spec.logitSoftCap(), cache.blockKv())
        : keyBlocks(ctx, b, spec, q, keys, values, positions, cache, window, ranges, count);
    Instruction m = slice.softmax().max();
    Instruction l = slice.softmax().denominator();
    Instruction o = slice.softmax().accumulator();
    Instruction counted = count == null ? null : cache.cpuKernel() ? b.add(count, slice.blocks()) : slice.blocks();
    ArrayShape rows = m.arrayShape();
    if (cache.rings() != null) {
      // Every device's partial softmax rescaled to the ring's maximum, then summed over the ring.
      Instruction max = b.named("ring_max", b.allReduce(m, ctx.reducer(Opcode.MAXIMUM), cache.rings()));
      Instruction none = b.compare(max, Shapes.full(b, rows, Double.NEGATIVE_INFINITY), ComparisonDirection.EQ);
      Instruction factor = b.exponential(b.subtract(m, b.select(none, Shapes.full(b, rows, 0), max)));
      ArrayShape acc = o.arrayShape();
      Instruction partial = b.concatenate(3, b.multiply(o, b.broadcast(factor, acc, 0, 1, 2)),
          b.reshape(b.multiply(l, factor), batch, hkv, group, 1));
      Instruction summed = b.named("ring_sum", b.allReduce(partial, ctx.reducer(Opcode.ADD), cache.rings()));
      o = b.slice(summed, new long[] {0, 0, 0, 0}, new long[] {batch, hkv, group, dim}, new long[] {1, 1, 1, 1});
      l = b.reshape(b.slice(summed, new long[] {0, 0, 0, dim}, new long[] {batch, hkv, group, dim + 1},
          new long[] {1, 1, 1, 1}), batch, hkv, group);
    }
    Instruction attended = b.reshape(OnlineSoftmax.finish(b, o, l), batch, hkv, group, 1, dim);
    return new LayerOutput(AttentionLowering.output(ctx, b, attended, w, spec), counted, slice.keys(), slice.values());
  }

  /**
   * One device's partial softmax over its cache slice; the key blocks it ran (the loop's count including
   * the start value, the kernel's own count); and the caches as the layer passes them on (the loop's
   * results: a cache also used after the loop that carries it would be copied whole).
   */
  record Partial(OnlineSoftmax.Step softmax, Instruction blocks, Instruction keys, Instruction values) {}

  /**
   * The partial softmax of {@code q [B, Hkv, G, D]} over the key blocks {@code ranges} bounds of the
   * caches, and {@code count} (null: none) plus the blocks run: a counted loop
   * ({@link ProgramNames#DECODE_KV_BLOCKS}) of one block's scores, soft cap, cache mask and
   * {@link OnlineSoftmax} update each.
   */
  private static Partial keyBlocks(LoweringContext ctx, XlaBuilder b, Attention spec, Instruction q,
      Instruction keys, Instruction values, Instruction positions, Cache cache, Instruction window,
      BlockVisibility.Ranges ranges, Instruction count) {
    ArrayShape qs = q.arrayShape();
    long batch = qs.dim(0);
    long hkv = qs.dim(1);
    long dim = qs.dim(3);
    ArrayShape rows = Shape.array(DType.F32, batch, hkv, qs.dim(2));
    List<Instruction> carried = new ArrayList<>(List.of(q, keys, values, cache.layer(), cache.keyPositions(), positions,
        Shapes.full(b, rows, Double.NEGATIVE_INFINITY), Shapes.full(b, rows, 0),
        Shapes.full(b, qs.withElementType(DType.F32), 0)));
    if (window != null) {
      carried.add(window);
    }
    if (count != null) {
      carried.add(count);
    }
    List<Instruction> out = CountedLoop.run(ctx.module(), b, ProgramNames.DECODE_KV_BLOCKS, firstBlock(b, ranges),
        ranges.upper(),
        carried, (body, j, c) -> {
          int bk = cache.blockKv();
          Instruction first = body.multiply(j, body.constant(DType.S32, bk));
          Instruction zero = body.constant(DType.S32, 0);
          List<Instruction> at = List.of(c.get(3), zero, zero, first, zero);
          Instruction kBlock = Shapes.dropLeading(body, body.dynamicSlice(c.get(1), at, 1, batch, hkv, bk, dim));
          Instruction vBlock = Shapes.dropLeading(body, body.dynamicSlice(c.get(2), at, 1, batch, hkv, bk, dim));
          Instruction scores = body.named(ProgramNames.SCORES,
              body.dot(c.get(0), kBlock, ctx.dot(AttentionBlocks.ROWS_BY_KEYS), DType.F32));
          scores = AttentionBlocks.softCapped(body, scores, spec.logitSoftCap()).scores();
          Instruction kPos = body.dynamicSlice(c.get(4), List.of(first), bk);
          scores = BlockVisibility.cacheMasked(body, scores, kPos, c.get(5), window == null ? null : c.get(9));
          OnlineSoftmax.Step step = OnlineSoftmax.update(ctx, body, scores, vBlock, c.get(6), c.get(7), c.get(8));
          List<Instruction> next = new ArrayList<>(c);
          next.set(6, step.max());
          next.set(7, step.denominator());
          next.set(8, step.accumulator());
          if (count != null) {
            next.set(c.size() - 1, body.add(c.get(c.size() - 1), body.constant(DType.S32, 1)));
          }
          return next;
        });
    return new Partial(new OnlineSoftmax.Step(out.get(6), out.get(7), out.get(8)),
        count == null ? null : out.get(out.size() - 1), out.get(1), out.get(2));
  }

  /** The first key block to visit: the ranges' lower bound, or 0 without one. */
  private static Instruction firstBlock(XlaBuilder b, BlockVisibility.Ranges ranges) {
    return ranges.lower() == null ? b.constant(DType.S32, 0) : ranges.lower();
  }

  /**
   * The caches with each row's new key and value ({@code [B, Hkv, 1, D]}) at its write slot, on the
   * device that holds its position: one scatter per cache, {@code O(B Hkv D)} work. A row another
   * device holds gets a slot index past this slice, and XLA's scatter skips an update out of bounds.
   */
  private static List<Instruction> write(LoweringContext ctx, XlaBuilder b, Cache cache, Instruction k, Instruction v) {
    ArrayShape ks = k.arrayShape();
    long batch = ks.dim(0);
    ArrayShape cs = cache.keys().arrayShape();
    DType type = cs.elementType();
    Instruction slot = cache.writeSlot();
    if (cache.ringIndex() != null) {
      Instruction mine = b.compare(cache.writeDevice(), b.broadcast(cache.ringIndex(), slot.arrayShape()),
          ComparisonDirection.EQ);
      slot = b.select(mine, slot, Shapes.full(b, slot.arrayShape(), cs.dim(3)));
    }
    ArrayShape column = Shape.array(DType.S32, batch, 1);
    Instruction indices = b.concatenate(1, b.broadcast(cache.layer(), column), b.iota(column, 0),
        b.reshape(slot, batch, 1));
    XlaBuilder r = ctx.module().computation(ProgramNames.CACHE_WRITE + "_" + type.name().toLowerCase(java.util.Locale.ROOT));
    r.parameter(0, Shape.scalar(type), "old");
    Computation replace = r.build(r.parameter(1, Shape.scalar(type), "new"));
    Attrs.Scatter dims = new Attrs.Scatter(ImmutableList.of(1, 2), ImmutableList.of(0, 1, 3), ImmutableList.of(0, 1, 3), 1);
    List<Instruction> out = new ArrayList<>();
    out.add(b.scatter(cache.keys(), indices, b.reshape(Shapes.cast(b, k, type), batch, ks.dim(1), ks.dim(3)), dims,
        replace));
    out.add(b.scatter(cache.values(), indices, b.reshape(Shapes.cast(b, v, type), batch, ks.dim(1), ks.dim(3)), dims,
        replace));
    return out;
  }
}
