package dev.torus.hf;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;

/**
 * What a checkpoint file says about one tensor: its name, element type and shape (row-major).
 *
 * @param name the checkpoint name, e.g. {@code model.layers.0.self_attn.q_proj.weight}
 * @param dtype as stored: {@code f32}, {@code bf16} or {@code f16}
 * @param shape dimensions, each >= 0; empty for a scalar
 */
public record TensorInfo(String name, DType dtype, ImmutableList<Long> shape) {
  public TensorInfo {
    checkArgument(name != null && !name.isEmpty(), "tensor name must be non-empty, got '%s'", name);
    checkNotNull(dtype, "tensor '%s': dtype missing", name);
    checkNotNull(shape, "tensor '%s': shape missing", name);
    shape = ImmutableList.copyOf(shape);
    for (long d : shape) {
      checkArgument(d >= 0, "tensor '%s': dimensions must be >= 0, got %s", name, shape);
    }
  }

  /** Type and shape as XLA writes them, e.g. {@code bf16[64,128]}. */
  public String type() {
    return HostTensor.typeString(dtype, shape);
  }

  /** Bytes the tensor occupies: elements x element size. */
  public long byteSize() {
    return HostTensor.elementCount(shape) * dtype.byteSize();
  }
}
