package dev.torus.compiler.lower;

import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.Attrs.ComparisonDirection;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.dsl.Attention;
import dev.torus.dsl.BlockSizes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Blockwise attention on one device: projections, RoPE, then a {@code while} loop over query blocks
 * around a {@code while} loop over key/value blocks with an online softmax (running max, running
 * denominator, f32 accumulator, one division per query block). No {@code [S, S]} score matrix
 * exists: the largest score buffer is {@code [B, Hkv, G*Bq, Bkv]}. With a causal mask the inner loop
 * stops after the last key block that any query of the block may see, so fully masked blocks are
 * never computed. GQA uses each key/value head for its group of query heads without copying it.
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
    Instruction positions = shard.positions();
    ArrayShape xs = xn.arrayShape();
    long batch = xs.dim(0);
    long seq = xs.dim(1);
    int hkv = spec.kvHeads();
    int group = spec.groupSize();
    int dim = spec.headDim();

    Instruction q = b.reshape(project(ctx, b, xn, w, "q_proj", spec.qkvBias()), batch, seq, spec.heads(), dim);
    Instruction k = b.reshape(project(ctx, b, xn, w, "k_proj", spec.qkvBias()), batch, seq, hkv, dim);
    Instruction v = b.reshape(project(ctx, b, xn, w, "v_proj", spec.qkvBias()), batch, seq, hkv, dim);
    if (spec.ropeTheta() != null) {
      q = Rope.apply(b, q, positions, spec.ropeTheta());
      k = Rope.apply(b, k, positions, spec.ropeTheta());
    }
    q = b.multiply(q, Shapes.full(b, q.arrayShape(), 1 / Math.sqrt(dim)));
    DType t = ctx.matmulType();
    if (t != DType.F32) {
      q = b.convert(q, t);
      k = b.convert(k, t);
      v = b.convert(v, t);
    }
    // [B, S, Hkv*G, D] -> [B, Hkv, G, S, D]: query head h = kv head (h / G), member (h % G), as HF repeats kv heads.
    Instruction qT = b.named("q_heads", b.transpose(b.reshape(q, batch, seq, hkv, group, dim), 0, 2, 3, 1, 4));
    Instruction kT = b.named("k_heads", b.transpose(k, 0, 2, 1, 3));
    Instruction vT = b.named("v_heads", b.transpose(v, 0, 2, 1, 3));

    BlockLoops loops = new BlockLoops(ctx, spec.causal(), blocks, batch, seq, hkv, group, dim, countBlocks);
    BlockLoops.Output o = loops.attend(b, qT, kT, vT, shard);
    // [B, Hkv, G, S, D] -> [B, S, Hq*D]
    Instruction merged = b.reshape(b.transpose(o.values(), 0, 3, 1, 2, 4), batch, seq, (long) spec.heads() * dim);
    Instruction out = project(ctx, b, merged, w, "o_proj", spec.outBias());
    return new LayerOutput(out, o.executedBlocks());
  }

  /**
   * The attention core alone: {@code q [B, Hkv, G, L, D]} (already scaled), {@code k, v [B, Hkv, L, D]}
   * to the normalised values {@code [B, Hkv, G, L, D]}, by the same loops as {@link #apply} (for
   * benchmarks and tests of the core).
   */
  public static Instruction core(LoweringContext ctx, XlaBuilder b, Instruction q, Instruction k, Instruction v,
      SequenceShard shard, boolean causal, BlockSizes blocks) {
    ArrayShape qs = q.arrayShape();
    BlockLoops loops = new BlockLoops(ctx, causal, blocks, qs.dim(0), qs.dim(3), (int) qs.dim(1), (int) qs.dim(2),
        (int) qs.dim(4), false);
    return loops.attend(b, q, k, v, shard).values();
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

  private static Instruction weight(Map<String, Instruction> w, String name) {
    Instruction i = w.get(name);
    if (i == null) {
      throw new IllegalArgumentException("attention: no weight '" + name + "'; given " + w.keySet());
    }
    return i;
  }

  /**
   * The loops of blockwise attention for one layer: around the query-block and key/value-block loops,
   * a loop over ring steps when the sequence is sharded. The online-softmax state of every local
   * query ({@code m, l [B, Hkv, G, L]}, {@code acc [B, Hkv, G, L, D]}, f32) lives across ring steps.
   */
  private record BlockLoops(LoweringContext ctx, boolean causal, BlockSizes blocks, long batch, long local,
      int hkv, int group, int dim, boolean countBlocks) {

    record Output(Instruction values, Instruction executedBlocks) {}

    /**
     * Indices of the carried values of the ring and query-block loops: in the ring loop, slot KPOS
     * carries this device's ring index (the held block's positions are computed from it and the
     * step); in the query-block loop, the held block's key positions.
     */
    private static final int Q = 0, K = 1, V = 2, QPOS = 3, KPOS = 4, M = 5, L = 6, ACC = 7, COUNT = 8;

    Output attend(XlaBuilder b, Instruction q, Instruction k, Instruction v, SequenceShard shard) {
      Instruction fourth = shard.ringSize() == 1 ? shard.positions() : shard.ringIndex();
      List<Instruction> state = new ArrayList<>(List.of(q, k, v, shard.positions(), fourth,
          Shapes.full(b, Shape.array(DType.F32, batch, hkv, group, local), Double.NEGATIVE_INFINITY),
          Shapes.full(b, Shape.array(DType.F32, batch, hkv, group, local), 0),
          Shapes.full(b, Shape.array(DType.F32, batch, hkv, group, local, dim), 0)));
      if (countBlocks) {
        state.add(b.constant(DType.S32, 0));
      }
      if (shard.ringSize() == 1) {
        state = attendHeld(b, state);
      } else {
        // Each of the first N-1 steps attends the local queries to the key/value block in hand while
        // that block travels on to the right neighbour; the permute's operands are loop-carried, so
        // XLA can overlap them. The last block is attended after the loop: it need not travel on.
        state = CountedLoop.run(ctx.module(), b, "ring_steps", shard.ringSize() - 1, state, (body, step, c) -> {
          List<Instruction> next = attendHeldAtStep(body, c, shard, step);
          next.set(K, body.named("k_passed", body.collectivePermute(c.get(K), shard.ringPairs())));
          next.set(V, body.named("v_passed", body.collectivePermute(c.get(V), shard.ringPairs())));
          return next;
        });
        state = attendHeldAtStep(b, state, shard, b.constant(DType.S32, shard.ringSize() - 1));
      }
      ArrayShape acc = state.get(ACC).arrayShape();
      Instruction values = b.divide(state.get(ACC), b.broadcast(state.get(L), acc, 0, 1, 2, 3));
      Instruction m = state.get(M);
      Instruction l = state.get(L);
      List<Instruction> saved = new ArrayList<>(List.of(q, k, v, values, m, l));   // r: these, then the shard's
      saved.addAll(shard.instructions());
      ctx.gradientRules().addCustom(values, CustomVjp.of(List.of(q, k, v), saved, (gb, r, g) -> backward(gb, r.get(0),
          r.get(1), r.get(2), shard.over(r.subList(6, r.size())), r.get(3), gb.add(r.get(4), gb.log(r.get(5))), g)));
      return new Output(values, countBlocks ? state.get(COUNT) : null);
    }

    /**
     * The backward of blockwise attention (FlashAttention-2's): with {@code D = rowsum(dO o)}, per
     * query block and visible key block, {@code p = exp(s - lse)} from recomputed scores,
     * {@code dV += p^T dO}, {@code dS = p (dO V^T - D)}, {@code dQ += dS K}, {@code dK += dS^T Q};
     * no score matrix outlives its block. On a ring, K and V travel as in the forward, and each
     * block's dK, dV partial follows it one step behind: a device adds its local queries' share for
     * the block in hand to the partial that arrives for that block. After the last step every
     * block's partial holds every device's share, one step short of home, and a last transfer
     * brings dK and dV back to their owner.
     */
    private List<Instruction> backward(XlaBuilder b, Instruction q, Instruction k, Instruction v, SequenceShard shard,
        Instruction o, Instruction lse, Instruction dO) {
      ArrayShape qs = q.arrayShape();
      ArrayShape ks = k.arrayShape();
      Instruction dRow = b.reduce(b.multiply(dO, o), b.constant(DType.F32, 0), ctx.reducer(Opcode.ADD), 4);
      Instruction dq = Shapes.full(b, qs.withElementType(DType.F32), 0);
      Instruction dk = Shapes.full(b, ks.withElementType(DType.F32), 0);
      Instruction dv = Shapes.full(b, ks.withElementType(DType.F32), 0);
      List<Instruction> grads;
      if (shard.ringSize() == 1) {
        grads = heldBlockGrads(b, q, k, v, shard.positions(), shard.positions(), dO, lse, dRow, dq, dk, dv);
      } else {
        // State: q, k, v, dO, lse, D, local positions, ring index, dQ, then the dK, dV partials not yet sent.
        // Each step first sends the partial of the block it held last (a loop-carried value, so the
        // transfer can hide behind this step's compute) and computes its share for the block in
        // hand into fresh accumulators; the neighbour's partial for that same block arrives
        // meanwhile and is added at the end.
        List<Instruction> state = List.of(q, k, v, dO, lse, dRow, shard.positions(), shard.ringIndex(), dq, dk, dv);
        List<Instruction> out = CountedLoop.run(ctx.module(), b, "ring_steps_grad", shard.ringSize() - 1, state,
            (body, step, c) -> {
              Instruction dkIn = body.named("dk_passed", body.collectivePermute(c.get(9), shard.ringPairs()));
              Instruction dvIn = body.named("dv_passed", body.collectivePermute(c.get(10), shard.ringPairs()));
              List<Instruction> g = heldAtStep(body, c, shard, step);
              List<Instruction> next = new ArrayList<>(c);
              next.set(1, body.named("k_passed", body.collectivePermute(c.get(1), shard.ringPairs())));
              next.set(2, body.named("v_passed", body.collectivePermute(c.get(2), shard.ringPairs())));
              next.set(8, g.get(0));
              next.set(9, body.add(dkIn, g.get(1)));
              next.set(10, body.add(dvIn, g.get(2)));
              return next;
            });
        Instruction dkIn = b.named("dk_passed", b.collectivePermute(out.get(9), shard.ringPairs()));
        Instruction dvIn = b.named("dv_passed", b.collectivePermute(out.get(10), shard.ringPairs()));
        List<Instruction> last = heldAtStep(b, out, shard, b.constant(DType.S32, shard.ringSize() - 1));
        grads = List.of(last.get(0),
            b.named("dk_home", b.collectivePermute(b.add(dkIn, last.get(1)), shard.ringPairs())),
            b.named("dv_home", b.collectivePermute(b.add(dvIn, last.get(2)), shard.ringPairs())));
      }
      return List.of(Shapes.cast(b, grads.get(0), qs.elementType()), Shapes.cast(b, grads.get(1), ks.elementType()),
          Shapes.cast(b, grads.get(2), v.arrayShape().elementType()));
    }

    /** {@link #heldBlockGrads} at ring step {@code step}: the held block's key positions follow from the step. */
    private List<Instruction> heldAtStep(XlaBuilder b, List<Instruction> c, SequenceShard shard, Instruction step) {
      Instruction source = RingLayout.sourceAt(b, shard.shape(), c.get(7), step);
      Instruction keyPositions = b.named("held_positions", RingLayout.positions(b, shard.shape(), source));
      ArrayShape fresh = c.get(1).arrayShape().withElementType(DType.F32);
      return heldBlockGrads(b, c.get(0), c.get(1), c.get(2), c.get(6), keyPositions, c.get(3), c.get(4), c.get(5),
          c.get(8), Shapes.full(b, fresh, 0), Shapes.full(b, fresh, 0));
    }

    /**
     * The local queries' share of the gradients for the key/value block in hand: returns dQ, dK, dV
     * with this share added to the given accumulators (f32).
     */
    private List<Instruction> heldBlockGrads(XlaBuilder b, Instruction q, Instruction k, Instruction v,
        Instruction qPositions, Instruction kPositions, Instruction dO, Instruction lse, Instruction dRow,
        Instruction dq, Instruction dk, Instruction dv) {
      int bq = blocks.query();
      long rows = (long) group * bq;
      List<Instruction> state = List.of(q, k, v, qPositions, dO, lse, dRow, dq, dk, dv, kPositions);
      List<Instruction> out = CountedLoop.run(ctx.module(), b, "query_blocks_grad", (int) (local / bq), state,
          (body, qi, c) -> {
            Instruction start = body.multiply(qi, body.constant(DType.S32, bq));
            Instruction qBlock = rowsOf(body, c.get(0), start, rows, dim);
            Instruction dOBlock = rowsOf(body, c.get(4), start, rows, dim);
            Instruction lseBlock = body.reshape(body.dynamicSlice(c.get(5), Shapes.startAt(body, 4, 3, start),
                batch, hkv, group, bq), batch, hkv, rows);
            Instruction dBlock = body.reshape(body.dynamicSlice(c.get(6), Shapes.startAt(body, 4, 3, start),
                batch, hkv, group, bq), batch, hkv, rows);
            Instruction qPos = body.dynamicSlice(c.get(3), List.of(start), bq);
            Instruction dqBlock = rowsOf(body, c.get(7), start, rows, dim);
            List<Instruction> kv = new ArrayList<>(List.of(qBlock, qPos, c.get(1), c.get(2), c.get(10), dOBlock,
                lseBlock, dBlock, dqBlock, c.get(8), c.get(9)));
            if (!causal) {
              kv = gradLoop(body, "kv_blocks_grad", body.constant(DType.S32, 0),
                  body.constant(DType.S32, (int) (local / blocks.keyValue())), kv, false);
            } else {
              Instruction[] range = causalRange(body, qPos, c.get(10));
              kv = gradLoop(body, "kv_blocks_grad", body.constant(DType.S32, 0), range[0], kv, false);
              kv = gradLoop(body, "kv_blocks_masked_grad", range[0], range[1], kv, true);
            }
            List<Instruction> next = new ArrayList<>(c);
            next.set(7, body.dynamicUpdateSlice(c.get(7), body.reshape(kv.get(8), batch, hkv, group, bq, dim),
                Shapes.startAt(body, 5, 3, start)));
            next.set(8, kv.get(9));
            next.set(9, kv.get(10));
            return next;
          });
      return List.of(out.get(7), out.get(8), out.get(9));
    }

    /** Rows {@code [start, start + bq)} of every group member, as {@code [B, Hkv, G*bq, D]}. */
    private Instruction rowsOf(XlaBuilder b, Instruction x, Instruction start, long rows, int d) {
      return b.reshape(b.dynamicSlice(x, Shapes.startAt(b, 5, 3, start), batch, hkv, group, blocks.query(), d),
          batch, hkv, rows, d);
    }

    /** The causal key-block range of a query block: {@code [0, whole)} unmasked, {@code [whole, visible)} masked. */
    private Instruction[] causalRange(XlaBuilder b, Instruction qPos, Instruction kPositions) {
      int bq = blocks.query();
      int bk = blocks.keyValue();
      Instruction firstQuery = b.reshape(b.sliceInDim(qPos, 0, 1, 0));
      Instruction lastQuery = b.reshape(b.sliceInDim(qPos, bq - 1, bq, 0));
      Instruction firstKeys = b.slice(kPositions, new long[] {0}, new long[] {local}, new long[] {bk});
      Instruction lastKeys = b.slice(kPositions, new long[] {bk - 1}, new long[] {local}, new long[] {bk});
      Instruction visible = countAtOrBefore(b, firstKeys, lastQuery, "visible_kv_blocks");
      Instruction whole = b.minimum(countAtOrBefore(b, lastKeys, firstQuery, "unmasked_kv_blocks"), visible);
      return new Instruction[] {whole, visible};
    }

    /**
     * Key/value blocks {@code [start, limit)} of one query block's backward. State: q block, q
     * positions, k, v, key positions, dO block, lse block, D block, dQ block, dK, dV.
     */
    private List<Instruction> gradLoop(XlaBuilder b, String name, Instruction start, Instruction limit,
        List<Instruction> state, boolean masked) {
      int bk = blocks.keyValue();
      return CountedLoop.run(ctx.module(), b, name, start, limit, state, (body, kj, c) -> {
        Instruction first = body.multiply(kj, body.constant(DType.S32, bk));
        List<Instruction> at = Shapes.startAt(body, 4, 2, first);
        Instruction kBlock = body.dynamicSlice(c.get(2), at, batch, hkv, bk, dim);
        Instruction vBlock = body.dynamicSlice(c.get(3), at, batch, hkv, bk, dim);
        Attrs.Dot rowsByKeys = Attrs.Dot.of(new int[] {0, 1}, new int[] {3}, new int[] {0, 1}, new int[] {3});
        Instruction scores = body.dot(c.get(0), kBlock, ctx.dot(rowsByKeys), DType.F32);   // [B, Hkv, R, bk]
        if (masked) {
          scores = mask(body, scores, c.get(1), body.dynamicSlice(c.get(4), List.of(first), bk));
        }
        ArrayShape s = scores.arrayShape();
        Instruction p = body.exponential(body.subtract(scores, body.broadcast(c.get(6), s, 0, 1, 2)));
        Instruction dO = c.get(5);
        DType t = ctx.matmulType();
        // dV_j += p^T dO: contract the rows.
        Instruction dv = body.dot(Shapes.cast(body, p, t), Shapes.cast(body, dO, t),
            ctx.dot(Attrs.Dot.of(new int[] {0, 1}, new int[] {2}, new int[] {0, 1}, new int[] {2})), DType.F32);
        // dS = p (dO V^T - D).
        Instruction dP = body.dot(Shapes.cast(body, dO, t), vBlock, ctx.dot(rowsByKeys), DType.F32);
        Instruction dS = body.multiply(p, body.subtract(dP, body.broadcast(c.get(7), s, 0, 1, 2)));
        Instruction dSt = Shapes.cast(body, dS, t);
        Instruction dQ = body.add(c.get(8), body.dot(dSt, kBlock,
            ctx.dot(Attrs.Dot.of(new int[] {0, 1}, new int[] {3}, new int[] {0, 1}, new int[] {2})), DType.F32));
        Instruction dK = body.dot(dSt, c.get(0),
            ctx.dot(Attrs.Dot.of(new int[] {0, 1}, new int[] {2}, new int[] {0, 1}, new int[] {2})), DType.F32);
        List<Instruction> next = new ArrayList<>(c);
        next.set(8, dQ);
        next.set(9, body.dynamicUpdateSlice(c.get(9), body.add(body.dynamicSlice(c.get(9), at, batch, hkv, bk, dim), dK), at));
        next.set(10, body.dynamicUpdateSlice(c.get(10), body.add(body.dynamicSlice(c.get(10), at, batch, hkv, bk, dim), dv),
            at));
        return next;
      });
    }

    /** {@link #attendHeld} at ring step {@code step}: the held block's positions follow from the step. */
    private List<Instruction> attendHeldAtStep(XlaBuilder b, List<Instruction> state, SequenceShard shard,
        Instruction step) {
      Instruction source = RingLayout.sourceAt(b, shard.shape(), state.get(KPOS), step);
      List<Instruction> held = new ArrayList<>(state);
      held.set(KPOS, b.named("held_positions", RingLayout.positions(b, shard.shape(), source)));
      List<Instruction> next = attendHeld(b, held);
      next.set(KPOS, state.get(KPOS));
      return next;
    }

    /** All local query blocks against the key/value block in hand; returns the state with new m, l, acc. */
    private List<Instruction> attendHeld(XlaBuilder b, List<Instruction> state) {
      int bq = blocks.query();
      return CountedLoop.run(ctx.module(), b, "query_blocks", (int) (local / bq), state, (body, qi, c) -> {
        Instruction start = body.multiply(qi, body.constant(DType.S32, bq));
        long rows = (long) group * bq;
        Instruction qBlock = body.reshape(
            body.dynamicSlice(c.get(Q), Shapes.startAt(body, 5, 3, start), batch, hkv, group, bq, dim), batch, hkv, rows, dim);
        Instruction qPos = body.dynamicSlice(c.get(QPOS), List.of(start), bq);
        Instruction m = body.reshape(body.dynamicSlice(c.get(M), Shapes.startAt(body, 4, 3, start), batch, hkv, group, bq),
            batch, hkv, rows);
        Instruction l = body.reshape(body.dynamicSlice(c.get(L), Shapes.startAt(body, 4, 3, start), batch, hkv, group, bq),
            batch, hkv, rows);
        Instruction acc = body.reshape(body.dynamicSlice(c.get(ACC), Shapes.startAt(body, 5, 3, start),
            batch, hkv, group, bq, dim), batch, hkv, rows, dim);
        List<Instruction> kv = keyValueLoop(body, qBlock, qPos, c.get(K), c.get(V), c.get(KPOS), m, l, acc,
            countBlocks ? c.get(COUNT) : null);
        List<Instruction> next = new ArrayList<>(c);
        next.set(M, body.dynamicUpdateSlice(c.get(M), body.reshape(kv.get(0), batch, hkv, group, bq),
            Shapes.startAt(body, 4, 3, start)));
        next.set(L, body.dynamicUpdateSlice(c.get(L), body.reshape(kv.get(1), batch, hkv, group, bq),
            Shapes.startAt(body, 4, 3, start)));
        next.set(ACC, body.dynamicUpdateSlice(c.get(ACC), body.reshape(kv.get(2), batch, hkv, group, bq, dim),
            Shapes.startAt(body, 5, 3, start)));
        if (countBlocks) {
          next.set(COUNT, kv.get(3));
        }
        return next;
      });
    }

    /**
     * The key/value blocks of the held block for one query block: returns m, l, acc (and the count).
     * Causal: keys are ascending within the held block, so the blocks any query may see are a prefix,
     * and so are the blocks every query sees whole. Two loops run: the fully visible blocks without a
     * mask, then the partly visible ones (the diagonal) with it; blocks after them never run.
     */
    private List<Instruction> keyValueLoop(XlaBuilder b, Instruction qBlock, Instruction qPos, Instruction k,
        Instruction v, Instruction kPositions, Instruction m, Instruction l, Instruction acc, Instruction count) {
      int kvBlocks = (int) (local / blocks.keyValue());
      List<Instruction> state = new ArrayList<>(List.of(qBlock, qPos, k, v, kPositions, m, l, acc));
      if (count != null) {
        state.add(count);
      }
      if (!causal) {
        state = kvLoop(b, "kv_blocks", b.constant(DType.S32, 0), b.constant(DType.S32, kvBlocks), state, false);
      } else {
        Instruction[] range = causalRange(b, qPos, kPositions);
        state = kvLoop(b, "kv_blocks", b.constant(DType.S32, 0), range[0], state, false);
        state = kvLoop(b, "kv_blocks_masked", range[0], range[1], state, true);
      }
      return count != null ? List.of(state.get(5), state.get(6), state.get(7), state.get(8))
          : List.of(state.get(5), state.get(6), state.get(7));
    }

    /** How many of the ascending {@code keys} are at or before {@code query}: an s32 loop bound. */
    private Instruction countAtOrBefore(XlaBuilder b, Instruction keys, Instruction query, String name) {
      Instruction seen = b.compare(keys, b.broadcast(query, keys.arrayShape()), ComparisonDirection.LE);
      return b.named(name, b.reduce(b.convert(seen, DType.S32), b.constant(DType.S32, 0), ctx.reducerS32(), 0));
    }

    /** Key/value blocks {@code [start, limit)} of the held block, masking scores by position when asked. */
    private List<Instruction> kvLoop(XlaBuilder b, String name, Instruction start, Instruction limit,
        List<Instruction> state, boolean masked) {
      int bk = blocks.keyValue();
      return CountedLoop.run(ctx.module(), b, name, start, limit, state, (body, kj, c) -> {
        List<Instruction> next = new ArrayList<>(c);
        Instruction first = body.multiply(kj, body.constant(DType.S32, bk));
        Instruction kBlock = body.dynamicSlice(c.get(2), Shapes.startAt(body, 4, 2, first), batch, hkv, bk, dim);
        Instruction vBlock = body.dynamicSlice(c.get(3), Shapes.startAt(body, 4, 2, first), batch, hkv, bk, dim);
        Instruction scores = body.named("scores", body.dot(c.get(0), kBlock,
            ctx.dot(Attrs.Dot.of(new int[] {0, 1}, new int[] {3}, new int[] {0, 1}, new int[] {3})), DType.F32));
        if (masked) {
          scores = mask(body, scores, c.get(1), body.dynamicSlice(c.get(4), List.of(first), bk));
        }
        OnlineSoftmax.Step step = OnlineSoftmax.update(ctx, body, scores, vBlock, c.get(5), c.get(6), c.get(7));
        next.set(5, step.max());
        next.set(6, step.denominator());
        next.set(7, step.accumulator());
        if (c.size() > 8) {
          next.set(8, body.add(c.get(8), body.constant(DType.S32, 1)));
        }
        return next;
      });
    }

    /** Scores of keys after their query (by global position) become -inf. Rows are (group member, query) pairs. */
    private Instruction mask(XlaBuilder b, Instruction scores, Instruction qPos, Instruction kPos) {
      int bq = blocks.query();
      int bk = blocks.keyValue();
      ArrayShape grid = Shape.array(DType.S32, group, bq, bk);
      Instruction q = b.reshape(b.broadcast(qPos, grid, 1), (long) group * bq, bk);
      Instruction k = b.reshape(b.broadcast(kPos, grid, 2), (long) group * bq, bk);
      Instruction visible = b.broadcast(b.compare(k, q, ComparisonDirection.LE), scores.arrayShape().withElementType(DType.PRED), 2, 3);
      return b.select(visible, scores, Shapes.full(b, scores.arrayShape(), Double.NEGATIVE_INFINITY));
    }
  }
}
