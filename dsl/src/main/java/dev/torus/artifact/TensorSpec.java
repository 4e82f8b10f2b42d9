package dev.torus.artifact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One input or output of an entry point.
 *
 * <p>A tensor is either replicated ({@code shardedDim} and {@code meshAxis} null, per-device shape
 * equal to the global one) or split evenly along one dimension over one mesh axis: then
 * {@code globalShape[shardedDim] == perDeviceShape[shardedDim] * size(meshAxis)} and every other
 * dimension is equal. The mesh-dependent part is checked by {@link Manifest}.
 *
 * @param name unique among the entry point's inputs (or outputs)
 * @param role what the tensor is: {@code weight}, {@code tokens}, {@code targets}, {@code state},
 *     {@code logits}, {@code loss}, {@code activation}...
 * @param globalShape the whole tensor's shape
 * @param perDeviceShape the shape one device's program sees; same rank as {@code globalShape}
 * @param shardedDim the dimension split over {@code meshAxis}, or null when replicated
 * @param meshAxis the mesh axis the tensor is split over, or null when replicated
 * @param hfName for weights: the Hugging Face checkpoint tensor name, else null
 * @param transpose for weights: whether the checkpoint tensor is stored transposed, else null
 */
public record TensorSpec(
    String name,
    String role,
    DType dtype,
    ImmutableList<Long> globalShape,
    ImmutableList<Long> perDeviceShape,
    @Nullable Integer shardedDim,
    @Nullable String meshAxis,
    @Nullable String hfName,
    @Nullable Boolean transpose) {

  /**
   * In {@code hfName}, stands for the layer index: the tensor is stacked over layers along
   * dimension 0, layer i stored as {@code hfName} with the placeholder replaced by i.
   */
  public static final String LAYER = "{layer}";

  public TensorSpec {
    checkArgument(name != null && !name.isBlank(), "tensor name must be non-empty, got '%s'", name);
    checkArgument(role != null && !role.isBlank(), "tensor '%s': role must be non-empty", name);
    checkNotNull(dtype, "tensor '%s': dtype missing", name);
    checkNotNull(globalShape, "tensor '%s': globalShape missing", name);
    checkNotNull(perDeviceShape, "tensor '%s': perDeviceShape missing", name);
    globalShape = ImmutableList.copyOf(globalShape);
    perDeviceShape = ImmutableList.copyOf(perDeviceShape);
    checkArgument(
        globalShape.size() == perDeviceShape.size(),
        "tensor '%s': perDeviceShape %s has rank %s, globalShape %s has rank %s",
        name, perDeviceShape, perDeviceShape.size(), globalShape, globalShape.size());
    for (int d = 0; d < globalShape.size(); d++) {
      checkArgument(
          globalShape.get(d) >= 0 && perDeviceShape.get(d) >= 0,
          "tensor '%s': dimensions must be >= 0, got global %s, per device %s", name, globalShape, perDeviceShape);
    }
    checkArgument(
        (shardedDim == null) == (meshAxis == null),
        "tensor '%s': shardedDim (%s) and meshAxis (%s) must be given together", name, shardedDim, meshAxis);
    if (shardedDim == null) {
      checkArgument(
          globalShape.equals(perDeviceShape),
          "tensor '%s' is not sharded, but perDeviceShape %s differs from globalShape %s",
          name, perDeviceShape, globalShape);
    } else {
      checkArgument(
          shardedDim >= 0 && shardedDim < globalShape.size(),
          "tensor '%s': shardedDim %s is out of range for rank %s", name, shardedDim, globalShape.size());
      for (int d = 0; d < globalShape.size(); d++) {
        checkArgument(
            d == shardedDim || globalShape.get(d).equals(perDeviceShape.get(d)),
            "tensor '%s' is sharded on dimension %s only, but dimension %s differs: global %s, per device %s",
            name, shardedDim, d, globalShape, perDeviceShape);
      }
    }
  }

  /** A replicated tensor: per-device shape = global shape. */
  public static TensorSpec replicated(String name, String role, DType dtype, List<Long> shape) {
    return new TensorSpec(name, role, dtype, ImmutableList.copyOf(shape), ImmutableList.copyOf(shape),
        null, null, null, null);
  }

  /** A tensor split along {@code shardedDim} over {@code meshAxis}. */
  public static TensorSpec sharded(
      String name, String role, DType dtype, List<Long> globalShape, List<Long> perDeviceShape,
      int shardedDim, String meshAxis) {
    return new TensorSpec(name, role, dtype, ImmutableList.copyOf(globalShape),
        ImmutableList.copyOf(perDeviceShape), shardedDim, meshAxis, null, null);
  }

  /** This spec with the Hugging Face checkpoint name and transpose flag set. */
  public TensorSpec withHfName(String hfName, boolean transpose) {
    return new TensorSpec(name, role, dtype, globalShape, perDeviceShape, shardedDim, meshAxis, hfName, transpose);
  }

  /** This spec as the emulated single-device program sees it: replicated at the global shape. */
  public TensorSpec asGlobal() {
    return new TensorSpec(name, role, dtype, globalShape, globalShape, null, null, hfName, transpose);
  }

  /** Per-device type, e.g. {@code f32[4,8]}. */
  public String perDeviceType() {
    return HostTensor.typeString(dtype, perDeviceShape);
  }

  /** Checks the sharding against {@code mesh}; messages name the tensor, the axis and the sizes. */
  void checkAgainst(Mesh mesh) {
    if (meshAxis == null) {
      return;
    }
    Mesh.Axis axis =
        mesh.axis(meshAxis)
            .orElseThrow(() -> new IllegalArgumentException(
                "tensor '" + name + "' is sharded over mesh axis '" + meshAxis + "', which mesh " + mesh + " lacks"));
    checkArgument(
        globalShape.get(shardedDim) == perDeviceShape.get(shardedDim) * axis.size(),
        "tensor '%s': globalShape[%s] = %s must equal perDeviceShape[%s] = %s x mesh axis '%s' size %s",
        name, shardedDim, globalShape.get(shardedDim), shardedDim, perDeviceShape.get(shardedDim),
        meshAxis, axis.size());
  }
}
