package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Manifest;
import dev.torus.artifact.Npy;
import dev.torus.compiler.Torus;
import dev.torus.compiler.emit.ArtifactEmitter;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.Instruction;
import dev.torus.examples.ReferenceMlp;
import dev.torus.examples.SamplePrograms;
import dev.torus.examples.SamplePrograms.Sample;
import dev.torus.golden.XlaHarness.Input;
import dev.torus.golden.XlaHarness.Output;
import dev.torus.golden.XlaHarness.Program;
import dev.torus.golden.XlaHarness.ProgramResult;
import dev.torus.golden.XlaHarness.Reference;
import dev.torus.golden.XlaHarness.Summary;
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
  /** DESIGN: f32 program vs reference, relative to max |reference|. */
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
    harness.requireOrSkip();
    Files.createDirectories(WORK);
    Map<String, Sample> samples = new LinkedHashMap<>();
    SamplePrograms.goldenSet().forEach(s -> samples.put(s.module().name(), s));
    samples.put("ring_one_step",
        SamplePrograms.ringSample(SamplePrograms.ringRotation(4, 1, 2, 8), 1, SamplePrograms.ringPairs(4)));
    samples.put("partial_permutation", SamplePrograms.ringSample(SamplePrograms.partialPermutation(4, 2, 8), 1,
        SamplePrograms.ringPairs(4).subList(0, 3)));
    for (Map.Entry<String, Sample> e : samples.entrySet()) {
      String id = e.getKey();
      Sample s = e.getValue();
      HloModule m = s.module();
      boolean golden = id.equals(m.name()) && Files.exists(GoldenHlo.hloFile(m, GoldenFilesTest.GOLDEN_DIR));
      Path hlo = golden ? GoldenHlo.hloFile(m, GoldenFilesTest.GOLDEN_DIR).toAbsolutePath() : writeHlo(m, id);
      List<Input> inputs = writeInputs(m, id);
      Reference ref = Reference.of(s.reference(), s.referenceArgs());
      cases.add(new Case(id, s, golden, new Program(id, hlo, m.numPartitions(), inputs, outputs(m, id, "xla")),
          new Program(id, hlo, m.numPartitions(), inputs, outputs(m, id, "numpy")).withReference(ref)));
      if (golden) {
        Path mlir = GoldenFilesTest.GOLDEN_DIR.resolve(m.name() + ".stablehlo.mlir").toAbsolutePath();
        String sid = id + ".stablehlo";
        cases.add(new Case(sid, s, true,
            Program.stablehlo(sid, mlir, m.numPartitions(), inputs, outputs(m, sid, "xla")), null));
      }
    }
    run = harness.run(cases.stream().map(Case::program).toList(), WORK);
    reference = harness.reference(cases.stream().map(Case::referenceProgram).filter(p -> p != null).toList(), WORK);
  }

  @Test
  void xlaParsesAndRunsEveryProgram() {
    for (Case c : cases) {
      ProgramResult r = run.program(c.id);
      assertTrue(r.parsed() && r.compiled() && r.ran(), c.id + ": " + r.error());
    }
    assertEquals(cases.size(), run.counts().ran());
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
    for (Case c : cases) {
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
        .entryPoint(ArtifactEmitter.describeSingleDevice(m, "activation", "activation")).build();
    List<HostTensor> inputs = new ArrayList<>();
    for (Input in : mlp.program.inputs()) {
      inputs.add(Npy.read(in.npy()));
    }
    float[] tfJava;
    try (TorusRuntime runtime = TorusRuntime.cpu();
        LoadedProgram program = runtime.load(ArtifactEmitter.write(dir, m, manifest))) {
      tfJava = program.run(inputs).get(0).toFloats();
    }
    float[] harnessOut = Npy.read(mlp.program.outputs().get(0).npy()).toFloats();
    float[] numpy = Npy.read(mlp.referenceProgram.outputs().get(0).npy()).toFloats();
    assertClose(harnessOut, tfJava, SAME_BACKEND_TOLERANCE, "TF Java vs harness");
    assertClose(numpy, tfJava, F32_TOLERANCE, "TF Java vs NumPy");
  }

  @Test
  void everyGoldenProgramCompilesForTpuV4() {
    List<Program> golden = cases.stream().filter(Case::golden).map(Case::program).toList();
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

  /** Reproducible inputs; per-device parameters of multi-device programs are split along dimension 0. */
  private static List<Input> writeInputs(HloModule m, String id) throws IOException {
    List<Input> inputs = new ArrayList<>();
    int n = m.numPartitions();
    for (Instruction p : m.entry().parameters()) {
      ArrayShape s = p.arrayShape();
      long[] global = s.dims().stream().mapToLong(Long::longValue).toArray();
      global[0] *= n;
      Path file = WORK.resolve(id + "." + p.name() + ".npy");
      long seed = p.name().hashCode() + 31L * id.length();
      Npy.write(file, s.elementType() == dev.torus.artifact.DType.S32
          ? ReferenceMlp.randomTokens(seed, 100, global)
          : ReferenceMlp.randomTensor(seed, 1.0f, global));
      inputs.add(n == 1 ? Input.replicated(file) : Input.sharded(file, 0));
    }
    return inputs;
  }

  /** Outputs of one program: device 0's result on one device, all devices' stacked on several. */
  private static List<Output> outputs(HloModule m, String id, String by) {
    int count = m.entry().resultShape().leaves().size();
    List<Output> outs = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      Path file = WORK.resolve(id + ".out" + k + "." + by + ".npy");
      outs.add(m.numPartitions() == 1 ? Output.first(file) : Output.stack(file));
    }
    return outs;
  }

  /** Asserts {@code max |expected - actual| / max |expected| <= tolerance} and returns that ratio. */
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
