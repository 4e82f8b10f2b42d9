package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.Artifact;
import dev.torus.artifact.HostTensor;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.dsl.TokenLayout;
import dev.torus.examples.ModelRunner;
import dev.torus.examples.RandomCheckpoint;
import dev.torus.examples.RandomTensors;
import dev.torus.examples.codegen.BindingGenerator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typed bindings ({@code torus codegen}): the generated source for the tiny model is golden, it
 * compiles with javac, and the class it defines, loaded from the classpath, gives {@code torus run}'s
 * logits and refuses bad tokens with a message.
 */
class BindingTest {
  static final Path GOLDEN = Path.of("golden/bindings/TinyForward.java");
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
      Path classes = project.resolve("classes");
      Files.createDirectories(classes);
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      ByteArrayOutputStream errors = new ByteArrayOutputStream();
      int rc = javac.run(null, null, new PrintStream(errors, true, StandardCharsets.UTF_8), "-d", classes.toString(),
          "-cp",
          System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")), "-Xlint:all", "-Werror", source.toString());
      assertEquals(0, rc, errors.toString(StandardCharsets.UTF_8));

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
          String message = refusal(forward, b, new int[][] {Stream.generate(() -> 300).limit(16)
              .mapToInt(Integer::intValue).toArray()});
          assertTrue(message.contains("token id 300 at [0, 0] is outside the vocabulary 0..255"), message);
          message = refusal(forward, b, new int[][] {{1, 2, 3}});
          assertTrue(message.contains("row 0 has 3 tokens, expected 16"), message);
        }
      }
    }
  }

  private static String refusal(Method forward, Object binding, int[][] tokens) throws Exception {
    try {
      forward.invoke(binding, (Object) tokens);
    } catch (InvocationTargetException e) {
      assertTrue(e.getCause() instanceof IllegalArgumentException, String.valueOf(e.getCause()));
      return e.getCause().getMessage();
    }
    throw new AssertionError("forward accepted " + List.of(tokens));
  }
}
