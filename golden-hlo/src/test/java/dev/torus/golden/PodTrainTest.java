package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.Artifact;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.GracefulStop;
import dev.torus.cli.Trainer;
import dev.torus.cli.TorusCli;
import dev.torus.compiler.train.AdamW;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.harness.JaxEngine;
import dev.torus.harness.XlaHarness;
import dev.torus.runtime.TfEngine;
import dev.torus.train.MetricsLog;
import dev.torus.train.StepMetrics;
import dev.torus.train.TokenFileType;
import dev.torus.train.TrainingSession;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code torus pod-train}: the train step's SPMD program on 8 virtual CPU devices through the JAX
 * engine (ring 4 x dp 2, FSDP 4), state resident and donated, gives {@code torus train --emulate}'s
 * losses; two processes of four devices give one process's; a resumed run continues bit-identically
 * on another number of processes; the checkpoint becomes a Hugging Face directory that {@code run} loads.
 */
class PodTrainTest {
  @TempDir Path dir;

  static Trainer.Options options(int steps, Path out, Path resume) {
    AdamW adam = new AdamW(1e-2, 1e-3, 5, 20, 0.9, 0.95, 1e-8, 0.1, 1.0);
    return new Trainer.Options(steps, 2, 64, 4, 2, 4, TokenLayout.STRIPED, BlockSizes.uniform(8), adam, 3, null,
        TokenFileType.UINT16, null, 0, 1, 0, out, resume, Double.NaN);
  }

  /**
   * A second small model beside the tiny one: multi-head (the tiny model groups its queries), three
   * layers, another width, vocabulary and RoPE base.
   */
  static ModelSpec otherSmallModel() {
    return Presets.llama("small-mha", 320, 96, 3, 6, 6, 256, 1e-5, 500000).build();
  }

  @Test
  void podTrainOnEightDevicesGivesTheEmulatedLossesWithTheStateDonated() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    for (ModelSpec model : List.of(Presets.tiny(), otherSmallModel())) {
      Path work = dir.resolve(model.name());
      List<StepMetrics> emulated = Trainer.train(model, null, options(20, null, null), work.resolve("tf"),
          TfEngine::open, true, GracefulStop.never(), s -> { });
      List<StepMetrics> pod = Trainer.train(model, null, options(20, null, null), work.resolve("jax"),
          a -> JaxEngine.start(harness, a, JaxEngine.Options.cpu()), false, GracefulStop.never(), s -> { });
      for (int k = 0; k < 20; k++) {
        double limit = k == 0 ? 1e-5 : 1e-4;
        double relative = Math.abs(pod.get(k).loss() - emulated.get(k).loss()) / Math.abs(emulated.get(k).loss());
        assertTrue(relative <= limit, model.name() + ", step " + (k + 1) + ": pod-train " + pod.get(k).loss()
            + ", train --emulate " + emulated.get(k).loss());
      }
      System.out.printf("[pod-train] %s, 20 steps on 8 devices: loss %.4f -> %.4f, equal to the emulation's%n",
          model.name(), pod.get(0).loss(), pod.get(19).loss());
      assertTrue(pod.get(19).loss() < pod.get(0).loss(), model.name() + ": the loss falls");
    }

    // The step's outputs alias its inputs: XLA's compiled memory statistics count the state once.
    Artifact artifact = Trainer.compile(Presets.tiny(), options(1, null, null), dir.resolve("donation"), false);
    try (JaxEngine engine = JaxEngine.start(harness, artifact, JaxEngine.Options.cpu());
        TrainingSession session = TrainingSession.start(engine, randomCheckpoint())) {
      long donatedPerDevice = artifact.manifest().entryPoint("main").donatedBytes();
      Map<String, Long> memory = session.memory();
      System.out.printf("[pod-train] compiled step per device: arguments %d B, aliased by outputs %d B, donated by"
          + " the manifest %d B%n", memory.get("argument_size_in_bytes"), memory.get("alias_size_in_bytes"),
          donatedPerDevice);
      assertEquals(donatedPerDevice, memory.get("alias_size_in_bytes"), "every donated byte is aliased: " + memory);
      var data = dev.torus.train.ByteBatches.copyTask(64, 1);
      for (int k = 0; k < 5; k++) {
        session.step(data);
      }
      Map<String, Long> before = engine.memory();
      for (int k = 0; k < 100; k++) {
        session.step(data);
      }
      Map<String, Long> after = engine.memory();
      System.out.printf("[pod-train] after 5 and 105 steps: live device bytes %d, %d; engine RSS %d, %d B%n",
          before.get("liveDeviceBytes"), after.get("liveDeviceBytes"), before.get("processRssBytes"), after.get("processRssBytes"));
      assertEquals(before.get("liveDeviceBytes"), after.get("liveDeviceBytes"), "live device bytes after 5 and 105 steps");
      assertTrue(after.get("processRssBytes") - before.get("processRssBytes") < 16 << 20, "the engine's resident set grew over 100"
          + " steps: " + before + " -> " + after);
    }
  }

  @Test
  void twoProcessesTrainAsOneAndAResumedRunContinuesExactly() throws Exception {
    HarnessAssumptions.requireOrSkip(XlaHarness.locate());
    List<String> common = List.of("--model", "tiny", "--seq", "64", "--batch", "2", "--ring", "4", "--dp", "2",
        "--fsdp", "4", "--block", "8", "--lr", "1e-2", "--decay-steps", "12", "--seed", "3");
    Path straight = dir.resolve("straight");
    assertEquals(0, torus(args(common, "--steps", "12", "--save-every", "6", "--out", straight.toString())).code());
    Path resumed = dir.resolve("resumed");
    assertEquals(0, torus(args(common, "--steps", "6", "--resume", straight.resolve("checkpoints/step-00000006").toString(),
        "--out", resumed.toString())).code());
    List<StepMetrics> continued = MetricsLog.read(resumed.resolve(Trainer.METRICS));
    List<StepMetrics> through = MetricsLog.read(straight.resolve(Trainer.METRICS));
    for (int k = 0; k < 6; k++) {
      assertEquals(through.get(6 + k).step(), continued.get(k).step());
      assertEquals(through.get(6 + k).loss(), continued.get(k).loss(), 0, "step " + (7 + k) + ": resumed vs straight through");
      assertEquals(through.get(6 + k).gradNorm(), continued.get(k).gradNorm(), 0, "step " + (7 + k));
    }
    Path two = dir.resolve("two");
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Result>> processes = new ArrayList<>();
      for (int id = 0; id < 2; id++) {
        List<String> argv = args(common, "--steps", "6", "--save-every", "3", "--out", two.toString(),
            "--coordinator", "localhost:" + port, "--num-processes", "2", "--process-id", Integer.toString(id));
        processes.add(pool.submit(() -> torus(argv)));
      }
      for (int id = 0; id < 2; id++) {
        Result r = processes.get(id).get(5, TimeUnit.MINUTES);
        assertEquals(0, r.code(), "process " + id + ": " + r.err());
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(Files.isDirectory(two.resolve("checkpoints/step-00000003")));
    assertEquals(0, torus(args(common, "--steps", "6", "--resume", two.toString(), "--out", two.toString())).code());
    List<StepMetrics> want = MetricsLog.read(straight.resolve(Trainer.METRICS));
    List<StepMetrics> got = MetricsLog.read(two.resolve(Trainer.METRICS));
    assertEquals(12, got.size());
    for (int k = 0; k < 12; k++) {
      assertEquals(want.get(k).step(), got.get(k).step());
      // Two processes sum over gloo in another order than one process does: equal to rounding.
      assertEquals(want.get(k).loss(), got.get(k).loss(), 1e-6 * want.get(k).loss(),
          "step " + (k + 1) + (k < 6 ? " (2 processes x 4 devices vs 1 x 8)" : " (resumed at step 7 on one process)"));
    }
    assertTrue(Files.isRegularFile(two.resolve(Trainer.LOSS_CURVE)));

    Path hf = dir.resolve("hf");
    assertEquals(0, torus(List.of("checkpoint-to-hf", two.toString(), "--out", hf.toString())).code());
    Path tokens = dir.resolve("tokens.npy");
    dev.torus.artifact.Npy.write(tokens, dev.torus.artifact.HostTensor.ofInts(new int[64], 1, 64));
    Result run = torus(List.of("run", "--model", hf.toString(), "--tokens-file", tokens.toString(), "--out",
        dir.resolve("logits.npy").toString()));
    assertEquals(0, run.code(), run.err());
  }

  private Path randomCheckpoint() throws Exception {
    Path init = dir.resolve("init");
    dev.torus.cli.RandomCheckpoint.write(Presets.tiny(), init, 1);
    return init;
  }

  private static List<String> args(List<String> common, String... more) {
    List<String> all = new ArrayList<>(List.of("pod-train"));
    all.addAll(common);
    all.addAll(List.of(more));
    return all;
  }

  record Result(int code, String err) {}

  private static Result torus(List<String> args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = TorusCli.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, err.toString(StandardCharsets.UTF_8));
  }
}
