package dev.torus.compiler.analysis;

import static dev.torus.compiler.lower.ProgramNames.KV_BLOCKS;
import static dev.torus.compiler.lower.ProgramNames.KV_BLOCKS_MASKED;
import static dev.torus.compiler.lower.ProgramNames.QUERY_BLOCKS;
import static dev.torus.compiler.lower.ProgramNames.RING_STEPS;

import com.google.common.collect.ImmutableMap;
import dev.torus.artifact.TokenLayout;
import dev.torus.dsl.RunShape;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How often the causal key/value loops of one attention layer run on a device, by the rule the
 * emitted program uses: for a query block and the key/value block in hand, the blocks whose first
 * key is at or before the block's last query are visible; of those, the blocks whose last key is at or
 * before its first query run unmasked ({@code kv_blocks}), the rest masked ({@code kv_blocks_masked}).
 * Keys are the loop paths {@link CostAnalysis} looks up: {@code ring_steps/query_blocks/...} for the
 * first N-1 ring steps, {@code query_blocks/...} for the last step (or the only one on one device).
 */
public final class AttentionLoopRuns {
  private AttentionLoopRuns() {}

  public static Map<List<String>, Double> causal(RunShape shape, int device) {
    int n = shape.ring();
    long local = shape.localSequence();
    int bq = shape.blocks().query();
    int bk = shape.blocks().keyValue();
    TokenLayout layout = shape.layout();
    long[] whole = new long[2];    // [0]: the first N-1 steps (in the ring loop), [1]: the last step
    long[] masked = new long[2];
    for (int step = 0; step < n; step++) {
      int source = Math.floorMod(device - step, n);
      int slot = step < n - 1 ? 0 : 1;
      for (long qb = 0; qb < local / bq; qb++) {
        long firstQuery = layout.position(device, n, local, qb * bq);
        long lastQuery = layout.position(device, n, local, qb * bq + bq - 1);
        long visible = 0;
        long unmasked = 0;
        for (long kb = 0; kb < local / bk; kb++) {
          if (layout.position(source, n, local, kb * bk) <= lastQuery) {
            visible++;
          }
          if (layout.position(source, n, local, kb * bk + bk - 1) <= firstQuery) {
            unmasked++;
          }
        }
        unmasked = Math.min(unmasked, visible);
        whole[slot] += unmasked;
        masked[slot] += visible - unmasked;
      }
    }
    Map<List<String>, Double> runs = new LinkedHashMap<>();
    if (n > 1) {
      runs.put(List.of(RING_STEPS, QUERY_BLOCKS, KV_BLOCKS), (double) whole[0]);
      runs.put(List.of(RING_STEPS, QUERY_BLOCKS, KV_BLOCKS_MASKED), (double) masked[0]);
    }
    runs.put(List.of(QUERY_BLOCKS, KV_BLOCKS), (double) whole[1]);
    runs.put(List.of(QUERY_BLOCKS, KV_BLOCKS_MASKED), (double) masked[1]);
    return ImmutableMap.copyOf(runs);
  }
}
