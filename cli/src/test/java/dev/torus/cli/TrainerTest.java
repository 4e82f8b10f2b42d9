package dev.torus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.compiler.train.AdamW;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.Presets;
import dev.torus.artifact.TokenLayout;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training on the CPU through TensorFlow Java: it learns, a ring trains as one device does, and it resumes. */
class TrainerTest {
  @TempDir Path dir;

  static Trainer.Options options(int steps, int ring, Path out, Path resume) {
    return options(steps, ring, out, resume, 1);
  }

  static Trainer.Options options(int steps, int ring, Path out, Path resume, int fsdp) {
    AdamW adam = new AdamW(1e-2, 1e-3, 5, 50, 0.9, 0.95, 1e-8, 0.1, 1.0);
    return new Trainer.Options(steps, 4, 64, ring, TokenLayout.STRIPED, BlockSizes.uniform(16), adam, 7, null, out, resume,
        fsdp);
  }

  @Test
  void theTinyModelLearnsTheCopyTaskOnAnEmulatedRing() throws Exception {
    List<Trainer.Step> steps = Trainer.train(Presets.tiny(), null, options(50, 4, null, null), dir, s -> { });
    double first = steps.get(0).loss();
    double last = steps.subList(45, 50).stream().mapToDouble(Trainer.Step::loss).average().orElseThrow();
    assertTrue(last <= 0.5 * first, "loss " + first + " -> mean of the last five " + last);
  }

  @Test
  void aRingOfFourTrainsAsOneDeviceDoes() throws Exception {
    List<Trainer.Step> one = Trainer.train(Presets.tiny(), null, options(5, 1, null, null), dir.resolve("one"), s -> { });
    List<Trainer.Step> ring = Trainer.train(Presets.tiny(), null, options(5, 4, null, null), dir.resolve("ring"), s -> { });
    for (int k = 0; k < 5; k++) {
      assertEquals(one.get(k).loss(), ring.get(k).loss(), 1e-4 * one.get(k).loss(), "step " + (k + 1));
    }
  }

  @Test
  void aRingWithShardedWeightsTrainsAsOneDeviceDoes() throws Exception {
    List<Trainer.Step> one = Trainer.train(Presets.tiny(), null, options(5, 1, null, null), dir.resolve("one"), s -> { });
    List<Trainer.Step> fsdp = Trainer.train(Presets.tiny(), null, options(5, 4, null, null, 4), dir.resolve("fsdp"),
        s -> { });
    for (int k = 0; k < 5; k++) {
      assertEquals(one.get(k).loss(), fsdp.get(k).loss(), 1e-4 * one.get(k).loss(), "step " + (k + 1));
    }
  }

  @Test
  void aResumedRunContinuesTheSameLossCurve() throws Exception {
    List<Trainer.Step> straight = Trainer.train(Presets.tiny(), null, options(6, 1, null, null), dir.resolve("a"), s -> { });
    Path saved = dir.resolve("saved");
    Trainer.train(Presets.tiny(), null, options(3, 1, saved, null), dir.resolve("b"), s -> { });
    List<Trainer.Step> resumed = Trainer.train(Presets.tiny(), null, options(3, 1, null, saved), dir.resolve("c"), s -> { });
    for (int k = 0; k < 3; k++) {
      assertEquals(straight.get(3 + k).step(), resumed.get(k).step());
      assertEquals(straight.get(3 + k).loss(), resumed.get(k).loss(), 1e-6 * straight.get(3 + k).loss(),
          "step " + resumed.get(k).step());
    }
  }
}
