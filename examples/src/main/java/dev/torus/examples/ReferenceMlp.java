package dev.torus.examples;

import dev.torus.artifact.HostTensor;
import java.util.SplittableRandom;

/** Plain-Java references for the sample programs, in double precision, independent of XLA. */
public final class ReferenceMlp {
  private ReferenceMlp() {}

  /** {@code (silu(x Wg) * (x Wu)) Wd} for row-major x[t, w], Wg and Wu [w, h], Wd [h, w]. */
  public static double[] swiglu(float[] x, float[] wGate, float[] wUp, float[] wDown, int t, int w, int h) {
    double[] hidden = new double[t * h];
    for (int i = 0; i < t; i++) {
      for (int j = 0; j < h; j++) {
        double g = 0;
        double u = 0;
        for (int k = 0; k < w; k++) {
          g += (double) x[i * w + k] * wGate[k * h + j];
          u += (double) x[i * w + k] * wUp[k * h + j];
        }
        hidden[i * h + j] = g / (1 + Math.exp(-g)) * u;
      }
    }
    double[] out = new double[t * w];
    for (int i = 0; i < t; i++) {
      for (int j = 0; j < w; j++) {
        double s = 0;
        for (int k = 0; k < h; k++) {
          s += hidden[i * h + k] * wDown[k * w + j];
        }
        out[i * w + j] = s;
      }
    }
    return out;
  }

  /** Reproducible s32 token ids uniform in [0, vocab). */
  public static HostTensor randomTokens(long seed, int vocab, long... shape) {
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] ids = new int[Math.toIntExact(n)];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = random.nextInt(vocab);
    }
    return HostTensor.ofInts(ids, shape);
  }

  /** A reproducible f32 tensor with values uniform in [-scale, scale). */
  public static HostTensor randomTensor(long seed, float scale, long... shape) {
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    SplittableRandom random = new SplittableRandom(seed);
    float[] values = new float[Math.toIntExact(n)];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) ((random.nextDouble() * 2 - 1) * scale);
    }
    return HostTensor.ofFloats(values, shape);
  }
}
