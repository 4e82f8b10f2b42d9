package dev.torus.cli.bench;

import dev.torus.artifact.Role;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.artifact.TensorSpec;
import dev.torus.hf.Checkpoint;
import dev.torus.hf.CheckpointWeights;
import dev.torus.runtime.LoadedProgram;
import dev.torus.runtime.TorusRuntime;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Constant;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * The Java sides of the serving benchmark (bench/serve_cpu.py), in the layout of bench/serve_side.py:
 * {@code runtime ARTIFACT CHECKPOINT TOKENS RUNS} runs a one-device forward artifact through Torus's
 * runtime as a generated binding does (the weights set once and kept in TensorFlow, the tokens set on
 * every call); {@code runtime-refeed} (same arguments) as bindings did before, feeding host copies of
 * the weights with the tokens on every call; {@code savedmodel DIR TOKENS RUNS} calls a {@code torus export} SavedModel's signature
 * through TensorFlow Java. One warm-up call, then RUNS timed calls; the f32 GEMM roofline of
 * TensorFlow Java's own MatMul (2048^3, median of 5) in the same process. Prints one JSON line.
 */
public final class ServeSide {
  private ServeSide() {}

  public static void main(String[] args) throws Exception {
    String side = args[0];
    long t0 = System.nanoTime();
    Supplier<Object> call;
    AutoCloseable resource;
    int runs;
    if (side.startsWith("runtime")) {
      Artifact artifact = Artifact.read(Path.of(args[1]));
      HostTensor tokens = Npy.readIntegers(Path.of(args[3]));
      runs = Integer.parseInt(args[4]);
      EntryPoint main = artifact.manifest().entryPoint(EntryPoint.MAIN);
      Map<String, HostTensor> weights = new LinkedHashMap<>();
      try (Checkpoint checkpoint = Checkpoint.open(Path.of(args[2]))) {
        for (TensorSpec spec : main.inputs()) {
          if (spec.role() == Role.WEIGHT) {
            weights.put(spec.name(), CheckpointWeights.load(spec, checkpoint));
          }
        }
      }
      TorusRuntime runtime = TorusRuntime.cpu();
      LoadedProgram program = runtime.load(artifact);
      LoadedProgram.Feed kept = program.feed();
      resource = () -> {
        kept.close();
        program.close();
        runtime.close();
      };
      if (side.equals("runtime")) {
        // as a generated binding does: the weights go into TensorFlow once, each call sets the tokens
        weights.forEach(kept::set);
        weights.clear();
        call = () -> kept.set("tokens", tokens).runKeepingInputs();
      } else {
        // runtime-refeed: host copies of the weights fed with the tokens on every call
        call = () -> {
          try (LoadedProgram.Feed feed = program.feed()) {
            feed.set("tokens", tokens);
            weights.forEach(feed::set);
            return feed.run();
          }
        };
      }
    } else {
      SavedModelBundle bundle = SavedModelBundle.load(args[1], "serve");
      HostTensor ids = Npy.readIntegers(Path.of(args[2]));
      runs = Integer.parseInt(args[3]);
      TInt32 tokens = TInt32.tensorOf(Shape.of(ids.shape().get(0), ids.shape().get(1)),
          DataBuffers.of(ids.toInts(), true, false));
      resource = () -> {
        tokens.close();
        bundle.close();
      };
      call = () -> {
        try (Result r = bundle.function("serving_default").call(Map.of("tokens", (Tensor) tokens))) {
          return r.size();
        }
      };
    }
    double loadS = (System.nanoTime() - t0) / 1e9;
    t0 = System.nanoTime();
    call.get();
    double firstS = (System.nanoTime() - t0) / 1e9;
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      t0 = System.nanoTime();
      call.get();
      times.add((System.nanoTime() - t0) / 1e9);
    }
    resource.close();
    double gemm = gemmGflops();
    times.sort(Double::compare);
    System.out.printf(Locale.ROOT, "{\"side\": \"%s\", \"load_s\": %.4f, \"first_call_s\": %.4f, \"median_s\": %.4f,"
        + " \"min_s\": %.4f, \"max_s\": %.4f, \"gemm_gflops\": %.1f}%n", side, loadS, firstS, times.get(times.size() / 2),
        times.get(0), times.get(times.size() - 1), gemm);
  }

  /** TensorFlow Java's MatMul of two f32 2048 x 2048 matrices: GFLOP/s, median of 5 after a warm-up. */
  static double gemmGflops() {
    int n = 2048;
    float[] values = new float[n * n];
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) random.nextGaussian();
    }
    try (Graph g = new Graph(); Session s = new Session(g);
        TFloat32 a = TFloat32.tensorOf(Shape.of(n, n), DataBuffers.of(values, true, false))) {
      Ops tf = Ops.create(g);
      Constant<TFloat32> x = tf.constant(a);
      var product = tf.linalg.matMul(x, x);
      List<Double> times = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        long t0 = System.nanoTime();
        s.runner().fetch(product).run().close();
        times.add((System.nanoTime() - t0) / 1e9);
      }
      times = new ArrayList<>(times.subList(1, times.size()));
      times.sort(Double::compare);
      return 2.0 * n * n * n / times.get(times.size() / 2) / 1e9;
    }
  }
}
