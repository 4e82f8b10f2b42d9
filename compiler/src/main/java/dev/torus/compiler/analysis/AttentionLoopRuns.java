package dev.torus.compiler.analysis;

import static dev.torus.compiler.lower.ProgramNames.KV_BLOCKS;
import static dev.torus.compiler.lower.ProgramNames.KV_BLOCKS_MASKED;
import static dev.torus.compiler.lower.ProgramNames.KV_BLOCKS_MASKED_BEFORE;
import static dev.torus.compiler.lower.ProgramNames.QUERY_BLOCKS;
import static dev.torus.compiler.lower.ProgramNames.RING_STEPS;

import com.google.common.collect.ImmutableMap;
import dev.torus.artifact.TokenLayout;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import dev.torus.dsl.SlidingWindow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How often the causal key/value loops of one attention layer run on a device, by the rule the
 * emitted program uses ({@code BlockVisibility}): for a query block and the key/value block in hand,
 * the blocks whose first key is at or before the block's last query are visible; of those, the
 * blocks whose last key is at or before its first query run unmasked ({@code kv_blocks}), the rest
 * masked ({@code kv_blocks_masked}). With a sliding window W, blocks whose last key is at or before
 * the first query minus W are skipped, and those before the first block whose first key is after the
 * last query minus W run masked first ({@code kv_blocks_masked_before}); layers without the window
 * count as causal, and the runs are the mean over the layers (the layer loop multiplies them by the
 * depth). Keys are the loop paths {@link CostAnalysis} looks up: {@code ring_steps/query_blocks/...}
 * for the first N-1 ring steps, {@code query_blocks/...} for the last step (or the only one on one
 * device).
 */
public final class AttentionLoopRuns {
  private AttentionLoopRuns() {}

  /** The runs of a causal layer without a window. */
  public static Map<List<String>, Double> causal(RunShape shape, int device) {
    return runs(shape, device, new long[] {0});
  }

  /** The runs of {@code model}'s causal attention layers, each with its sliding window if it has one. */
  public static Map<List<String>, Double> of(ModelSpec model, RunShape shape, int device) {
    SlidingWindow window = model.attention().slidingWindow();
    if (window == null) {
      return causal(shape, device);
    }
    long[] windows = new long[model.depth()];
    for (int l = 0; l < windows.length; l++) {
      windows[l] = window.appliesTo(l) ? window.size() : 0;
    }
    return runs(shape, device, windows);
  }

  /** The mean runs over layers with these windows (0: none). */
  private static Map<List<String>, Double> runs(RunShape shape, int device, long[] windows) {
    int n = shape.ring();
    long local = shape.localSequence();
    int bq = shape.blocks().query();
    int bk = shape.blocks().keyValue();
    TokenLayout layout = shape.layout();
    boolean windowed = false;
    double[][] runs = new double[2][3];   // [first N-1 steps | last step][masked before, whole, masked after]
    for (long window : windows) {
      windowed |= window > 0;
      for (int step = 0; step < n; step++) {
        int source = Math.floorMod(device - step, n);
        int slot = step < n - 1 ? 0 : 1;
        for (long qb = 0; qb < local / bq; qb++) {
          long firstQuery = layout.position(device, n, local, qb * bq);
          long lastQuery = layout.position(device, n, local, qb * bq + bq - 1);
          long visible = 0;
          long unmasked = 0;
          long lower = 0;
          long wholeLower = 0;
          for (long kb = 0; kb < local / bk; kb++) {
            long firstKey = layout.position(source, n, local, kb * bk);
            long lastKey = layout.position(source, n, local, kb * bk + bk - 1);
            visible += firstKey <= lastQuery ? 1 : 0;
            unmasked += lastKey <= firstQuery ? 1 : 0;
            lower += window > 0 && lastKey <= firstQuery - window ? 1 : 0;
            wholeLower += window > 0 && firstKey <= lastQuery - window ? 1 : 0;
          }
          long lo = Math.min(lower, visible);
          long wl = Math.min(Math.max(wholeLower, lo), visible);
          long wu = Math.max(Math.min(unmasked, visible), wl);
          runs[slot][0] += (double) (wl - lo) / windows.length;
          runs[slot][1] += (double) (wu - wl) / windows.length;
          runs[slot][2] += (double) (visible - wu) / windows.length;
        }
      }
    }
    Map<List<String>, Double> out = new LinkedHashMap<>();
    if (n > 1) {
      put(out, List.of(RING_STEPS, QUERY_BLOCKS), runs[0], windowed);
    }
    put(out, List.of(QUERY_BLOCKS), runs[1], windowed);
    return ImmutableMap.copyOf(out);
  }

  private static void put(Map<List<String>, Double> out, List<String> at, double[] runs, boolean windowed) {
    out.put(path(at, KV_BLOCKS), runs[1]);
    out.put(path(at, KV_BLOCKS_MASKED), runs[2]);
    if (windowed) {
      out.put(path(at, KV_BLOCKS_MASKED_BEFORE), runs[0]);
    }
  }

  private static List<String> path(List<String> at, String loop) {
    List<String> p = new ArrayList<>(at);
    p.add(loop);
    return List.copyOf(p);
  }
}
