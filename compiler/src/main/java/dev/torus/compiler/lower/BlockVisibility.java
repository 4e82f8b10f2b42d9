package dev.torus.compiler.lower;

import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Attrs.ComparisonDirection;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Which key/value blocks of the held block one query block may see, and which of those it sees only
 * in part: the one block-visibility mechanism of blockwise attention, forward and backward, on one
 * device and on a ring ({@link AttentionBlocks#overKeyBlocks} runs its ranges).
 *
 * <p>A key is visible to a query when every rule says so:
 * <ul>
 *   <li><b>causal</b>: the key's global position is at or before the query's;
 *   <li><b>segments</b> (packed documents): the key's segment id equals the query's, in the same batch
 *       row;
 *   <li><b>sliding window</b>: the key's global position is after the query's minus the layer's window
 *       size ({@code j > i - W}, Hugging Face's {@code sliding_window}).
 * </ul>
 * Within a held block keys ascend in global position (both token layouts), and segment ids do not
 * decrease along the sequence, so the blocks a rule lets a query block see form a contiguous range,
 * and so do the blocks it leaves whole (visible to every query of the block, in every row). Each rule
 * therefore contributes bounds: a lower bound (blocks before it are invisible to every row) and the
 * first block it leaves whole, or an upper bound and the end of the blocks it leaves whole. The key
 * block loop runs {@code [lower, wholeLower)} with the mask, {@code [wholeLower, wholeUpper)} without,
 * and {@code [wholeUpper, upper)} with it; blocks outside {@code [lower, upper)} are skipped, not
 * masked, so packed short documents cost what their documents cost. The bounds are computed at run
 * time from the loop state (positions and segment ids), once per query block.
 *
 * <p>A new rule adds its bounds and its term of the mask here and changes no loop: the sliding window
 * is a lower bound from positions (blocks whose last key is at or before {@code firstQuery - W} are
 * skipped; from the first block whose first key is after {@code lastQuery - W} on, the window leaves
 * blocks whole), padding or a cache length is an upper bound ({@link #cacheRanges}, a decode step's
 * KV cache). On a ring a held block entirely before every local query's window thus runs no key
 * block at all. A rule with no lower bound (causal alone) leaves the masked range before the whole
 * blocks out of the program, so unpacked programs without a window are those of a causal-only
 * mechanism.
 */
final class BlockVisibility {
  /**
   * The loop-state slots the rules read: the query block's global positions {@code s32[Bq]}, the held
   * keys' {@code s32[L]}, and when packed the query block's segment ids {@code s32[B, Bq]} and the
   * held keys' {@code s32[B, L]} (absent from the state otherwise), and with a sliding window the
   * layer's window size {@code s32[]} (absent otherwise).
   */
  record Slots<S extends Enum<S>>(S queryPositions, S keyPositions, S querySegments, S keySegments, S window) {}

  /**
   * The key-block bounds of one query block (s32 scalars, {@code lower <= wholeLower <= wholeUpper <=
   * upper}); {@code lower} and {@code wholeLower} are null when no rule bounds from below (both 0).
   */
  record Ranges(Instruction lower, Instruction wholeLower, Instruction wholeUpper, Instruction upper) {}

  private final AttentionBlocks tiles;

  BlockVisibility(AttentionBlocks tiles) {
    this.tiles = tiles;
  }

  /** Whether some key is invisible to some query: without a rule every block runs whole. */
  static boolean hasRules(boolean causal, boolean packed, boolean windowed) {
    return causal || packed || windowed;
  }

  /** The bounds for the query block whose positions and segments {@code state} holds in {@code slots}. */
  <S extends Enum<S>> Ranges ranges(XlaBuilder b, LoopState<S> state, Slots<S> slots) {
    List<Instruction> lowers = new ArrayList<>();
    List<Instruction> wholeLowers = new ArrayList<>();
    List<Instruction> uppers = new ArrayList<>();
    List<Instruction> wholeUppers = new ArrayList<>();
    if (tiles.causal()) {   // a sliding window is causal too (Attention checks it)
      Instruction qPos = state.get(slots.queryPositions());
      Instruction kPositions = state.get(slots.keyPositions());
      int bq = tiles.blocks().query();
      int bk = tiles.blocks().keyValue();
      Instruction firstQuery = b.reshape(b.sliceInDim(qPos, 0, 1, 0));
      Instruction lastQuery = b.reshape(b.sliceInDim(qPos, bq - 1, bq, 0));
      Instruction firstKeys = b.slice(kPositions, new long[] {0}, new long[] {tiles.local()}, new long[] {bk});
      Instruction lastKeys = b.slice(kPositions, new long[] {bk - 1}, new long[] {tiles.local()}, new long[] {bk});
      Instruction visible = countAtOrBefore(b, firstKeys, lastQuery, "visible_kv_blocks");
      uppers.add(visible);
      wholeUppers.add(b.minimum(countAtOrBefore(b, lastKeys, firstQuery, "unmasked_kv_blocks"), visible));
      if (state.has(slots.window())) {
        Instruction window = state.get(slots.window());
        // Blocks whose last key is at or before firstQuery - W: outside every query's window.
        lowers.add(countAtOrBefore(b, lastKeys, b.subtract(firstQuery, window), "window_lower_kv_block"));
        // From the first block whose first key is after lastQuery - W on, every query sees it all.
        wholeLowers.add(countAtOrBefore(b, firstKeys, b.subtract(lastQuery, window), "window_whole_kv_block"));
      }
    }
    if (state.has(slots.querySegments())) {
      SegmentEdges e = SegmentEdges.of(tiles, b, state.get(slots.querySegments()), state.get(slots.keySegments()));
      // Blocks whose last key lies in an earlier document than the block's first query, in every row.
      lowers.add(e.blocks(b, e.lastKeys(), ComparisonDirection.LT, e.firstQuery(), Opcode.MINIMUM,
          "segment_lower_kv_block"));
      // From here on, a block's first key is in the block's last query's document (or later), in every row.
      wholeLowers.add(e.blocks(b, e.firstKeys(), ComparisonDirection.LT, e.lastQuery(), Opcode.MAXIMUM,
          "segment_whole_kv_block"));
      if (!tiles.causal()) {   // causal bounds imply these: earlier keys are in the same or earlier documents
        uppers.add(e.blocks(b, e.firstKeys(), ComparisonDirection.LE, e.lastQuery(), Opcode.MAXIMUM,
            "segment_upper_kv_block"));
        wholeUppers.add(e.blocks(b, e.lastKeys(), ComparisonDirection.LE, e.firstQuery(), Opcode.MINIMUM,
            "segment_whole_upper_kv_block"));
      }
    }
    Instruction upper = uppers.get(0);
    if (lowers.isEmpty()) {
      return new Ranges(null, null, wholeUppers.get(0), upper);
    }
    Instruction lo = b.minimum(lowers.stream().reduce(b::maximum).orElseThrow(), upper);
    Instruction wl = b.minimum(b.maximum(wholeLowers.stream().reduce(b::maximum).orElseThrow(), lo), upper);
    Instruction wu = b.maximum(b.minimum(wholeUppers.get(0), upper), wl);
    return new Ranges(lo, wl, wu, upper);
  }

  /**
   * {@code scores [B, Hkv, G*Bq, Bkv]} of key block {@code block} with the keys no rule lets a query
   * see at -inf; a block run whole keeps its scores as they are.
   */
  <S extends Enum<S>> Instruction masked(XlaBuilder b, Instruction scores, AttentionBlocks.KeyBlock block,
      LoopState<S> state, Slots<S> slots) {
    if (!block.masked()) {
      return scores;
    }
    int group = tiles.group();
    int bq = tiles.blocks().query();
    int bk = tiles.blocks().keyValue();
    ArrayShape scoreShape = scores.arrayShape();
    Instruction visible = null;   // [G*Bq, Bkv] (causal alone) or [B, G*Bq, Bkv]
    if (tiles.causal()) {
      Instruction kPos = b.dynamicSlice(state.get(slots.keyPositions()), List.of(block.first()), bk);
      ArrayShape grid = Shape.array(DType.S32, group, bq, bk);
      Instruction q = b.reshape(b.broadcast(state.get(slots.queryPositions()), grid, 1), (long) group * bq, bk);
      Instruction k = b.reshape(b.broadcast(kPos, grid, 2), (long) group * bq, bk);
      visible = b.compare(k, q, ComparisonDirection.LE);
      if (state.has(slots.window())) {
        Instruction earliest = b.subtract(q, b.broadcast(state.get(slots.window()), q.arrayShape()));
        visible = b.and(visible, b.compare(k, earliest, ComparisonDirection.GT));
      }
    }
    if (state.has(slots.querySegments())) {
      long batch = tiles.batch();
      Instruction kSeg = b.dynamicSlice(state.get(slots.keySegments()), List.of(b.constant(DType.S32, 0),
          block.first()), batch, bk);
      ArrayShape grid = Shape.array(DType.S32, batch, group, bq, bk);
      Instruction q = b.reshape(b.broadcast(state.get(slots.querySegments()), grid, 0, 2), batch, (long) group * bq, bk);
      Instruction k = b.reshape(b.broadcast(kSeg, grid, 0, 3), batch, (long) group * bq, bk);
      Instruction sameDocument = b.compare(k, q, ComparisonDirection.EQ);
      visible = visible == null ? sameDocument
          : b.and(b.broadcast(visible, sameDocument.arrayShape(), 1, 2), sameDocument);
      return b.select(b.broadcast(visible, scoreShape.withElementType(DType.PRED), 0, 2, 3), scores,
          Shapes.full(b, scoreShape, Double.NEGATIVE_INFINITY));
    }
    return b.select(b.broadcast(visible, scoreShape.withElementType(DType.PRED), 2, 3), scores,
        Shapes.full(b, scoreShape, Double.NEGATIVE_INFINITY));
  }

  /**
   * The key-block bounds of a decode step over a KV cache slice ({@code lower} null without a
   * window): the cache-length rule (a cached key is visible to row b's query when its global position
   * is at or before the query's, {@code p <= q_b}: slots past a row's length hold nothing yet or
   * another row's padding) is an upper bound, blocks whose first key is after every row's query are
   * skipped; the sliding window ({@code p > q_b - W}) a lower bound, blocks whose last key is at or
   * before every row's {@code q_b - W} are skipped. {@code keyPositions s32[M]} ascend (the slots of a
   * device's cache slice), {@code queryPositions s32[B]}.
   */
  static Ranges cacheRanges(LoweringContext ctx, XlaBuilder b, Instruction keyPositions, Instruction queryPositions,
      Instruction window, int blockKv) {
    long slots = keyPositions.arrayShape().dim(0);
    Instruction firstKeys = b.slice(keyPositions, new long[] {0}, new long[] {slots}, new long[] {blockKv});
    Instruction lastKeys = b.slice(keyPositions, new long[] {blockKv - 1}, new long[] {slots}, new long[] {blockKv});
    Instruction latest = b.reduce(queryPositions, b.constant(DType.S32, Integer.MIN_VALUE), ctx.reducerS32(Opcode.MAXIMUM), 0);
    Instruction upper = countAtOrBefore(ctx, b, firstKeys, latest, "cache_upper_kv_block");
    if (window == null) {
      return new Ranges(null, null, upper, upper);
    }
    Instruction earliest = b.reduce(queryPositions, b.constant(DType.S32, Integer.MAX_VALUE),
        ctx.reducerS32(Opcode.MINIMUM), 0);
    Instruction lower = b.minimum(countAtOrBefore(ctx, b, lastKeys, b.subtract(earliest, window),
        "cache_window_lower_kv_block"), upper);
    return new Ranges(lower, lower, upper, upper);
  }

  /**
   * {@code scores [B, Hkv, G, K]} of the cache keys at {@code keyPositions s32[K]} with the keys the
   * cache rules hide from row b's query at {@code queryPositions s32[B]} at -inf: after the query
   * (beyond the row's length), or with a {@code window} at or before {@code q_b - W}.
   */
  static Instruction cacheMasked(XlaBuilder b, Instruction scores, Instruction keyPositions, Instruction queryPositions,
      Instruction window) {
    ArrayShape s = scores.arrayShape();
    ArrayShape grid = Shape.array(DType.S32, s.dim(0), s.dim(3));
    Instruction k = b.broadcast(keyPositions, grid, 1);
    Instruction q = b.broadcast(queryPositions, grid, 0);
    Instruction visible = b.compare(k, q, ComparisonDirection.LE);
    if (window != null) {
      visible = b.and(visible, b.compare(k, b.subtract(q, b.broadcast(window, grid)), ComparisonDirection.GT));
    }
    return b.select(b.broadcast(visible, s.withElementType(DType.PRED), 0, 3), scores,
        Shapes.full(b, s, Double.NEGATIVE_INFINITY));
  }

  /** How many of the ascending {@code keys} are at or before {@code query}: an s32 loop bound. */
  private static Instruction countAtOrBefore(LoweringContext ctx, XlaBuilder b, Instruction keys, Instruction query,
      String name) {
    Instruction seen = b.compare(keys, b.broadcast(query, keys.arrayShape()), ComparisonDirection.LE);
    return b.named(name, b.reduce(b.convert(seen, DType.S32), b.constant(DType.S32, 0), ctx.reducerS32(), 0));
  }

  /** How many of the ascending {@code keys} are at or before {@code query}: an s32 loop bound. */
  private Instruction countAtOrBefore(XlaBuilder b, Instruction keys, Instruction query, String name) {
    Instruction seen = b.compare(keys, b.broadcast(query, keys.arrayShape()), ComparisonDirection.LE);
    return b.named(name, b.reduce(b.convert(seen, DType.S32), b.constant(DType.S32, 0), tiles.ctx().reducerS32(), 0));
  }

  /**
   * The segment ids at a query block's edges ({@code s32[B]}) and at each key block's edges
   * ({@code s32[B, L/Bkv]}).
   */
  private record SegmentEdges(LoweringContext ctx, Instruction firstQuery, Instruction lastQuery,
      Instruction firstKeys, Instruction lastKeys) {
    static SegmentEdges of(AttentionBlocks tiles, XlaBuilder b, Instruction qSeg, Instruction kSeg) {
      long batch = tiles.batch();
      long local = tiles.local();
      int bq = tiles.blocks().query();
      int bk = tiles.blocks().keyValue();
      return new SegmentEdges(tiles.ctx(),
          b.reshape(b.slice(qSeg, new long[] {0, 0}, new long[] {batch, 1}, new long[] {1, 1}), batch),
          b.reshape(b.slice(qSeg, new long[] {0, bq - 1}, new long[] {batch, bq}, new long[] {1, 1}), batch),
          b.slice(kSeg, new long[] {0, 0}, new long[] {batch, local}, new long[] {1, bk}),
          b.slice(kSeg, new long[] {0, bk - 1}, new long[] {batch, local}, new long[] {1, bk}));
    }

    /**
     * Per row, how many key blocks' {@code keyEdge} compares {@code direction} to the row's
     * {@code queryEdge} (a prefix, as segment ids do not decrease); then {@code across} over the rows.
     */
    Instruction blocks(XlaBuilder b, Instruction keyEdge, ComparisonDirection direction, Instruction queryEdge,
        Opcode across, String name) {
      Instruction hits = b.compare(keyEdge, b.broadcast(queryEdge, keyEdge.arrayShape(), 0), direction);
      Instruction perRow = b.reduce(b.convert(hits, DType.S32), b.constant(DType.S32, 0), ctx.reducerS32(), 1);
      int identity = across == Opcode.MINIMUM ? Integer.MAX_VALUE : Integer.MIN_VALUE;
      return b.named(name, b.reduce(perRow, b.constant(DType.S32, identity), ctx.reducerS32(across), 0));
    }
  }
}
