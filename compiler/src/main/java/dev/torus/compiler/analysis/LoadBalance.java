package dev.torus.compiler.analysis;

import dev.torus.dsl.RunShape;
import dev.torus.artifact.TokenLayout;

/**
 * The causal work of a ring attention layer per ring step and device, counted in executed
 * (query block, key/value block) pairs by the rule the emitted program uses: for a query block, the
 * key/value blocks of the held shard whose first key is at or before the block's last query.
 * Ring steps run in lockstep (each ends with the collective-permute), so a layer takes the sum over
 * steps of the busiest device's work: the critical path.
 */
public final class LoadBalance {
  private LoadBalance() {}

  /** Executed block pairs per step and device, the critical path, and the total. */
  public record Report(RunShape shape, long[][] pairs, long criticalPath, long total) {
    /** Critical path relative to a perfectly balanced split of the total work. */
    public double imbalance() {
      return (double) criticalPath * shape.ring() / total;
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%s ring %d: critical path %d block pairs, total %d, imbalance %.2f",
          shape.layout().label(), shape.ring(), criticalPath, total, imbalance());
    }
  }

  /** The causal schedule of one attention layer on the shape's ring. */
  public static Report causal(RunShape shape) {
    return causal(shape, 0, shape.ring() - 1);
  }

  /**
   * The causal schedule of one attention layer with a sliding window of {@code window} tokens (0:
   * none) that runs ring steps 0 to {@code lastStep}: a key/value block is also skipped when its last
   * key is at or before the query block's first query minus the window ({@code BlockVisibility}'s
   * window bound), and the steps after {@code lastStep} run nothing.
   */
  public static Report causal(RunShape shape, long window, int lastStep) {
    int n = shape.ring();
    long local = shape.localSequence();
    int bq = shape.blocks().query();
    int bk = shape.blocks().keyValue();
    TokenLayout layout = shape.layout();
    long[][] pairs = new long[n][n];
    long critical = 0;
    long total = 0;
    for (int step = 0; step <= Math.min(lastStep, n - 1); step++) {
      long busiest = 0;
      for (int r = 0; r < n; r++) {
        int source = Math.floorMod(r - step, n);
        long work = 0;
        for (long qb = 0; qb < local / bq; qb++) {
          long firstQuery = layout.position(r, n, local, qb * bq);
          long lastQuery = layout.position(r, n, local, qb * bq + bq - 1);
          for (long kb = 0; kb < local / bk; kb++) {
            boolean beforeWindow = window > 0 && layout.position(source, n, local, kb * bk + bk - 1) <= firstQuery - window;
            if (layout.position(source, n, local, kb * bk) <= lastQuery && !beforeWindow) {
              work++;
            }
          }
        }
        pairs[step][r] = work;
        busiest = Math.max(busiest, work);
        total += work;
      }
      critical += busiest;
    }
    return new Report(shape, pairs, critical, total);
  }
}
