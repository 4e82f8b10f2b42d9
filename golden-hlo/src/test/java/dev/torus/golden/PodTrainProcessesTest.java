package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.cli.Trainer;
import dev.torus.dsl.Presets;
import dev.torus.harness.XlaHarness;
import dev.torus.train.MetricsLog;
import dev.torus.train.StepMetrics;
import dev.torus.train.ShardedCheckpoint;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code torus pod-train} as a pod runs it: two OS processes of two virtual CPU devices each (ring 2
 * x dp 2) on a token file. When one process is killed (kill -9), the other stops within 60 s with a
 * non-zero exit and a message naming the dead process, whether it was process 1 or process 0 (the
 * coordinator); the killed process's engine does not outlive it; and the run resumes from a
 * checkpoint it took, giving the losses the run had before the kill bit for bit. When only one
 * process gets SIGTERM, both stop after the same step with one checkpoint and exit 143.
 */
class PodTrainProcessesTest {
  private static final Duration STOPS_WITHIN = Duration.ofSeconds(60);
  private static final Duration STARTS_WITHIN = Duration.ofMinutes(4);

  @TempDir Path dir;

  @Test
  void whenProcessOneDiesProcessZeroStopsNamingItAndTheRunResumesBitIdentically() throws Exception {
    HarnessAssumptions.requireOrSkip(XlaHarness.locate());
    Path run = dir.resolve("run");
    List<TorusProcess> pod = startPod(run, "fault", List.of("--steps", "60", "--save-every", "2"));
    try {
      assertTrue(pod.get(0).await(() -> TorusProcess.lines(run.resolve(Trainer.METRICS)) >= 5, STARTS_WITHIN),
          "5 steps logged: " + pod.get(0).err() + pod.get(1).err());
      killAndExpectTheOtherToName(pod, 1);
    } finally {
      pod.forEach(TorusProcess::close);
    }

    // Resume from the checkpoint after step 2, on the same two processes: steps 3..5 as before the kill.
    Path resumed = dir.resolve("resumed");
    List<TorusProcess> again = startPod(resumed, "resume", List.of("--steps", "3", "--resume",
        run.resolve("checkpoints/step-00000002").toString()));
    try {
      for (TorusProcess p : again) {
        assertEquals(0, p.exitCode(STARTS_WITHIN), p.name() + ": " + p.err());
      }
    } finally {
      again.forEach(TorusProcess::close);
    }
    List<StepMetrics> before = MetricsLog.read(run.resolve(Trainer.METRICS));
    List<StepMetrics> after = MetricsLog.read(resumed.resolve(Trainer.METRICS));
    assertEquals(3, after.size());
    for (int k = 0; k < 3; k++) {
      assertEquals(before.get(2 + k).step(), after.get(k).step());
      assertEquals(before.get(2 + k).loss(), after.get(k).loss(), 0, "step " + (3 + k) + ": resumed vs before the kill");
      assertEquals(before.get(2 + k).gradNorm(), after.get(k).gradNorm(), 0, "step " + (3 + k));
    }
    System.out.printf("[pod-train processes] 2 x 2 devices: resumed at step 3, losses %.6f %.6f %.6f as before the kill%n",
        after.get(0).loss(), after.get(1).loss(), after.get(2).loss());
  }

  @Test
  void whenTheCoordinatorDiesTheOtherProcessStopsNamingIt() throws Exception {
    HarnessAssumptions.requireOrSkip(XlaHarness.locate());
    Path run = dir.resolve("run");
    List<TorusProcess> pod = startPod(run, "fault", List.of("--steps", "60"));
    try {
      assertTrue(pod.get(0).await(() -> TorusProcess.lines(run.resolve(Trainer.METRICS)) >= 2, STARTS_WITHIN),
          "2 steps logged: " + pod.get(0).err() + pod.get(1).err());
      killAndExpectTheOtherToName(pod, 0);
    } finally {
      pod.forEach(TorusProcess::close);
    }
  }

  @Test
  void whenOnlyProcessOneGetsSigtermBothStopAfterTheSameStepWithOneCheckpoint() throws Exception {
    HarnessAssumptions.requireOrSkip(XlaHarness.locate());
    Path run = dir.resolve("run");
    List<TorusProcess> pod = startPod(run, "stop", List.of("--steps", "60"));
    int[] codes = new int[2];
    try {
      assertTrue(pod.get(0).await(() -> TorusProcess.lines(run.resolve(Trainer.METRICS)) >= 3, STARTS_WITHIN),
          "3 steps logged: " + pod.get(0).err() + pod.get(1).err());
      pod.get(1).signal("TERM");
      for (int id = 0; id < 2; id++) {
        codes[id] = pod.get(id).exitCode(STOPS_WITHIN);
      }
      for (int id = 0; id < 2; id++) {
        assertEquals(143, codes[id], "process " + id + " (SIGTERM to process 1 only): " + pod.get(id).err());
      }
    } finally {
      pod.forEach(TorusProcess::close);
    }
    List<StepMetrics> logged = MetricsLog.read(run.resolve(Trainer.METRICS));
    int stopped = logged.get(logged.size() - 1).step();
    assertTrue(stopped < 60, "stopped early, after step " + stopped);
    List<String> checkpoints;
    try (Stream<Path> dirs = Files.list(run.resolve(Trainer.CHECKPOINTS))) {
      checkpoints = dirs.map(d -> d.getFileName().toString()).sorted().toList();
    }
    assertEquals(List.of(ShardedCheckpoint.dirName(stopped)), checkpoints, "one complete checkpoint, at the last step");
    assertEquals(stopped + 1, ShardedCheckpoint.trainerJson(run.resolve(Trainer.CHECKPOINTS).resolve(checkpoints.get(0)))
        .path("nextStep").asInt());
    assertTrue(pod.get(0).err().contains("stopping with it after step " + stopped), "process 0 stops with process 1"
        + " after step " + stopped + ": " + pod.get(0).err());
    assertTrue(pod.get(1).err().contains("every process of this run stops after step " + stopped), "process 1, which"
        + " got the signal, agreed on step " + stopped + ": " + pod.get(1).err());

    Path resumed = dir.resolve("resumed");
    List<TorusProcess> again = startPod(resumed, "resume", List.of("--steps", "2", "--resume", run.toString()));
    try {
      for (TorusProcess p : again) {
        assertEquals(0, p.exitCode(STARTS_WITHIN), p.name() + ": " + p.err());
      }
    } finally {
      again.forEach(TorusProcess::close);
    }
    List<StepMetrics> after = MetricsLog.read(resumed.resolve(Trainer.METRICS));
    assertEquals(List.of(stopped + 1, stopped + 2), after.stream().map(StepMetrics::step).toList());
    System.out.printf("[pod-train processes] SIGTERM to process 1 only: both exited %d/%d after step %d, checkpoint %s;"
        + " resumed to step %d%n", codes[0], codes[1], stopped, checkpoints.get(0), stopped + 2);
  }

  /** kill -9 process {@code victim}'s JVM; the other must exit non-zero within 60 s naming it. */
  private static void killAndExpectTheOtherToName(List<TorusProcess> pod, int victim) throws Exception {
    TorusProcess dead = pod.get(victim);
    TorusProcess survivor = pod.get(1 - victim);
    List<ProcessHandle> engine = dead.children();
    assertTrue(!engine.isEmpty(), "process " + victim + " runs its JAX engine");
    List<Path> staging = engine.stream().flatMap(h -> stagingDirectory(h).stream()).toList();
    assertTrue(!staging.isEmpty() && staging.stream().allMatch(Files::isDirectory),
        "the engine names its staging directory (--work-dir): " + staging);
    long t0 = System.nanoTime();
    dead.signal("KILL");
    int code = survivor.exitCode(STOPS_WITHIN);
    double seconds = (System.nanoTime() - t0) / 1e9;
    String err = survivor.err();
    assertNotEquals(-1, code, "process " + (1 - victim) + " still runs 60 s after process " + victim + " died:\n" + err);
    assertNotEquals(0, code, err);
    String firstLine = err.lines().filter(l -> l.startsWith("torus pod-train:")).findFirst().orElse(err);
    assertTrue(firstLine.contains("process " + victim + " stopped"), "the message names process " + victim + ": " + err);
    for (int wait = 0; wait < 50 && engine.stream().anyMatch(ProcessHandle::isAlive); wait++) {
      Thread.sleep(200);
    }
    assertTrue(engine.stream().noneMatch(ProcessHandle::isAlive), "the killed process's engine ended with it");
    assertTrue(staging.stream().noneMatch(Files::exists),
        "the killed process's engine removed its staging directory in /dev/shm: " + staging);
    System.out.printf("[pod-train processes] process %d killed: process %d exited %d after %.1f s: %s%n", victim,
        1 - victim, code, seconds, firstLine);
  }

  /** The directory after {@code --work-dir} on an engine's command line. */
  private static Optional<Path> stagingDirectory(ProcessHandle engine) {
    List<String> args = List.of(engine.info().arguments().orElse(new String[0]));
    int at = args.indexOf("--work-dir");
    return at >= 0 && at + 1 < args.size() ? Optional.of(Path.of(args.get(at + 1)))
        : Optional.empty();
  }

  /** Two pod-train processes of 2 virtual CPU devices each, on a token file, writing to {@code out}. */
  private List<TorusProcess> startPod(Path out, String name, List<String> more) throws IOException {
    Path tokens = dir.resolve("tokens.npy");
    if (!tokens.toFile().exists()) {
      Random random = new Random(7);
      int[] ids = new int[8192];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = random.nextInt(Presets.tiny().vocabSize());
      }
      Npy.write(tokens, HostTensor.ofInts(ids, ids.length));
    }
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    List<TorusProcess> pod = new ArrayList<>();
    for (int id = 0; id < 2; id++) {
      List<String> args = new ArrayList<>(List.of("pod-train", "--model", "tiny", "--seq", "32", "--batch", "2",
          "--ring", "2", "--dp", "2", "--block", "8", "--data", tokens.toString(), "--decay-steps", "60", "--heartbeat",
          "10", "--out", out.toString(), "--coordinator", "localhost:" + port, "--num-processes", "2", "--process-id",
          Integer.toString(id)));
      args.addAll(more);
      pod.add(TorusProcess.start(dir.resolve(name + "-" + id), "pod-train", args));
    }
    return pod;
  }
}
