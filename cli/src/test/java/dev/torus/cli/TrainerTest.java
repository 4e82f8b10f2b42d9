package dev.torus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.train.AdamW;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.Presets;
import dev.torus.runtime.TfEngine;
import dev.torus.train.StepMetrics;
import dev.torus.train.TokenFileType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training on the CPU through TensorFlow Java: it learns, a ring trains as one device does, and it resumes. */
class TrainerTest {
  @TempDir Path dir;

  static Trainer.Options options(int steps, int ring, Path out, Path resume) {
    return options(steps, ring, 1, 1, out, resume);
  }

  static Trainer.Options options(int steps, int ring, int dp, int fsdp, Path out, Path resume) {
    AdamW adam = new AdamW(1e-2, 1e-3, 5, 50, 0.9, 0.95, 1e-8, 0.1, 1.0);
    return new Trainer.Options(steps, 4, 64, ring, dp, fsdp, TokenLayout.STRIPED, BlockSizes.uniform(16), adam, 7, null,
        TokenFileType.UINT16, null, 0, 1, 0, out, resume, Double.NaN);
  }

  static List<StepMetrics> onTensorFlow(Trainer.Options o, Path work) throws Exception {
    return Trainer.train(Presets.tiny(), null, o, work, TfEngine::open, true, GracefulStop.never(), s -> { });
  }

  @Test
  void theTinyModelLearnsTheCopyTaskOnAnEmulatedRing() throws Exception {
    List<StepMetrics> steps = onTensorFlow(options(50, 4, null, null), dir);
    double first = steps.get(0).loss();
    double last = steps.subList(45, 50).stream().mapToDouble(StepMetrics::loss).average().orElseThrow();
    assertTrue(last <= 0.5 * first, "loss " + first + " -> mean of the last five " + last);
  }

  @Test
  void aRingOfFourTrainsAsOneDeviceDoes() throws Exception {
    List<StepMetrics> one = onTensorFlow(options(5, 1, null, null), dir.resolve("one"));
    List<StepMetrics> ring = onTensorFlow(options(5, 4, null, null), dir.resolve("ring"));
    for (int k = 0; k < 5; k++) {
      assertEquals(one.get(k).loss(), ring.get(k).loss(), 1e-4 * one.get(k).loss(), "step " + (k + 1));
    }
  }

  @Test
  void aRingWithShardedWeightsAndTwoReplicasTrainsAsOneDeviceDoes() throws Exception {
    List<StepMetrics> one = onTensorFlow(options(5, 1, null, null), dir.resolve("one"));
    List<StepMetrics> fsdp = onTensorFlow(options(5, 4, 2, 4, null, null), dir.resolve("fsdp"));
    for (int k = 0; k < 5; k++) {
      assertEquals(one.get(k).loss(), fsdp.get(k).loss(), 1e-4 * one.get(k).loss(), "step " + (k + 1));
    }
  }

  @Test
  void aResumedRunContinuesTheSameLossCurve() throws Exception {
    List<StepMetrics> straight = onTensorFlow(options(6, 1, null, null), dir.resolve("a"));
    Path run = dir.resolve("run");
    onTensorFlow(options(3, 1, run, null), dir.resolve("b"));
    List<StepMetrics> resumed = onTensorFlow(options(3, 1, null, run), dir.resolve("c"));
    for (int k = 0; k < 3; k++) {
      assertEquals(straight.get(3 + k).step(), resumed.get(k).step());
      assertEquals(straight.get(3 + k).loss(), resumed.get(k).loss(), 0, "step " + resumed.get(k).step());
    }
  }
}
