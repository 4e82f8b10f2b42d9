package dev.torus.compiler.lower;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import dev.torus.dsl.Attention;
import dev.torus.dsl.Block;
import dev.torus.dsl.Layer;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Residual;
import dev.torus.dsl.Layers;
import dev.torus.dsl.tensor.Tensor;
import dev.torus.dsl.tensor.TensorFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * The weights of a model, in program-parameter order, named as Hugging Face LLaMA names them:
 * {@code model.embed_tokens.weight}, then per layer {@code input_layernorm}, {@code self_attn},
 * {@code post_attention_layernorm} (sequential blocks), {@code mlp}, then {@code model.norm} and
 * {@code lm_head.weight} (absent when tied to the embedding). A block with post-sublayer norms names
 * them as Gemma 2 does: {@code post_attention_layernorm} after the attention, the feedforward's own
 * norm {@code pre_feedforward_layernorm}, and {@code post_feedforward_layernorm} after the feedforward.
 */
public final class ModelWeights {
  static final String LAYER_PREFIX = "model.layers." + WeightSpec.LAYER + ".";

  private ModelWeights() {}

  /**
   * The block's position-wise parts, as the compiler lowers them; {@code postAttentionNorm} and
   * {@code postFfnNorm} null when the block has none.
   */
  record BlockParts(TensorFunction attentionNorm, TensorFunction ffnNorm, TensorFunction ffn,
      TensorFunction postAttentionNorm, TensorFunction postFfnNorm) {}

  static BlockParts parts(ModelSpec m) {
    Block block = m.block();
    boolean sandwich = block.postAttentionNorm() != null;
    String ffnNorm = sandwich ? "pre_feedforward_layernorm" : "post_attention_layernorm";
    return new BlockParts(
        Layers.norm("input_layernorm", m.width(), block.attentionNorm()),
        block.residual() == Residual.SEQUENTIAL ? Layers.norm(ffnNorm, m.width(), block.ffnNorm()) : null,
        Layers.feedForward("mlp", m.width(), block.ffn()),
        sandwich ? Layers.norm("post_attention_layernorm", m.width(), block.postAttentionNorm()) : null,
        block.postFfnNorm() != null ? Layers.norm("post_feedforward_layernorm", m.width(), block.postFfnNorm()) : null);
  }

  /** The final norm before the output projection. */
  public static TensorFunction finalNorm(ModelSpec m) {
    return Layers.norm("norm", m.width(), m.finalNorm());
  }

  public static ImmutableList<WeightSpec> of(ModelSpec m) {
    DType t = m.paramType();
    List<WeightSpec> w = new ArrayList<>();
    w.add(global("model.embed_tokens.weight", t, m.vocabSize(), m.width()));
    BlockParts parts = parts(m);
    addLayer(w, m, parts.attentionNorm());
    for (LayerParam p : params(Layer.attention("self_attn", m.width(), m.attention()))) {
      addLayer(w, m, "self_attn." + p.name(), p.dims());
    }
    if (parts.postAttentionNorm() != null) {
      addLayer(w, m, parts.postAttentionNorm());
    }
    if (parts.ffnNorm() != null) {
      addLayer(w, m, parts.ffnNorm());
    }
    addLayer(w, m, parts.ffn());
    if (parts.postFfnNorm() != null) {
      addLayer(w, m, parts.postFfnNorm());
    }
    for (Tensor p : finalNorm(m).params()) {
      w.add(global("model.norm." + p.name(), t, p.shape().trailing()));
    }
    if (!m.tiedEmbeddings()) {
      w.add(global("lm_head.weight", t, m.vocabSize(), m.width()));
    }
    if (m.fusedWeights() != null) {
      if (m.fusedWeights().qkv()) {
        fuse(w, "self_attn.qkv_proj", "self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj");
      }
      if (m.fusedWeights().gateUp()) {
        fuse(w, "mlp.gate_up_proj", "mlp.gate_proj", "mlp.up_proj");
      }
    }
    return ImmutableList.copyOf(w);
  }

  /**
   * A tensor of the model's checkpoint: its name (holding {@code {layer}} when there is one per
   * layer) and one layer's shape; a fused tensor once, with all its parts' rows.
   */
  public record StoredTensor(String hfName, boolean perLayer, ImmutableList<Long> layerShape) {
    /** The name of layer {@code i}'s tensor (or the name itself for a global one). */
    public String hfName(int layer) {
      return hfName.replace(WeightSpec.LAYER, Integer.toString(layer));
    }
  }

  /** The tensors a checkpoint of {@code m} holds, in weight order (a fused one where its first part is). */
  public static ImmutableList<StoredTensor> stored(ModelSpec m) {
    java.util.Map<String, StoredTensor> out = new java.util.LinkedHashMap<>();
    for (WeightSpec w : of(m)) {
      ImmutableList<Long> shape = w.layerShape();
      if (w.hfRows() != null) {
        StoredTensor before = out.get(w.hfName());
        long rows = Math.max(w.hfRows().get(1), before == null ? 0 : before.layerShape().get(0));
        shape = ImmutableList.<Long>builder().add(rows).addAll(shape.subList(1, shape.size())).build();
      }
      out.put(w.hfName(), new StoredTensor(w.hfName(), w.perLayer(), shape));
    }
    return ImmutableList.copyOf(out.values());
  }

  /**
   * Names the per-layer weights {@code parts} (their {@code .weight}s, and {@code .bias}es when
   * present) as consecutive row ranges of one checkpoint tensor {@code fused} each, in order.
   */
  private static void fuse(List<WeightSpec> w, String fused, String... parts) {
    for (String suffix : new String[] {".weight", ".bias"}) {
      long row = 0;
      for (String part : parts) {
        String name = "layers." + part + suffix;
        int at = -1;
        for (int i = 0; i < w.size(); i++) {
          at = w.get(i).name().equals(name) ? i : at;
        }
        if (at < 0) {
          com.google.common.base.Preconditions.checkArgument(suffix.equals(".bias") && row == 0,
              "fused weight %s%s: its part %s is not a weight of this model", fused, suffix, name);
          continue;
        }
        WeightSpec p = w.get(at);
        long rows = p.layerShape().get(0);
        w.set(at, p.fusedInto(LAYER_PREFIX + fused + suffix, row, row + rows));
        row += rows;
      }
    }
  }

  /** A parameter of one layer: its name within the layer and its shape as Hugging Face stores it. */
  public record LayerParam(String name, long... dims) {}

  /**
   * The parameters of a layer, by their names within it: an attention layer's projections
   * ({@code q_proj.weight [Hq*D, W]}, k, v, {@code o_proj.weight [W, Hq*D]}, biases when enabled,
   * {@code q_norm.weight [D]} and {@code k_norm.weight [D]} with a query/key norm), a
   * tensor function's declared parameters.
   */
  public static List<LayerParam> params(Layer layer) {
    List<LayerParam> out = new ArrayList<>();
    switch (layer) {
      case Layer.AttentionLayer al -> {
        Attention a = al.attention();
        long width = al.width();
        long q = (long) a.heads() * a.headDim();
        long kv = (long) a.kvHeads() * a.headDim();
        out.add(new LayerParam("q_proj.weight", q, width));
        out.add(new LayerParam("k_proj.weight", kv, width));
        out.add(new LayerParam("v_proj.weight", kv, width));
        if (a.qkvBias()) {
          out.add(new LayerParam("q_proj.bias", q));
          out.add(new LayerParam("k_proj.bias", kv));
          out.add(new LayerParam("v_proj.bias", kv));
        }
        out.add(new LayerParam("o_proj.weight", width, q));
        if (a.outBias()) {
          out.add(new LayerParam("o_proj.bias", width));
        }
        if (a.qkNorm() != null) {
          out.add(new LayerParam("q_norm.weight", a.headDim()));
          out.add(new LayerParam("k_norm.weight", a.headDim()));
        }
      }
      case Layer.TensorLayer tl -> {
        for (Tensor p : tl.function().params()) {
          out.add(new LayerParam(p.name(), p.shape().trailing().stream().mapToLong(Long::longValue).toArray()));
        }
      }
    }
    return out;
  }

  private static void addLayer(List<WeightSpec> w, ModelSpec m, TensorFunction fn) {
    for (LayerParam p : params(Layer.of(fn))) {
      addLayer(w, m, fn.name() + "." + p.name(), p.dims());
    }
  }

  private static void addLayer(List<WeightSpec> w, ModelSpec m, String name, long... dims) {
    ImmutableList.Builder<Long> shape = ImmutableList.<Long>builder().add((long) m.depth());
    for (long d : dims) {
      shape.add(d);
    }
    w.add(new WeightSpec("layers." + name, LAYER_PREFIX + name, m.paramType(), shape.build(), true));
  }

  private static WeightSpec global(String hfName, DType t, List<Long> dims) {
    String name = hfName.startsWith("model.") ? hfName.substring("model.".length()) : hfName;
    return new WeightSpec(name, hfName, t, ImmutableList.copyOf(dims), false);
  }

  private static WeightSpec global(String hfName, DType t, long... dims) {
    return global(hfName, t, com.google.common.primitives.Longs.asList(dims));
  }
}
