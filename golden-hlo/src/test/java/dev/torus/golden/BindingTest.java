package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.Artifact;
import dev.torus.artifact.HostTensor;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.compiler.TrainCompiler;
import dev.torus.compiler.train.AdamW;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.GracefulStop;
import dev.torus.cli.ModelRunner;
import dev.torus.cli.RandomCheckpoint;
import dev.torus.cli.RandomTensors;
import dev.torus.cli.Trainer;
import dev.torus.cli.codegen.BindingGenerator;
import dev.torus.runtime.TfEngine;
import dev.torus.train.ByteBatches;
import dev.torus.train.BatchSource;
import dev.torus.train.StepMetrics;
import dev.torus.train.TokenFileType;
import dev.torus.train.TrainingSession;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typed bindings ({@code torus codegen}): the generated sources for the tiny model's forward pass and
 * train step are golden, they compile with javac, and the classes they define, loaded from the
 * classpath, give {@code torus run}'s logits and {@code torus train}'s losses, and refuse bad tokens
 * with a message.
 */
class BindingTest {
  static final Path GOLDEN = Path.of("golden/bindings/TinyForward.java");
  static final Path GOLDEN_TRAIN = Path.of("golden/bindings/TinyTrainStep.java");
  @TempDir Path dir;

  @Test
  void theGeneratedBindingIsGoldenCompilesAndReproducesTheRunnersLogits() throws Exception {
    ModelSpec model = Presets.tiny();
    for (int ring : new int[] {1, 2}) {
      RunShape shape = RunShape.ring(1, 16, BlockSizes.uniform(8), ring, TokenLayout.STRIPED, 1);
      Path artifactDir = dir.resolve("artifact" + ring);
      Artifact artifact = ForwardCompiler.compile(model, shape, false).write(artifactDir, true);
      Path project = dir.resolve("binding" + ring);
      String cls = ring == 1 ? "TinyForward" : "TinyRing2Forward";
      Path source = BindingGenerator.write(artifact, artifactDir, "com.acme.model", cls, project);
      if (ring == 1) {
        GoldenHlo.assertMatches(Files.readString(source), GOLDEN);
      }
      Path classes = javac(project, source);

      Path checkpoint = dir.resolve("checkpoint");
      if (!Files.exists(checkpoint)) {
        RandomCheckpoint.write(model, checkpoint, 7);
      }
      HostTensor tokens = RandomTensors.randomTokens(3, model.vocabSize(), 1, 16);
      HostTensor want = ModelRunner.run(model, checkpoint, tokens,
          new ModelRunner.Options(BlockSizes.uniform(8), ring, TokenLayout.STRIPED), dir.resolve("run" + ring)).logits();
      int[][] ids = {tokens.toInts()};
      try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL(),
          project.resolve("src/main/resources").toUri().toURL()}, getClass().getClassLoader())) {
        Class<?> binding = loader.loadClass("com.acme.model." + cls);
        try (AutoCloseable b = (AutoCloseable) binding.getMethod("fromClasspath", Path.class).invoke(null, checkpoint)) {
          Method forward = binding.getMethod("forward", int[][].class);
          float[][][] logits = (float[][][]) forward.invoke(b, (Object) ids);
          float[] flat = new float[16 * model.vocabSize()];
          for (int s = 0; s < 16; s++) {
            System.arraycopy(logits[0][s], 0, flat, s * model.vocabSize(), model.vocabSize());
          }
          assertArrayEquals(want.toFloats(), flat, "ring " + ring + ": the binding's logits differ from the runner's");
          // The weights stay in TensorFlow between calls; each call's tokens replace the last ones.
          int[][] other = {RandomTensors.randomTokens(4, model.vocabSize(), 1, 16).toInts()};
          float[][][] otherLogits = (float[][][]) forward.invoke(b, (Object) other);
          assertTrue(otherLogits[0][15][0] != logits[0][15][0], "other tokens gave the same logits");
          assertArrayEquals(logits[0][15], ((float[][][]) forward.invoke(b, (Object) ids))[0][15], "a third call");
          String message = refusal(forward, b, (Object) new int[][] {Stream.generate(() -> 300).limit(16)
              .mapToInt(Integer::intValue).toArray()});
          assertTrue(message.contains("token id 300 at [0, 0] is outside the vocabulary 0..255"), message);
          message = refusal(forward, b, (Object) new int[][] {{1, 2, 3}});
          assertTrue(message.contains("row 0 has 3 tokens, expected 16"), message);
        }
      }
    }
  }

  /**
   * The train-step binding: golden, compiles, and three steps through it give {@code torus train}'s
   * losses on the same batches; saved after two steps and loaded again, it continues with the third.
   */
  @Test
  void theTrainStepBindingTrainsAsTheTrainerDoesAndResumes() throws Exception {
    ModelSpec model = Presets.tiny();
    AdamW optimizer = AdamW.llamaDefaults(1e-2, 2, 20);
    Trainer.Options options = new Trainer.Options(3, 1, 16, 1, 1, 1, TokenLayout.CONTIGUOUS, BlockSizes.uniform(8),
        optimizer, 5, null, TokenFileType.UINT16, null, 0, 1, 0, null, null, Double.NaN);
    Path checkpoint = dir.resolve("checkpoint");
    RandomCheckpoint.write(model, checkpoint, 5);
    List<StepMetrics> want = Trainer.train(model, checkpoint, options, dir.resolve("trainer"), TfEngine::open, true,
        GracefulStop.never(), s -> {});

    RunShape shape = RunShape.of(1, 16, BlockSizes.uniform(8));
    Path artifactDir = dir.resolve("train-artifact");
    Artifact artifact = TrainCompiler.compile(model, shape, optimizer).write(artifactDir, true);
    Path project = dir.resolve("train-binding");
    Path source = BindingGenerator.write(artifact, artifactDir, "com.acme.model", "TinyTrainStep", project);
    GoldenHlo.assertMatches(Files.readString(source), GOLDEN_TRAIN);
    Path classes = javac(project, source);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL(),
        project.resolve("src/main/resources").toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> binding = loader.loadClass("com.acme.model.TinyTrainStep");
      Method fromClasspath = binding.getMethod("fromClasspath", Path.class);
      Method trainStep = binding.getMethod("trainStep", int[][].class, int[][].class);
      Path saved;
      try (AutoCloseable b = (AutoCloseable) fromClasspath.invoke(null, checkpoint)) {
        for (int k = 1; k <= 2; k++) {
          TrainingSession.Step step = step(trainStep, b, options, k);
          assertEquals(k, step.step());
          assertEquals(want.get(k - 1).loss(), step.loss(), "step " + k + ": the binding's loss differs from the trainer's");
          assertEquals(want.get(k - 1).gradNorm(), step.gradNorm(), "step " + k);
        }
        saved = (Path) binding.getMethod("save", Path.class).invoke(b, dir.resolve("saved"));
        String message = refusal(trainStep, b, new int[][] {new int[16]}, new int[][] {new int[15]});
        assertTrue(message.contains("TinyTrainStep.trainStep: targets: row 0 has 15 tokens, expected 16"), message);
      }
      try (AutoCloseable resumed = (AutoCloseable) fromClasspath.invoke(null, saved)) {
        assertEquals(3, binding.getMethod("nextStep").invoke(resumed));
        assertEquals(want.get(2).loss(), step(trainStep, resumed, options, 3).loss(), "the resumed third step");
      }
      // A checkpoint without the weights fails the constructor, which closes the engine it opened.
      long live = Pointer.totalCount();
      Path empty = Files.createDirectories(dir.resolve("empty-checkpoint"));
      Files.writeString(empty.resolve("config.json"), Files.readString(checkpoint.resolve("config.json")));
      InvocationTargetException failed = assertThrows(InvocationTargetException.class,
          () -> fromClasspath.invoke(null, empty));
      assertTrue(String.valueOf(failed.getCause().getMessage()).contains(empty.toString()), String.valueOf(failed.getCause()));
      assertEquals(live, Pointer.totalCount(), "native objects left behind by the failed constructor");
    }
  }

  /**
   * One forward binding called from 8 threads at once: each thread's logits equal the
   * single-threaded logits for its tokens exactly; closed while calls are in flight, every thread's
   * next call is refused as closed.
   */
  @Test
  void eightThreadsCallOneForwardBindingAndEachGetsItsOwnLogits() throws Exception {
    ModelSpec model = Presets.tiny();
    RunShape shape = RunShape.ring(1, 16, BlockSizes.uniform(8), 1, TokenLayout.STRIPED, 1);
    Path artifactDir = dir.resolve("artifact");
    Artifact artifact = ForwardCompiler.compile(model, shape, false).write(artifactDir, true);
    Path project = dir.resolve("binding");
    Path classes = javac(project, BindingGenerator.write(artifact, artifactDir, "com.acme.model", "TinyForward", project));
    Path checkpoint = dir.resolve("checkpoint");
    RandomCheckpoint.write(model, checkpoint, 7);
    int threads = 8;
    int calls = 4;
    int[][][][] tokens = new int[threads][calls][][];
    for (int t = 0; t < threads; t++) {
      for (int k = 0; k < calls; k++) {
        tokens[t][k] = new int[][] {RandomTensors.randomTokens(100 + t * calls + k, model.vocabSize(), 1, 16).toInts()};
      }
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> binding = loader.loadClass("com.acme.model.TinyForward");
      Method forward = binding.getMethod("forward", int[][].class);
      AutoCloseable b = (AutoCloseable) binding.getMethod("load", Path.class, Path.class).invoke(null, artifactDir, checkpoint);
      float[][][][][] want = new float[threads][calls][][][];
      forward.invoke(b, (Object) tokens[0][0]); // XLA compiles the program on the first call
      long t0 = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        for (int k = 0; k < calls; k++) {
          want[t][k] = (float[][][]) forward.invoke(b, (Object) tokens[t][k]);
        }
      }
      long t1 = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          for (int k = 0; k < calls; k++) {
            float[][][] got = (float[][][]) forward.invoke(b, (Object) tokens[thread][k]);
            for (int s = 0; s < 16; s++) {
              assertArrayEquals(want[thread][k][0][s], got[0][s], "thread " + thread + ", call " + k + ", position " + s);
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      long t2 = System.nanoTime();
      System.out.printf("BindingTest: %d forward calls on one thread %d ms, on %d threads %d ms%n", threads * calls,
          (t1 - t0) / 1_000_000, threads, (t2 - t1) / 1_000_000);

      CountDownLatch running = new CountDownLatch(threads);
      List<Future<String>> refusals = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        refusals.add(pool.submit(() -> {
          running.countDown();
          while (true) {
            try {
              forward.invoke(b, (Object) tokens[thread][0]);
            } catch (InvocationTargetException e) {
              assertTrue(e.getCause() instanceof IllegalStateException, String.valueOf(e.getCause()));
              return e.getCause().getMessage();
            }
          }
        }));
      }
      running.await();
      Thread.sleep(50);
      b.close();
      for (Future<String> refusal : refusals) {
        assertEquals("artifact tiny_forward is closed", refusal.get());
      }
      pool.shutdown();
    }
  }

  private static TrainingSession.Step step(Method trainStep, Object binding, Trainer.Options options, int k)
      throws Exception {
    BatchSource.Batch batch = ByteBatches.copyTask(options.seq(), options.seed()).rows(k, 0, 1);
    return (TrainingSession.Step) trainStep.invoke(binding, new int[][] {batch.tokens()}, new int[][] {batch.targets()});
  }

  /** Compiles {@code source} with javac -Xlint:all -Werror into project/classes. */
  private static Path javac(Path project, Path source) throws Exception {
    Path classes = project.resolve("classes");
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int rc = javac.run(null, null, new PrintStream(errors, true, StandardCharsets.UTF_8), "-d", classes.toString(),
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")), "-Xlint:all",
        "-Werror", source.toString());
    assertEquals(0, rc, errors.toString(StandardCharsets.UTF_8));
    return classes;
  }

  private static String refusal(Method method, Object binding, Object... args) throws Exception {
    try {
      method.invoke(binding, args);
    } catch (InvocationTargetException e) {
      assertTrue(e.getCause() instanceof IllegalArgumentException, String.valueOf(e.getCause()));
      return e.getCause().getMessage();
    }
    throw new AssertionError(method.getName() + " accepted " + List.of(args));
  }
}
