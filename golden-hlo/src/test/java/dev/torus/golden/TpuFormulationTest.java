package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.MeshSharding;
import dev.torus.artifact.Npy;
import dev.torus.artifact.TensorSpec;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.RandomTensors;
import dev.torus.cli.SamplePrograms;
import dev.torus.cli.bench.AttentionBenchPrograms;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.compiler.hardware.Target;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.ir.Instruction;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.harness.XlaHarness;
import dev.torus.harness.XlaHarness.Input;
import dev.torus.harness.XlaHarness.Output;
import dev.torus.harness.XlaHarness.Program;
import dev.torus.harness.XlaHarness.Reference;
import dev.torus.harness.XlaHarness.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@code --target tpu}'s attention (softmax row sums on the matrix unit, {@code LoweringContext#rowSumInMatmul})
 * on real XLA, one device and rings of N virtual CPU devices: the logits match the dense NumPy
 * reference within DESIGN's tolerances (f32 1e-4, bf16 2e-2), and the bf16 program's logits stay
 * within 2e-2 of the default formulation's. The default ({@code --target cpu}) emits the program it
 * always has.
 */
class TpuFormulationTest {
  static final Path WORK = Path.of("target/xla-harness/tpu-formulation").toAbsolutePath();

  record Config(String id, ModelSpec model, RunShape shape, double tolerance) {}

  static List<Config> configs() {
    ModelSpec f32 = Presets.tiny();
    ModelSpec bf16 = f32.toBuilder().paramType(DType.BF16).build();
    return List.of(
        new Config("f32_n4_striped", f32, RunShape.ring(1, 64, BlockSizes.uniform(8), 4, TokenLayout.STRIPED, 1), 1e-4),
        new Config("bf16_n4_contiguous", bf16, RunShape.ring(1, 64, BlockSizes.uniform(8), 4, TokenLayout.CONTIGUOUS, 1), 2e-2),
        new Config("bf16_n2_striped_bidirectional", bf16.toBuilder().causal(false).build(),
            RunShape.ring(2, 32, BlockSizes.of(8, 4, 8), 2, TokenLayout.STRIPED, 1), 2e-2));
  }

  @Test
  void theDefaultTargetEmitsTheProgramItAlwaysHasAndTpuAnother() {
    ModelSpec m = Presets.tiny();
    RunShape shape = RunShape.of(1, 32, BlockSizes.uniform(8));
    String standard = HloTextPrinter.print(ForwardCompiler.compile(m, shape, false).module());
    assertEquals(standard, HloTextPrinter.print(ForwardCompiler.compile(m, shape, false, Target.CPU).module()));
    assertEquals(standard, HloTextPrinter.print(ForwardCompiler.compile(m, shape, false, Target.GPU).module()));
    assertNotEquals(standard, HloTextPrinter.print(ForwardCompiler.compile(m, shape, false, Target.TPU).module()));
  }

  /**
   * The attention core alone ({@code AttentionBenchPrograms}: causal, 4 heads of 32, pre-scaled q), bf16
   * and f32 inputs, one device and a contiguous ring of 4, in both formulations, against dense NumPy
   * attention in float64 on the same (widened) values: here the formulation is the only difference.
   */
  @Test
  void theAttentionCoreMatchesDenseNumPyAttentionInBothFormulations() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Path work = WORK.resolve("core");
    Files.createDirectories(work);
    int heads = 4;
    int dim = 32;
    int seq = 128;
    BlockSizes blocks = BlockSizes.of(16, 32, 16);
    List<Program> xla = new ArrayList<>();
    List<Program> numpy = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (DType type : List.of(DType.F32, DType.BF16)) {
      String data = type.xlaName();
      List<Input> refIn = new ArrayList<>();
      List<Input> ringIn = new ArrayList<>();
      for (String name : List.of("q", "k", "v")) {
        long[] dims = name.equals("q") ? new long[] {1, heads, 1, seq, dim} : new long[] {1, heads, seq, dim};
        float[] x = RandomTensors.randomTensor((data + name).hashCode(), name.equals("q") ? 0.6f : 1f, dims).toFloats();
        HostTensor t = type == DType.BF16 ? HostTensor.bf16FromFloats(x, dims) : HostTensor.ofFloats(x, dims);
        Path file = work.resolve(data + "." + name + ".npy");
        Npy.write(file, t);
        Path exact = work.resolve(data + "." + name + ".f32.npy");
        Npy.write(exact, HostTensor.ofFloats(t.toFloats(), dims));
        refIn.add(Input.replicated(exact));
        ringIn.add(Input.sharded(file, name.equals("q") ? 3 : 2));   // contiguous: device order is sequence order
      }
      numpy.add(new Program(data, null, null, 1, refIn, List.of(Output.first(work.resolve(data + ".numpy.npy"))),
          Reference.of("causal_attention")));
      for (boolean rowSum : List.of(true, false)) {
        for (int ring : List.of(1, 4)) {
          String id = data + "_n" + ring + (rowSum ? "_rowsum" : "_standard");
          Path hlo = work.resolve(id + ".hlo");
          Files.writeString(hlo, HloTextPrinter.print(ring == 1
              ? AttentionBenchPrograms.causalCore(heads, dim, seq, blocks, type, rowSum)
              : AttentionBenchPrograms.ringCausalCore(heads, dim, ring, seq / ring, blocks, TokenLayout.CONTIGUOUS, type,
                  rowSum)));
          xla.add(new Program(id, hlo, ring, ringIn, List.of(Output.concat(work.resolve(id + ".xla.npy"), 3))));
          ids.add(id);
        }
      }
    }
    Summary run = harness.run(xla, work);
    Summary ref = harness.reference(numpy, work);
    for (String id : ids) {
      String data = id.substring(0, id.indexOf('_'));
      assertTrue(run.program(id).ran(), id + ": " + run.program(id).error());
      assertTrue(ref.program(data).ran(), data + ": " + ref.program(data).error());
      float[] dense = Npy.read(work.resolve(data + ".numpy.npy")).toFloats();
      float[] got = Npy.read(work.resolve(id + ".xla.npy")).toFloats();
      double rel = RealXlaGoldenTest.assertClose(dense, got, data.equals("f32") ? 1e-4 : 2e-2, id + " vs dense NumPy");
      System.out.printf(Locale.ROOT, "[tpu-form] core %-22s max rel. diff vs dense NumPy %.2e%n", id, rel);
    }
  }

  @Test
  void rowSumsOnTheMatrixUnitMatchTheDenseReferenceOnOneAndNDevices() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    List<Program> xla = new ArrayList<>();
    List<Program> numpy = new ArrayList<>();
    for (Config c : configs()) {
      HostTensor tokens = RandomTensors.randomTokens(c.id.hashCode(), c.model.vocabSize(), c.shape.batch(), c.shape.sequence());
      Path sequenceOrder = WORK.resolve(c.id + ".tokens.npy");
      Npy.write(sequenceOrder, tokens);
      List<Input> refIn = new ArrayList<>(List.of(Input.replicated(sequenceOrder)));
      List<Input> weights = new ArrayList<>();
      ForwardCompiler.Compiled tpu = ForwardCompiler.compile(c.model, c.shape, false, Target.TPU);
      List<Instruction> params = tpu.module().entry().parameters();
      for (Instruction p : params.subList(1, params.size())) {
        HostTensor t = BlockwiseForwardTest.randomInput(p, c.model);
        Path file = WORK.resolve(c.id + "." + p.name() + ".npy");
        Npy.write(file, t);
        weights.add(Input.replicated(file));
        Path exact = file;
        if (t.dtype() == DType.BF16) {   // the reference gets the same bf16 values, widened
          exact = WORK.resolve(c.id + "." + p.name() + ".f32.npy");
          Npy.write(exact, HostTensor.ofFloats(t.toFloats(), t.shape().stream().mapToLong(Long::longValue).toArray()));
        }
        refIn.add(Input.replicated(exact));
      }
      for (Target target : List.of(Target.TPU, Target.CPU)) {
        ForwardCompiler.Compiled compiled = ForwardCompiler.compile(c.model, c.shape, false, target);
        String id = c.id + "_" + target.label();
        Path hlo = WORK.resolve(id + ".hlo");
        Files.writeString(hlo, HloTextPrinter.print(compiled.module()));
        Path perDevice = WORK.resolve(id + ".tokens.devices.npy");
        Npy.write(perDevice, RingForwardTest.concatenated(MeshSharding.toDevices(compiled.manifest(),
            compiled.manifest().entryPoint("main").inputs().get(0), tokens)));
        List<Input> in = new ArrayList<>(List.of(Input.sharded(perDevice, 0)));
        in.addAll(weights);
        xla.add(new Program(id, hlo, c.shape.devices(), in, List.of(Output.concat(WORK.resolve(id + ".xla.npy"), 0))));
      }
      SamplePrograms.Sample reference = SamplePrograms.forwardSample(c.model, RunShape.of(c.shape.batch(),
          c.shape.sequence(), BlockSizes.uniform(c.shape.sequence())));
      numpy.add(new Program(c.id, WORK.resolve(c.id + "_tpu.hlo"), 1, refIn,
          List.of(Output.first(WORK.resolve(c.id + ".numpy.npy")))).withReference(
          Reference.of(reference.reference(), reference.referenceArgs())));
    }
    Summary run = harness.run(xla, WORK);
    Summary ref = harness.reference(numpy, WORK);
    for (Config c : configs()) {
      assertTrue(ref.program(c.id).ran(), c.id + ": " + ref.program(c.id).error());
      float[] dense = Npy.read(WORK.resolve(c.id + ".numpy.npy")).toFloats();
      float[][] logits = new float[2][];
      int i = 0;
      for (Target target : List.of(Target.TPU, Target.CPU)) {
        String id = c.id + "_" + target.label();
        assertTrue(run.program(id).ran(), id + ": " + run.program(id).error());
        logits[i++] = logits(c, target);
      }
      System.out.printf(Locale.ROOT, "[tpu-form] %-30s on %d devices: max rel. diff vs dense NumPy: tpu %.2e, cpu %.2e;"
          + " tpu vs cpu %.2e%n", c.id, c.shape.devices(), relative(dense, logits[0]), relative(dense, logits[1]),
          relative(logits[1], logits[0]));
    }
    for (Config c : configs()) {
      float[] dense = Npy.read(WORK.resolve(c.id + ".numpy.npy")).toFloats();
      RealXlaGoldenTest.assertClose(dense, logits(c, Target.TPU), c.tolerance, c.id + " (--target tpu) vs dense NumPy");
      RealXlaGoldenTest.assertClose(logits(c, Target.CPU), logits(c, Target.TPU), c.tolerance,
          c.id + ": tpu vs cpu formulation");
    }
  }

  /** The gathered logits, in sequence order, of the harness's run of {@code c}'s program for {@code target}. */
  private static float[] logits(Config c, Target target) throws java.io.IOException {
    ForwardCompiler.Compiled compiled = ForwardCompiler.compile(c.model, c.shape, false, target);
    TensorSpec spec = compiled.manifest().entryPoint("main").outputs().get(0);
    return MeshSharding.fromDevices(compiled.manifest(), spec, RingForwardTest.split(
        Npy.read(WORK.resolve(c.id + "_" + target.label() + ".xla.npy")), c.shape.devices())).toFloats();
  }

  /** max |a - b| / max |a|. */
  private static double relative(float[] reference, float[] actual) {
    double maxRef = 0;
    double maxErr = 0;
    for (int i = 0; i < reference.length; i++) {
      maxRef = Math.max(maxRef, Math.abs(reference[i]));
      maxErr = Math.max(maxErr, Math.abs(reference[i] - actual[i]));
    }
    return maxErr / maxRef;
  }
}
