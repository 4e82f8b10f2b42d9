package dev.torus.compiler.lower;

import static com.google.common.base.Preconditions.checkArgument;

import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.Attrs.ComparisonDirection;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Next-token cross-entropy and its gradient, blockwise over tokens and over the vocabulary: no
 * {@code [tokens, vocab]} logits buffer exists, only one {@code [chunk, vocabBlock]} block at a
 * time. For a chunk of tokens, a first pass over the vocabulary blocks keeps an online log-sum-exp
 * (running max and denominator, f32) and picks each target's logit; a second pass recomputes each
 * block's logits, turns them into {@code (softmax - onehot) * scale} and accumulates the gradients
 * of the hidden states and of the output projection.
 *
 * <p>The loss is {@code scale * sum over tokens of (logsumexp(z_t) - z_t[target_t])} with
 * {@code z_t = W h_t} ({@code W [vocab, width]} as Hugging Face stores {@code lm_head.weight});
 * {@code scale} is one over the number of tokens the mean runs over (all devices' tokens on a ring).
 *
 * <p>With a soft cap the logits are {@code z_t = cap * tanh(W h_t / cap)} (Gemma 2's final soft cap),
 * and the second pass multiplies each block's {@code dz} by the cap's derivative {@code 1 - (z / cap)^2}.
 *
 * <p>{@link #lossAndGradientsIgnoringNegative} (packed documents) counts only targets {@code >= 0}:
 * a negative target (a document's last token, whose next token starts another document) adds
 * nothing to the loss or the gradients, and {@code scale} is then a run-time value, one over the
 * number of counted targets of all devices.
 */
public final class CrossEntropy {
  /** The loss and the gradients of the hidden states {@code [T, W]} and of the weight {@code [V, W]} (f32). */
  public record Result(Instruction loss, Instruction hiddenGradient, Instruction weightGradient) {}

  private CrossEntropy() {}

  /**
   * @param hidden {@code f32 [T, W]}, the final-norm output of T tokens
   * @param weight {@code [V, W]}, f32 or bf16 (bf16: bf16 operands, f32 accumulation)
   * @param targets {@code s32 [T]}, the next token of each position
   */
  public static Result lossAndGradients(LoweringContext ctx, XlaBuilder b, Instruction hidden, Instruction weight,
      Instruction targets, int tokenChunk, int vocabBlock, double scale) {
    return lossAndGradients(ctx, b, hidden, weight, targets, tokenChunk, vocabBlock, scale, null);
  }

  /** {@link #lossAndGradients} of the logits soft-capped to {@code softCap * tanh(z / softCap)} (null: not capped). */
  public static Result lossAndGradients(LoweringContext ctx, XlaBuilder b, Instruction hidden, Instruction weight,
      Instruction targets, int tokenChunk, int vocabBlock, double scale, Double softCap) {
    return lossAndGradients(ctx, b, hidden, weight, targets, tokenChunk, vocabBlock, scale, false, softCap);
  }

  /**
   * {@link #lossAndGradients} counting only the targets {@code >= 0}, scaled by {@code scale} (f32
   * scalar, e.g. one over all devices' counted targets).
   */
  public static Result lossAndGradientsIgnoringNegative(LoweringContext ctx, XlaBuilder b, Instruction hidden,
      Instruction weight, Instruction targets, int tokenChunk, int vocabBlock, Instruction scale) {
    return lossAndGradientsIgnoringNegative(ctx, b, hidden, weight, targets, tokenChunk, vocabBlock, scale, null);
  }

  /** {@link #lossAndGradientsIgnoringNegative} of soft-capped logits (null: not capped). */
  public static Result lossAndGradientsIgnoringNegative(LoweringContext ctx, XlaBuilder b, Instruction hidden,
      Instruction weight, Instruction targets, int tokenChunk, int vocabBlock, Instruction scale, Double softCap) {
    Result sums = lossAndGradients(ctx, b, hidden, weight, targets, tokenChunk, vocabBlock, 1, true, softCap);
    return new Result(b.multiply(sums.loss(), scale),
        b.multiply(sums.hiddenGradient(), b.broadcast(scale, sums.hiddenGradient().arrayShape())),
        b.multiply(sums.weightGradient(), b.broadcast(scale, sums.weightGradient().arrayShape())));
  }

  /** With {@code ignoring}, negative targets count for nothing and the sums are returned unscaled. */
  private static Result lossAndGradients(LoweringContext ctx, XlaBuilder b, Instruction hidden, Instruction weight,
      Instruction targets, int tokenChunk, int vocabBlock, double scale, boolean ignoring, Double softCap) {
    ArrayShape h = hidden.arrayShape();
    ArrayShape w = weight.arrayShape();
    long tokens = h.dim(0);
    long width = h.dim(1);
    long vocab = w.dim(0);
    checkArgument(w.dim(1) == width, "cross-entropy: weight %s does not match hidden width %s", w, width);
    checkArgument(targets.arrayShape().dim(0) == tokens, "cross-entropy: %s targets for %s tokens",
        targets.arrayShape().dim(0), tokens);
    checkArgument(tokens % tokenChunk == 0, "cross-entropy: %s tokens are not a multiple of the chunk %s", tokens,
        tokenChunk);
    checkArgument(vocab % vocabBlock == 0, "cross-entropy: vocabulary %s is not a multiple of the block %s", vocab,
        vocabBlock);
    int c = tokenChunk;
    int vb = vocabBlock;
    int vocabBlocks = (int) (vocab / vb);
    List<Instruction> state = List.of(hidden, weight, targets, b.constant(DType.F32, 0),
        Shapes.full(b, Shape.array(DType.F32, tokens, width), 0), Shapes.full(b, Shape.array(DType.F32, vocab, width), 0));
    List<Instruction> out = CountedLoop.run(ctx.module(), b, "loss_chunks", (int) (tokens / c), state, (body, i, s) -> {
      Instruction start = body.multiply(i, body.constant(DType.S32, c));
      Instruction zero = body.constant(DType.S32, 0);
      Instruction hc = body.dynamicSlice(s.get(0), List.of(start, zero), c, width);
      Instruction tc = body.dynamicSlice(s.get(2), List.of(start), c);
      Block blk = new Block(ctx, c, vb, width, softCap);
      Instruction weights = ignoring ? body.convert(body.compare(tc, Shapes.full(body, tc.arrayShape(), 0),
          ComparisonDirection.GE), DType.F32) : null;   // [c]: 1 for a counted target, 0 for an ignored one

      // Pass 1: online log-sum-exp and the target logits.
      List<Instruction> lse = CountedLoop.run(ctx.module(), body, "loss_vocab", vocabBlocks,
          List.of(hc, s.get(1), tc, Shapes.full(body, Shape.array(DType.F32, c), Double.NEGATIVE_INFINITY),
              Shapes.full(body, Shape.array(DType.F32, c), 0), Shapes.full(body, Shape.array(DType.F32, c), 0)),
          (vbody, v, t) -> {
            Instruction z = blk.logits(vbody, t.get(0), t.get(1), v);
            Instruction m = vbody.maximum(t.get(3), vbody.reduce(z, vbody.constant(DType.F32, Double.NEGATIVE_INFINITY),
                ctx.reducer(Opcode.MAXIMUM), 1));
            Instruction rescale = vbody.exponential(vbody.subtract(t.get(3), m));
            Instruction e = vbody.exponential(vbody.subtract(z, vbody.broadcast(m, z.arrayShape(), 0)));
            Instruction l = vbody.add(vbody.multiply(t.get(4), rescale), blk.rowSum(vbody, e));
            Instruction picked = vbody.add(t.get(5),
                blk.rowSum(vbody, vbody.select(blk.isTarget(vbody, t.get(2), v), z, Shapes.full(vbody, z.arrayShape(), 0))));
            return List.of(t.get(0), t.get(1), t.get(2), m, l, picked);
          });
      Instruction logSumExp = body.add(lse.get(3), body.log(lse.get(4)));
      Instruction perToken = body.subtract(logSumExp, lse.get(5));
      Instruction chunkLoss = body.reduce(ignoring ? body.multiply(perToken, weights) : perToken,
          body.constant(DType.F32, 0), ctx.reducer(Opcode.ADD), 0);
      List<Instruction> gradState = new ArrayList<>(List.of(hc, s.get(1), tc, logSumExp,
          Shapes.full(body, Shape.array(DType.F32, c, width), 0), s.get(5)));
      if (ignoring) {
        gradState.add(weights);
      }

      // Pass 2: dz = (softmax - onehot) * scale, block by block, into both gradients.
      List<Instruction> grads = CountedLoop.run(ctx.module(), body, "loss_vocab_grad", vocabBlocks, gradState,
          (vbody, v, t) -> {
            Instruction z = blk.logits(vbody, t.get(0), t.get(1), v);
            Instruction p = vbody.exponential(vbody.subtract(z, vbody.broadcast(t.get(3), z.arrayShape(), 0)));
            Instruction onehot = vbody.select(blk.isTarget(vbody, t.get(2), v), Shapes.full(vbody, z.arrayShape(), 1),
                Shapes.full(vbody, z.arrayShape(), 0));
            Instruction dz = blk.chain(vbody, z, vbody.multiply(vbody.subtract(p, onehot), ignoring
                ? vbody.broadcast(t.get(6), z.arrayShape(), 0) : Shapes.full(vbody, z.arrayShape(), scale)));
            Instruction wBlock = blk.weightBlock(vbody, t.get(1), v);
            Instruction dh = vbody.add(t.get(4), vbody.dot(dz, Shapes.toF32(vbody, wBlock),
                ctx.dot(Attrs.Dot.of(new int[0], new int[] {1}, new int[0], new int[] {0}))));
            Instruction dwBlock = vbody.dot(dz, t.get(0), ctx.dot(Attrs.Dot.of(new int[0], new int[] {0}, new int[0],
                new int[] {0})));
            Instruction at = vbody.multiply(v, vbody.constant(DType.S32, vb));
            List<Instruction> where = List.of(at, vbody.constant(DType.S32, 0));
            Instruction dw = vbody.dynamicUpdateSlice(t.get(5),
                vbody.add(vbody.dynamicSlice(t.get(5), where, vb, width), dwBlock), where);
            List<Instruction> after = new ArrayList<>(List.of(t.get(0), t.get(1), t.get(2), t.get(3), dh, dw));
            after.addAll(t.subList(6, t.size()));
            return after;
          });
      List<Instruction> next = new ArrayList<>(s);
      next.set(3, body.add(s.get(3), chunkLoss));
      next.set(4, body.dynamicUpdateSlice(s.get(4), grads.get(4), List.of(start, zero)));
      next.set(5, grads.get(5));
      return next;
    });
    if (ignoring) {
      return new Result(out.get(3), out.get(4), out.get(5));
    }
    Instruction loss = b.multiply(out.get(3), b.constant(DType.F32, scale));
    return new Result(loss, out.get(4), out.get(5));
  }

  /** One {@code [chunk, vocabBlock]} block of logits and what goes with it. */
  private record Block(LoweringContext ctx, int chunk, int vocabBlock, long width, Double softCap) {
    Instruction weightBlock(XlaBuilder b, Instruction weight, Instruction v) {
      Instruction at = b.multiply(v, b.constant(DType.S32, vocabBlock));
      return b.dynamicSlice(weight, List.of(at, b.constant(DType.S32, 0)), vocabBlock, width);
    }

    /** {@code z = h W_v^T}, f32 (soft-capped: {@code cap * tanh(z / cap)}); a bf16 weight multiplies a bf16 copy of h. */
    Instruction logits(XlaBuilder b, Instruction hc, Instruction weight, Instruction v) {
      Instruction wv = weightBlock(b, weight, v);
      DType t = wv.arrayShape().elementType();
      Instruction lhs = t == DType.F32 ? hc : b.convert(hc, t);
      Instruction z = b.dot(lhs, wv, ctx.dot(Attrs.Dot.of(new int[0], new int[] {1}, new int[0], new int[] {1})),
          DType.F32);
      return softCap == null ? z : softCapped(b, z, softCap);
    }

    /** The cotangent {@code dz} of the capped logits {@code z} to that of the raw ones: times {@code 1 - (z / cap)^2}. */
    Instruction chain(XlaBuilder b, Instruction z, Instruction dz) {
      if (softCap == null) {
        return dz;
      }
      Instruction t = b.multiply(z, Shapes.full(b, z.arrayShape(), 1 / softCap));
      return b.multiply(dz, b.subtract(Shapes.full(b, z.arrayShape(), 1), b.multiply(t, t)));
    }

    /** Whether column j of the block is row i's target: {@code v * block + j == target_i}. */
    Instruction isTarget(XlaBuilder b, Instruction targets, Instruction v) {
      ArrayShape grid = Shape.array(DType.S32, chunk, vocabBlock);
      Instruction ids = b.add(b.iota(grid, 1), b.broadcast(b.multiply(v, b.constant(DType.S32, vocabBlock)), grid));
      return b.compare(ids, b.broadcast(targets, grid, 0), ComparisonDirection.EQ);
    }

    Instruction rowSum(XlaBuilder b, Instruction x) {
      return b.reduce(x, b.constant(DType.F32, 0), ctx.reducer(Opcode.ADD), 1);
    }
  }

  /** {@code cap * tanh(z / cap)} of f32 logits {@code z}: the final logit soft cap (Gemma 2). */
  public static Instruction softCapped(XlaBuilder b, Instruction z, double cap) {
    ArrayShape s = z.arrayShape();
    Instruction t = b.named(ProgramNames.LOGITS_TANH, b.tanh(b.multiply(z, Shapes.full(b, s, 1 / cap))));
    return b.multiply(t, Shapes.full(b, s, cap));
  }
}
