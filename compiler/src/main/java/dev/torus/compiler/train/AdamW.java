package dev.torus.compiler.train;

import static com.google.common.base.Preconditions.checkArgument;

import dev.torus.artifact.DType;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.compiler.lower.LoweringContext;
import java.util.ArrayList;
import java.util.List;

/**
 * AdamW with a warmup-then-cosine learning rate and clipping by global gradient norm, as
 * {@code torch.optim.AdamW} and {@code torch.nn.utils.clip_grad_norm_} compute them:
 * <pre>
 *   norm = sqrt(sum of g^2 over every gradient);  g = g * min(1, maxNorm / (norm + 1e-6))
 *   lr(t) = peak * t / warmup                                  for t &lt; warmup
 *         = minLr + (peak - minLr) (1 + cos(pi (t - warmup) / (total - warmup))) / 2   after, until total
 *   p = p (1 - lr wd);  m = b1 m + (1 - b1) g;  v = b2 v + (1 - b2) g^2
 *   p = p - lr / (1 - b1^t) * m / (sqrt(v) / sqrt(1 - b2^t) + eps)
 * </pre>
 * {@code t} is the 1-based step number, a program input, so one compiled program serves every step.
 * Moments are f32; parameters are updated in f32 and stored back in their own type.
 */
public record AdamW(double peakLr, double minLr, int warmupSteps, int totalSteps, double beta1, double beta2,
    double eps, double weightDecay, double maxGradNorm) {
  public AdamW {
    checkArgument(peakLr > 0 && minLr >= 0 && minLr <= peakLr, "AdamW: learning rates %s (peak) and %s (min)",
        peakLr, minLr);
    checkArgument(warmupSteps >= 0 && totalSteps > warmupSteps, "AdamW: %s warmup steps of %s total", warmupSteps,
        totalSteps);
    checkArgument(beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1, "AdamW: betas %s, %s must be in [0, 1)", beta1,
        beta2);
    checkArgument(eps > 0 && weightDecay >= 0 && maxGradNorm > 0, "AdamW: eps %s, weight decay %s, max norm %s",
        eps, weightDecay, maxGradNorm);
  }

  /** Defaults as LLaMA training uses them: betas (0.9, 0.95), eps 1e-8, weight decay 0.1, clip at 1. */
  public static AdamW llamaDefaults(double peakLr, int warmupSteps, int totalSteps) {
    return new AdamW(peakLr, peakLr / 10, warmupSteps, totalSteps, 0.9, 0.95, 1e-8, 0.1, 1.0);
  }

  /** What one step produces: the global gradient norm (before clipping), the learning rate, new values. */
  public record Update(Instruction gradNorm, Instruction learningRate, List<Instruction> params, List<Instruction> m,
      List<Instruction> v) {}

  /** Emits one step for every (parameter, gradient, m, v); {@code step} is the 1-based s32 step number. */
  public Update apply(LoweringContext ctx, XlaBuilder b, Instruction step, List<Instruction> params,
      List<Instruction> grads, List<Instruction> m, List<Instruction> v) {
    return apply(ctx, b, step, params, grads, m, v, java.util.Collections.nCopies(grads.size(), false), List.of());
  }

  /**
   * The step when some parameters are sharded ({@code sharded}, per parameter): the squares of their
   * gradients are summed over {@code groups} (the devices that hold the other shards) for the
   * global norm; the update itself is elementwise and runs on each shard.
   */
  public Update apply(LoweringContext ctx, XlaBuilder b, Instruction step, List<Instruction> params,
      List<Instruction> grads, List<Instruction> m, List<Instruction> v, List<Boolean> sharded,
      List<List<Integer>> groups) {
    Instruction sumSquares = b.constant(DType.F32, 0);
    Instruction shardSquares = null;
    for (int k = 0; k < grads.size(); k++) {
      Instruction g32 = f32(b, grads.get(k));
      Instruction s = sum(ctx, b, b.multiply(g32, g32));
      if (sharded.get(k)) {
        shardSquares = shardSquares == null ? s : b.add(shardSquares, s);
      } else {
        sumSquares = b.add(sumSquares, s);
      }
    }
    if (shardSquares != null) {
      sumSquares = b.add(sumSquares, b.allReduce(shardSquares, ctx.reducer(Opcode.ADD), groups));
    }
    Instruction norm = b.sqrt(sumSquares);
    Instruction clip = b.minimum(scalar(b, 1), b.divide(scalar(b, maxGradNorm), b.add(norm, scalar(b, 1e-6))));
    Instruction t = b.convert(step, DType.F32);
    Instruction lr = learningRate(b, t);
    Instruction bc1 = b.subtract(scalar(b, 1), b.power(scalar(b, beta1), t));
    Instruction bc2 = b.subtract(scalar(b, 1), b.power(scalar(b, beta2), t));
    Instruction stepSize = b.divide(lr, bc1);
    Instruction decay = b.subtract(scalar(b, 1), b.multiply(lr, scalar(b, weightDecay)));
    List<Instruction> newParams = new ArrayList<>();
    List<Instruction> newM = new ArrayList<>();
    List<Instruction> newV = new ArrayList<>();
    for (int k = 0; k < params.size(); k++) {
      Instruction p = params.get(k);
      var shape = p.arrayShape().withElementType(DType.F32);
      Instruction g = b.multiply(f32(b, grads.get(k)), b.broadcast(clip, shape));
      Instruction mk = b.add(b.multiply(m.get(k), full(b, shape, beta1)), b.multiply(g, full(b, shape, 1 - beta1)));
      Instruction vk = b.add(b.multiply(v.get(k), full(b, shape, beta2)),
          b.multiply(b.multiply(g, g), full(b, shape, 1 - beta2)));
      Instruction denom = b.add(b.divide(b.sqrt(vk), b.broadcast(b.sqrt(bc2), shape)), full(b, shape, eps));
      Instruction decayed = b.multiply(f32(b, p), b.broadcast(decay, shape));
      Instruction updated = b.subtract(decayed, b.multiply(b.broadcast(stepSize, shape), b.divide(mk, denom)));
      newParams.add(p.arrayShape().elementType() == DType.F32 ? updated : b.convert(updated, p.arrayShape().elementType()));
      newM.add(mk);
      newV.add(vk);
    }
    return new Update(norm, lr, newParams, newM, newV);
  }

  /** The schedule at step {@code t} (f32 scalar). */
  private Instruction learningRate(XlaBuilder b, Instruction t) {
    Instruction warm = b.multiply(scalar(b, peakLr), b.divide(t, scalar(b, Math.max(1, warmupSteps))));
    Instruction progress = b.minimum(scalar(b, 1), b.divide(b.subtract(t, scalar(b, warmupSteps)),
        scalar(b, totalSteps - warmupSteps)));
    Instruction cosine = b.add(scalar(b, minLr), b.multiply(scalar(b, (peakLr - minLr) / 2),
        b.add(scalar(b, 1), b.cosine(b.multiply(scalar(b, Math.PI), progress)))));
    return b.select(b.compare(t, scalar(b, warmupSteps), dev.torus.compiler.ir.Attrs.ComparisonDirection.LT), warm,
        cosine);
  }

  private static Instruction sum(LoweringContext ctx, XlaBuilder b, Instruction x) {
    int[] all = new int[x.arrayShape().rank()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    return b.reduce(x, b.constant(DType.F32, 0), ctx.reducer(Opcode.ADD), all);
  }

  private static Instruction f32(XlaBuilder b, Instruction x) {
    return x.arrayShape().elementType() == DType.F32 ? x : b.convert(x, DType.F32);
  }

  private static Instruction scalar(XlaBuilder b, double v) {
    return b.constant(DType.F32, v);
  }

  private static Instruction full(XlaBuilder b, dev.torus.compiler.ir.ArrayShape s, double v) {
    return b.broadcast(b.constant(DType.F32, v), s);
  }
}
