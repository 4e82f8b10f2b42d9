package dev.torus.compiler.lower;

import static dev.torus.compiler.lower.ProgramNames.KV_BLOCKS_GRAD;
import static dev.torus.compiler.lower.ProgramNames.KV_BLOCKS_MASKED_BEFORE_GRAD;
import static dev.torus.compiler.lower.ProgramNames.KV_BLOCKS_MASKED_GRAD;
import static dev.torus.compiler.lower.ProgramNames.QUERY_BLOCKS_GRAD;

import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.XlaBuilder;
import java.util.List;

/**
 * Blockwise attention, backward (FlashAttention-2's): with {@code D = rowsum(dO o)}, per query block
 * and visible key/value block, {@code p = exp(s - lse)} from recomputed scores,
 * {@code dV += p^T dO}, {@code dS = p (dO V^T - D)}, {@code dQ += dS K}, {@code dK += dS^T Q}. No
 * score matrix outlives its block, and nothing of the forward's loops is stored but the
 * log-sum-exp. The loops mirror the forward's ({@link ProgramNames#QUERY_BLOCKS_GRAD} around
 * {@link AttentionBlocks#overKeyBlocks}); on a ring, {@link RingSteps#backward} runs them once per
 * held block and brings each block's dK and dV home. Gradients accumulate in f32 and are returned in
 * the inputs' types. With a soft cap, the recomputed scores are capped and {@code dS} is multiplied by
 * the cap's derivative {@code 1 - tanh^2(s / cap)} ({@link AttentionBlocks#softCapped}).
 */
final class BlockwiseAttentionBackward {
  private BlockwiseAttentionBackward() {}

  /**
   * The state of the backward over the local query blocks for one held block: queries, held keys
   * and values, the queries' positions (and, packed, segment ids; windowed, the window size), the output's cotangent,
   * log-sum-exp and D, the dQ accumulator, the held block's dK and dV accumulators, and its key
   * positions (and segment ids).
   */
  private enum HeldSlot {
    Q, K, V, Q_POSITIONS, Q_SEGMENTS, WINDOW, D_OUT, LSE, D_ROW, OUT, DQ, DK, DV, K_POSITIONS, K_SEGMENTS
  }

  /** The state of the backward over one query block's key/value blocks: that block's rows, and dK, dV. */
  private enum KeyBlockSlot {
    Q, Q_POSITIONS, Q_SEGMENTS, WINDOW, K, V, K_POSITIONS, K_SEGMENTS, D_OUT, LSE, D_ROW, OUT, DQ, DK, DV
  }

  private static final BlockVisibility.Slots<KeyBlockSlot> VISIBILITY = new BlockVisibility.Slots<>(
      KeyBlockSlot.Q_POSITIONS, KeyBlockSlot.K_POSITIONS, KeyBlockSlot.Q_SEGMENTS, KeyBlockSlot.K_SEGMENTS,
      KeyBlockSlot.WINDOW);

  private static final AttentionBlocks.LoopNames LOOPS = new AttentionBlocks.LoopNames(KV_BLOCKS_GRAD,
      KV_BLOCKS_MASKED_BEFORE_GRAD, KV_BLOCKS_MASKED_GRAD);

  /** {@code dV += p^T dO} and {@code dK += dS^T Q}: contract the rows. */
  private static final Attrs.Dot OVER_ROWS = Attrs.Dot.of(new int[] {0, 1}, new int[] {2}, new int[] {0, 1},
      new int[] {2});

  /** {@code dQ += dS K}: contract the keys. */
  private static final Attrs.Dot OVER_KEYS = Attrs.Dot.of(new int[] {0, 1}, new int[] {3}, new int[] {0, 1},
      new int[] {2});

  /**
   * The cotangents of {@code q, k, v} for the output {@code o} with log-sum-exp {@code lse [B, Hkv, G, L]}
   * and cotangent {@code dO [B, Hkv, G, L, D]} (f32).
   */
  static List<Instruction> apply(AttentionBlocks tiles, XlaBuilder b, Instruction q, Instruction k, Instruction v,
      SequenceShard shard, Instruction o, Instruction lse, Instruction dO) {
    LoweringContext ctx = tiles.ctx();
    ArrayShape qs = q.arrayShape();
    ArrayShape ks = k.arrayShape();
    Instruction dRow = b.reduce(b.multiply(dO, o), b.constant(DType.F32, 0), ctx.reducer(Opcode.ADD), 4);
    // Every product reads dO in the compute type (keyBlock), so the loops hold it rounded once: under
    // bf16 compute half the bytes of an f32 [tokens, width] tensor for the whole attention backward,
    // the same values.
    dO = Shapes.cast(b, dO, ctx.matmulType());
    Instruction dq = Shapes.full(b, qs.withElementType(DType.F32), 0);
    Instruction dk = Shapes.full(b, ks.withElementType(DType.F32), 0);
    Instruction dv = Shapes.full(b, ks.withElementType(DType.F32), 0);
    // --target gpu: unmasked block pairs are cuDNN's backward, which takes the output in the operands' type.
    Instruction out = BlockwiseAttention.fused(tiles, q) ? b.convert(o, qs.elementType()) : null;
    RingSteps.Grads grads;
    if (shard.ringSize() == 1) {
      LoopState<HeldSlot> held = LoopState.of(HeldSlot.class).with(HeldSlot.Q, q).with(HeldSlot.K, k)
          .with(HeldSlot.V, v).with(HeldSlot.Q_POSITIONS, shard.positions()).with(HeldSlot.D_OUT, dO)
          .with(HeldSlot.LSE, lse).with(HeldSlot.D_ROW, dRow).with(HeldSlot.DQ, dq).with(HeldSlot.DK, dk)
          .with(HeldSlot.DV, dv).with(HeldSlot.K_POSITIONS, shard.positions());
      if (shard.packed()) {
        held = held.with(HeldSlot.Q_SEGMENTS, shard.segmentIds()).with(HeldSlot.K_SEGMENTS, shard.segmentIds());
      }
      if (out != null) {
        held = held.with(HeldSlot.OUT, out);
      }
      if (shard.windowed()) {
        held = held.with(HeldSlot.WINDOW, shard.window());
      }
      grads = heldBlock(tiles, b, held);
    } else {
      LoopState<RingSteps.GradSlot> state = LoopState.of(RingSteps.GradSlot.class)
          .with(RingSteps.GradSlot.Q, q).with(RingSteps.GradSlot.K, k).with(RingSteps.GradSlot.V, v)
          .with(RingSteps.GradSlot.D_OUT, dO).with(RingSteps.GradSlot.LSE, lse)
          .with(RingSteps.GradSlot.D_ROW, dRow).with(RingSteps.GradSlot.Q_POSITIONS, shard.positions())
          .with(RingSteps.GradSlot.RING_INDEX, shard.ringIndex()).with(RingSteps.GradSlot.DQ, dq)
          .with(RingSteps.GradSlot.DK, dk).with(RingSteps.GradSlot.DV, dv);
      if (shard.packed()) {
        state = state.with(RingSteps.GradSlot.Q_SEGMENTS, shard.segmentsOf(b, shard.segmentIds(), shard.ringIndex()))
            .with(RingSteps.GradSlot.RING_SEGMENTS, shard.segmentIds());
      }
      if (shard.windowed()) {
        state = state.with(RingSteps.GradSlot.WINDOW, shard.window());
      }
      if (out != null) {
        state = state.with(RingSteps.GradSlot.OUT, out);
      }
      grads = RingSteps.backward(ctx, b, shard, state, (body, c, keyPositions, keySegments) -> heldBlockAt(tiles, body,
          c, keyPositions, keySegments));
    }
    return List.of(Shapes.cast(b, grads.dq(), qs.elementType()), Shapes.cast(b, grads.dk(), ks.elementType()),
        Shapes.cast(b, grads.dv(), v.arrayShape().elementType()));
  }

  /** {@link #heldBlock} at a ring step: dQ onto the ring state's, dK and dV onto zeros. */
  private static RingSteps.Grads heldBlockAt(AttentionBlocks tiles, XlaBuilder b, LoopState<RingSteps.GradSlot> c,
      Instruction keyPositions, Instruction keySegments) {
    ArrayShape fresh = c.get(RingSteps.GradSlot.K).arrayShape().withElementType(DType.F32);
    LoopState<HeldSlot> held = LoopState.of(HeldSlot.class)
        .with(HeldSlot.Q, c.get(RingSteps.GradSlot.Q))
        .with(HeldSlot.K, c.get(RingSteps.GradSlot.K))
        .with(HeldSlot.V, c.get(RingSteps.GradSlot.V))
        .with(HeldSlot.Q_POSITIONS, c.get(RingSteps.GradSlot.Q_POSITIONS))
        .with(HeldSlot.D_OUT, c.get(RingSteps.GradSlot.D_OUT))
        .with(HeldSlot.LSE, c.get(RingSteps.GradSlot.LSE))
        .with(HeldSlot.D_ROW, c.get(RingSteps.GradSlot.D_ROW))
        .with(HeldSlot.DQ, c.get(RingSteps.GradSlot.DQ))
        .with(HeldSlot.DK, Shapes.full(b, fresh, 0))
        .with(HeldSlot.DV, Shapes.full(b, fresh, 0))
        .with(HeldSlot.K_POSITIONS, keyPositions);
    if (keySegments != null) {
      held = held.with(HeldSlot.Q_SEGMENTS, c.get(RingSteps.GradSlot.Q_SEGMENTS)).with(HeldSlot.K_SEGMENTS, keySegments);
    }
    if (c.has(RingSteps.GradSlot.WINDOW)) {
      held = held.with(HeldSlot.WINDOW, c.get(RingSteps.GradSlot.WINDOW));
    }
    if (c.has(RingSteps.GradSlot.OUT)) {
      held = held.with(HeldSlot.OUT, c.get(RingSteps.GradSlot.OUT));
    }
    return heldBlock(tiles, b, held);
  }

  /**
   * The local queries' share of the gradients for the key/value block in hand: dQ, dK, dV with this
   * share added to the state's accumulators.
   */
  private static RingSteps.Grads heldBlock(AttentionBlocks tiles, XlaBuilder b, LoopState<HeldSlot> state) {
    int bq = tiles.blocks().query();
    LoopState<HeldSlot> out = state.loop(tiles.ctx().module(), b, QUERY_BLOCKS_GRAD, tiles.queryBlocks(),
        (body, qi, c) -> {
          Instruction start = body.multiply(qi, body.constant(DType.S32, bq));
          Instruction qBlock = tiles.rows(body, c.get(HeldSlot.Q), start);
          Instruction dOBlock = tiles.rows(body, c.get(HeldSlot.D_OUT), start);
          Instruction lseBlock = tiles.rows(body, c.get(HeldSlot.LSE), start);
          Instruction dBlock = tiles.rows(body, c.get(HeldSlot.D_ROW), start);
          Instruction qPos = body.dynamicSlice(c.get(HeldSlot.Q_POSITIONS), List.of(start), bq);
          LoopState<KeyBlockSlot> kv = LoopState.of(KeyBlockSlot.class)
              .with(KeyBlockSlot.Q, qBlock)
              .with(KeyBlockSlot.Q_POSITIONS, qPos)
              .with(KeyBlockSlot.K, c.get(HeldSlot.K))
              .with(KeyBlockSlot.V, c.get(HeldSlot.V))
              .with(KeyBlockSlot.K_POSITIONS, c.get(HeldSlot.K_POSITIONS))
              .with(KeyBlockSlot.D_OUT, dOBlock)
              .with(KeyBlockSlot.LSE, lseBlock)
              .with(KeyBlockSlot.D_ROW, dBlock)
              .with(KeyBlockSlot.DQ, tiles.rows(body, c.get(HeldSlot.DQ), start))
              .with(KeyBlockSlot.DK, c.get(HeldSlot.DK))
              .with(KeyBlockSlot.DV, c.get(HeldSlot.DV));
          if (c.has(HeldSlot.Q_SEGMENTS)) {
            kv = kv.with(KeyBlockSlot.Q_SEGMENTS, tiles.segmentRows(body, c.get(HeldSlot.Q_SEGMENTS), start))
                .with(KeyBlockSlot.K_SEGMENTS, c.get(HeldSlot.K_SEGMENTS));
          }
          if (c.has(HeldSlot.WINDOW)) {
            kv = kv.with(KeyBlockSlot.WINDOW, c.get(HeldSlot.WINDOW));
          }
          if (c.has(HeldSlot.OUT)) {
            kv = kv.with(KeyBlockSlot.OUT, tiles.rows(body, c.get(HeldSlot.OUT), start));
          }
          kv = tiles.overKeyBlocks(body, LOOPS, kv, VISIBILITY, (kb, block, s) -> keyBlockGrads(tiles, kb, block, s));
          return c.with(HeldSlot.DQ, tiles.withRows(body, c.get(HeldSlot.DQ), kv.get(KeyBlockSlot.DQ), start))
              .with(HeldSlot.DK, kv.get(KeyBlockSlot.DK))
              .with(HeldSlot.DV, kv.get(KeyBlockSlot.DV));
        });
    return new RingSteps.Grads(out.get(HeldSlot.DQ), out.get(HeldSlot.DK), out.get(HeldSlot.DV));
  }

  /**
   * One key/value block's share: scores recomputed (and soft-capped), masked on the diagonal, and the
   * four products above, {@code dS} times the cap's derivative when there is one.
   */
  private static LoopState<KeyBlockSlot> keyBlockGrads(AttentionBlocks tiles, XlaBuilder b,
      AttentionBlocks.KeyBlock block, LoopState<KeyBlockSlot> c) {
    LoweringContext ctx = tiles.ctx();
    List<Instruction> at = tiles.keyStart(b, block.first());
    Instruction kBlock = tiles.keyBlock(b, c.get(KeyBlockSlot.K), at);
    Instruction vBlock = tiles.keyBlock(b, c.get(KeyBlockSlot.V), at);
    Instruction q = c.get(KeyBlockSlot.Q);
    if (!block.masked() && c.has(KeyBlockSlot.OUT)) {   // --target gpu: cuDNN's backward for the pair
      CudnnAttention.Gradients g = CudnnAttention.backward(tiles, b, q, kBlock, vBlock, c.get(KeyBlockSlot.LSE),
          c.get(KeyBlockSlot.OUT), Shapes.cast(b, c.get(KeyBlockSlot.D_OUT), ctx.matmulType()));
      return c.with(KeyBlockSlot.DQ, b.add(c.get(KeyBlockSlot.DQ), Shapes.toF32(b, g.dq())))
          .with(KeyBlockSlot.DK, accumulate(tiles, b, c.get(KeyBlockSlot.DK), Shapes.toF32(b, g.dk()), at))
          .with(KeyBlockSlot.DV, accumulate(tiles, b, c.get(KeyBlockSlot.DV), Shapes.toF32(b, g.dv()), at));
    }
    AttentionBlocks.SoftCapped capped = tiles.softCapped(b,
        b.dot(q, kBlock, ctx.dot(AttentionBlocks.ROWS_BY_KEYS), DType.F32));   // [B, Hkv, R, bk]
    Instruction scores = tiles.masked(b, capped.scores(), block, c, VISIBILITY);
    ArrayShape s = scores.arrayShape();
    Instruction p = b.exponential(b.subtract(scores, b.broadcast(c.get(KeyBlockSlot.LSE), s, 0, 1, 2)));
    Instruction dO = c.get(KeyBlockSlot.D_OUT);
    DType t = ctx.matmulType();
    Instruction dv = b.dot(Shapes.cast(b, p, t), Shapes.cast(b, dO, t), ctx.dot(OVER_ROWS), DType.F32);
    Instruction dP = b.dot(Shapes.cast(b, dO, t), vBlock, ctx.dot(AttentionBlocks.ROWS_BY_KEYS), DType.F32);
    Instruction dS = capped.chain(b, b.multiply(p, b.subtract(dP, b.broadcast(c.get(KeyBlockSlot.D_ROW), s, 0, 1, 2))));
    Instruction dSt = Shapes.cast(b, dS, t);
    Instruction dQ = b.add(c.get(KeyBlockSlot.DQ), b.dot(dSt, kBlock, ctx.dot(OVER_KEYS), DType.F32));
    Instruction dK = b.dot(dSt, q, ctx.dot(OVER_ROWS), DType.F32);
    return c.with(KeyBlockSlot.DQ, dQ)
        .with(KeyBlockSlot.DK, accumulate(tiles, b, c.get(KeyBlockSlot.DK), dK, at))
        .with(KeyBlockSlot.DV, accumulate(tiles, b, c.get(KeyBlockSlot.DV), dv, at));
  }

  /** {@code sum} with {@code share} added to its key/value block at {@code at}. */
  private static Instruction accumulate(AttentionBlocks tiles, XlaBuilder b, Instruction sum, Instruction share,
      List<Instruction> at) {
    return b.dynamicUpdateSlice(sum, b.add(tiles.keyBlock(b, sum, at), share), at);
  }
}
