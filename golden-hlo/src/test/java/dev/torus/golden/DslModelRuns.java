package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.RandomTensors;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.lower.ModelLowering;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.compiler.train.LossGradients;
import dev.torus.dsl.Attention;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import dev.torus.harness.XlaHarness;
import dev.torus.harness.XlaHarness.Input;
import dev.torus.harness.XlaHarness.Output;
import dev.torus.harness.XlaHarness.Program;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs of a model built in the Java DSL on random weights, for tests that compare it with a reference
 * written in Python: the weights as one {@code .npy} per Torus weight name (norm weights near 1,
 * the others uniform in {@code [-scale, scale)}), the forward and loss-gradient programs as harness
 * programs on one device or a ring (tokens in device order, logits back in sequence order), and a
 * Python script run with the harness's interpreter on a JSON description of the model
 * ({@link #describe}).
 */
final class DslModelRuns {
  static final ObjectMapper JSON = new ObjectMapper();

  private DslModelRuns() {}

  /** Random weights of {@code weights}, one npy each under {@code dir}: Torus name to file. */
  static Map<String, Path> randomWeights(List<WeightSpec> weights, Path dir, String id, float scale) throws Exception {
    Map<String, Path> files = new LinkedHashMap<>();
    long seed = Math.abs(id.hashCode());
    for (WeightSpec w : weights) {
      long[] shape = w.shape().stream().mapToLong(Long::longValue).toArray();
      boolean norm = w.name().contains("norm");
      HostTensor t = RandomTensors.randomTensor(seed++, norm ? 0.2f : scale, shape);
      if (norm) {
        float[] v = t.toFloats();
        for (int i = 0; i < v.length; i++) {
          v[i] += 1;
        }
        t = HostTensor.ofFloats(v, shape);
      }
      Path npy = dir.resolve(id + "." + w.name() + ".npy");
      Npy.write(npy, t);
      files.put(w.name(), npy);
    }
    return files;
  }

  /** The inputs of a program: the token-shaped arrays (in the shape's device order) then the weights. */
  private static List<Input> inputs(RunShape shape, List<Path> ids, List<WeightSpec> weights, Map<String, Path> files,
      Path dir) throws Exception {
    List<Input> inputs = new ArrayList<>();
    for (Path p : ids) {
      if (shape.ring() == 1) {
        inputs.add(Input.replicated(p));
      } else {
        Path inOrder = dir.resolve(p.getFileName() + "." + shape.layout().label() + shape.ring() + ".npy");
        Npy.write(inOrder, TrainGradientTest.deviceOrder(Npy.readIntegers(p), shape.ring(), shape.layout()));
        inputs.add(Input.sharded(inOrder, 1));
      }
    }
    for (WeightSpec w : weights) {
      inputs.add(Input.replicated(files.get(w.name())));
    }
    return inputs;
  }

  /** The forward program on {@code shape}: logits {@code [B, S, V]} into {@code id.logits.npy} (device order). */
  static Program forward(String id, ModelSpec model, RunShape shape, Path tokens, Map<String, Path> files, Path dir)
      throws Exception {
    ModelLowering.Forward f = ModelLowering.forward(model, shape, false);
    Path hlo = dir.resolve(id + ".hlo");
    Files.writeString(hlo, HloTextPrinter.print(f.module()));
    Output logits = shape.ring() == 1 ? Output.first(logitsFile(id, dir)) : Output.concat(logitsFile(id, dir), 1);
    return new Program(id, hlo, shape.devices(), inputs(shape, List.of(tokens), f.weights(), files, dir),
        List.of(logits));
  }

  static Path logitsFile(String id, Path dir) {
    return dir.resolve(id + ".logits.npy");
  }

  /** Logits {@code [B, S, V]} of a program on {@code shape}, back in sequence order. */
  static float[] logitsInSequenceOrder(String id, RunShape shape, Path dir) throws Exception {
    HostTensor t = Npy.read(logitsFile(id, dir));
    float[] got = t.toFloats();
    if (shape.ring() == 1 || shape.layout() == TokenLayout.CONTIGUOUS) {
      return got;
    }
    int batch = Math.toIntExact(t.shape().get(0));
    int seq = Math.toIntExact(t.shape().get(1));
    int vocab = Math.toIntExact(t.shape().get(2));
    int ring = shape.ring();
    int local = seq / ring;
    float[] out = new float[got.length];
    for (int row = 0; row < batch; row++) {
      for (int j = 0; j < seq; j++) {   // device-order slot j holds position (j % local) * ring + j / local
        int position = (j % local) * ring + j / local;
        System.arraycopy(got, (row * seq + j) * vocab, out, (row * seq + position) * vocab, vocab);
      }
    }
    return out;
  }

  /** The loss-gradient program on {@code shape}: the loss into {@code id.loss.npy}, each gradient into {@code id.NAME.grad.npy}. */
  static Program gradients(String id, ModelSpec model, RunShape shape, Path tokens, Path targets,
      Map<String, Path> files, Path dir) throws Exception {
    LossGradients.Program program = LossGradients.build(model, shape);
    Path hlo = dir.resolve(id + ".hlo");
    Files.writeString(hlo, HloTextPrinter.print(program.module()));
    List<Output> outputs = new ArrayList<>(List.of(Output.first(dir.resolve(id + ".loss.npy"))));
    program.weights().forEach(w -> outputs.add(Output.first(dir.resolve(id + "." + w.name() + ".grad.npy"))));
    return new Program(id, hlo, shape.devices(), inputs(shape, List.of(tokens, targets), program.weights(), files, dir),
        outputs);
  }

  /**
   * A model's programs, run: {@code forwardK} on {@code shapes.get(K)}, {@code gradsK} on {@code
   * gradShapes.get(K)}, all in {@code programs} (forward first).
   */
  record Runs(Path tokens, Path targets, Map<String, Path> files, List<RunShape> shapes, List<RunShape> gradShapes,
      List<Program> programs) {}

  /**
   * Random tokens and targets ({@code [batch, seq]}, seeds {@code seed} and {@code seed + 1}) and
   * random weights (scale 0.4) of {@code model}; its forward programs on one device (blocks {@code
   * oneDevice}) and on rings of 4, contiguous and striped (blocks of 4), and its loss-gradient programs
   * on one device and a striped ring of 4, run by the harness, each asserted to have run.
   */
  static Runs runOnRings(XlaHarness harness, ModelSpec model, String id, int vocab, int batch, int seq, long seed,
      BlockSizes oneDevice, Path dir) throws Exception {
    Path tokens = dir.resolve("tokens.npy");
    Path targets = dir.resolve("targets.npy");
    Npy.write(tokens, RandomTensors.randomTokens(seed, vocab, batch, seq));
    Npy.write(targets, RandomTensors.randomTokens(seed + 1, vocab, batch, seq));
    List<WeightSpec> weights = ModelLowering.forward(model, RunShape.of(batch, seq, BlockSizes.uniform(8)), false)
        .weights();
    Map<String, Path> files = randomWeights(weights, dir, id, 0.4f);

    List<RunShape> shapes = List.of(RunShape.of(batch, seq, oneDevice),
        RunShape.ring(batch, seq, BlockSizes.uniform(4), 4, TokenLayout.CONTIGUOUS, 1),
        RunShape.ring(batch, seq, BlockSizes.uniform(4), 4, TokenLayout.STRIPED, 1));
    List<Program> programs = new ArrayList<>();
    for (int k = 0; k < shapes.size(); k++) {
      programs.add(forward("forward" + k, model, shapes.get(k), tokens, files, dir));
    }
    List<RunShape> gradShapes = List.of(RunShape.of(batch, seq, oneDevice),
        RunShape.ring(batch, seq, BlockSizes.uniform(4), 4, TokenLayout.STRIPED, 1));
    for (int k = 0; k < gradShapes.size(); k++) {
      programs.add(gradients("grads" + k, model, gradShapes.get(k), tokens, targets, files, dir));
    }
    XlaHarness.Summary run = harness.run(programs, dir);
    programs.forEach(p -> assertTrue(run.program(p.id()).ok(), p.id() + ": " + run.program(p.id()).error()));
    return new Runs(tokens, targets, files, shapes, gradShapes, programs);
  }

  /**
   * Each forward program's logits of {@code runs} (in sequence order) within {@code tolerance} of
   * {@code reference} (NumPy's); the figures printed after {@code tag}, failures named by {@code what}.
   */
  static void assertLogitsMatchNumpy(String tag, String what, Runs runs, float[] reference, double tolerance,
      Path dir) throws Exception {
    for (int k = 0; k < runs.shapes().size(); k++) {
      RunShape s = runs.shapes().get(k);
      float[] ours = logitsInSequenceOrder("forward" + k, s, dir);
      double rel = RealXlaGoldenTest.assertClose(reference, ours, tolerance, what + " on " + s);
      System.out.printf(Locale.ROOT, "[%s] ring %d %-10s logits max rel. diff vs NumPy %.2e%n", tag, s.ring(),
          s.layout().label(), rel);
    }
  }

  /**
   * The model as the Python references read it: dimensions, norm eps, RoPE (with the per-layer one),
   * q/k norm, sliding window and its layer pattern, soft caps, and the weights' files by Torus name.
   */
  static ObjectNode describe(ModelSpec m, Map<String, Path> files) {
    Attention a = m.attention();
    ObjectNode d = JSON.createObjectNode().put("depth", m.depth()).put("heads", a.heads()).put("kv_heads", a.kvHeads())
        .put("head_dim", a.headDim()).put("eps", m.block().attentionNorm().eps()).put("scale", a.scoreScale())
        .put("tied", m.tiedEmbeddings());
    d.put("rope_theta", a.ropeTheta());
    if (a.layerRope() != null) {
      d.put("layer_rope_theta", a.layerRope().theta());
      a.layerRope().layers().forEach(d.withArray("layer_rope_layers")::add);
    }
    if (a.qkNorm() != null) {
      d.put("qk_norm_eps", a.qkNorm().eps());
    }
    if (a.slidingWindow() != null) {
      d.put("window", a.slidingWindow().size());
      a.slidingWindow().layers().forEach(d.withArray("window_layers")::add);
    }
    if (a.logitSoftCap() != null) {
      d.put("soft_cap", a.logitSoftCap());
    }
    if (m.finalLogitSoftCap() != null) {
      d.put("final_soft_cap", m.finalLogitSoftCap());
    }
    ObjectNode weights = d.putObject("weights");
    files.forEach((name, path) -> weights.put(name, path.toString()));
    return d;
  }

  /** Runs {@code source} with the harness's Python on {@code args}; fails with its log unless it exits 0. */
  static void python(XlaHarness harness, Path dir, String name, String source, String... args) throws Exception {
    Path script = dir.resolve(name + ".py");
    Files.writeString(script, source, StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of(harness.python().toString(), script.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("PYTHONPATH", harness.project().directory().toString());
    Path log = dir.resolve(name + ".log");
    Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES) && p.exitValue() == 0, name + " failed:\n" + Files.readString(log));
  }

  /** {@code max |a - b| / max |a|}. */
  static double relativeMaxDifference(float[] a, float[] b) {
    double maxRef = 0;
    double maxErr = 0;
    for (int i = 0; i < a.length; i++) {
      maxRef = Math.max(maxRef, Math.abs(a[i]));
      maxErr = Math.max(maxErr, Math.abs(a[i] - b[i]));
    }
    return maxErr / maxRef;
  }
}
