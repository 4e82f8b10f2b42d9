package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.MeshSharding;
import dev.torus.artifact.Npy;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSpec;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.SamplePrograms;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.compiler.analysis.AttentionLoopRuns;
import dev.torus.compiler.analysis.CostAnalysis;
import dev.torus.compiler.analysis.ProgramReport;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.emit.StableHloPrinter;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.lower.ProgramNames;
import dev.torus.compiler.lower.RingLayout;
import dev.torus.compiler.pass.EmulateMeshPass;
import dev.torus.compiler.train.LossGradients;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import dev.torus.dsl.SlidingWindow;
import dev.torus.harness.XlaHarness;
import dev.torus.harness.XlaHarness.Input;
import dev.torus.harness.XlaHarness.Output;
import dev.torus.harness.XlaHarness.Program;
import dev.torus.runtime.LoadedProgram;
import dev.torus.runtime.TorusRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A Gemma-2-style model (a sliding window in every other layer, soft-capping) on a ring of 4: each
 * layer runs the ring steps its own window needs, forward and in the train step's backward, in one
 * ring-step loop per distinct count picked by a {@code conditional} ({@link ProgramNames#RING_KIND}).
 * Checked against brute force, per layer kind: each branch's ring-step loop runs the kind's last
 * visible step, and the cost analysis' key/value block runs inside it (forward and backward) equal
 * the (query block, held key block) pairs with a visible key, per device; windows smaller than, equal
 * to and larger than the 8-token block and larger than a device's 16 tokens, contiguous and striped.
 * Numbers unchanged: the ring's logits and its train step's loss and gradients equal the one-device
 * program's within 1e-5, both on 4 virtual JAX devices (the SPMD program, as {@code pod-run} runs it)
 * and in TensorFlow Java (the emulated program, as {@code run} and {@code train --emulate} run it).
 */
class RingKindsTest {
  static final Path WORK = Path.of("target/xla-harness/ring-kinds").toAbsolutePath();
  static final int SEQ = 64;
  static final int RING = 4;
  static final int BATCH = 1;
  static final BlockSizes BLOCKS = BlockSizes.uniform(8);
  /** A ring of N devices vs one device, same dtype (docs/ARCHITECTURE.md, "Fixed interfaces"). */
  static final double TOLERANCE = 1e-5;

  record Case(String id, int window, TokenLayout layout) {
    ModelSpec model() {
      // three layers (windowed, global, windowed): the kinds' shares differ
      return SamplePrograms.tinyGemma2Style().toBuilder().depth(3)
          .slidingWindow(SlidingWindow.pattern(window, List.of(true, false))).build();
    }

    RunShape shape(int ring) {
      return ring == 1 ? RunShape.of(BATCH, SEQ, BLOCKS) : RunShape.ring(BATCH, SEQ, BLOCKS, ring, layout, 1);
    }
  }

  static final List<Case> CASES = List.of(
      new Case("w5_contiguous", 5, TokenLayout.CONTIGUOUS),
      new Case("w8_contiguous", 8, TokenLayout.CONTIGUOUS),
      new Case("w20_contiguous", 20, TokenLayout.CONTIGUOUS),
      new Case("w3_striped", 3, TokenLayout.STRIPED));

  @Test
  void eachLayerKindRunsItsOwnRingStepsAndBlocks() {
    for (Case c : CASES) {
      ModelSpec m = c.model();
      RunShape shape = c.shape(RING);
      List<Long> kinds = kinds(m, shape);
      assertEquals(2, kinds.size(), c.id + ": windowed and global layers run different ring steps");
      HloModule forward = ForwardCompiler.compile(m, shape, false).module();
      HloModule train = LossGradients.build(m, shape).module();
      assertTrue(HloTextPrinter.print(forward).contains(" conditional("), c.id);
      for (int d = 0; d < RING; d++) {
        List<CostAnalysis.Loop> fwd = CostAnalysis.analyse(forward, AttentionLoopRuns.of(m, shape, d)).loops();
        List<CostAnalysis.Loop> bwd = CostAnalysis.analyse(train, AttentionLoopRuns.of(m, shape, d)).loops();
        for (int k = 0; k < kinds.size(); k++) {
          long last = kinds.get(k);
          String label = CostAnalysis.branchLabel(ProgramNames.RING_KIND, k);
          String gradLabel = CostAnalysis.branchLabel(ProgramNames.RING_KIND_GRAD, k);
          long[] brute = bruteForce(m, shape, last);
          String what = String.format(Locale.ROOT, "%s device %d kind %d (last visible step %d)", c.id, d, k, last);
          assertEquals(last, trips(fwd, label, ProgramNames.RING_STEPS), what + ": forward ring steps");
          assertEquals(last, trips(bwd, gradLabel, ProgramNames.RING_STEPS_GRAD), what + ": backward ring steps");
          assertEquals(brute[d], blockRuns(fwd, label, ""), 1e-9, what + ": forward key/value blocks");
          assertEquals(brute[d], blockRuns(bwd, gradLabel, ProgramNames.GRAD_SUFFIX), 1e-9,
              what + ": backward key/value blocks");
          if (d == 0) {
            System.out.printf(Locale.ROOT, "[ring-kinds] %-16s kind %d: %d of %d ring steps, key/value blocks per"
                + " device %s%n", c.id, k, last, RING - 1, java.util.Arrays.toString(brute));
          }
        }
      }
      // the report: each kind's layers run their own steps
      ProgramReport report = ProgramReport.of(m, shape, forward, dev.torus.compiler.hardware.Hardware.TPU_V4);
      for (ProgramReport.Ring kind : report.layerKinds()) {
        long window = kind.kind().startsWith("window ") ? Long.parseLong(kind.kind().substring(7)) : 0;
        assertEquals((long) RingLayout.passingSteps(shape, window), kind.stepsRun(), c.id + " " + kind.kind());
      }
      assertEquals(RING - 1, report.ringStepsRun(), c.id);
    }
    // a model whose layers all run the same count emits no conditional
    ModelSpec every = CASES.get(0).model().toBuilder().slidingWindow(SlidingWindow.everyLayer(5)).build();
    assertFalse(HloTextPrinter.print(ForwardCompiler.compile(every, CASES.get(0).shape(RING), false).module())
        .contains(" conditional("));
  }

  @Test
  void ringLogitsAndGradientsEqualOneDeviceOnJaxAndTensorFlow() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    Case c = CASES.get(0);
    ModelSpec m = c.model();
    List<Program> programs = new ArrayList<>();
    List<Run> runs = new ArrayList<>();
    for (int ring : new int[] {1, RING}) {
      RunShape shape = c.shape(ring);
      runs.add(new Run("forward.ring" + ring, shape, ForwardCompiler.compile(m, shape, false).module()));
      runs.add(new Run("train.ring" + ring, shape, LossGradients.build(m, shape).module()));
    }
    // global inputs from the one-device programs' parameters, sharded along the sequence for the ring
    List<List<HostTensor>> global = new ArrayList<>();
    for (Run r : runs.subList(0, 2)) {
      global.add(r.module.entry().parameters().stream().map(p -> BlockwiseForwardTest.randomInput(p, m)).toList());
    }
    List<List<List<HostTensor>>> tfOut = new ArrayList<>();
    for (int k = 0; k < runs.size(); k++) {
      Run r = runs.get(k);
      List<HostTensor> stacked = new ArrayList<>();
      for (HostTensor t : global.get(k % 2)) {
        stacked.add(MeshSharding.stack(pieces(t, r.shape)));
      }
      List<Input> in = new ArrayList<>();
      for (int j = 0; j < stacked.size(); j++) {
        Path npy = WORK.resolve(r.id + ".in" + j + ".npy");
        Npy.write(npy, stacked.get(j));
        in.add(Input.stacked(npy));
      }
      int outs = r.module.entry().root().shape().leaves().size();
      List<Output> out = new ArrayList<>();
      for (int j = 0; j < outs; j++) {
        out.add(Output.stack(WORK.resolve(r.id + ".jax.out" + j + ".npy")));
      }
      Path hlo = WORK.resolve(r.id + ".hlo");
      Files.writeString(hlo, HloTextPrinter.print(r.module));
      programs.add(new Program(r.id, hlo, r.shape.devices(), in, out));
      tfOut.add(runEmulated(r, stacked));
    }
    XlaHarness.Summary summary = harness.run(programs, WORK);
    for (String runtime : List.of("jax", "tensorflow")) {
      for (int k = 0; k < 2; k++) {
        Run one = runs.get(k);
        Run ring = runs.get(k + 2);
        List<List<HostTensor>> oneOut = outputs(runtime, one, tfOut.get(k), summary);
        List<List<HostTensor>> ringOut = outputs(runtime, ring, tfOut.get(k + 2), summary);
        if (k == 0) {   // logits [B, L, V] per device, in the layout's positions
          float[] want = oneOut.get(0).get(0).toFloats();
          float[] got = globalLogits(ringOut.get(0), ring.shape);
          double rel = Differences.maxRelative(want, got);
          System.out.printf(Locale.ROOT, "[ring-kinds] %-10s %s logits ring %d vs one device: max rel. diff %.2e%n",
              runtime, c.id, RING, rel);
          assertTrue(rel <= TOLERANCE, runtime + " logits: " + rel);
        } else {   // loss, then every weight's gradient (replicated: device 0's)
          double worst = 0;
          for (int j = 0; j < oneOut.size(); j++) {
            double rel = j == 0 ? Math.abs(ringOut.get(0).get(0).toFloats()[0] - oneOut.get(0).get(0).toFloats()[0])
                / Math.abs(oneOut.get(0).get(0).toFloats()[0])
                : Differences.relativeL2(ringOut.get(j).get(0).toFloats(), oneOut.get(j).get(0).toFloats());
            assertTrue(rel <= TOLERANCE, runtime + " train output " + j + ": " + rel);
            worst = Math.max(worst, rel);
          }
          System.out.printf(Locale.ROOT, "[ring-kinds] %-10s %s train step ring %d vs one device: loss and %d"
              + " gradients, worst relative L2 %.2e%n", runtime, c.id, RING, oneOut.size() - 1, worst);
        }
      }
    }
  }

  private record Run(String id, RunShape shape, HloModule module) {}

  /** Each output's per-device pieces, from the JAX run's files or the TensorFlow run. */
  private static List<List<HostTensor>> outputs(String runtime, Run r, List<List<HostTensor>> tf,
      XlaHarness.Summary summary) throws Exception {
    if (runtime.equals("tensorflow")) {
      return tf;
    }
    assertTrue(summary.program(r.id).ok(), r.id + ": " + summary.program(r.id).error());
    List<List<HostTensor>> out = new ArrayList<>();
    int outs = r.module.entry().root().shape().leaves().size();
    for (int j = 0; j < outs; j++) {
      out.add(MeshSharding.unstack(Npy.read(WORK.resolve(r.id + ".jax.out" + j + ".npy"))));
    }
    return out;
  }

  /** The emulated program ({@link EmulateMeshPass}) run by TensorFlow Java: each output's per-device pieces. */
  private static List<List<HostTensor>> runEmulated(Run r, List<HostTensor> stacked) throws Exception {
    HloModule emulated = new EmulateMeshPass().run(r.module);
    List<TensorSpec> in = new ArrayList<>();
    for (int j = 0; j < stacked.size(); j++) {
      HostTensor t = stacked.get(j);
      in.add(TensorSpec.replicated("in" + j, t.dtype() == DType.S32 ? Role.TOKENS : Role.WEIGHT, t.dtype(), t.shape()));
    }
    List<TensorSpec> out = new ArrayList<>();
    List<ArrayShape> leaves = emulated.entry().root().shape().leaves();
    for (int j = 0; j < leaves.size(); j++) {
      out.add(TensorSpec.replicated("out" + j, Role.WEIGHT, leaves.get(j).elementType(), leaves.get(j).dims()));
    }
    List<HostTensor> results;
    try (TorusRuntime runtime = TorusRuntime.cpu();
        LoadedProgram loaded = LoadedProgram.fromStableHlo(r.id, StableHloPrinter.print(emulated), in, out)) {
      results = loaded.run(stacked);
    }
    return results.stream().map(t -> (List<HostTensor>) MeshSharding.unstack(t)).toList();
  }

  /** A global input's per-device pieces: an s32 {@code [B, S]} split along the sequence in the layout's order, else copies. */
  private static List<HostTensor> pieces(HostTensor t, RunShape shape) {
    int n = shape.ring();
    if (t.dtype() != DType.S32 || t.rank() != 2 || n == 1) {
      return java.util.Collections.nCopies(shape.devices(), t);
    }
    int[] ids = t.toInts();
    int local = shape.localSequence();
    List<HostTensor> out = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      int[] piece = new int[BATCH * local];
      for (int b = 0; b < BATCH; b++) {
        for (int i = 0; i < local; i++) {
          piece[b * local + i] = ids[b * SEQ + (int) shape.layout().position(d, n, local, i)];
        }
      }
      out.add(HostTensor.ofInts(piece, BATCH, local));
    }
    return out;
  }

  /** The ring's per-device logits {@code [B, L, V]} in global sequence order {@code [B, S, V]}. */
  private static float[] globalLogits(List<HostTensor> pieces, RunShape shape) {
    int n = shape.ring();
    int local = shape.localSequence();
    int vocab = Math.toIntExact(pieces.get(0).shape().get(2));
    float[] out = new float[BATCH * SEQ * vocab];
    for (int d = 0; d < n; d++) {
      float[] p = pieces.get(d).toFloats();
      for (int b = 0; b < BATCH; b++) {
        for (int i = 0; i < local; i++) {
          int at = (int) shape.layout().position(d, n, local, i);
          System.arraycopy(p, (b * local + i) * vocab, out, (b * SEQ + at) * vocab, vocab);
        }
      }
    }
    return out;
  }

  /** The distinct last visible ring steps of {@code m}'s layers, ascending: one per layer kind. */
  static List<Long> kinds(ModelSpec m, RunShape shape) {
    return SlidingWindowBlocksTest.lastVisibleSteps(m, shape);
  }

  /** Per device, the visible (query block, held key block) pairs summed over the layers whose last visible step is {@code last}. */
  static long[] bruteForce(ModelSpec m, RunShape shape, long last) {
    long[] total = new long[shape.ring()];
    for (int layer = 0; layer < m.depth(); layer++) {
      if (SlidingWindowBlocksTest.lastVisibleStep(m, shape, layer) != last) {
        continue;
      }
      ModelSpec one = m.toBuilder().depth(1).slidingWindow(m.attention().slidingWindow().appliesTo(layer)
          ? SlidingWindow.everyLayer(m.attention().slidingWindow().size()) : null).build();
      long[] perDevice = SlidingWindowBlocksTest.bruteForce(one, shape, one.attention().slidingWindow() != null);
      for (int d = 0; d < total.length; d++) {
        total[d] += perDevice[d];
      }
    }
    return total;
  }

  /** The trip count of the {@code name} loop in branch {@code label} (0 when the branch has none). */
  private static long trips(List<CostAnalysis.Loop> loops, String label, String name) {
    Set<Long> trips = new java.util.HashSet<>();
    loops.stream().filter(l -> l.path().contains(label) && l.name().equals(name))
        .forEach(l -> trips.add(l.tripCount().orElseThrow()));
    assertTrue(trips.size() <= 1, label + ": " + trips);
    return trips.isEmpty() ? 0 : trips.iterator().next();
  }

  /** The runs of the key/value block loops (with {@code suffix}) inside branch {@code label}. */
  private static double blockRuns(List<CostAnalysis.Loop> loops, String label, String suffix) {
    Set<String> names = Set.of(ProgramNames.KV_BLOCKS + suffix, ProgramNames.KV_BLOCKS_MASKED + suffix,
        ProgramNames.KV_BLOCKS_MASKED_BEFORE + suffix);
    return loops.stream().filter(l -> l.path().contains(label) && names.contains(l.name()))
        .mapToDouble(CostAnalysis.Loop::runs).sum();
  }
}
