package dev.torus.hf;

import dev.torus.artifact.Role;
import com.google.common.collect.ImmutableMap;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.TensorSpec;
import dev.torus.hf.Checkpoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads an entry point's weights from a Hugging Face checkpoint by the names its manifest gives:
 * a weight whose {@code hfName} holds {@code {layer}} is stacked from layers 0..depth-1 along a new
 * leading dimension; each tensor is converted to the manifest's dtype and its shape checked (the
 * checkpoint names the tensor and both shapes when they differ).
 */
public final class CheckpointWeights {
  private CheckpointWeights() {}

  /** Every input of role {@code weight}, by input name, in manifest order. */
  public static ImmutableMap<String, HostTensor> load(EntryPoint entry, Checkpoint checkpoint) {
    Map<String, HostTensor> weights = new LinkedHashMap<>();
    for (TensorSpec spec : entry.inputs()) {
      if (spec.role() != Role.WEIGHT) {
        continue;
      }
      weights.put(spec.name(), load(spec, checkpoint));
    }
    return ImmutableMap.copyOf(weights);
  }

  /** One weight input, by its manifest spec (stacked over layers when its name holds {@code {layer}}). */
  public static HostTensor load(TensorSpec spec, Checkpoint checkpoint) {
    if (spec.hfName() == null) {
      throw new IllegalArgumentException("weight '" + spec.name() + "' has no Hugging Face name in the manifest");
    }
    return spec.hfName().contains(TensorSpec.LAYER) ? stacked(spec, checkpoint)
        : checkpoint.read(spec.hfName(), spec.dtype(), spec.globalShape());
  }

  private static HostTensor stacked(TensorSpec spec, Checkpoint checkpoint) {
    List<Long> shape = spec.globalShape();
    long depth = shape.get(0);
    List<Long> layerShape = shape.subList(1, shape.size());
    byte[] bytes = new byte[Math.toIntExact(HostTensor.elementCount(shape) * spec.dtype().byteSize())];
    int offset = 0;
    for (int layer = 0; layer < depth; layer++) {
      HostTensor t = checkpoint.read(spec.hfName().replace(TensorSpec.LAYER, Integer.toString(layer)), spec.dtype(), layerShape);
      t.copyBytesTo(bytes, offset);
      offset += t.byteSize();
    }
    return HostTensor.wrap(spec.dtype(), shape, bytes);
  }
}
