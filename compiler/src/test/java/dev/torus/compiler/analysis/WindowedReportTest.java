package dev.torus.compiler.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.compiler.hardware.Hardware;
import dev.torus.compiler.lower.RingLayout;
import dev.torus.compiler.report.Pictures;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.dsl.SlidingWindow;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The report's ring is window-aware: its critical path counts, per layer, only the ring steps the
 * program runs and, in them, the key/value blocks the layer's window reaches, equal to a brute-force
 * count from token positions; a Gemma-2-style model (windowed layers alternating with global ones)
 * gets one ring per kind of layer, and the timeline draws skipped steps without work or transfer.
 */
class WindowedReportTest {
  static final int RING = 4;
  static final int SEQ = 256;   // 64 tokens per device
  static final BlockSizes BLOCKS = BlockSizes.uniform(16);

  static ModelSpec model(int depth, SlidingWindow window) {
    ModelSpec.Builder b = Presets.llama("tiny-window", 256, 64, depth, 4, 2, 172, 1e-6, 10000);
    return (window == null ? b : b.slidingWindow(window)).build();
  }

  static ProgramReport report(ModelSpec model, RunShape shape) {
    return ProgramReport.of(model, shape, ForwardCompiler.compile(model, shape, false).module(), Hardware.TPU_V4);
  }

  /** One attention layer's FLOPs for a (query block, key block) pair: QK^T and PV, 2 FLOPs a multiply-add each. */
  static double pairFlops(ModelSpec model, RunShape shape) {
    return 2.0 * 2 * BLOCKS.query() * BLOCKS.keyValue() * model.attention().headDim() * model.attention().heads()
        * shape.localBatch();
  }

  /**
   * Brute force from positions: over the steps 0 to the last one at which some device holds a key
   * that one of its queries sees (window 0: none), the busiest device's (query block, key block)
   * pairs with some visible (query, key), summed.
   */
  static long bruteCriticalPath(RunShape shape, long window) {
    int n = shape.ring();
    long local = shape.localSequence();
    long[][] pairs = new long[n][n];
    int lastStep = 0;
    for (int step = 0; step < n; step++) {
      for (int d = 0; d < n; d++) {
        int source = Math.floorMod(d - step, n);
        for (long qb = 0; qb < local / BLOCKS.query(); qb++) {
          for (long kb = 0; kb < local / BLOCKS.keyValue(); kb++) {
            boolean any = false;
            for (long i = qb * BLOCKS.query(); i < (qb + 1) * BLOCKS.query() && !any; i++) {
              long q = shape.layout().position(d, n, local, i);
              for (long j = kb * BLOCKS.keyValue(); j < (kb + 1) * BLOCKS.keyValue() && !any; j++) {
                long k = shape.layout().position(source, n, local, j);
                any = k <= q && (window <= 0 || q - k < window);
              }
            }
            pairs[step][d] += any ? 1 : 0;
          }
        }
        lastStep = pairs[step][d] > 0 ? Math.max(lastStep, step) : lastStep;
      }
    }
    long critical = 0;
    for (int step = 0; step <= lastStep; step++) {
      long busiest = 0;
      for (int d = 0; d < n; d++) {
        busiest = Math.max(busiest, pairs[step][d]);
      }
      critical += busiest;
    }
    return critical;
  }

  /**
   * A Mistral-style model (a window in every layer) on a contiguous and a striped ring of 4: the
   * critical path is the brute-force one and shrinks with the window; the steps past the window run
   * nothing and send nothing, in the report and in the timeline.
   */
  @Test
  void theCriticalPathShrinksWithTheWindow() {
    for (TokenLayout layout : TokenLayout.values()) {
      RunShape shape = RunShape.ring(1, SEQ, BLOCKS, RING, layout, 1);
      double causal = report(model(2, null), shape).ring().criticalPathFlops();
      assertEquals(bruteCriticalPath(shape, 0) * pairFlops(model(2, null), shape), causal, 0, layout + " causal");
      double previous = 0;
      for (int window : new int[] {5, 20, 64, 100, 200}) {
        ModelSpec model = model(2, SlidingWindow.everyLayer(window));
        ProgramReport r = report(model, shape);
        ProgramReport.Ring ring = r.ring();
        String what = layout.label() + " window " + window;
        assertEquals(1, r.layerKinds().size(), what);
        assertEquals(r.ringStepsRun(), ring.stepsRun(), what);
        assertEquals(bruteCriticalPath(shape, window) * pairFlops(model, shape), ring.criticalPathFlops(), 0, what);
        // Contiguous, a wider window reaches more blocks; striped, a block spans 4 x 16 positions, so
        // windows within that span reach the same blocks.
        assertTrue(layout == TokenLayout.CONTIGUOUS ? ring.criticalPathFlops() > previous
            : ring.criticalPathFlops() >= previous, what + " grows with the window");
        assertTrue(ring.criticalPathFlops() <= causal, what);
        for (int t = ring.stepsRun() + 1; t < RING; t++) {
          for (int d = 0; d < RING; d++) {
            assertEquals(0, ring.attentionFlops()[t][d], what + " skipped step " + t);
          }
        }
        assertTrue(ring.hiddenSteps() <= ring.stepsRun(), what);
        String svg = Pictures.ringTimeline(r, r.otherLayout(model, Hardware.TPU_V4), Hardware.TPU_V4);
        String panel = svg.substring(0, svg.indexOf("the other layout"));
        assertEquals((RING - 1 - ring.stepsRun()) * RING, count(panel, "class=\"cell masked skipped\""), what);
        assertEquals(ring.stepsRun() * RING, count(panel, "class=\"transfer\""), what);
        System.out.printf(Locale.ROOT, "[report] ring of 4 %-10s 64 tokens each, window %3d: %d of 3 steps run,"
            + " critical path %.0f block pairs (causal %.0f)%n", layout.label(), window, ring.stepsRun(),
            ring.criticalPathFlops() / pairFlops(model, shape), causal / pairFlops(model, shape));
        previous = ring.criticalPathFlops();
      }
      ProgramReport small = report(model(2, SlidingWindow.everyLayer(20)), shape);
      assertTrue(small.ring().criticalPathFlops() < causal, layout + ": a window within a shard costs less");
    }
  }

  /**
   * A Gemma-2-style model (window 20 on even layers, none on odd ones) on a contiguous ring of 4: the
   * report lists both kinds, each with the brute-force critical path of its window over the steps it
   * runs (one for the windowed layers, all three for the global ones), and the mean of the two; the
   * timeline has a panel per kind.
   */
  @Test
  void alternatingWindowsAreReportedPerKindOfLayer() {
    RunShape shape = RunShape.ring(1, SEQ, BLOCKS, RING, TokenLayout.CONTIGUOUS, 1);
    ModelSpec model = model(4, SlidingWindow.pattern(20, List.of(true, false)));
    ProgramReport r = report(model, shape);
    List<ProgramReport.Ring> kinds = r.layerKinds();
    assertEquals(2, kinds.size());
    assertEquals(List.of("window 20", "global"), kinds.stream().map(ProgramReport.Ring::kind).toList());
    assertEquals(List.of(2, 2), kinds.stream().map(ProgramReport.Ring::layers).toList());
    assertEquals(List.of(20L, 0L), kinds.stream().map(ProgramReport.Ring::window).toList());
    double pair = pairFlops(model, shape);
    assertEquals(bruteCriticalPath(shape, 20) * pair, kinds.get(0).criticalPathFlops(), 0);
    assertEquals(bruteCriticalPath(shape, 0) * pair, kinds.get(1).criticalPathFlops(), 0);
    assertEquals(RING - 1, r.ringStepsRun(), "the global layers run every step");
    // each kind runs its own steps (its own ring-step loop): the windowed layers the one their window
    // reaches (ceil(19 / 64) = 1), the global ones all three
    assertEquals(List.of(1, RING - 1), kinds.stream().map(ProgramReport.Ring::stepsRun).toList());
    assertEquals(1, RingLayout.passingSteps(shape, 20));
    assertEquals((kinds.get(0).criticalPathFlops() + kinds.get(1).criticalPathFlops()) / 2,
        r.ring().criticalPathFlops(), 1e-9 * r.ring().criticalPathFlops());
    assertTrue(kinds.get(0).criticalPathFlops() < kinds.get(1).criticalPathFlops());
    String svg = Pictures.ringTimeline(r, r.otherLayout(model, Hardware.TPU_V4), Hardware.TPU_V4);
    assertEquals(3, count(svg, "class=\"panel\""), "one panel per kind, and the other layout");
    assertTrue(svg.contains("the 2 of 4 layers with window 20") && svg.contains("the 2 of 4 layers with no window"), svg);
    System.out.printf(Locale.ROOT, "[report] alternating window 20 / global, contiguous ring of 4: critical path %.0f"
        + " and %.0f block pairs, mean %.0f%n", kinds.get(0).criticalPathFlops() / pair,
        kinds.get(1).criticalPathFlops() / pair, r.ring().criticalPathFlops() / pair);
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
