package dev.torus.cli;

import dev.torus.artifact.HostTensor;
import dev.torus.compiler.lower.WeightSpec;
import java.util.SplittableRandom;

/** Reproducible random inputs for the demo, tests and benchmarks. */
public final class RandomTensors {
  private RandomTensors() {}

  /** Reproducible s32 token ids uniform in [0, vocab). */
  public static HostTensor randomTokens(long seed, int vocab, long... shape) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] ids = new int[count(shape)];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = random.nextInt(vocab);
    }
    return HostTensor.ofInts(ids, shape);
  }

  /** A reproducible f32 tensor with values uniform in [-scale, scale). */
  public static HostTensor randomTensor(long seed, float scale, long... shape) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] values = new float[count(shape)];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) ((random.nextDouble() * 2 - 1) * scale);
    }
    return HostTensor.ofFloats(values, shape);
  }

  /** A reproducible weight of {@code w}'s shape for tests: uniform in [-1, 1) for a norm's weight, [-0.1, 0.1) else. */
  public static HostTensor randomWeight(long seed, WeightSpec w) {
    return randomTensor(seed, w.name().contains("norm") ? 1f : 0.1f,
        w.shape().stream().mapToLong(Long::longValue).toArray());
  }

  private static int count(long... shape) {
    return Math.toIntExact(HostTensor.elementCount(com.google.common.primitives.Longs.asList(shape)));
  }
}
