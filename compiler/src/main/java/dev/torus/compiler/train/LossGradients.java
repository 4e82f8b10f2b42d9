package dev.torus.compiler.train;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import dev.torus.compiler.grad.Vjp;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.HloModuleBuilder;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.compiler.lower.CrossEntropy;
import dev.torus.compiler.lower.Remat;
import dev.torus.compiler.lower.Fsdp;
import dev.torus.compiler.lower.LoweringContext;
import dev.torus.compiler.lower.ModelLowering;
import dev.torus.compiler.lower.ModelWeights;
import dev.torus.compiler.lower.TensorRules;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import dev.torus.dsl.tensor.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loss of a model on a batch and the gradient of every parameter, as one program (the core of
 * a training step; the optimizer comes on top). Parameters: {@code tokens s32[B, S]}, {@code
 * targets s32[B, S]} (the next token of each position), with packed documents
 * ({@link RunShape#packed}) {@code segment_ids} and {@code positions} ({@link ModelLowering.Documents}),
 * then the {@link ModelWeights}; result: the mean cross-entropy ({@code f32[]}) followed by one f32
 * gradient per weight, in weight order. Packed, targets below zero (each document's last token) are
 * not counted, and the mean runs over the counted targets of all devices.
 *
 * <p>Nothing here is written per model: the trunk is the forward lowering built for training (its
 * layer loop keeps each layer's input), the loss is {@link CrossEntropy} (no logits buffer), and
 * every gradient comes from {@link Vjp} through the op rules, the scans and blockwise attention's
 * own backward. On a mesh (a ring, times data-parallel replicas) every device computes its tokens'
 * share, the mean runs over all tokens, and {@code all-reduce} sums the loss and the gradients, so
 * every device ends with the same values.
 */
public final class LossGradients {
  /** The program and its weights in parameter order (after {@code tokens} and {@code targets}). */
  public record Program(HloModule module, ImmutableList<WeightSpec> weights) {}

  /** The largest vocabulary block of the loss. */
  static final int MAX_VOCAB_BLOCK = 2048;

  private LossGradients() {}

  public static Program build(ModelSpec m, RunShape shape) {
    return build(m, shape, Remat.LAYER_INPUTS);
  }

  /** {@link #build(ModelSpec, RunShape)} with the layer loop keeping what {@code remat} says. */
  public static Program build(ModelSpec m, RunShape shape, Remat remat) {
    HloModuleBuilder module = new HloModuleBuilder(ModelLowering.programName(m, shape).replace("_forward", "") + "_grad",
        shape.devices());
    LoweringContext ctx = new LoweringContext(module, m.paramType(), true, remat);
    XlaBuilder b = module.computation("main");
    ImmutableList<WeightSpec> weights = ModelWeights.of(m);
    long batch = shape.localBatch();
    long seq = shape.localSequence();
    Instruction tokens = b.parameter(0, Shape.array(DType.S32, batch, seq), "tokens");
    Instruction targets = b.parameter(1, Shape.array(DType.S32, batch, seq), "targets");
    ModelLowering.Documents documents = ModelLowering.Documents.parameters(b, shape, 2);
    int firstWeight = 2 + ModelLowering.Documents.count(shape);
    Map<String, Instruction> params = new LinkedHashMap<>();
    for (int k = 0; k < weights.size(); k++) {
      WeightSpec w = weights.get(k);
      params.put(w.name(), b.parameter(k + firstWeight, Shape.array(w.dtype(), Fsdp.localShape(w, shape)), w.name()));
    }

    Emitted e = emit(ctx, b, m, shape, tokens, targets, documents, params, true);
    List<Instruction> outputs = new ArrayList<>(List.of(e.loss()));
    outputs.addAll(e.gradients());
    b.withOpName(null);
    return new Program(module.build(b.build(b.tuple(outputs.toArray(Instruction[]::new)))), weights);
  }

  /**
   * The mean loss alone (an evaluation: no gradients, weights unchanged): parameters {@code tokens},
   * {@code targets}, then the weights as in {@link #build}; result: a one-element tuple of the loss.
   */
  public static Program buildLoss(ModelSpec m, RunShape shape) {
    HloModuleBuilder module = new HloModuleBuilder(ModelLowering.programName(m, shape).replace("_forward", "") + "_eval",
        shape.devices());
    LoweringContext ctx = new LoweringContext(module, m.paramType(), true);
    XlaBuilder b = module.computation("main");
    ImmutableList<WeightSpec> weights = ModelWeights.of(m);
    Instruction tokens = b.parameter(0, Shape.array(DType.S32, shape.localBatch(), shape.localSequence()), "tokens");
    Instruction targets = b.parameter(1, Shape.array(DType.S32, shape.localBatch(), shape.localSequence()), "targets");
    ModelLowering.Documents documents = ModelLowering.Documents.parameters(b, shape, 2);
    int firstWeight = 2 + ModelLowering.Documents.count(shape);
    Map<String, Instruction> params = new LinkedHashMap<>();
    for (int k = 0; k < weights.size(); k++) {
      WeightSpec w = weights.get(k);
      params.put(w.name(), b.parameter(k + firstWeight, Shape.array(w.dtype(), Fsdp.localShape(w, shape)), w.name()));
    }
    Emitted e = emit(ctx, b, m, shape, tokens, targets, documents, params, false);
    b.withOpName(null);
    return new Program(module.build(b.build(b.tuple(e.loss()))), weights);
  }

  /** The loss and one f32 gradient per weight (in {@code params}' order), emitted into {@code b}. */
  public record Emitted(Instruction loss, List<Instruction> gradients) {}

  /**
   * Emits the loss of the batch and every weight's gradient into {@code b} ({@code ctx} must be a
   * training context); {@code params} are the weights by name in {@link ModelWeights} order.
   */
  public static Emitted emit(LoweringContext ctx, XlaBuilder b, ModelSpec m, RunShape shape, Instruction tokens,
      Instruction targets, Map<String, Instruction> params) {
    return emit(ctx, b, m, shape, tokens, targets, null, params, true);
  }

  /**
   * {@link #emit} with packed {@code documents} (null: not packed), or the loss alone (no gradients
   * emitted) when {@code gradients} is false.
   */
  public static Emitted emit(LoweringContext ctx, XlaBuilder b, ModelSpec m, RunShape shape, Instruction tokens,
      Instruction targets, ModelLowering.Documents documents, Map<String, Instruction> params, boolean gradients) {
    return emit(ctx, b, m, shape, tokens, targets, documents, params, gradients, true);
  }

  /**
   * This device's share of the loss and of every gradient, not yet summed over the devices
   * ({@link #sumOverDevices} does that): what one micro-batch of an accumulating step adds up.
   */
  static Emitted emitLocal(LoweringContext ctx, XlaBuilder b, ModelSpec m, RunShape shape, Instruction tokens,
      Instruction targets, Map<String, Instruction> params) {
    return emit(ctx, b, m, shape, tokens, targets, null, params, true, false);
  }

  private static Emitted emit(LoweringContext ctx, XlaBuilder b, ModelSpec m, RunShape shape, Instruction tokens,
      Instruction targets, ModelLowering.Documents documents, Map<String, Instruction> params, boolean gradients,
      boolean summing) {
    checkArgument(ctx.training(), "loss gradients need a training context (loops keep what the backward needs)");
    long batch = shape.localBatch();
    long seq = shape.localSequence();
    Map<String, WeightSpec> specs = new LinkedHashMap<>();
    ModelWeights.of(m).forEach(w -> specs.put(w.name(), w));
    Instruction hidden = ModelLowering.trunk(ctx, b, m, shape, tokens, documents, params, false).get(0);
    b.withOpName("norm");
    Map<String, Instruction> normWeights = new LinkedHashMap<>();
    for (Tensor p : ModelWeights.finalNorm(m).params()) {
      String name = "norm." + p.name();
      normWeights.put(p.name(), Fsdp.whole(b, specs.get(name), params.get(name), shape));
    }
    Instruction normed = TensorRules.apply(ctx, b, ModelWeights.finalNorm(m), hidden, normWeights);
    b.withOpName("loss");
    String headName = m.tiedEmbeddings() ? "embed_tokens.weight" : "lm_head.weight";
    Instruction head = Fsdp.whole(b, specs.get(headName), params.get(headName), shape);
    long tokensInBatch = batch * seq;
    long globalTokens = (long) shape.batch() * shape.sequence();   // the mean runs over every device's tokens
    CrossEntropy.Result ce = documents == null
        ? CrossEntropy.lossAndGradients(ctx, b, b.reshape(normed, tokensInBatch, m.width()), head,
            b.reshape(targets, tokensInBatch), shape.blocks().chunk(), vocabBlock(m.vocabSize()), 1.0 / globalTokens,
            m.finalLogitSoftCap())
        : CrossEntropy.lossAndGradientsIgnoringNegative(ctx, b, b.reshape(normed, tokensInBatch, m.width()), head,
            b.reshape(targets, tokensInBatch), shape.blocks().chunk(), vocabBlock(m.vocabSize()),
            overCountedTargets(ctx, b, shape, targets), m.finalLogitSoftCap());
    if (!gradients) {
      Instruction loss = ce.loss();
      if (shape.devices() > 1) {
        b.withOpName("all_reduce");
        loss = b.allReduce(loss, ctx.reducer(dev.torus.compiler.ir.Opcode.ADD),
            List.of(java.util.stream.IntStream.range(0, shape.devices()).boxed().toList()));
      }
      return new Emitted(loss, List.of());
    }
    b.withOpName("backward");
    List<Instruction> wrt = new ArrayList<>(params.values());
    List<Instruction> outputs = new ArrayList<>();
    if (Fsdp.shardedDim(specs.get(headName), shape) < 0) {
      // The head's gradient enters as a seed, so it flows to the weight and, when tied, adds to the
      // embedding's own.
      List<Instruction> grads = Vjp.reverse(ctx, b, List.of(normed, head),
          List.of(b.reshape(ce.hiddenGradient(), batch, seq, m.width()), ce.weightGradient()), wrt);
      grads.forEach(g -> outputs.add(toF32(b, g)));
    } else {
      // A sharded head: its whole gradient [vocab, width] is reduce-scattered to this device's shard
      // before the layer backward starts. The shard and the final hidden state's cotangent pass one
      // optimization barrier and the layer backward reads the barrier's copy, so the scheduler cannot
      // keep the whole-vocabulary gradient live across the layer backward (it did: 500 MiB at
      // LLaMA-7B's peak). An identity: an untied head's gradient is the same value as before, and a
      // tied one's is the same sum of the same two terms.
      Instruction headParam = params.get(headName);
      Instruction headShard = Vjp.reverse(ctx, b, List.of(head), List.of(ce.weightGradient()), List.of(headParam))
          .get(0);
      b.withOpName("backward/head_gradient_barrier");
      Instruction barrier = b.optimizationBarrier(headShard, ce.hiddenGradient());
      headShard = b.getTupleElement(barrier, 0);
      Instruction hiddenGradient = b.getTupleElement(barrier, 1);
      b.withOpName("backward");
      List<Instruction> grads = Vjp.reverse(ctx, b, List.of(normed),
          List.of(b.reshape(hiddenGradient, batch, seq, m.width())), wrt);
      for (int k = 0; k < wrt.size(); k++) {
        Instruction g = grads.get(k);
        if (wrt.get(k) == headParam) {
          g = m.tiedEmbeddings() ? addGradients(b, g, headShard) : headShard;
        }
        outputs.add(toF32(b, g));
      }
    }
    Emitted local = new Emitted(ce.loss(), outputs);
    return summing ? sumOverDevices(ctx, b, m, shape, new ArrayList<>(params.keySet()), local) : local;
  }

  /**
   * This device's share of the loss and of every gradient summed over all devices (a no-op on one
   * device); {@code names} are the weights of the gradients, in order.
   */
  static Emitted sumOverDevices(LoweringContext ctx, XlaBuilder b, ModelSpec m, RunShape shape, List<String> names,
      Emitted local) {
    Map<String, WeightSpec> specs = new LinkedHashMap<>();
    ModelWeights.of(m).forEach(w -> specs.put(w.name(), w));
    List<Instruction> outputs = new ArrayList<>(local.gradients());
    Instruction loss = local.loss();
    if (shape.devices() > 1) {
      // Each device holds its tokens' share of the loss and of every whole weight's gradient: sum them
      // over all devices. A sharded weight's gradient is already summed over its FSDP axis by the
      // reduce-scatter; only the devices of the other axis, which hold the same shard, remain to be added.
      List<List<Integer>> all = List.of(java.util.stream.IntStream.range(0, shape.devices()).boxed().toList());
      List<List<Integer>> sameShard = Fsdp.holdersOfTheSameShard(shape);
      b.withOpName("all_reduce");
      loss = b.allReduce(loss, ctx.reducer(dev.torus.compiler.ir.Opcode.ADD), all);
      for (int k = 0; k < outputs.size(); k++) {
        boolean sharded = Fsdp.shardedDim(specs.get(names.get(k)), shape) >= 0;
        if (!sharded) {
          outputs.set(k, b.allReduce(outputs.get(k), ctx.reducer(dev.torus.compiler.ir.Opcode.ADD), all));
        } else if (sameShard.get(0).size() > 1) {
          outputs.set(k, b.allReduce(outputs.get(k), ctx.reducer(dev.torus.compiler.ir.Opcode.ADD), sameShard));
        }
      }
    }
    return new Emitted(loss, outputs);
  }

  /**
   * One over the number of targets {@code >= 0} of all devices (f32 scalar; 1 when there are none, so
   * a batch of nothing but ignored targets has loss 0).
   */
  private static Instruction overCountedTargets(LoweringContext ctx, XlaBuilder b, RunShape shape,
      Instruction targets) {
    Instruction counted = b.convert(b.compare(targets, b.broadcast(b.constant(DType.S32, 0), targets.arrayShape()),
        dev.torus.compiler.ir.Attrs.ComparisonDirection.GE), DType.F32);
    Instruction local = b.reduce(b.reduce(counted, b.constant(DType.F32, 0), ctx.reducer(dev.torus.compiler.ir.Opcode.ADD),
        1), b.constant(DType.F32, 0), ctx.reducer(dev.torus.compiler.ir.Opcode.ADD), 0);
    Instruction all = shape.devices() == 1 ? local : b.allReduce(local, ctx.reducer(dev.torus.compiler.ir.Opcode.ADD),
        List.of(java.util.stream.IntStream.range(0, shape.devices()).boxed().toList()));
    Instruction one = b.constant(DType.F32, 1);
    return b.named("loss_scale", b.divide(one, b.maximum(all, one)));
  }

  /** The largest divisor of the vocabulary up to {@link #MAX_VOCAB_BLOCK}. */
  static int vocabBlock(int vocab) {
    for (int v = Math.min(vocab, MAX_VOCAB_BLOCK); v > 1; v--) {
      if (vocab % v == 0) {
        return v;
      }
    }
    return 1;
  }

  /** {@code a + b}, in f32 when their types differ (as {@link Vjp} sums a tied embedding's two gradients). */
  private static Instruction addGradients(XlaBuilder b, Instruction a, Instruction c) {
    return a.arrayShape().elementType() == c.arrayShape().elementType() ? b.add(a, c) : b.add(toF32(b, a), toF32(b, c));
  }

  private static Instruction toF32(XlaBuilder b, Instruction x) {
    return x.arrayShape().elementType() == DType.F32 ? x : b.convert(x, DType.F32);
  }
}
