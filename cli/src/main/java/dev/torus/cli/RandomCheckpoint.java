package dev.torus.cli;

import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;
import dev.torus.compiler.lower.ModelWeights;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.hf.HfModels;
import dev.torus.hf.Safetensors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a Hugging Face LLaMA checkpoint ({@code config.json} + {@code model.safetensors}) with
 * seeded random weights, initialised as the HF reference tool does: normal(0, 0.05), norm weights
 * 1 + normal(0, 0.1).
 */
public final class RandomCheckpoint {
  private RandomCheckpoint() {}

  public static void write(ModelSpec model, Path dir, long seed) throws IOException {
    Files.createDirectories(dir);
    HfModels.writeConfig(model, dir);
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, HostTensor> tensors = new LinkedHashMap<>();
    for (ModelWeights.StoredTensor w : ModelWeights.stored(model)) {
      int layers = w.perLayer() ? model.depth() : 1;
      for (int layer = 0; layer < layers; layer++) {
        tensors.put(w.hfName(layer), random(random, w.layerShape(), w.hfName().contains("norm"), model.paramType()));
      }
    }
    Safetensors.write(dir.resolve("model.safetensors"), tensors);
  }

  private static HostTensor random(SplittableRandom random, List<Long> shape, boolean norm, DType type) {
    long[] dims = shape.stream().mapToLong(Long::longValue).toArray();
    float[] v = new float[Math.toIntExact(HostTensor.elementCount(shape))];
    for (int i = 0; i < v.length; i++) {
      double gaussian = gaussian(random);
      v[i] = (float) (norm ? 1 + 0.1 * gaussian : 0.05 * gaussian);
    }
    return type == DType.BF16 ? HostTensor.bf16FromFloats(v, dims) : HostTensor.ofFloats(v, dims);
  }

  /** A standard normal sample (Box-Muller). */
  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
