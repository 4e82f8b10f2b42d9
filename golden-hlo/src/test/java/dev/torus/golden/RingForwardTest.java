package dev.torus.golden;

import dev.torus.harness.XlaHarness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.ir.Instruction;
import dev.torus.artifact.TensorSpec;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.RandomTensors;
import dev.torus.cli.SamplePrograms;
import dev.torus.harness.XlaHarness.Input;
import dev.torus.harness.XlaHarness.Output;
import dev.torus.harness.XlaHarness.Program;
import dev.torus.harness.XlaHarness.Reference;
import dev.torus.harness.XlaHarness.Summary;
import dev.torus.artifact.MeshSharding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ring Attention on real multi-device XLA: the SPMD program of each configuration runs on N virtual
 * CPU devices (tokens split along the sequence in the layout's device order, weights replicated),
 * and the gathered logits, back in sequence order, match the dense NumPy reference of the whole
 * sequence (which is also what the single-device program and Hugging Face match).
 */
class RingForwardTest {
  static final Path WORK = Path.of("target/xla-harness/ring").toAbsolutePath();

  record Config(String id, ModelSpec model, RunShape shape) {}

  static List<Config> configs() {
    ModelSpec gqa = Presets.tiny();
    ModelSpec mha = gqa.toBuilder().kvHeads(4).build();
    ModelSpec bidirectional = gqa.toBuilder().causal(false).build();
    List<Config> c = new ArrayList<>();
    int[][] rings = {{1, 32, 8}, {2, 32, 8}, {3, 48, 8}, {4, 64, 8}, {8, 64, 8}};
    for (int[] r : rings) {
      for (TokenLayout layout : TokenLayout.values()) {
        c.add(new Config("gqa_n" + r[0] + "_" + layout.label(), gqa,
            RunShape.ring(1, r[1], BlockSizes.uniform(r[2]), r[0], layout, 1)));
      }
    }
    c.add(new Config("gqa_dp2_n4_striped", gqa, RunShape.ring(2, 64, BlockSizes.uniform(8), 4, TokenLayout.STRIPED, 2)));
    c.add(new Config("gqa_dp2_n1", gqa, RunShape.ring(4, 32, BlockSizes.uniform(8), 1, TokenLayout.CONTIGUOUS, 2)));
    c.add(new Config("mha_dp2_n3_contiguous", mha, RunShape.ring(2, 48, BlockSizes.uniform(8), 3, TokenLayout.CONTIGUOUS, 2)));
    c.add(new Config("mha_n4_striped_blocks4x8", mha, RunShape.ring(2, 64, BlockSizes.of(4, 8, 16), 4, TokenLayout.STRIPED, 1)));
    c.add(new Config("bidirectional_n4_contiguous", bidirectional, RunShape.ring(1, 64, BlockSizes.uniform(8), 4, TokenLayout.CONTIGUOUS, 1)));
    c.add(new Config("bidirectional_n3_striped", bidirectional, RunShape.ring(1, 48, BlockSizes.of(16, 8, 8), 3, TokenLayout.STRIPED, 1)));
    return c;
  }

  /** The pieces one after another along dimension 0 (what the harness splits back per device). */
  static HostTensor concatenated(List<HostTensor> pieces) {
    HostTensor stacked = MeshSharding.stack(pieces);
    List<Long> shape = new ArrayList<>(stacked.shape().subList(1, stacked.rank()));
    shape.set(0, shape.get(0) * pieces.size());
    return HostTensor.of(stacked.dtype(), shape, stacked.bytes());
  }

  /** The inverse of {@link #concatenated}. */
  static List<HostTensor> split(HostTensor joined, int devices) {
    List<Long> shape = new ArrayList<>(joined.shape());
    shape.set(0, shape.get(0) / devices);
    List<Long> stacked = new ArrayList<>(List.of((long) devices));
    stacked.addAll(shape);
    return MeshSharding.unstack(HostTensor.of(joined.dtype(), stacked, joined.bytes()));
  }

  @Test
  void ringProgramsOnNDevicesMatchTheDenseReference() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    List<Program> xla = new ArrayList<>();
    List<Program> numpy = new ArrayList<>();
    for (Config c : configs()) {
      RunShape shape = c.shape;
      ForwardCompiler.Compiled compiled = ForwardCompiler.compile(c.model, shape, false);
      Path hlo = WORK.resolve(c.id + ".hlo");
      Files.writeString(hlo, HloTextPrinter.print(compiled.module()));
      HostTensor tokens = RandomTensors.randomTokens(c.id.hashCode(), c.model.vocabSize(), shape.batch(), shape.sequence());
      Path sequenceOrder = WORK.resolve(c.id + ".tokens.npy");
      Path perDevice = WORK.resolve(c.id + ".tokens.devices.npy");
      Npy.write(sequenceOrder, tokens);
      // Each partition's piece, as the manifest shards it, one after another along dimension 0.
      Npy.write(perDevice, concatenated(MeshSharding.toDevices(compiled.manifest(),
          compiled.manifest().entryPoint("main").inputs().get(0), tokens)));
      List<Input> in = new ArrayList<>(List.of(Input.sharded(perDevice, 0)));
      List<Input> refIn = new ArrayList<>(List.of(Input.replicated(sequenceOrder)));
      List<Instruction> params = compiled.module().entry().parameters();
      for (Instruction p : params.subList(1, params.size())) {
        Path file = WORK.resolve(c.id + "." + p.name() + ".npy");
        Npy.write(file, BlockwiseForwardTest.randomInput(p, c.model));
        in.add(Input.replicated(file));
        refIn.add(Input.replicated(file));
      }
      xla.add(new Program(c.id, hlo, shape.devices(), in, List.of(Output.concat(WORK.resolve(c.id + ".xla.npy"), 0))));
      SamplePrograms.Sample reference = SamplePrograms.forwardSample(c.model, RunShape.of(shape.batch(), shape.sequence(),
          BlockSizes.uniform(shape.sequence())));
      numpy.add(new Program(c.id, hlo, 1, refIn, List.of(Output.first(WORK.resolve(c.id + ".numpy.npy"))))
          .withReference(Reference.of(reference.reference(), reference.referenceArgs())));
    }
    Summary run = harness.run(xla, WORK);
    Summary ref = harness.reference(numpy, WORK);
    // Every emitted ring program also compiles for a real TPU slice (libtpu, deviceless).
    Summary tpu = harness.compileForTpu(xla.stream().map(p -> Program.compileOnly(p.id(), p.hlo(), p.numPartitions())).toList(),
        "v4-8", WORK.resolve("tpu"));
    for (Config c : configs()) {
      assertTrue(tpu.program(c.id).compiled(), c.id + " for TPU v4-8: " + tpu.program(c.id).error());
    }
    for (Config c : configs()) {
      assertTrue(run.program(c.id).ran(), c.id + ": " + run.program(c.id).error());
      assertTrue(ref.program(c.id).ran(), c.id + ": " + ref.program(c.id).error());
      ForwardCompiler.Compiled compiled = ForwardCompiler.compile(c.model, c.shape, false);
      TensorSpec logits = compiled.manifest().entryPoint("main").outputs().get(0);
      HostTensor pieces = Npy.read(WORK.resolve(c.id + ".xla.npy"));
      HostTensor gathered = MeshSharding.fromDevices(compiled.manifest(), logits, split(pieces, c.shape.devices()));
      double rel = RealXlaGoldenTest.assertClose(Npy.read(WORK.resolve(c.id + ".numpy.npy")).toFloats(),
          gathered.toFloats(), 1e-4, c.id);
      System.out.printf(java.util.Locale.ROOT, "[ring] %-30s on %d devices: max rel. diff vs dense NumPy %.2e%n",
          c.id, c.shape.devices(), rel);
      if (EMULATED.contains(c.id)) {
        double emulated = RealXlaGoldenTest.assertClose(gathered.toFloats(), runEmulated(c, compiled).toFloats(),
            1e-5, c.id + ": TF Java emulation vs the harness's N-device run");
        System.out.printf(java.util.Locale.ROOT, "[ring] %-30s emulated through TF Java vs harness: %.2e%n", c.id, emulated);
      }
    }
  }

  /** Configurations also run as their single-device emulation through TensorFlow Java. */
  static final java.util.Set<String> EMULATED = java.util.Set.of("gqa_n4_striped", "mha_dp2_n3_contiguous");

  /** The artifact's emulated program through TensorFlow Java on the same inputs; logits in sequence order. */
  private static HostTensor runEmulated(Config c, ForwardCompiler.Compiled compiled) throws java.io.IOException {
    dev.torus.artifact.Artifact artifact = compiled.write(WORK.resolve(c.id + ".artifact"));
    List<HostTensor> inputs = new ArrayList<>();
    HostTensor tokens = Npy.read(WORK.resolve(c.id + ".tokens.npy"));
    inputs.add(tokens);  // the runtime applies the token layout
    List<Instruction> params = compiled.module().entry().parameters();
    for (Instruction p : params.subList(1, params.size())) {
      inputs.add(Npy.read(WORK.resolve(c.id + "." + p.name() + ".npy")));
    }
    try (dev.torus.runtime.TorusRuntime runtime = dev.torus.runtime.TorusRuntime.cpu();
        dev.torus.runtime.LoadedProgram program = runtime.load(artifact)) {
      return program.run(inputs).get(0);
    }
  }
}
