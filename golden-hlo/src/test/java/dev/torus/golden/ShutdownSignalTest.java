package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.cli.RandomCheckpoint;
import dev.torus.cli.TorusCli;
import dev.torus.cli.Trainer;
import dev.torus.dsl.Presets;
import dev.torus.harness.XlaHarness;
import dev.torus.train.MetricsLog;
import dev.torus.train.ShardedCheckpoint;
import dev.torus.train.StepMetrics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one shutdown path ({@code GracefulStop}) as a user meets it, each command its own JVM:
 * SIGTERM or Ctrl-C during {@code train} or {@code pod-train} stops after the step in flight, saves
 * a checkpoint that {@code --resume} continues from and exits with the signal's code (143, 130);
 * SIGTERM at any point of {@code run} (starting, compiling, loading, running) exits 143 or 0, never
 * with a JVM crash, a crash report or temporary files left behind.
 */
class ShutdownSignalTest {
  private static final Duration WITHIN = Duration.ofSeconds(120);

  @TempDir Path dir;

  @Test
  void sigtermDuringTrainSavesACheckpointThatResumeContinues() throws Exception {
    Path out = dir.resolve("train");
    TorusProcess train = TorusProcess.start(dir.resolve("p"), "train", List.of("train", "--model", "tiny", "--seq", "32",
        "--batch", "2", "--steps", "500", "--out", out.toString()));
    try {
      assertTrue(train.await(() -> TorusProcess.lines(out.resolve(Trainer.METRICS)) >= 3, WITHIN), train.err());
      train.signal("TERM");
      assertEquals(143, train.exitCode(WITHIN), train.err());
      assertStoppedCleanly(train, out, "stopped by a signal after a checkpoint");
    } finally {
      train.close();
    }
    int stopped = MetricsLog.read(out.resolve(Trainer.METRICS)).size();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = TorusCli.run(List.of("train", "--model", "tiny", "--seq", "32", "--batch", "2", "--steps", "2", "--resume",
        out.toString(), "--out", out.toString()), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    List<StepMetrics> all = MetricsLog.read(out.resolve(Trainer.METRICS));
    assertEquals(stopped + 2, all.get(all.size() - 1).step(), "the resumed run continues after step " + stopped);
    System.out.printf("[shutdown] train: SIGTERM after step %d -> exit 143, checkpoint step-%08d; resumed to step %d%n",
        stopped, stopped, all.get(all.size() - 1).step());
  }

  @Test
  void ctrlCDuringPodTrainSavesACheckpoint() throws Exception {
    HarnessAssumptions.requireOrSkip(XlaHarness.locate());
    Path out = dir.resolve("pod");
    TorusProcess pod = TorusProcess.start(dir.resolve("p"), "pod-train", List.of("pod-train", "--model", "tiny", "--seq",
        "32", "--batch", "2", "--ring", "2", "--block", "8", "--steps", "500", "--out", out.toString()));
    try {
      assertTrue(pod.await(() -> TorusProcess.lines(out.resolve(Trainer.METRICS)) >= 3, WITHIN), pod.err());
      List<ProcessHandle> engine = pod.children();
      pod.signal("INT");
      assertEquals(130, pod.exitCode(WITHIN), pod.err());
      assertStoppedCleanly(pod, out, "stopped by a signal after a checkpoint");
      assertTrue(engine.stream().noneMatch(ProcessHandle::isAlive), "the JAX engine ended with pod-train");
    } finally {
      pod.close();
    }
  }

  @Test
  void sigtermAtAnyPointOfRunExitsCleanly() throws Exception {
    Path model = dir.resolve("model");
    RandomCheckpoint.write(Presets.tiny(), model, 1);
    Path tokens = dir.resolve("tokens.npy");
    Npy.write(tokens, HostTensor.ofInts(new int[64], 1, 64));
    List<String> args = List.of("run", "--model", model.toString(), "--tokens-file", tokens.toString(), "--out", "logits.npy");
    long t0 = System.nanoTime();
    try (TorusProcess whole = TorusProcess.start(dir.resolve("whole"), "run", args)) {
      assertEquals(0, whole.exitCode(WITHIN), whole.err());
    }
    long wholeMillis = (System.nanoTime() - t0) / 1_000_000;
    Random random = new Random(16);
    List<String> codes = new ArrayList<>();
    for (int trial = 0; trial < 20; trial++) {
      long delay = random.nextLong(wholeMillis);
      Path trialDir = dir.resolve("trial-" + trial);
      try (TorusProcess run = TorusProcess.start(trialDir, "run", args)) {
        Thread.sleep(delay);
        run.signal("TERM");
        int code = run.exitCode(WITHIN);
        String where = "trial " + trial + ", SIGTERM after " + delay + " ms: ";
        assertTrue(code == 143 || code == 0, where + "exit " + code + "\n" + run.err());
        assertEquals(List.of(), run.leftovers(), where + "crash reports or temporary files\n" + run.err());
        assertTrue(!run.err().contains("SIGSEGV") && !run.err().contains("fatal error"), where + run.err());
        Path logits = trialDir.resolve("logits.npy");
        if (Files.exists(logits)) {
          assertEquals(List.of(1L, 64L, (long) Presets.tiny().vocabSize()), Npy.read(logits).shape(), where);
        }
        codes.add(delay + " ms: " + code);
      }
    }
    System.out.printf("[shutdown] run (%d ms whole): 20 SIGTERMs -> %s%n", wholeMillis, codes);
  }

  private static void assertStoppedCleanly(TorusProcess p, Path out, String note) throws Exception {
    int steps = MetricsLog.read(out.resolve(Trainer.METRICS)).size();
    Path checkpoint = ShardedCheckpoint.latest(out.resolve(Trainer.CHECKPOINTS)).orElseThrow();
    assertEquals(ShardedCheckpoint.dirName(steps), checkpoint.getFileName().toString(), "checkpoint after the last step");
    assertTrue(p.out().contains(note), p.out());
    assertEquals(List.of(), p.leftovers(), "crash reports or temporary files");
  }
}
