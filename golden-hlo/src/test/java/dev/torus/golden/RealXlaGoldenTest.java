package dev.torus.golden;

import dev.torus.artifact.Role;
import dev.torus.harness.XlaHarness;

import dev.torus.compiler.samples.HloSamples;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Manifest;
import dev.torus.artifact.Npy;
import dev.torus.compiler.Torus;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.compiler.emit.ArtifactEmitter;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.Instruction;
import dev.torus.cli.RandomTensors;
import dev.torus.cli.SamplePrograms;
import dev.torus.cli.SamplePrograms.Sample;
import dev.torus.harness.XlaHarness.Input;
import dev.torus.harness.XlaHarness.Output;
import dev.torus.harness.XlaHarness.Program;
import dev.torus.harness.XlaHarness.ProgramResult;
import dev.torus.harness.XlaHarness.Reference;
import dev.torus.harness.XlaHarness.Summary;
import dev.torus.runtime.LoadedProgram;
import dev.torus.runtime.TorusRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every golden file, in both forms, parsed, run on N virtual CPU devices and compiled for a TPU
 * v4-8 by real XLA (one harness process per mode), and its numbers compared with an independent
 * NumPy reference. Summaries stay in {@code target/xla-harness} for {@code .ci/run} to count.
 */
class RealXlaGoldenTest {
  static final Path WORK = Path.of("target/xla-harness").toAbsolutePath();
  /** Golden programs that real XLA parses and compiles for TPU but that are too large to run here. */
  static final String COMPILE_ONLY = "COMPILE_ONLY";
  /** Tolerance (docs/ARCHITECTURE.md, "Fixed interfaces"): f32 program vs reference, relative to max |reference|. */
  static final double F32_TOLERANCE = 1e-4;
  /** Two XLA paths (HLO text and StableHLO; TF Java and jaxlib) on the same CPU. */
  static final double SAME_BACKEND_TOLERANCE = 1e-5;

  static XlaHarness harness;
  static final List<Case> cases = new ArrayList<>();
  static Summary run;
  static Summary reference;

  /** One program run by XLA from one file, its inputs, and where XLA and NumPy put the outputs. */
  record Case(String id, Sample sample, boolean golden, Program program, Program referenceProgram) {}

  @BeforeAll
  static void runEveryGoldenProgram() throws IOException {
    harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    Map<String, Sample> samples = new LinkedHashMap<>();
    SamplePrograms.goldenSet().forEach(s -> samples.put(s.module().name(), s));
    samples.put("ring_one_step",
        SamplePrograms.ringSample(HloSamples.ringRotation(4, 1, 2, 8), 1, HloSamples.ringPairs(4)));
    samples.put("partial_permutation", SamplePrograms.ringSample(HloSamples.partialPermutation(4, 2, 8), 1,
        HloSamples.ringPairs(4).subList(0, 3)));
    for (Map.Entry<String, Sample> e : samples.entrySet()) {
      String id = e.getKey();
      Sample s = e.getValue();
      HloModule m = s.module();
      boolean golden = id.equals(m.name()) && Files.exists(GoldenHlo.hloFile(m, GoldenFilesTest.GOLDEN_DIR));
      Path hlo = golden ? GoldenHlo.hloFile(m, GoldenFilesTest.GOLDEN_DIR).toAbsolutePath() : writeHlo(m, id);
      List<Input> inputs = s.runnable() ? writeInputs(s, id) : List.of();
      Program numpy = s.reference() == null || !s.runnable() ? null : referenceProgram(s, id, hlo, inputs);
      cases.add(new Case(id, s, golden, new Program(id, hlo, m.numPartitions(), inputs, outputs(s, id, "xla")), numpy));
      if (golden) {
        Path mlir = GoldenFilesTest.GOLDEN_DIR.resolve(m.name() + ".stablehlo.mlir").toAbsolutePath();
        String sid = id + ".stablehlo";
        cases.add(new Case(sid, s, true,
            Program.stablehlo(sid, mlir, m.numPartitions(), inputs, outputs(s, sid, "xla")), null));
      }
    }
    run = harness.run(runnable().map(Case::program).toList(), WORK);
    reference = harness.reference(runnable().map(Case::referenceProgram).filter(p -> p != null).toList(), WORK);
  }

  /**
   * The NumPy reference of a sample. Per device, as the program, unless the sample gathers its
   * outputs into global arrays: then the reference sees the whole (replicated) inputs at once.
   */
  private static Program referenceProgram(Sample s, String id, Path hlo, List<Input> inputs) {
    Reference ref = Reference.of(s.reference(), s.referenceArgs());
    if (s.outputConcatDim() == null) {
      return new Program(id, hlo, s.module().numPartitions(), inputs, outputs(s, id, "numpy")).withReference(ref);
    }
    List<Input> whole = inputs.stream().map(i -> Input.replicated(i.npy())).toList();
    List<Output> outs = outputs(s, id, "numpy").stream().map(o -> Output.first(o.npy())).toList();
    return new Program(id, hlo, 1, whole, outs).withReference(ref);
  }

  private static java.util.stream.Stream<Case> runnable() {
    return cases.stream().filter(c -> c.sample.runnable());
  }

  @Test
  void compileOnlyGoldenFilesAreListedForCi() throws IOException {
    List<String> listed = Files.readAllLines(GoldenFilesTest.GOLDEN_DIR.resolve(COMPILE_ONLY)).stream()
        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split("\\s+")[0]).sorted().toList();
    List<String> flagged = cases.stream().filter(c -> c.golden && !c.sample.runnable() && !c.id.endsWith(".stablehlo"))
        .map(Case::id).sorted().toList();
    assertEquals(flagged, listed, "golden-hlo/golden/" + COMPILE_ONLY + " must list exactly the golden programs too large to run here");
  }

  @Test
  void xlaParsesAndRunsEveryProgram() {
    runnable().forEach(c -> {
      ProgramResult r = run.program(c.id);
      assertTrue(r.parsed() && r.compiled() && r.ran(), c.id + ": " + r.error());
    });
    assertEquals(runnable().count(), run.counts().ran());
  }

  @Test
  void xlaMatchesTheNumPyReference() throws IOException {
    for (Case c : cases) {
      if (c.referenceProgram == null) {
        continue;
      }
      ProgramResult ref = reference.program(c.id);
      assertTrue(ref.ran(), c.id + ": " + ref.error());
      for (int k = 0; k < c.program.outputs().size(); k++) {
        float[] xla = Npy.read(c.program.outputs().get(k).npy()).toFloats();
        float[] numpy = Npy.read(c.referenceProgram.outputs().get(k).npy()).toFloats();
        assertClose(numpy, xla, F32_TOLERANCE, c.id + " output " + k + " vs NumPy");
      }
    }
  }

  @Test
  void stableHloAndHloTextGiveTheSameNumbers() throws IOException {
    for (Case c : runnable().toList()) {
      if (!c.id.endsWith(".stablehlo")) {
        continue;
      }
      Case hlo = find(c.id.substring(0, c.id.length() - ".stablehlo".length()));
      for (int k = 0; k < c.program.outputs().size(); k++) {
        assertClose(Npy.read(hlo.program.outputs().get(k).npy()).toFloats(),
            Npy.read(c.program.outputs().get(k).npy()).toFloats(), SAME_BACKEND_TOLERANCE, c.id + " output " + k);
      }
    }
  }

  @Test
  void oneRingStepMovesEachBlockToTheRightNeighbour() throws IOException {
    Case one = find("ring_one_step");
    float[] blocks = Npy.read(one.program.inputs().get(0).npy()).toFloats();   // global [4*2, 8]
    float[] held = Npy.read(one.program.outputs().get(0).npy()).toFloats();    // stacked [4, 2, 8]
    int block = 2 * 8;
    for (int d = 0; d < 4; d++) {
      int from = (d + 3) % 4;
      float[] expected = java.util.Arrays.copyOfRange(blocks, from * block, (from + 1) * block);
      assertArrayEquals(expected, java.util.Arrays.copyOfRange(held, d * block, (d + 1) * block),
          "device " + d + " must hold device " + from + "'s block");
    }
  }

  @Test
  void aDeviceThatIsNoTargetReceivesZeros() throws IOException {
    float[] held = Npy.read(find("partial_permutation").program.outputs().get(0).npy()).toFloats();
    assertArrayEquals(new float[16], java.util.Arrays.copyOfRange(held, 0, 16));
    assertTrue(java.util.Arrays.stream(box(held, 16, 64)).anyMatch(v -> v != 0), "devices 1..3 receive data");
  }

  @Test
  void theMlpGivesTheSameNumbersThroughTensorFlowJava(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Case mlp = find("mlp_swiglu");
    HloModule m = mlp.sample.module();
    Manifest manifest = Manifest.builder().torusVersion(Torus.VERSION).name(m.name())
        .entryPoint(ArtifactEmitter.describeSingleDevice(m, Role.ACTIVATION, Role.ACTIVATION)).build();
    List<HostTensor> inputs = new ArrayList<>();
    for (Input in : mlp.program.inputs()) {
      inputs.add(Npy.read(in.npy()));
    }
    float[] tfJava;
    try (TorusRuntime runtime = TorusRuntime.cpu();
        LoadedProgram program = runtime.load(new ForwardCompiler.Compiled(m, manifest).write(dir))) {
      tfJava = program.run(inputs).get(0).toFloats();
    }
    float[] harnessOut = Npy.read(mlp.program.outputs().get(0).npy()).toFloats();
    float[] numpy = Npy.read(mlp.referenceProgram.outputs().get(0).npy()).toFloats();
    assertClose(harnessOut, tfJava, SAME_BACKEND_TOLERANCE, "TF Java vs harness");
    assertClose(numpy, tfJava, F32_TOLERANCE, "TF Java vs NumPy");
  }

  @Test
  void everyGoldenProgramCompilesForTpuV4() {
    List<Program> golden = cases.stream().filter(Case::golden).map(Case::program)
        .map(p -> new Program(p.id(), p.hlo(), p.stablehlo(), p.numPartitions(), List.of(), List.of(), null)).toList();
    Summary tpu = harness.compileForTpu(golden, "v4-8", WORK);
    for (Program p : golden) {
      ProgramResult r = tpu.program(p.id());
      assertTrue(r.compiled(), p.id() + ": " + r.error());
      assertTrue(r.memory().getOrDefault("temp_size_in_bytes", -1L) >= 0, p.id() + ": no memory statistics " + r.memory());
    }
    ProgramResult ring = tpu.program("ring_rotation");
    assertTrue(ring.asyncCollectives().getOrDefault("collective-permute-start", 0) >= 1,
        "the TPU schedule should make the ring's collective-permute asynchronous: " + ring.asyncCollectives());
  }

  private static Case find(String id) {
    return cases.stream().filter(c -> c.id.equals(id)).findFirst().orElseThrow();
  }

  private static Path writeHlo(HloModule m, String id) throws IOException {
    Path file = WORK.resolve(id + ".hlo");
    Files.writeString(file, dev.torus.compiler.emit.HloTextPrinter.print(m));
    return file;
  }

  /** Reproducible inputs, split over the devices as the sample says; token ids below 100. */
  private static List<Input> writeInputs(Sample sample, String id) throws IOException {
    List<Input> inputs = new ArrayList<>();
    HloModule m = sample.module();
    List<Instruction> params = m.entry().parameters();
    for (int k = 0; k < params.size(); k++) {
      Instruction p = params.get(k);
      ArrayShape s = p.arrayShape();
      Integer dim = sample.inputShardedDims().get(k);
      long[] global = s.dims().stream().mapToLong(Long::longValue).toArray();
      if (dim != null) {
        global[dim] *= m.numPartitions();
      }
      Path file = WORK.resolve(id + "." + p.name() + ".npy");
      long seed = p.name().hashCode() + 31L * id.length();
      Npy.write(file, s.elementType() == dev.torus.artifact.DType.S32
          ? RandomTensors.randomTokens(seed, 100, global)
          : RandomTensors.randomTensor(seed, p.name().contains("norm") ? 0.2f : 1.0f, global));
      inputs.add(dim == null ? Input.replicated(file) : Input.sharded(file, dim));
    }
    return inputs;
  }

  /** Outputs: gathered along the sample's dimension, else device 0's on one device and stacked on several. */
  private static List<Output> outputs(Sample sample, String id, String by) {
    HloModule m = sample.module();
    int count = m.entry().resultShape().leaves().size();
    List<Output> outs = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      Path file = WORK.resolve(id + ".out" + k + "." + by + ".npy");
      outs.add(sample.outputConcatDim() != null ? Output.concat(file, sample.outputConcatDim())
          : m.numPartitions() == 1 ? Output.first(file) : Output.stack(file));
    }
    return outs;
  }

  static double assertClose(float[] expected, float[] actual, double tolerance, String what) {
    assertEquals(expected.length, actual.length, what + ": element count");
    double maxRef = 0;
    double maxErr = 0;
    for (int i = 0; i < expected.length; i++) {
      maxRef = Math.max(maxRef, Math.abs(expected[i]));
      maxErr = Math.max(maxErr, Math.abs(expected[i] - actual[i]));
    }
    double rel = maxRef == 0 ? maxErr : maxErr / maxRef;
    assertTrue(rel <= tolerance, what + ": max |difference| / max |reference| = " + rel + " > " + tolerance);
    return rel;
  }

  private static double[] box(float[] a, int from, int to) {
    double[] d = new double[to - from];
    for (int i = from; i < to; i++) {
      d[i - from] = a[i];
    }
    return d;
  }
}
