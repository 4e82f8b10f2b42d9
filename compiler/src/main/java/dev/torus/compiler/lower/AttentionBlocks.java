package dev.torus.compiler.lower;

import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Attrs.ComparisonDirection;
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
 * <p>{@link #overKeyBlocks} is the one loop builder over a query block's key/value blocks. Causal:
 * the held block's keys ascend, so the key blocks any query of the block may see are a prefix, and so
 * are those every query sees whole; the whole ones run without a mask, the partly visible ones (the
 * diagonal) with it, and fully masked blocks never run.
 */
record AttentionBlocks(LoweringContext ctx, boolean causal, BlockSizes blocks, long batch, long local, int hkv,
    int group, int dim) {

  /** Scores: contract the head dimension of {@code [B, Hkv, R, D]} rows with that of {@code [B, Hkv, K, D]} keys. */
  static final Attrs.Dot ROWS_BY_KEYS = Attrs.Dot.of(new int[] {0, 1}, new int[] {3}, new int[] {0, 1}, new int[] {3});

  /** The tiling of queries {@code q [B, Hkv, G, L, D]}. */
  static AttentionBlocks of(LoweringContext ctx, boolean causal, BlockSizes blocks, ArrayShape q) {
    return new AttentionBlocks(ctx, causal, blocks, q.dim(0), q.dim(3), (int) q.dim(1), (int) q.dim(2),
        (int) q.dim(4));
  }

  /** One key/value block of a {@link #overKeyBlocks} loop: its first key index (s32), and whether it needs the mask. */
  record KeyBlock(Instruction first, boolean diagonal) {}

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

  /** The start indices of the key/value block that begins at key {@code first}, in a {@code [B, Hkv, L, D]} tensor. */
  List<Instruction> keyStart(XlaBuilder b, Instruction first) {
    return Shapes.startAt(b, 4, 2, first);
  }

  /** The key/value block at {@code start} of {@code x [B, Hkv, L, D]}: {@code [B, Hkv, Bkv, D]}. */
  Instruction keyBlock(XlaBuilder b, Instruction x, List<Instruction> start) {
    return b.dynamicSlice(x, start, batch, hkv, blocks.keyValue(), dim);
  }

  /**
   * Runs {@code step} over the held block's key/value blocks for one query block: all of them in loop
   * {@code name}; causal, the whole ones in loop {@code name} and the diagonal in {@code maskedName},
   * never those after. {@code queryPositions} and {@code keyPositions} name the slots holding the
   * query block's global positions {@code s32[Bq]} and the held keys' {@code s32[L]}.
   */
  <S extends Enum<S>> LoopState<S> overKeyBlocks(XlaBuilder b, String name, String maskedName, LoopState<S> state,
      S queryPositions, S keyPositions, KeyBlockStep<S> step) {
    if (!causal) {
      return keyBlockLoop(b, name, b.constant(DType.S32, 0), b.constant(DType.S32, (int) (local / blocks.keyValue())),
          state, false, step);
    }
    CausalRange range = causalRange(b, state.get(queryPositions), state.get(keyPositions));
    LoopState<S> unmasked = keyBlockLoop(b, name, b.constant(DType.S32, 0), range.whole(), state, false, step);
    return keyBlockLoop(b, maskedName, range.whole(), range.visible(), unmasked, true, step);
  }

  /** Key/value blocks {@code [start, limit)}. */
  private <S extends Enum<S>> LoopState<S> keyBlockLoop(XlaBuilder b, String name, Instruction start, Instruction limit,
      LoopState<S> state, boolean diagonal, KeyBlockStep<S> step) {
    int bk = blocks.keyValue();
    return state.loop(ctx.module(), b, name, start, limit, (body, kj, c) ->
        step.apply(body, new KeyBlock(body.multiply(kj, body.constant(DType.S32, bk)), diagonal), c));
  }

  /**
   * {@code scores [B, Hkv, G*Bq, Bkv]} of a diagonal block with the keys after their query (by global
   * position) at -inf; other blocks' scores as they are. {@code qPos s32[Bq]}, {@code kPositions s32[L]}.
   */
  Instruction masked(XlaBuilder b, Instruction scores, KeyBlock block, Instruction qPos, Instruction kPositions) {
    if (!block.diagonal()) {
      return scores;
    }
    Instruction kPos = b.dynamicSlice(kPositions, List.of(block.first()), blocks.keyValue());
    int bq = blocks.query();
    int bk = blocks.keyValue();
    ArrayShape grid = Shape.array(DType.S32, group, bq, bk);
    Instruction q = b.reshape(b.broadcast(qPos, grid, 1), (long) group * bq, bk);
    Instruction k = b.reshape(b.broadcast(kPos, grid, 2), (long) group * bq, bk);
    Instruction visible = b.broadcast(b.compare(k, q, ComparisonDirection.LE),
        scores.arrayShape().withElementType(DType.PRED), 2, 3);
    return b.select(visible, scores, Shapes.full(b, scores.arrayShape(), Double.NEGATIVE_INFINITY));
  }

  /** The causal key-block range of a query block: {@code [0, whole)} unmasked, {@code [whole, visible)} masked. */
  private record CausalRange(Instruction whole, Instruction visible) {}

  private CausalRange causalRange(XlaBuilder b, Instruction qPos, Instruction kPositions) {
    int bq = blocks.query();
    int bk = blocks.keyValue();
    Instruction firstQuery = b.reshape(b.sliceInDim(qPos, 0, 1, 0));
    Instruction lastQuery = b.reshape(b.sliceInDim(qPos, bq - 1, bq, 0));
    Instruction firstKeys = b.slice(kPositions, new long[] {0}, new long[] {local}, new long[] {bk});
    Instruction lastKeys = b.slice(kPositions, new long[] {bk - 1}, new long[] {local}, new long[] {bk});
    Instruction visible = countAtOrBefore(b, firstKeys, lastQuery, "visible_kv_blocks");
    Instruction whole = b.minimum(countAtOrBefore(b, lastKeys, firstQuery, "unmasked_kv_blocks"), visible);
    return new CausalRange(whole, visible);
  }

  /** How many of the ascending {@code keys} are at or before {@code query}: an s32 loop bound. */
  private Instruction countAtOrBefore(XlaBuilder b, Instruction keys, Instruction query, String name) {
    Instruction seen = b.compare(keys, b.broadcast(query, keys.arrayShape()), ComparisonDirection.LE);
    return b.named(name, b.reduce(b.convert(seen, DType.S32), b.constant(DType.S32, 0), ctx.reducerS32(), 0));
  }
}
