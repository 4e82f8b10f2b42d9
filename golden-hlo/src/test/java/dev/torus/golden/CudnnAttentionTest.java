package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.compiler.TrainCompiler;
import dev.torus.compiler.train.AdamW;
import dev.torus.compiler.train.StepOptions;
import dev.torus.compiler.train.TrainPrecision;
import dev.torus.compiler.analysis.FusedAttentionReport;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.emit.StableHloPrinter;
import dev.torus.compiler.hardware.Target;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.lower.CudnnAttention;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.artifact.TokenLayout;
import dev.torus.harness.PythonProject;
import dev.torus.harness.XlaHarness;
import dev.torus.harness.XlaHarness.Input;
import dev.torus.harness.XlaHarness.Output;
import dev.torus.harness.XlaHarness.Program;
import dev.torus.harness.XlaHarness.Summary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code --target gpu} (experimental): each unmasked attention block pair is XLA's cuDNN fused
 * attention. Without a GPU: the emitted custom calls (target, shapes, api version, every
 * backend_config field) equal the ones JAX 0.10.2 lowers for CUDA for
 * {@code dot_product_attention} at the same shapes (BNTH, scale 1, no mask, with its softmax
 * statistics); XLA's parser reads the program; and with each call computed densely in XLA ops
 * (what cuDNN computes: output and log-sum-exp) the program runs on the CPU and matches the
 * XLA-only program, which checks the merge across key blocks and ring steps. A train step's
 * forward and backward calls are checked against JAX's the same way; its numbers are not (XLA's CPU
 * runs no bf16 train step: bf16 x bf16 -> f32 products outside fusions), which waits for a GPU.
 * cpu keeps today's program; tpu has its own XLA-only formulation (TpuFormulationTest).
 */
class CudnnAttentionTest {
  static final Path WORK = Path.of("target/xla-harness/cudnn").toAbsolutePath();
  static final ObjectMapper JSON = new ObjectMapper();

  /** bf16 tiny model, 4 key blocks of 8 per query block of 16 on a ring of 2 (and on one device). */
  static final ModelSpec MODEL = Presets.tiny().toBuilder().paramType(DType.BF16).build();
  static final BlockSizes BLOCKS = BlockSizes.of(16, 8, 16);

  record Config(String id, RunShape shape, boolean train) {}

  static List<Config> configs() {
    RunShape one = RunShape.of(1, 64, BLOCKS);
    RunShape ring = RunShape.ring(1, 128, BLOCKS, 2, TokenLayout.CONTIGUOUS, 1);
    return List.of(new Config("one_device", one, false), new Config("ring2", ring, false),
        new Config("train_ring2", ring, true));
  }

  /** The forward, or the train step (one AdamW update), for {@code target}. */
  static ForwardCompiler.Compiled compile(Config c, Target target) {
    return c.train() ? TrainCompiler.compile(Presets.tiny(), c.shape(), AdamW.llamaDefaults(3e-4, 100, 10000), false,
        new StepOptions(1, TrainPrecision.BF16_MIXED).withTarget(target))
        : ForwardCompiler.compile(MODEL, c.shape(), false, target);
  }

  @Test
  void cpuAndTpuKeepAnXlaOnlyProgram() {
    RunShape shape = configs().get(2).shape();
    String plain = HloTextPrinter.print(ForwardCompiler.compile(MODEL, shape, false).module());
    assertEquals(plain, HloTextPrinter.print(ForwardCompiler.compile(MODEL, shape, false, Target.CPU).module()));
    assertFalse(plain.contains("custom-call"));
    assertFalse(HloTextPrinter.print(ForwardCompiler.compile(MODEL, shape, false, Target.TPU).module())
        .contains("custom-call"), "--target tpu has its own formulation, but no custom call");
  }

  @Test
  void whatCudnnCannotExpressStaysOnTheXlaLoop() {
    RunShape shape = configs().get(0).shape();
    ModelSpec f32 = Presets.tiny();
    ModelSpec capped = MODEL.toBuilder().logitSoftCap(50.0).build();
    for (ModelSpec m : List.of(f32, capped)) {
      var module = ForwardCompiler.compile(m, shape, false, Target.GPU).module();
      assertEquals(0, FusedAttentionReport.calls(module, CudnnAttention.FORWARD), m.name());
      String line = FusedAttentionReport.describe(module, m);
      assertTrue(line.contains(m == f32 ? "f32 operands" : "soft-capped"), line);
    }
    var fused = ForwardCompiler.compile(MODEL, shape, false, Target.GPU).module();
    String line = FusedAttentionReport.describe(fused, MODEL);
    assertTrue(line.contains("masked block pairs") && line.contains("run the XLA loop"), line);
  }

  @Test
  void gpuTargetCallsWhatJaxEmitsAndMergesLikeTheXlaLoop() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    List<Program> programs = new ArrayList<>();
    List<String> args = new ArrayList<>(List.of("--expand", "--hlo"));
    List<String> mlir = new ArrayList<>(List.of("--stablehlo"));
    for (Config c : configs()) {
      ForwardCompiler.Compiled gpu = compile(c, Target.GPU);
      ForwardCompiler.Compiled xla = compile(c, Target.CPU);
      assertTrue(FusedAttentionReport.calls(gpu.module(), CudnnAttention.FORWARD) > 0, c.id());
      assertEquals(c.train(), FusedAttentionReport.calls(gpu.module(), CudnnAttention.BACKWARD) > 0, c.id());
      args.add(Files.writeString(WORK.resolve(c.id() + ".gpu.hlo"), HloTextPrinter.print(gpu.module())).toString());
      mlir.add(Files.writeString(WORK.resolve(c.id() + ".gpu.mlir"), StableHloPrinter.print(gpu.module())).toString());
      if (c.train()) {   // XLA's CPU runs no bf16 train step (bf16 x bf16 -> f32 products outside fusions)
        continue;
      }
      Path xlaHlo = Files.writeString(WORK.resolve(c.id() + ".xla.hlo"), HloTextPrinter.print(xla.module()));
      List<Input> in = new ArrayList<>();
      for (Instruction p : xla.module().entry().parameters()) {
        Path file = WORK.resolve(c.id() + "." + p.name() + ".npy");
        boolean tokens = p.name().equals("tokens") || p.name().equals("targets");
        Npy.write(file, tokens ? tokens(c.shape()) : BlockwiseForwardTest.randomInput(p, MODEL));
        in.add(tokens && c.shape().ring() > 1 ? Input.sharded(file, 1) : Input.replicated(file));
      }
      // (b) below: the calls computed in XLA ops, the program runs on the CPU beside the XLA-only one.
      programs.add(new Program(c.id() + "_fused", WORK.resolve(c.id() + ".gpu.expanded.hlo"), c.shape().devices(), in,
          outputs(c, xla, "fused")));
      programs.add(new Program(c.id() + "_xla", xlaHlo, c.shape().devices(), in, outputs(c, xla, "xla")));
    }
    // (a) every custom call equals JAX's for the same shapes, after XLA's parser read the program
    // (and MLIR its StableHLO).
    args.addAll(mlir);
    JsonNode reports = JSON.readTree(python(harness, "compare", args.toArray(String[]::new)));
    for (Config c : configs()) {
      JsonNode calls = reports.get(WORK.resolve(c.id() + ".gpu.hlo").toString());
      assertTrue(calls.size() > 0, c.id());
      for (JsonNode call : calls) {
        assertEquals(0, call.get("differs").size(), c.id() + ": differs from JAX's lowering in " + call.get("differs")
            + "\ntorus: " + call.get("torus") + "\njax:   " + call.get("jax"));
      }
    }
    Summary run = harness.run(programs, WORK);
    for (Config c : configs().stream().filter(c -> !c.train()).toList()) {
      for (String kind : List.of("_fused", "_xla")) {
        assertTrue(run.program(c.id() + kind).ran(), c.id() + kind + ": " + run.program(c.id() + kind).error());
      }
      for (int k = 0; k < 1; k++) {   // the logits
        float[] fused = Npy.read(WORK.resolve(c.id() + ".fused." + k + ".npy")).toFloats();
        float[] plain = Npy.read(WORK.resolve(c.id() + ".xla." + k + ".npy")).toFloats();
        double err = RealXlaGoldenTest.assertClose(plain, fused, 2e-2, c.id() + " output " + k + " fused vs XLA loop");
        System.out.printf("cudnn %s output %d: max |fused - xla| / max |xla| = %.3g%n", c.id(), k, err);
      }
    }
  }

  /** The logits, whole. */
  private static List<Output> outputs(Config c, ForwardCompiler.Compiled compiled, String kind) {
    Path npy = WORK.resolve(c.id() + "." + kind + ".0.npy");
    return List.of(c.shape().devices() > 1 ? Output.concat(npy, 1) : Output.first(npy));
  }

  /** Token ids of the whole sequence, below the vocabulary. */
  private static HostTensor tokens(RunShape shape) {
    java.util.Random random = new java.util.Random(shape.sequence());
    int[] ids = random.ints((long) shape.batch() * shape.sequence(), 0, MODEL.vocabSize()).toArray();
    return HostTensor.ofInts(ids, shape.batch(), shape.sequence());
  }

  /** Runs {@code torus_harness.cudnn_reference} with {@code args}; its stdout. */
  private static String python(XlaHarness harness, String id, String... args) throws Exception {
    Path log = WORK.resolve(id + ".log");
    Path stdout = WORK.resolve(id + ".json");
    Process p = harness.project().process(harness.python(), PythonProject.Module.CUDNN_REFERENCE, List.of(args))
        .redirectError(log.toFile()).redirectOutput(stdout.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
      p.destroyForcibly();
      fail("cudnn_reference " + String.join(" ", args) + " failed:\n" + Files.readString(log, StandardCharsets.UTF_8));
    }
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }
}
