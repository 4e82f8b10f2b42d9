package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.Artifact;
import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.compiler.train.AdamW;
import dev.torus.compiler.TrainCompiler;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.artifact.TokenLayout;
import dev.torus.hf.Checkpoint;
import dev.torus.cli.ModelRunner;
import dev.torus.cli.RandomCheckpoint;
import dev.torus.cli.RandomTensors;
import dev.torus.cli.TorusCli;
import dev.torus.runtime.SavedModelExport;
import dev.torus.runtime.UnsupportedProgramException;
import dev.torus.harness.PythonProject;
import dev.torus.harness.XlaHarness;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * {@code torus export}: the SavedModel, loaded back by TensorFlow Java and by Python
 * {@code tensorflow-cpu==2.21.0} (torus_harness.saved_model), gives {@code ./torus run}'s logits: on one
 * device (bit for bit, same program), for an emulated striped ring of 4 and for a 2 x 2 mesh with
 * FSDP weights (the graph splits and gathers the mesh's pieces), and for bf16 weights.
 */
class SavedModelTest {
  /** Tolerance (docs/ARCHITECTURE.md, "Fixed interfaces"): ring emulation vs one device, f32. */
  static final double TOLERANCE = 1e-5;
  static final double BF16_TOLERANCE = 2e-2;
  static final int SEQ = 64;
  @TempDir Path dir;

  @Test
  void theSavedModelGivesTheRunnersLogitsInJavaAndPythonTensorFlow() throws Exception {
    Path python = pythonTensorFlow();
    ModelSpec model = Presets.tiny();
    Path checkpoint = dir.resolve("checkpoint");
    RandomCheckpoint.write(model, checkpoint, 7);
    HostTensor tokens = RandomTensors.randomTokens(3, model.vocabSize(), 2, SEQ);
    Path ids = dir.resolve("ids.npy");
    Npy.write(ids, tokens);
    HostTensor f32 = ModelRunner.run(model, checkpoint, tokens, BlockSizes.uniform(8), dir.resolve("run")).logits();
    HostTensor bf16 = ModelRunner.run(model.toBuilder().paramType(DType.BF16).build(), checkpoint, tokens,
        BlockSizes.uniform(8), dir.resolve("run-bf16")).logits();
    // TF Java runs the same XLA build as ./torus run: bit for bit on one device. Python TF 2.21 has
    // another XLA build: 1e-5 for another run of the same f32 program, 2e-2 for bf16 (docs/ARCHITECTURE.md).
    record Case(String id, HostTensor want, double javaLimit, double pythonLimit, List<String> options) {}
    for (Case c : List.of(
        new Case("one_device", f32, 0, TOLERANCE, List.of()),
        new Case("ring4_striped", f32, TOLERANCE, TOLERANCE, List.of("--ring", "4", "--layout", "striped")),
        new Case("dp2_ring2_fsdp2", f32, TOLERANCE, TOLERANCE,
            List.of("--dp", "2", "--ring", "2", "--fsdp", "2", "--layout", "striped")),
        new Case("bf16", bf16, 0, BF16_TOLERANCE, List.of("--dtype", "bf16")))) {
      HostTensor want = c.want();
      Path saved = dir.resolve(c.id());
      List<String> export = new ArrayList<>(List.of("export", "--model", checkpoint.toString(), "--seq",
          Integer.toString(SEQ), "--batch", "2", "--block-q", "8", "--block-kv", "8", "--chunk", "8",
          "--saved-model", saved.toString()));
      export.addAll(c.options());
      Cli r = torus(export);
      assertEquals(0, r.code(), r.err());
      assertTrue(r.out().contains("signature serving_default (tokens: int32[2, 64]) -> (logits: float32[2, 64, 256])"),
          r.out());

      float[] java = runInJava(saved, tokens);
      double javaError = Differences.maxRelative(want.toFloats(), java);
      Path out = dir.resolve(c.id() + ".logits.npy");
      String report = runInPython(python, saved, ids, out);
      HostTensor py = Npy.read(out);
      assertArrayEquals(want.shape().toArray(), py.shape().toArray(), c.id());
      double pythonError = Differences.maxRelative(want.toFloats(), py.toFloats());
      System.out.printf("[export] %s: max |SavedModel - run| / max |run|: TF Java %.2e, Python TF %.2e%n",
          c.id(), javaError, pythonError);
      assertTrue(javaError <= c.javaLimit(), c.id() + " TF Java: " + javaError);
      assertTrue(pythonError <= c.pythonLimit(), c.id() + " Python: " + pythonError);
      assertTrue(report.contains("\"xla_call_module_platforms\": [\"CPU\", \"TPU\"]"), report);
    }
  }

  @Test
  void whatCannotBeExportedIsRefusedWithAReason() throws Exception {
    ModelSpec model = Presets.tiny();
    Path checkpoint = dir.resolve("checkpoint");
    RandomCheckpoint.write(model, checkpoint, 7);
    RunShape ring = RunShape.ring(1, SEQ, BlockSizes.uniform(8), 4, TokenLayout.STRIPED, 1);
    try (Checkpoint ck = Checkpoint.open(checkpoint)) {
      Artifact spmdOnly = ForwardCompiler.compile(model, ring, false).write(dir.resolve("spmd"), false);
      var e = assertThrows(UnsupportedProgramException.class,
          () -> SavedModelExport.write(spmdOnly, ck, dir.resolve("a")));
      assertTrue(e.getMessage().contains("without its single-device emulation"), e.getMessage());

      Artifact train = TrainCompiler.compile(model, RunShape.of(1, SEQ, BlockSizes.uniform(8)),
          AdamW.llamaDefaults(3e-4, 10, 100)).write(dir.resolve("train"), true);
      var t = assertThrows(IllegalArgumentException.class, () -> SavedModelExport.write(train, ck, dir.resolve("b")));
      assertTrue(t.getMessage().contains("is not a forward pass"), t.getMessage());
    }
    Cli noWeights = torus(List.of("export", "--model", "tiny", "--seq", "64", "--saved-model", dir.resolve("c").toString()));
    assertEquals(2, noWeights.code());
    assertTrue(noWeights.err().contains("--model tiny is a built-in shape without weights; pass --weights DIR"),
        noWeights.err());
    Files.createDirectories(dir.resolve("full"));
    Files.writeString(dir.resolve("full/keep.txt"), "x");
    Cli full = torus(List.of("export", "--model", checkpoint.toString(), "--seq", "64", "--saved-model",
        dir.resolve("full").toString()));
    assertEquals(2, full.code());
    assertTrue(full.err().contains("exists and is not empty"), full.err());
  }

  /**
   * The TPU half of {@code platforms}: the module the SavedModel's {@code XlaCallModule} node holds,
   * read back through TensorFlow Java, compiles with libtpu for one TPU v4 device (the emulated ring
   * of 4 and its platform-index argument included).
   */
  @Test
  void theModuleInTheSavedModelCompilesForTpu() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Path checkpoint = dir.resolve("checkpoint");
    RandomCheckpoint.write(Presets.tiny(), checkpoint, 7);
    Path saved = dir.resolve("ring4");
    Cli r = torus(List.of("export", "--model", checkpoint.toString(), "--seq", "64", "--ring", "4", "--layout",
        "striped", "--block-q", "8", "--block-kv", "8", "--chunk", "8", "--saved-model", saved.toString()));
    assertEquals(0, r.code(), r.err());
    Path module = dir.resolve("module.stablehlo.mlir");
    try (SavedModelBundle bundle = SavedModelBundle.load(saved.toString(), "serve")) {
      var call = bundle.graph().operation("call");
      assertEquals(List.of("CPU", "TPU"), List.of(call.attributes().getAttrStringList("platforms")));
      Files.writeString(module, call.attributes().getAttrString("module"));
    }
    assertTrue(Files.readString(module).contains("@main(%platform_index: tensor<i32>"));
    XlaHarness.ProgramResult tpu = harness.compileForTpu(List.of(XlaHarness.Program.stablehlo("exported", module, 1,
        List.of(), List.of())), "v4-8", dir.resolve("tpu")).program("exported");
    assertTrue(tpu.compiled(), "libtpu did not compile the exported module: " + tpu.error());
  }

  /** TensorFlow Java's own loader and signature call; nothing of Torus's runtime. */
  private static float[] runInJava(Path saved, HostTensor tokens) {
    try (SavedModelBundle bundle = SavedModelBundle.load(saved.toString(), "serve");
        TInt32 input = TInt32.tensorOf(Shape.of(2, SEQ), DataBuffers.of(tokens.toInts(), true, false));
        Result result = bundle.function(SavedModelExport.SIGNATURE).call(Map.of("tokens", (Tensor) input))) {
      TFloat32 logits = (TFloat32) result.get("logits").orElseThrow();
      float[] flat = new float[Math.toIntExact(logits.size())];
      logits.copyTo(DataBuffers.of(flat, false, false));
      return flat;
    }
  }

  private static String runInPython(Path python, Path saved, Path ids, Path out) throws IOException, InterruptedException {
    Process p = PythonProject.locate().process(python, PythonProject.Module.SAVED_MODEL,
        List.of("run", saved.toString(), ids.toString(), out.toString())).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "python TensorFlow did not finish");
    assertEquals(0, p.exitValue(), output);
    return output;
  }

  /** {@code .venv-tf/bin/python}; required in CI, else the test is skipped when it is missing. */
  private static Path pythonTensorFlow() {
    Path python = PythonProject.locate().tensorFlowPython();
    if (!Files.isExecutable(python)) {
      String why = python + " is missing; " + PythonProject.INSTALL_HINT;
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException("Python TensorFlow required in CI: " + why);
      }
      Assumptions.abort(why);
    }
    return python;
  }

  record Cli(int code, String out, String err) {}

  private static Cli torus(List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = TorusCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
