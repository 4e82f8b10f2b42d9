package dev.torus.compiler.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.compiler.hardware.Hardware;
import dev.torus.compiler.lower.ProgramNames;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.dsl.SlidingWindow;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A sliding window makes attention cost O(S·W), not O(S²): the key/value block runs the cost
 * analysis and {@code report} use ({@link AttentionLoopRuns#of}) equal the brute-force count of
 * visible (query block, key block) pairs, for 64K tokens with a 4K window on one device and on a
 * ring of 8, and the report's loops show them.
 */
class SlidingWindowCostTest {
  static final int SEQ = 65536;
  static final int WINDOW = 4096;
  static final BlockSizes BLOCKS = BlockSizes.uniform(1024);

  static ModelSpec windowed(int depth) {
    return Presets.llama("tiny-window", 256, 64, depth, 4, 2, 172, 1e-6, 10000)
        .slidingWindow(SlidingWindow.everyLayer(WINDOW)).build();
  }

  /** Visible (query block, key block) pairs of one layer on {@code device}, over all ring steps. */
  static long bruteForce(RunShape shape, int device, long window) {
    return bruteForce(shape, device, window, new int[(int) shape.sequence()]);
  }

  /** The same, a key visible only in its query's segment ({@code segments}: one row's ids). */
  static long bruteForce(RunShape shape, int device, long window, int[] segments) {
    int n = shape.ring();
    long local = shape.localSequence();
    int bq = shape.blocks().query();
    int bk = shape.blocks().keyValue();
    TokenLayout layout = shape.layout();
    long pairs = 0;
    for (int source = 0; source < n; source++) {
      for (long qb = 0; qb < local / bq; qb++) {
        for (long kb = 0; kb < local / bk; kb++) {
          // Positions ascend within a block: some key is visible iff the first key is at or before
          // the last query and the last key is after the first query minus the window.
          long firstQuery = layout.position(device, n, local, qb * bq);
          long lastQuery = layout.position(device, n, local, qb * bq + bq - 1);
          boolean any = false;
          for (long i = qb * bq; i < qb * bq + bq && !any; i++) {
            long q = layout.position(device, n, local, i);
            for (long j = kb * bk; j < kb * bk + bk && !any; j++) {
              long k = layout.position(source, n, local, j);
              any = k <= q && q - k < window && segments[(int) k] == segments[(int) q];
            }
          }
          pairs += any ? 1 : 0;
          assertTrue(firstQuery <= lastQuery);
        }
      }
    }
    return pairs;
  }

  /** The forward's key/value block runs (the backward's {@code _grad} loops visit the same blocks). */
  static double total(Map<List<String>, Double> runs) {
    return runs.entrySet().stream().filter(e -> !e.getKey().getLast().endsWith(ProgramNames.GRAD_SUFFIX))
        .mapToDouble(Map.Entry::getValue).sum();
  }

  /**
   * Packed documents and a window together: the later of the two lower bounds holds, so on one device
   * and on each device of a contiguous ring of 4 the runs equal the (query block, key block) pairs
   * with a key in the query's document, causal and within the window.
   */
  @Test
  void packedDocumentsWithAWindowRunTheBlocksBothLeaveVisible() {
    int seq = 256;
    int[] segments = new int[seq];
    int[] ends = {40, 140, 210, seq};
    for (int i = 0, d = 0; i < seq; i++) {
      d += i == ends[d] ? 1 : 0;
      segments[i] = d;
    }
    for (int ring : new int[] {1, 4}) {
      RunShape shape = RunShape.ring(1, seq, BlockSizes.uniform(16), ring, TokenLayout.CONTIGUOUS, 1);
      for (int window : new int[] {5, 24, 64, 1000}) {
        ModelSpec model = Presets.llama("tiny-window", 256, 64, 1, 4, 2, 172, 1e-6, 10000)
            .slidingWindow(SlidingWindow.everyLayer(window)).build();
        for (int d = 0; d < ring; d++) {
          double runs = total(AttentionLoopRuns.packed(model, shape, d, segments));
          assertEquals(bruteForce(shape, d, window, segments), runs, 0, "ring " + ring + " W " + window + " device " + d);
          assertTrue(runs <= total(AttentionLoopRuns.packed(shape, d, segments)), "window " + window);
        }
      }
    }
  }

  @Test
  void oneDeviceRunsTheWindowsBlocksNotTheCausalTriangle() {
    RunShape shape = RunShape.of(1, SEQ, BLOCKS);
    double windowed = total(AttentionLoopRuns.of(windowed(1), shape, 0));
    double causal = total(AttentionLoopRuns.causal(shape, 0));
    long blocks = SEQ / BLOCKS.keyValue();
    System.out.printf(Locale.ROOT, "[window] 64K tokens, 4K window, blocks of 1K: %.0f key/value blocks per layer"
        + " (causal %.0f)%n", windowed, causal);
    assertEquals(bruteForce(shape, 0, WINDOW), windowed, 0);
    assertEquals(blocks * (blocks + 1) / 2, causal, 0);
    assertTrue(windowed <= blocks * (WINDOW / BLOCKS.keyValue() + 1), "O(S W): " + windowed);
  }

  @Test
  void ringOfEightSkipsTheStepsOutsideEveryWindow() {
    for (TokenLayout layout : TokenLayout.values()) {
      RunShape shape = RunShape.ring(1, SEQ, BlockSizes.uniform(512), 8, layout, 1);
      double sum = 0;
      for (int d = 0; d < 8; d++) {
        double runs = total(AttentionLoopRuns.of(windowed(1), shape, d));
        assertEquals(bruteForce(shape, d, WINDOW), runs, 0, layout + " device " + d);
        sum += runs;
      }
      long blocks = SEQ / 512;
      System.out.printf(Locale.ROOT, "[window] ring of 8 %s: %.0f key/value blocks per layer over all devices"
          + " (causal %d)%n", layout.label(), sum, blocks * (blocks + 1) / 2);
    }
  }

  @Test
  void theReportsLoopsRunTheWindowsBlocks() {
    ModelSpec model = windowed(2);
    RunShape shape = RunShape.of(1, SEQ, BLOCKS);
    ProgramReport report = ProgramReport.of(model, shape, ForwardCompiler.compile(model, shape, false).module(),
        Hardware.TPU_V4);
    double kvRuns = report.loops().stream().filter(l -> l.path().get(l.path().size() - 1).startsWith("kv_blocks"))
        .mapToDouble(CostAnalysis.Loop::runs).sum();
    assertEquals(bruteForce(shape, 0, WINDOW) * model.depth(), kvRuns, 0);
  }

  /**
   * The ring steps a windowed ring runs equal the brute-force last step at which some device holds a
   * block with a key some local query sees, for windows within a device's own tokens, around L and
   * past several devices, in both layouts; the forward's {@code ring_steps} loop and {@code report}
   * run that many, and the skipped steps run no key block.
   */
  @Test
  void aWindowedRingRunsOnlyTheStepsWhoseBlockSomeQuerySees() {
    int n = 8;
    int seq = 512;
    for (TokenLayout layout : TokenLayout.values()) {
      RunShape shape = RunShape.ring(1, seq, BlockSizes.uniform(16), n, layout, 1);
      for (int window : new int[] {1, 2, 5, 63, 64, 65, 129, 200, 448, 1000}) {
        int lastVisible = 0;
        for (int d = 0; d < n; d++) {
          for (int step = 0; step < n; step++) {
            int source = Math.floorMod(d - step, n);
            if (anyVisible(shape, d, source, window)) {
              lastVisible = Math.max(lastVisible, step);
            }
          }
        }
        int passing = dev.torus.compiler.lower.RingLayout.passingSteps(shape, window);
        assertEquals(lastVisible, passing, layout + " window " + window);
        ModelSpec model = Presets.llama("tiny-window", 256, 64, 1, 4, 2, 172, 1e-6, 10000)
            .slidingWindow(SlidingWindow.everyLayer(window)).build();
        for (int d = 0; d < n; d++) {
          assertEquals(bruteForce(shape, d, window), total(AttentionLoopRuns.of(model, shape, d)), 0,
              layout + " window " + window + " device " + d);
        }
        if (window == 5 || window == 129 || window == 1000) {
          ProgramReport report = ProgramReport.of(model, shape, ForwardCompiler.compile(model, shape, false).module(),
              Hardware.TPU_V4);
          assertEquals(passing, report.ringStepsRun(), layout + " window " + window);
          System.out.printf(Locale.ROOT, "[window] ring of 8 %s, %d tokens each, window %d: %d of 7 ring steps run%n",
              layout.label(), shape.localSequence(), window, report.ringStepsRun());
        }
      }
    }
    RunShape shape = RunShape.ring(1, seq, BlockSizes.uniform(16), n, TokenLayout.CONTIGUOUS, 1);
    ModelSpec alternating = Presets.llama("tiny-window", 256, 64, 2, 4, 2, 172, 1e-6, 10000)
        .slidingWindow(SlidingWindow.pattern(5, List.of(true, false))).build();
    assertEquals(n - 1, ProgramReport.of(alternating, shape, ForwardCompiler.compile(alternating, shape, false).module(),
        Hardware.TPU_V4).ringStepsRun(), "a global layer in the one layer loop runs every step");
  }

  private static boolean anyVisible(RunShape shape, int device, int source, long window) {
    int n = shape.ring();
    long local = shape.localSequence();
    for (long i = 0; i < local; i++) {
      long q = shape.layout().position(device, n, local, i);
      for (long j = 0; j < local; j++) {
        long k = shape.layout().position(source, n, local, j);
        if (k <= q && q - k < window) {
          return true;
        }
      }
    }
    return false;
  }
}
