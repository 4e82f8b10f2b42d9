package dev.torus.compiler.lower;

import static dev.torus.compiler.lower.ProgramNames.KV_BLOCKS;
import static dev.torus.compiler.lower.ProgramNames.KV_BLOCKS_MASKED;
import static dev.torus.compiler.lower.ProgramNames.KV_BLOCKS_MASKED_BEFORE;
import static dev.torus.compiler.lower.ProgramNames.QUERY_BLOCKS;

import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.dsl.BlockSizes;
import java.util.ArrayList;
import java.util.List;

/**
 * Blockwise attention, forward: one device's queries {@code q [B, Hkv, G, L, D]} (already scaled)
 * against keys and values {@code [B, Hkv, L, D]}, to the normalised values {@code [B, Hkv, G, L, D]}.
 * A {@code while} loop over query blocks ({@link ProgramNames#QUERY_BLOCKS}) runs around loops over
 * key/value blocks ({@link AttentionBlocks#overKeyBlocks}) with an {@link OnlineSoftmax}: running
 * max, running denominator and f32 accumulator per query, one division per query at the end. No
 * {@code [L, L]} score matrix exists. On a ring ({@link RingSteps#forward}) the same loops run once
 * per key/value block the device holds in turn, and the online-softmax state of every local query
 * lives across the ring steps. The output's gradient is {@link BlockwiseAttentionBackward}'s,
 * registered as a {@link CustomVjp}.
 */
public final class BlockwiseAttention {
  private BlockwiseAttention() {}

  /**
   * The state of the loops over the local queries: queries, held keys and values, the queries'
   * global positions (and, packed, segment ids; windowed, the window size), then either this device's ring index (across ring
   * steps: the held block's key positions follow from it and the step) and, packed, the whole ring's
   * segment ids, or the held block's key positions and segment ids (over query blocks), the
   * online-softmax state of every local query, and in a debug build the executed key/value block
   * count. Slots without a value take no place.
   */
  enum Slot {
    Q, K, V, Q_POSITIONS, Q_SEGMENTS, WINDOW, RING_INDEX, RING_SEGMENTS, K_POSITIONS, K_SEGMENTS, MAX, DENOMINATOR,
    ACCUMULATOR, EXECUTED_BLOCKS
  }

  /** The state of the loops over one query block's key/value blocks: that block's rows and their online softmax. */
  private enum KeyBlockSlot {
    Q, Q_POSITIONS, Q_SEGMENTS, WINDOW, K, V, K_POSITIONS, K_SEGMENTS, MAX, DENOMINATOR, ACCUMULATOR, EXECUTED_BLOCKS
  }

  private static final BlockVisibility.Slots<KeyBlockSlot> VISIBILITY = new BlockVisibility.Slots<>(
      KeyBlockSlot.Q_POSITIONS, KeyBlockSlot.K_POSITIONS, KeyBlockSlot.Q_SEGMENTS, KeyBlockSlot.K_SEGMENTS,
      KeyBlockSlot.WINDOW);

  private static final AttentionBlocks.LoopNames LOOPS = new AttentionBlocks.LoopNames(KV_BLOCKS,
      KV_BLOCKS_MASKED_BEFORE, KV_BLOCKS_MASKED);

  /** The normalised values and, when counted, the number of key/value blocks executed (s32, else null). */
  record Output(Instruction values, Instruction executedBlocks) {}

  /**
   * The attention core alone, by the loops of the attention layer: {@code q [B, Hkv, G, L, D]}
   * (already scaled), {@code k, v [B, Hkv, L, D]} to {@code [B, Hkv, G, L, D]} (for benchmarks and
   * tests of the core).
   */
  public static Instruction core(LoweringContext ctx, XlaBuilder b, Instruction q, Instruction k, Instruction v,
      SequenceShard shard, boolean causal, BlockSizes blocks) {
    return attend(ctx, b, q, k, v, shard, causal, null, blocks, false).values();
  }

  /** {@link #core} with scores soft-capped to {@code softCap * tanh(s / softCap)} before the mask (null: none). */
  public static Instruction core(LoweringContext ctx, XlaBuilder b, Instruction q, Instruction k, Instruction v,
      SequenceShard shard, boolean causal, Double softCap, BlockSizes blocks) {
    return attend(ctx, b, q, k, v, shard, causal, softCap, blocks, false).values();
  }

  /** {@link #core}, counting the executed key/value blocks when asked. */
  static Output attend(LoweringContext ctx, XlaBuilder b, Instruction q, Instruction k, Instruction v,
      SequenceShard shard, boolean causal, Double softCap, BlockSizes blocks, boolean countBlocks) {
    AttentionBlocks tiles = AttentionBlocks.of(ctx, causal, softCap, blocks, q.arrayShape());
    LoopState<Slot> state = LoopState.of(Slot.class).with(Slot.Q, q).with(Slot.K, k).with(Slot.V, v)
        .with(Slot.Q_POSITIONS, shard.positions());
    state = shard.ringSize() == 1 ? state.with(Slot.K_POSITIONS, shard.positions())
        : state.with(Slot.RING_INDEX, shard.ringIndex());
    if (shard.packed()) {
      state = shard.ringSize() == 1 ? state.with(Slot.Q_SEGMENTS, shard.segmentIds())
          .with(Slot.K_SEGMENTS, shard.segmentIds())
          : state.with(Slot.Q_SEGMENTS, shard.segmentsOf(b, shard.segmentIds(), shard.ringIndex()))
          .with(Slot.RING_SEGMENTS, shard.segmentIds());
    }
    if (shard.windowed()) {
      state = state.with(Slot.WINDOW, shard.window());
    }
    state = state.with(Slot.MAX, tiles.rowStatistics(b, Double.NEGATIVE_INFINITY))
        .with(Slot.DENOMINATOR, tiles.rowStatistics(b, 0))
        .with(Slot.ACCUMULATOR, Shapes.full(b, q.arrayShape().withElementType(DType.F32), 0));
    if (countBlocks) {
      state = state.with(Slot.EXECUTED_BLOCKS, b.constant(DType.S32, 0));
    }
    state = shard.ringSize() == 1 ? attendHeld(tiles, b, state)
        : RingSteps.forward(ctx, b, shard, state, (body, held) -> attendHeld(tiles, body, held));
    Instruction acc = state.get(Slot.ACCUMULATOR);
    Instruction l = state.get(Slot.DENOMINATOR);
    Instruction m = state.get(Slot.MAX);
    Instruction values = b.divide(acc, b.broadcast(l, acc.arrayShape(), 0, 1, 2, 3));
    // A remat policy that saves residuals keeps the output and statistics, so a layer's backward
    // does not run these loops (and their ring passes) again.
    Instruction kept = ctx.keep(b, values);
    // The backward gets what it saves (r) as arguments, so the rule follows a pass that rebuilds them.
    // r: these, then the shard's.
    List<Instruction> saved = new ArrayList<>(List.of(q, k, v, kept, ctx.keepExact(b, m), ctx.keepExact(b, l)));
    saved.addAll(shard.instructions());
    ctx.gradientRules().addCustom(values, CustomVjp.of(List.of(q, k, v), saved, (gb, r, g) ->
        BlockwiseAttentionBackward.apply(tiles, gb, r.get(0), r.get(1), r.get(2), shard.over(r.subList(6, r.size())),
            r.get(3), gb.add(r.get(4), gb.log(r.get(5))), g)));
    return new Output(kept, countBlocks ? state.get(Slot.EXECUTED_BLOCKS) : null);
  }

  /**
   * All local query blocks against the key/value block in hand, whose key positions are in
   * {@link Slot#K_POSITIONS}: returns the state with the online softmax (and the count) advanced.
   */
  static LoopState<Slot> attendHeld(AttentionBlocks tiles, XlaBuilder b, LoopState<Slot> state) {
    int bq = tiles.blocks().query();
    return state.loop(tiles.ctx().module(), b, QUERY_BLOCKS, tiles.queryBlocks(), (body, qi, c) -> {
      Instruction start = body.multiply(qi, body.constant(DType.S32, bq));
      Instruction qBlock = tiles.rows(body, c.get(Slot.Q), start);
      Instruction qPos = body.dynamicSlice(c.get(Slot.Q_POSITIONS), List.of(start), bq);
      LoopState<KeyBlockSlot> kv = LoopState.of(KeyBlockSlot.class)
          .with(KeyBlockSlot.Q, qBlock)
          .with(KeyBlockSlot.Q_POSITIONS, qPos)
          .with(KeyBlockSlot.K, c.get(Slot.K))
          .with(KeyBlockSlot.V, c.get(Slot.V))
          .with(KeyBlockSlot.K_POSITIONS, c.get(Slot.K_POSITIONS))
          .with(KeyBlockSlot.MAX, tiles.rows(body, c.get(Slot.MAX), start));
      // With the row sum on the matrix unit, the key-block loop carries [o | l] as one accumulator.
      boolean rowSumInMatmul = tiles.ctx().rowSumInMatmul();
      kv = rowSumInMatmul ? kv.with(KeyBlockSlot.ACCUMULATOR, OnlineSoftmax.withDenominator(body,
          tiles.rows(body, c.get(Slot.ACCUMULATOR), start), tiles.rows(body, c.get(Slot.DENOMINATOR), start)))
          : kv.with(KeyBlockSlot.DENOMINATOR, tiles.rows(body, c.get(Slot.DENOMINATOR), start))
          .with(KeyBlockSlot.ACCUMULATOR, tiles.rows(body, c.get(Slot.ACCUMULATOR), start));
      if (c.has(Slot.EXECUTED_BLOCKS)) {
        kv = kv.with(KeyBlockSlot.EXECUTED_BLOCKS, c.get(Slot.EXECUTED_BLOCKS));
      }
      if (c.has(Slot.Q_SEGMENTS)) {
        kv = kv.with(KeyBlockSlot.Q_SEGMENTS, tiles.segmentRows(body, c.get(Slot.Q_SEGMENTS), start))
            .with(KeyBlockSlot.K_SEGMENTS, c.get(Slot.K_SEGMENTS));
      }
      if (c.has(Slot.WINDOW)) {
        kv = kv.with(KeyBlockSlot.WINDOW, c.get(Slot.WINDOW));
      }
      kv = tiles.overKeyBlocks(body, LOOPS, kv, VISIBILITY, (kb, block, s) -> attendKeyBlock(tiles, kb, block, s));
      Instruction acc = kv.get(KeyBlockSlot.ACCUMULATOR);
      Instruction l = rowSumInMatmul ? OnlineSoftmax.denominatorOf(body, acc) : kv.get(KeyBlockSlot.DENOMINATOR);
      Instruction o = rowSumInMatmul ? OnlineSoftmax.accumulatorOf(body, acc) : acc;
      LoopState<Slot> next = c
          .with(Slot.MAX, tiles.withRows(body, c.get(Slot.MAX), kv.get(KeyBlockSlot.MAX), start))
          .with(Slot.DENOMINATOR, tiles.withRows(body, c.get(Slot.DENOMINATOR), l, start))
          .with(Slot.ACCUMULATOR, tiles.withRows(body, c.get(Slot.ACCUMULATOR), o, start));
      return c.has(Slot.EXECUTED_BLOCKS) ? next.with(Slot.EXECUTED_BLOCKS, kv.get(KeyBlockSlot.EXECUTED_BLOCKS)) : next;
    });
  }

  /** One key/value block's scores, soft-capped if so, masked on the diagonal, folded into the query block's online softmax. */
  private static LoopState<KeyBlockSlot> attendKeyBlock(AttentionBlocks tiles, XlaBuilder b,
      AttentionBlocks.KeyBlock block, LoopState<KeyBlockSlot> c) {
    LoweringContext ctx = tiles.ctx();
    Instruction kBlock = tiles.keyBlock(b, c.get(KeyBlockSlot.K), tiles.keyStart(b, block.first()));
    Instruction vBlock = tiles.keyBlock(b, c.get(KeyBlockSlot.V), tiles.keyStart(b, block.first()));
    if (!block.masked() && fused(tiles, c.get(KeyBlockSlot.Q))) {   // --target gpu: cuDNN's kernel for the pair
      OnlineSoftmax.Step step = CudnnAttention.merge(b, CudnnAttention.forward(tiles, b, c.get(KeyBlockSlot.Q),
          kBlock, vBlock), c.get(KeyBlockSlot.MAX), c.get(KeyBlockSlot.DENOMINATOR), c.get(KeyBlockSlot.ACCUMULATOR));
      return advanced(c, step, b);
    }
    Instruction scores = b.named(ProgramNames.SCORES,
        b.dot(c.get(KeyBlockSlot.Q), kBlock, ctx.dot(AttentionBlocks.ROWS_BY_KEYS), DType.F32));
    scores = tiles.masked(b, tiles.softCapped(b, scores).scores(), block, c, VISIBILITY);
    if (ctx.rowSumInMatmul()) {   // --target tpu: the row sum rides in the accumulator's extra column
      OnlineSoftmax.Step step = OnlineSoftmax.updateWithRowSum(ctx, b, scores, vBlock, c.get(KeyBlockSlot.MAX),
          c.get(KeyBlockSlot.ACCUMULATOR));
      return counted(c, c.with(KeyBlockSlot.MAX, step.max()).with(KeyBlockSlot.ACCUMULATOR, step.accumulator()), b);
    }
    OnlineSoftmax.Step step = OnlineSoftmax.update(ctx, b, scores, vBlock, c.get(KeyBlockSlot.MAX),
        c.get(KeyBlockSlot.DENOMINATOR), c.get(KeyBlockSlot.ACCUMULATOR));
    return advanced(c, step, b);
  }

  /** The key-block state after {@code step} (and, when counted, one more executed block). */
  private static LoopState<KeyBlockSlot> advanced(LoopState<KeyBlockSlot> c, OnlineSoftmax.Step step, XlaBuilder b) {
    return counted(c, c.with(KeyBlockSlot.MAX, step.max())
        .with(KeyBlockSlot.DENOMINATOR, step.denominator())
        .with(KeyBlockSlot.ACCUMULATOR, step.accumulator()), b);
  }

  /** {@code next}, with one more executed block when {@code c} counts them. */
  private static LoopState<KeyBlockSlot> counted(LoopState<KeyBlockSlot> c, LoopState<KeyBlockSlot> next, XlaBuilder b) {
    return c.has(KeyBlockSlot.EXECUTED_BLOCKS) ? next.with(KeyBlockSlot.EXECUTED_BLOCKS,
        b.add(c.get(KeyBlockSlot.EXECUTED_BLOCKS), b.constant(DType.S32, 1))) : next;
  }

  /**
   * Whether this attention's unmasked block pairs are XLA's cuDNN fused attention: under
   * {@code --target gpu} when cuDNN can express them ({@link CudnnAttention#unsupported}).
   */
  static boolean fused(AttentionBlocks tiles, Instruction queries) {
    return tiles.ctx().target().fusedAttention()
        && CudnnAttention.unsupported(tiles, queries.arrayShape().elementType()) == null;
  }
}
