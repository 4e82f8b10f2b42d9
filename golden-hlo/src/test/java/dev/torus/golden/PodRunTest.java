package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.cli.ModelRunner;
import dev.torus.cli.RandomCheckpoint;
import dev.torus.cli.RandomTensors;
import dev.torus.cli.TorusCli;
import dev.torus.harness.XlaHarness;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code torus pod-run}: an artifact's SPMD program run through JAX's PJRT client on virtual CPU
 * devices, its inputs split per the manifest, gives the single-device runner's logits (a ring of 4
 * striped; a 2 x 2 mesh of data-parallel rings with FSDP weights), also as two processes of two
 * devices each (the multi-host path).
 */
class PodRunTest {
  /** Tolerance (docs/ARCHITECTURE.md, "Fixed interfaces"): the SPMD program on N devices vs one device, f32. */
  static final double TOLERANCE = 1e-5;
  @TempDir Path dir;

  @Test
  void theSpmdProgramThroughJaxGivesTheRunnersLogits() throws Exception {
    HarnessAssumptions.requireOrSkip(XlaHarness.locate());
    ModelSpec model = Presets.tiny();
    Path checkpoint = dir.resolve("checkpoint");
    RandomCheckpoint.write(model, checkpoint, 11);
    record Case(String id, int batch, List<String> options) {}
    for (Case c : List.of(new Case("ring4", 1, List.of("--ring", "4", "--layout", "striped")),
        new Case("dp2_ring2_fsdp", 2, List.of("--batch", "2", "--dp", "2", "--ring", "2", "--fsdp", "2",
            "--layout", "striped")))) {
      Path art = dir.resolve(c.id());
      List<String> compile = new ArrayList<>(List.of("compile", "--model", "tiny", "--seq", "64",
          "--block-q", "8", "--block-kv", "8", "--chunk", "8", "--out", art.toString()));
      compile.addAll(c.options());
      assertEquals(0, torus(compile).code(), c.id());
      HostTensor tokens = RandomTensors.randomTokens(5, model.vocabSize(), c.batch(), 64);
      Path ids = dir.resolve(c.id() + ".ids.npy");
      Npy.write(ids, tokens);
      Path out = dir.resolve(c.id() + ".logits.npy");
      Result r = torus(List.of("pod-run", art.toString(), "--weights", checkpoint.toString(), "--tokens-file",
          ids.toString(), "--out", out.toString()));
      assertEquals(0, r.code(), r.err());
      HostTensor got = Npy.read(out);
      HostTensor want = ModelRunner.run(model, checkpoint, tokens, BlockSizes.uniform(8), dir.resolve(c.id() + ".run"))
          .logits();
      assertArrayEquals(want.shape().toArray(), got.shape().toArray(), c.id());
      double relative = Differences.maxRelative(want.toFloats(), got.toFloats());
      System.out.printf("[pod-run] %s: max |pod-run - run| / max |run| = %.2e%n", c.id(), relative);
      assertTrue(relative <= TOLERANCE, c.id() + ": " + relative);
    }
    // Multi-host on one machine: two processes of 2 virtual CPU devices each run the ring of 4, its
    // collective-permutes crossing processes (gloo); each gets every device's logits back.
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    HostTensor tokens = Npy.read(dir.resolve("ring4.ids.npy"));
    HostTensor want = ModelRunner.run(model, checkpoint, tokens, BlockSizes.uniform(8), dir.resolve("mp.run")).logits();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Result>> processes = new ArrayList<>();
      for (int id = 0; id < 2; id++) {
        List<String> argv = List.of("pod-run", dir.resolve("ring4").toString(), "--weights", checkpoint.toString(),
            "--tokens-file", dir.resolve("ring4.ids.npy").toString(), "--out", dir.resolve("mp" + id + ".npy").toString(),
            "--coordinator", "localhost:" + port, "--num-processes", "2", "--process-id", Integer.toString(id));
        processes.add(pool.submit(() -> torus(argv)));
      }
      for (int id = 0; id < 2; id++) {
        Result r = processes.get(id).get(5, TimeUnit.MINUTES);
        assertEquals(0, r.code(), "process " + id + ": " + r.err());
        double relative = Differences.maxRelative(want.toFloats(), Npy.read(dir.resolve("mp" + id + ".npy")).toFloats());
        System.out.printf("[pod-run] ring4 as process %d of 2: max |pod-run - run| / max |run| = %.2e%n", id, relative);
        assertTrue(relative <= TOLERANCE, "process " + id + ": " + relative);
      }
    } finally {
      pool.shutdownNow();
    }
    Result half = torus(List.of("pod-run", dir.resolve("ring4").toString(), "--weights", checkpoint.toString(),
        "--tokens-file", dir.resolve("ring4.ids.npy").toString(), "--out", dir.resolve("x.npy").toString(),
        "--num-processes", "2"));
    assertEquals(2, half.code());
    assertTrue(half.err().contains("--coordinator is required"), half.err());

    Result wrong = torus(List.of("pod-run", dir.resolve("ring4").toString(), "--weights", checkpoint.toString(),
        "--tokens-file", dir.resolve("dp2_ring2_fsdp.ids.npy").toString(), "--out", dir.resolve("x.npy").toString()));
    assertEquals(2, wrong.code());
    assertTrue(wrong.err().contains("--tokens-file holds s32[2,64] but the artifact takes tokens [1, 64]"), wrong.err());
  }

  record Result(int code, String err) {}

  private static Result torus(List<String> args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = TorusCli.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, err.toString(StandardCharsets.UTF_8));
  }
}
