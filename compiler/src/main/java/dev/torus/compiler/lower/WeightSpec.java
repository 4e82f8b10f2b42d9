package dev.torus.compiler.lower;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import dev.torus.artifact.TensorSpec;

/**
 * One weight parameter of a compiled model. A per-layer weight is stacked over layers, shape
 * {@code [depth, ...]}, and its Hugging Face name holds {@code {layer}} for the layer index
 * (e.g. {@code model.layers.{layer}.self_attn.q_proj.weight}). Shapes are as Hugging Face stores
 * them (linear weights {@code [out, in]}), so no transpose is needed when loading. A weight stored
 * fused with others ({@link dev.torus.dsl.FusedWeights}) is rows {@code hfRows = [start, end)} of
 * its (each layer's) checkpoint tensor; null when it is the whole tensor.
 */
public record WeightSpec(String name, String hfName, DType dtype, ImmutableList<Long> shape, boolean perLayer,
    ImmutableList<Long> hfRows) {
  public static final String LAYER = TensorSpec.LAYER;

  /** A weight that is a whole checkpoint tensor. */
  public WeightSpec(String name, String hfName, DType dtype, ImmutableList<Long> shape, boolean perLayer) {
    this(name, hfName, dtype, shape, perLayer, null);
  }

  /** This weight as rows {@code [start, end)} of the checkpoint tensor {@code fusedName}. */
  public WeightSpec fusedInto(String fusedName, long start, long end) {
    return new WeightSpec(name, fusedName, dtype, shape, perLayer, ImmutableList.of(start, end));
  }

  /** The Hugging Face name of layer {@code i}'s slice (or the name itself for a global weight). */
  public String hfName(int layer) {
    return hfName.replace(LAYER, Integer.toString(layer));
  }

  /**
   * Layer {@code layer}'s slice of this per-layer weight as a weight of its own: name
   * {@code layers.{layer}.…}, Hugging Face name {@link #hfName(int)}, shape {@link #layerShape()}
   * (the generate programs take each layer's weights as separate parameters, which a product reads in
   * place, where a slice of a stacked parameter is a copy per call on XLA CPU).
   */
  public WeightSpec atLayer(int layer) {
    if (!perLayer || !name.startsWith("layers.")) {
      throw new IllegalArgumentException("weight " + name + " is not a per-layer weight layers.…");
    }
    return new WeightSpec("layers." + layer + name.substring("layers".length()), hfName(layer), dtype, layerShape(),
        false, hfRows);
  }

  /** The shape of one layer's slice. */
  public ImmutableList<Long> layerShape() {
    return perLayer ? shape.subList(1, shape.size()) : shape;
  }
}
