package dev.torus.compiler.lower;

import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.Attrs.ComparisonDirection;
import dev.torus.compiler.ir.Instruction;
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
  /** Parameter names, relative to the layer ({@code self_attn.q_proj.weight}...). */
  public static final List<String> PROJECTIONS = List.of("q_proj", "k_proj", "v_proj", "o_proj");

  private AttentionLowering() {}

  /**
   * Attention over {@code xn [B, S, W]} (already normalised, f32) with weights by name
   * ({@code q_proj.weight [Hq*D, W]}, ..., optional {@code q_proj.bias}...), token
   * {@code positions s32[S]}.
   */
  public static LayerOutput apply(LoweringContext ctx, XlaBuilder b, Instruction xn, Map<String, Instruction> w,
      Attention spec, BlockSizes blocks, Instruction positions, boolean countBlocks) {
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
    // [B, S, Hkv*G, D] -> [B, Hkv, G, S, D]: query head h = kv head (h / G), member (h % G), as HF repeats kv heads.
    Instruction qT = b.named("q_heads", b.transpose(b.reshape(q, batch, seq, hkv, group, dim), 0, 2, 3, 1, 4));
    Instruction kT = b.named("k_heads", b.transpose(k, 0, 2, 1, 3));
    Instruction vT = b.named("v_heads", b.transpose(v, 0, 2, 1, 3));

    BlockLoops loops = new BlockLoops(ctx, spec.causal(), blocks, batch, seq, hkv, group, dim, countBlocks);
    BlockLoops.Output o = loops.attend(b, qT, kT, vT, positions);
    // [B, Hkv, G, S, D] -> [B, S, Hq*D]
    Instruction merged = b.reshape(b.transpose(o.values(), 0, 3, 1, 2, 4), batch, seq, (long) spec.heads() * dim);
    Instruction out = project(ctx, b, merged, w, "o_proj", spec.outBias());
    return new LayerOutput(out, o.executedBlocks());
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

  /** The two nested loops of blockwise attention for one layer. */
  private record BlockLoops(LoweringContext ctx, boolean causal, BlockSizes blocks, long batch, long seq,
      int hkv, int group, int dim, boolean countBlocks) {

    record Output(Instruction values, Instruction executedBlocks) {}

    Output attend(XlaBuilder b, Instruction q, Instruction k, Instruction v, Instruction positions) {
      int bq = blocks.query();
      Instruction out = Shapes.full(b, Shape.array(DType.F32, batch, hkv, group, seq, dim), 0);
      List<Instruction> carried = new ArrayList<>(List.of(q, k, v, positions, out));
      if (countBlocks) {
        carried.add(b.constant(DType.S32, 0));
      }
      List<Instruction> r = CountedLoop.run(ctx.module(), b, "query_blocks", (int) (seq / bq), carried, (body, qi, c) -> {
        Instruction start = body.multiply(qi, body.constant(DType.S32, bq));
        Instruction qBlock = body.reshape(
            body.dynamicSlice(c.get(0), Shapes.startAt(body, 5, 3, start), batch, hkv, group, bq, dim),
            batch, hkv, (long) group * bq, dim);
        Instruction qPos = body.dynamicSlice(c.get(3), List.of(start), bq);
        Instruction[] kv = keyValueLoop(body, qi, qBlock, qPos, c.get(1), c.get(2), c.get(3),
            countBlocks ? c.get(5) : null);
        Instruction values = body.reshape(kv[0], batch, hkv, group, bq, dim);
        Instruction newOut = body.dynamicUpdateSlice(c.get(4), values, Shapes.startAt(body, 5, 3, start));
        List<Instruction> next = new ArrayList<>(List.of(c.get(0), c.get(1), c.get(2), c.get(3), newOut));
        if (countBlocks) {
          next.add(kv[1]);
        }
        return next;
      });
      return new Output(r.get(4), countBlocks ? r.get(5) : null);
    }

    /** The inner loop for one query block: returns {normalised values [B, Hkv, G*Bq, D], block count}. */
    private Instruction[] keyValueLoop(XlaBuilder b, Instruction qi, Instruction qBlock, Instruction qPos,
        Instruction k, Instruction v, Instruction positions, Instruction count) {
      int bq = blocks.query();
      int bk = blocks.keyValue();
      long rows = (long) group * bq;
      int kvBlocks = (int) (seq / bk);
      Instruction limit = b.constant(DType.S32, kvBlocks);
      if (causal) {
        // Key blocks 0..ceil((qi+1)*Bq / Bk)-1 hold every key a query of block qi may see (contiguous layout).
        Instruction seen = b.add(b.multiply(b.add(qi, b.constant(DType.S32, 1)), b.constant(DType.S32, bq)),
            b.constant(DType.S32, bk - 1));
        limit = b.minimum(b.divide(seen, b.constant(DType.S32, bk)), limit);
      }
      ArrayShape rowShape = Shape.array(DType.F32, batch, hkv, rows);
      List<Instruction> carried = new ArrayList<>(List.of(qBlock, qPos, k, v, positions,
          Shapes.full(b, rowShape, Double.NEGATIVE_INFINITY), Shapes.full(b, rowShape, 0),
          Shapes.full(b, Shape.array(DType.F32, batch, hkv, rows, dim), 0)));
      if (count != null) {
        carried.add(count);
      }
      List<Instruction> r = CountedLoop.run(ctx.module(), b, "kv_blocks", limit, carried, (body, kj, c) -> {
        List<Instruction> next = new ArrayList<>(c);
        Instruction start = body.multiply(kj, body.constant(DType.S32, bk));
        Instruction kBlock = body.dynamicSlice(c.get(2), Shapes.startAt(body, 4, 2, start), batch, hkv, bk, dim);
        Instruction vBlock = body.dynamicSlice(c.get(3), Shapes.startAt(body, 4, 2, start), batch, hkv, bk, dim);
        Instruction kPos = body.dynamicSlice(c.get(4), List.of(start), bk);
        Instruction scores = body.named("scores", body.dot(c.get(0), kBlock,
            ctx.dot(Attrs.Dot.of(new int[] {0, 1}, new int[] {3}, new int[] {0, 1}, new int[] {3}))));
        if (causal) {
          scores = mask(body, scores, c.get(1), kPos);
        }
        OnlineSoftmax.Step step = OnlineSoftmax.update(ctx, body, scores, vBlock, c.get(5), c.get(6), c.get(7));
        next.set(5, step.max());
        next.set(6, step.denominator());
        next.set(7, step.accumulator());
        if (count != null) {
          next.set(8, body.add(c.get(8), body.constant(DType.S32, 1)));
        }
        return next;
      });
      Instruction values = OnlineSoftmax.finish(b, r.get(7), r.get(6));
      return new Instruction[] {values, count != null ? r.get(8) : null};
    }

    /** Scores of keys after their query (by position) become -inf. Rows are (group member, query) pairs. */
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
