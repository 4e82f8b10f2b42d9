package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.HostTensor;
import dev.torus.artifact.MeshSharding;
import dev.torus.artifact.Npy;
import dev.torus.artifact.TensorSpec;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.RandomTensors;
import dev.torus.cli.SamplePrograms;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.compiler.analysis.AttentionLoopRuns;
import dev.torus.compiler.analysis.CostAnalysis;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.lower.ProgramNames;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.ir.Instruction;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.dsl.SlidingWindow;
import dev.torus.harness.XlaHarness;
import dev.torus.harness.XlaHarness.Input;
import dev.torus.harness.XlaHarness.Output;
import dev.torus.harness.XlaHarness.Program;
import dev.torus.harness.XlaHarness.Reference;
import dev.torus.harness.XlaHarness.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Sliding windows skip work: the key/value blocks the attention loops execute (the debug build's
 * counter, per device) equal the brute-force count of (query block, key block) pairs with at least
 * one visible (query, key) pair, for windows smaller than, equal to and larger than the block, on
 * one device and on rings of 4 in both token layouts. The tiny model windows its first layer and
 * not its second (alternating local/global layers in one layer loop); the one-device logits equal
 * the dense NumPy reference's with the same windows, and the ring's equal the one-device program's.
 * On the rings, each layer kind runs its own ring-step loop, as many steps as its last visible
 * step (the windowed layers of a contiguous ring of 4 with 16 tokens each: one for windows 5 and 8,
 * two for 20; the global layers three), and only a program whose layers differ has the conditional
 * that picks them. With the window in every layer, a contiguous ring of 4 (16 tokens each) runs only the ring steps
 * whose held block some local query sees (none for a window of 1, one for 3 and 5, two for 20:
 * its {@code ring_steps} loop's trip count, against the brute-force last visible step), with the same
 * logits and block counts; a striped ring of 4 skips steps for windows shorter than the ring (1: none
 * run, 3: two).
 */
class SlidingWindowBlocksTest {
  static final Path WORK = Path.of("target/xla-harness/sliding-window").toAbsolutePath();
  static final int SEQ = 64;
  static final int BLOCK = 8;
  static final int[] WINDOWS = {5, BLOCK, 20};
  static final int[] EVERY_LAYER_WINDOWS = {1, 3, 5, 20};

  record Config(String id, ModelSpec model, RunShape shape) {}

  static List<Config> configs() {
    List<Config> c = new ArrayList<>();
    for (int w : WINDOWS) {
      ModelSpec m = Presets.tiny().toBuilder()
          .slidingWindow(SlidingWindow.pattern(w, List.of(true, false))).build();
      c.add(new Config("w" + w + "_one_device", m, RunShape.of(1, SEQ, BlockSizes.uniform(BLOCK))));
      for (TokenLayout layout : TokenLayout.values()) {
        c.add(new Config("w" + w + "_ring4_" + layout.label(), m,
            RunShape.ring(1, SEQ, BlockSizes.uniform(BLOCK), 4, layout, 1)));
      }
    }
    for (int w : EVERY_LAYER_WINDOWS) {
      ModelSpec m = Presets.tiny().toBuilder().slidingWindow(SlidingWindow.everyLayer(w)).build();
      c.add(new Config("w" + w + "_every_one_device", m, RunShape.of(1, SEQ, BlockSizes.uniform(BLOCK))));
      c.add(new Config("w" + w + "_every_ring4_contiguous", m,
          RunShape.ring(1, SEQ, BlockSizes.uniform(BLOCK), 4, TokenLayout.CONTIGUOUS, 1)));
      if (w < 4) {   // a striped ring skips steps only for windows shorter than the ring
        c.add(new Config("w" + w + "_every_ring4_striped", m,
            RunShape.ring(1, SEQ, BlockSizes.uniform(BLOCK), 4, TokenLayout.STRIPED, 1)));
      }
    }
    return c;
  }

  /** The distinct last visible ring steps ({@link #lastVisibleStep}) of {@code m}'s layers, ascending. */
  static List<Long> lastVisibleSteps(ModelSpec m, RunShape shape) {
    java.util.TreeSet<Long> steps = new java.util.TreeSet<>();
    for (int layer = 0; layer < m.depth(); layer++) {
      steps.add((long) lastVisibleStep(m, shape, layer));
    }
    return List.copyOf(steps);
  }

  /** The last ring step at which some device holds a block with a key one of layer {@code layer}'s queries sees. */
  static int lastVisibleStep(ModelSpec m, RunShape shape, int layer) {
    int n = shape.ring();
    long local = shape.localSequence();
    SlidingWindow window = m.attention().slidingWindow();
    long w = window.appliesTo(layer) ? window.size() : Long.MAX_VALUE;
    int last = 0;
    for (int r = 0; r < n; r++) {
      for (int step = 0; step < n; step++) {
        if (anyVisible(shape, r, Math.floorMod(r - step, n), 0, (int) local, 0, (int) local, w)) {
          last = Math.max(last, step);
        }
      }
    }
    return last;
  }

  /**
   * Per device, the (query block, held key block) pairs over all ring steps and layers with some
   * key visible: {@code k <= q} and, in a windowed layer, {@code q - k < W}.
   */
  static long[] bruteForce(ModelSpec m, RunShape shape, boolean windowed) {
    int n = shape.ring();
    long local = shape.localSequence();
    int bq = shape.blocks().query();
    int bk = shape.blocks().keyValue();
    SlidingWindow window = m.attention().slidingWindow();
    long[] perDevice = new long[n];
    for (int layer = 0; layer < m.depth(); layer++) {
      long w = windowed && window.appliesTo(layer) ? window.size() : Long.MAX_VALUE;
      for (int r = 0; r < n; r++) {
        for (int source = 0; source < n; source++) {
          for (long qb = 0; qb < local / bq; qb++) {
            for (long kb = 0; kb < local / bk; kb++) {
              if (anyVisible(shape, r, source, qb * bq, bq, kb * bk, bk, w)) {
                perDevice[r]++;
              }
            }
          }
        }
      }
    }
    return perDevice;
  }

  private static boolean anyVisible(RunShape shape, int device, int source, long q0, int bq, long k0, int bk,
      long window) {
    TokenLayout layout = shape.layout();
    int n = shape.ring();
    long local = shape.localSequence();
    for (long i = q0; i < q0 + bq; i++) {
      long q = layout.position(device, n, local, i);
      for (long j = k0; j < k0 + bk; j++) {
        long k = layout.position(source, n, local, j);
        if (k <= q && q - k < window) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void executedBlocksEqualTheVisibleBlockPairs() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    List<Program> programs = new ArrayList<>();
    List<Program> numpy = new ArrayList<>();
    for (Config c : configs()) {
      ForwardCompiler.Compiled compiled = ForwardCompiler.compile(c.model, c.shape, true);
      Path hlo = WORK.resolve(c.id + ".hlo");
      Files.writeString(hlo, HloTextPrinter.print(compiled.module()));
      HostTensor tokens = RandomTensors.randomTokens(17, c.model.vocabSize(), 1, SEQ);
      Path perDevice = WORK.resolve(c.id + ".tokens.devices.npy");
      Npy.write(perDevice, RingForwardTest.concatenated(MeshSharding.toDevices(compiled.manifest(),
          compiled.manifest().entryPoint("main").inputs().get(0), tokens)));
      List<Input> in = new ArrayList<>(List.of(Input.sharded(perDevice, 0)));
      List<Instruction> params = compiled.module().entry().parameters();
      for (Instruction p : params.subList(1, params.size())) {
        Path file = WORK.resolve(c.id + "." + p.name() + ".npy");
        Npy.write(file, BlockwiseForwardTest.randomInput(p, c.model));
        in.add(Input.replicated(file));
      }
      if (c.shape.ring() == 1) {   // the dense NumPy LLaMA with the same window pattern
        SamplePrograms.Sample reference = SamplePrograms.forwardSample(c.model, c.shape);
        numpy.add(new Program(c.id, hlo, 1, in, List.of(Output.first(WORK.resolve(c.id + ".numpy.npy"))))
            .withReference(Reference.of(reference.reference(), reference.referenceArgs())));
      }
      programs.add(new Program(c.id, hlo, c.shape.devices(), in, List.of(
          Output.concat(WORK.resolve(c.id + ".logits.npy"), 0), Output.stack(WORK.resolve(c.id + ".blocks.npy")))));
    }
    Summary run = harness.run(programs, WORK);
    Summary ref = harness.reference(numpy, WORK);
    for (Config c : configs()) {
      assertTrue(run.program(c.id).ran(), c.id + ": " + run.program(c.id).error());
      long[] expected = bruteForce(c.model, c.shape, true);
      int[] executed = Npy.read(WORK.resolve(c.id + ".blocks.npy")).toInts();
      long[] actual = new long[executed.length];
      for (int d = 0; d < executed.length; d++) {
        actual[d] = executed[d];
      }
      System.out.printf(Locale.ROOT, "[window] %-28s executed key/value blocks per device %s (brute force %s;"
          + " without the window %s)%n", c.id, Arrays.toString(actual), Arrays.toString(expected),
          Arrays.toString(bruteForce(c.model, c.shape, false)));
      assertArrayEquals(expected, actual, c.id + ": executed key/value blocks per device");
      if (c.shape.ring() == 1) {
        assertTrue(ref.program(c.id).ran(), c.id + ": " + ref.program(c.id).error());
        double rel = RealXlaGoldenTest.assertClose(Npy.read(WORK.resolve(c.id + ".numpy.npy")).toFloats(),
            Npy.read(WORK.resolve(c.id + ".logits.npy")).toFloats(), 1e-4, c.id + " vs the dense NumPy reference");
        System.out.printf(Locale.ROOT, "[window] %-28s logits vs dense NumPy (windowed, global): max rel. diff %.2e%n",
            c.id, rel);
      } else {
        Config one = configs().stream().filter(o -> o.model.equals(c.model) && o.shape.ring() == 1).findFirst()
            .orElseThrow();
        TensorSpec logits = ForwardCompiler.compile(c.model, c.shape, true).manifest().entryPoint("main").outputs()
            .get(0);
        HostTensor gathered = MeshSharding.fromDevices(ForwardCompiler.compile(c.model, c.shape, true).manifest(),
            logits, RingForwardTest.split(Npy.read(WORK.resolve(c.id + ".logits.npy")), c.shape.devices()));
        double rel = RealXlaGoldenTest.assertClose(Npy.read(WORK.resolve(one.id + ".logits.npy")).toFloats(),
            gathered.toFloats(), 1e-4, c.id + " vs " + one.id);
        HloModule module = ForwardCompiler.compile(c.model, c.shape, true).module();
        // One ring-step loop per distinct count of the layers' own last visible steps (a count of 0: no loop).
        List<Long> trips = CostAnalysis.analyse(module, AttentionLoopRuns.of(c.model, c.shape, 0)).loops().stream()
            .filter(l -> l.name().equals(ProgramNames.RING_STEPS)).map(l -> l.tripCount().orElseThrow()).sorted()
            .toList();
        List<Long> lastVisible = lastVisibleSteps(c.model, c.shape);
        System.out.printf(Locale.ROOT, "[window] %-28s logits vs one device: max rel. diff %.2e; ring steps run %s of %d"
            + " (last visible steps of the layer kinds %s)%n", c.id, rel, trips, c.shape.ring() - 1, lastVisible);
        assertEquals(lastVisible.stream().filter(t -> t > 0).toList(), trips, c.id + ": ring steps run per layer kind");
        assertEquals(lastVisible.size() > 1, HloTextPrinter.print(module).contains(" conditional("),
            c.id + ": a conditional only for mixed counts");
      }
    }
  }
}
