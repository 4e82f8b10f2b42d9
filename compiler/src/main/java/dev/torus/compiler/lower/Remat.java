package dev.torus.compiler.lower;

import dev.torus.dsl.Attention;
import dev.torus.dsl.Layers;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Residual;
import dev.torus.dsl.tensor.Tensor;
import dev.torus.dsl.tensor.TensorFunction;
import dev.torus.dsl.tensor.TensorOp;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * What a training program's loops keep for their backward (the remat policy), as
 * {@code jax.checkpoint}'s policies choose. Whatever is not kept, the backward computes again by
 * re-tracing the loop body.
 */
public enum Remat {
  /** Each layer's input only: the backward recomputes the whole layer's forward (least memory). */
  LAYER_INPUTS,
  /**
   * Also, per layer, the outputs of the projection and MLP matrix products and the attention core's
   * output and softmax statistics (as {@code jax.checkpoint_policies.checkpoint_dots}): the backward
   * recomputes only norms, rotations and activations, never a matrix product or a ring pass.
   */
  PROJECTIONS,
  /**
   * Every residual (most memory): besides what {@link #PROJECTIONS} keeps, the result of every
   * tensor-DSL op of the layer (norms, activations, their products), the rotated and scaled query,
   * key and value heads, and the attention residual. The backward computes no forward value again
   * but what positions alone give (RoPE's cos and sin tables) and reshapes.
   */
  NONE;

  /**
   * The CLI spelling ({@code --remat}, fixed in docs/ARCHITECTURE.md): {@code layer-inputs},
   * {@code projections}, {@code none} (keep every residual).
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether the loops keep {@link LoweringContext#keepAll every value} a layer computes, not only its products. */
  public boolean keepsEverything() {
    return this == NONE;
  }

  /**
   * The values per token that the layer loop stores for the backward under this policy, summed over
   * one layer: the layer's input, then (projections) every matrix product's output and attention's
   * output and two softmax statistics per head, then (none) every other tensor-op result of the
   * layer, the rotated query, key and value heads and the attention residual. What the planner
   * multiplies by the depth and the tokens ({@code TrainStepMemory}); {@code RematPolicyTest}-style
   * checks hold it against the layer loop's stacks in the emitted program.
   */
  public long keptPerToken(ModelSpec m) {
    long kept = m.width();   // the layer's input, kept under every policy
    if (this == LAYER_INPUTS) {
      return kept;
    }
    Attention a = m.attention();
    long q = (long) a.heads() * a.headDim();
    long kv = (long) a.kvHeads() * a.headDim();
    ModelWeights.BlockParts parts = ModelWeights.parts(m);
    java.util.List<TensorFunction> functions = new java.util.ArrayList<>();
    functions.add(parts.attentionNorm());
    if (m.block().residual() != Residual.SEQUENTIAL && parts.ffnNorm() == null) {
      functions.add(parts.attentionNorm());   // the parallel block normalises its input again, chunk by chunk
    }
    for (TensorFunction f : Arrays.asList(parts.ffnNorm(), parts.ffn(), parts.postAttentionNorm(), parts.postFfnNorm())) {
      if (f != null) {
        functions.add(f);
      }
    }
    kept += q + 2 * kv + m.width() + q + 2L * a.heads();   // q, k, v, o products; attention's output, max and sum
    for (TensorFunction f : functions) {
      kept += values(f, true);
    }
    if (this == PROJECTIONS) {
      return kept;
    }
    for (TensorFunction f : functions) {
      kept += values(f, false);
    }
    if (a.qkNorm() != null) {
      TensorFunction head = Layers.norm("head_norm", a.headDim(), a.qkNorm());
      kept += (a.heads() + a.kvHeads()) * values(head, false);
    }
    kept += q + 2 * kv;   // the heads
    if (m.block().residual() == Residual.SEQUENTIAL && parts.postAttentionNorm() == null) {
      kept += m.width();   // the attention residual
    }
    return kept;
  }

  /** Per token, the values of {@code fn}'s matrix products ({@code products}) or of its other ops on activations. */
  private static long values(TensorFunction fn, boolean products) {
    Set<Tensor> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Tensor> todo = new ArrayDeque<>(java.util.List.of(fn.output()));
    long n = 0;
    while (!todo.isEmpty()) {
      Tensor t = todo.pop();
      if (!seen.add(t)) {
        continue;
      }
      todo.addAll(t.inputs());
      boolean op = t.op() != TensorOp.INPUT && t.op() != TensorOp.PARAM && t.op() != TensorOp.SCALAR;
      if (op && t.shape().leading() && (t.op() == TensorOp.LINEAR) == products) {
        n += t.shape().trailing().stream().mapToLong(Long::longValue).reduce(1, Math::multiplyExact);
      }
    }
    return n;
  }

  /** The policy spelled {@code label}; an unknown one is refused, naming the known ones. */
  public static Remat parse(String label) {
    for (Remat r : values()) {
      if (r.label().equals(label)) {
        return r;
      }
    }
    throw new IllegalArgumentException("--remat " + label + ": unknown remat policy; expected one of "
        + Arrays.stream(values()).map(Remat::label).toList());
  }
}
