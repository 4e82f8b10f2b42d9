package dev.torus.compiler.lower;

import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.dsl.BlockSizes;
import java.util.List;

/**
 * How blockwise attention tiles one device's work, shared by its forward ({@link BlockwiseAttention})
 * and backward ({@link BlockwiseAttentionBackward}): {@code local} queries in blocks of
 * {@code Bq} against a held key/value block of {@code local} keys in blocks of {@code Bkv}, heads laid
 * out as {@code [B, Hkv, G, L, ...]} (query head h is key/value head {@code h / G}, member
 * {@code h % G}). A query block's rows are its {@code (member, query)} pairs, so each key/value head
 * serves its group without a copy and the largest score buffer is {@code [B, Hkv, G*Bq, Bkv]}.
 *
 * <p>{@link #overKeyBlocks} is the one loop builder over a query block's key/value blocks, by the
 * rules of {@link BlockVisibility} (causal, packed documents, sliding window): the blocks every query sees whole run
 * without a mask, the partly visible ones with it, and invisible blocks never run.
 *
 * <p>With {@code softCap} (null: none) every score {@code s} becomes {@code softCap * tanh(s / softCap)}
 * before the mask ({@link #softCapped}); the backward multiplies the scores' cotangent by its derivative
 * {@code 1 - tanh^2} ({@link SoftCapped#chain}).
 */
record AttentionBlocks(LoweringContext ctx, boolean causal, BlockSizes blocks, long batch, long local, int hkv,
    int group, int dim, Double softCap) {

  /** Scores: contract the head dimension of {@code [B, Hkv, R, D]} rows with that of {@code [B, Hkv, K, D]} keys. */
  static final Attrs.Dot ROWS_BY_KEYS = Attrs.Dot.of(new int[] {0, 1}, new int[] {3}, new int[] {0, 1}, new int[] {3});

  /** The tiling of queries {@code q [B, Hkv, G, L, D]}. */
  static AttentionBlocks of(LoweringContext ctx, boolean causal, BlockSizes blocks, ArrayShape q) {
    return of(ctx, causal, null, blocks, q);
  }

  /** The tiling of queries {@code q [B, Hkv, G, L, D]}, scores soft-capped at {@code softCap} (null: not). */
  static AttentionBlocks of(LoweringContext ctx, boolean causal, Double softCap, BlockSizes blocks, ArrayShape q) {
    return new AttentionBlocks(ctx, causal, blocks, q.dim(0), q.dim(3), (int) q.dim(1), (int) q.dim(2),
        (int) q.dim(4), softCap);
  }

  /**
   * Scores after the soft cap, and {@code tanh(s / cap)} that the backward's derivative needs (null
   * without a cap, when the scores are the raw ones).
   */
  record SoftCapped(Instruction scores, Instruction tanh) {
    /** {@code dScores} of the capped scores to those of the raw ones: times {@code 1 - tanh^2}. */
    Instruction chain(XlaBuilder b, Instruction dScores) {
      if (tanh == null) {
        return dScores;
      }
      Instruction one = Shapes.full(b, tanh.arrayShape(), 1);
      return b.multiply(dScores, b.subtract(one, b.multiply(tanh, tanh)));
    }
  }

  /** {@code scores} (f32) soft-capped: {@code softCap * tanh(scores / softCap)}; as they are without a cap. */
  SoftCapped softCapped(XlaBuilder b, Instruction scores) {
    return softCapped(b, scores, softCap);
  }

  /** {@code scores} (f32) soft-capped at {@code softCap} (null: as they are); the decode step's scores too. */
  static SoftCapped softCapped(XlaBuilder b, Instruction scores, Double softCap) {
    if (softCap == null) {
      return new SoftCapped(scores, null);
    }
    ArrayShape s = scores.arrayShape();
    Instruction t = b.named(ProgramNames.SCORES_TANH, b.tanh(b.multiply(scores, Shapes.full(b, s, 1 / softCap))));
    return new SoftCapped(b.multiply(t, Shapes.full(b, s, softCap)), t);
  }

  /** One key/value block of a {@link #overKeyBlocks} loop: its first key index (s32), and whether it needs the mask. */
  record KeyBlock(Instruction first, boolean masked) {}

  /** The work on one key/value block: returns the state after it. */
  @FunctionalInterface
  interface KeyBlockStep<S extends Enum<S>> {
    LoopState<S> apply(XlaBuilder body, KeyBlock block, LoopState<S> state);
  }

  int queryBlocks() {
    return (int) (local / blocks.query());
  }

  /** Per-row running statistics of all local queries, {@code [B, Hkv, G, L]} f32, each {@code value}. */
  Instruction rowStatistics(XlaBuilder b, double value) {
    return Shapes.full(b, Shape.array(DType.F32, batch, hkv, group, local), value);
  }

  /**
   * The rows of query block {@code start / Bq} of {@code x}: {@code [B, Hkv, G, L, D]} to
   * {@code [B, Hkv, G*Bq, D]}, or per-row statistics {@code [B, Hkv, G, L]} to {@code [B, Hkv, G*Bq]}.
   */
  Instruction rows(XlaBuilder b, Instruction x, Instruction start) {
    ArrayShape s = x.arrayShape();
    Instruction block = b.dynamicSlice(x, Shapes.startAt(b, s.rank(), 3, start), Shapes.with(s, 3, blocks.query()));
    long rows = (long) group * blocks.query();
    return s.rank() == 5 ? b.reshape(block, batch, hkv, rows, s.dim(4)) : b.reshape(block, batch, hkv, rows);
  }

  /** {@code x} with the rows of query block {@code start / Bq} replaced by {@code block} (inverse of {@link #rows}). */
  Instruction withRows(XlaBuilder b, Instruction x, Instruction block, Instruction start) {
    ArrayShape s = x.arrayShape();
    return b.dynamicUpdateSlice(x, b.reshape(block, Shapes.with(s, 3, blocks.query())),
        Shapes.startAt(b, s.rank(), 3, start));
  }

  /** The segment ids {@code s32[B, Bq]} of query block {@code start / Bq}, of the local ones {@code s32[B, L]}. */
  Instruction segmentRows(XlaBuilder b, Instruction segments, Instruction start) {
    return b.dynamicSlice(segments, List.of(b.constant(DType.S32, 0), start), batch, blocks.query());
  }

  /** The start indices of the key/value block that begins at key {@code first}, in a {@code [B, Hkv, L, D]} tensor. */
  List<Instruction> keyStart(XlaBuilder b, Instruction first) {
    return Shapes.startAt(b, 4, 2, first);
  }

  /** The key/value block at {@code start} of {@code x [B, Hkv, L, D]}: {@code [B, Hkv, Bkv, D]}. */
  Instruction keyBlock(XlaBuilder b, Instruction x, List<Instruction> start) {
    return b.dynamicSlice(x, start, batch, hkv, blocks.keyValue(), dim);
  }

  /** The names of a direction's key-block loops: whole blocks, and masked blocks before and after them. */
  record LoopNames(String whole, String maskedBefore, String maskedAfter) {}

  /**
   * Runs {@code step} over the held block's key/value blocks that the query block in {@code state} may
   * see, by {@link BlockVisibility}: without rules all of them unmasked in loop {@code names.whole()};
   * else the partly visible ones before the whole ones in {@code names.maskedBefore()} (only when a
   * rule bounds from below: packed documents, a sliding window), the whole ones in {@code names.whole()} and the partly
   * visible ones after them (causal: the diagonal) in {@code names.maskedAfter()}, never the others.
   */
  <S extends Enum<S>> LoopState<S> overKeyBlocks(XlaBuilder b, LoopNames names, LoopState<S> state,
      BlockVisibility.Slots<S> slots, KeyBlockStep<S> step) {
    if (!BlockVisibility.hasRules(causal, state.has(slots.querySegments()), state.has(slots.window()))) {
      return keyBlockLoop(b, names.whole(), b.constant(DType.S32, 0),
          b.constant(DType.S32, (int) (local / blocks.keyValue())), state, false, step);
    }
    BlockVisibility.Ranges range = new BlockVisibility(this).ranges(b, state, slots);
    LoopState<S> before = range.lower() == null ? state
        : keyBlockLoop(b, names.maskedBefore(), range.lower(), range.wholeLower(), state, true, step);
    Instruction wholeFrom = range.wholeLower() == null ? b.constant(DType.S32, 0) : range.wholeLower();
    LoopState<S> unmasked = keyBlockLoop(b, names.whole(), wholeFrom, range.wholeUpper(), before, false, step);
    return keyBlockLoop(b, names.maskedAfter(), range.wholeUpper(), range.upper(), unmasked, true, step);
  }

  /** Key/value blocks {@code [start, limit)}. */
  private <S extends Enum<S>> LoopState<S> keyBlockLoop(XlaBuilder b, String name, Instruction start, Instruction limit,
      LoopState<S> state, boolean masked, KeyBlockStep<S> step) {
    int bk = blocks.keyValue();
    return state.loop(ctx.module(), b, name, start, limit, (body, kj, c) ->
        step.apply(body, new KeyBlock(body.multiply(kj, body.constant(DType.S32, bk)), masked), c));
  }

  /**
   * {@code scores [B, Hkv, G*Bq, Bkv]} of a masked block with the keys its queries may not see at
   * -inf ({@link BlockVisibility#masked}); a whole block's scores as they are.
   */
  <S extends Enum<S>> Instruction masked(XlaBuilder b, Instruction scores, KeyBlock block, LoopState<S> state,
      BlockVisibility.Slots<S> slots) {
    return new BlockVisibility(this).masked(b, scores, block, state, slots);
  }
}
