package dev.torus.compiler.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static dev.torus.compiler.lower.ProgramNames.GRAD_SUFFIX;
import static dev.torus.compiler.lower.ProgramNames.KV_BLOCKS;
import static dev.torus.compiler.lower.ProgramNames.KV_BLOCKS_MASKED;
import static dev.torus.compiler.lower.ProgramNames.KV_BLOCKS_MASKED_BEFORE;
import static dev.torus.compiler.lower.ProgramNames.QUERY_BLOCKS;
import static dev.torus.compiler.lower.ProgramNames.RING_STEPS;

import com.google.common.collect.ImmutableMap;
import dev.torus.artifact.TokenLayout;
import dev.torus.dsl.RunShape;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How often the key/value loops of one attention layer run on a device, by the rule the emitted
 * program uses ({@code compiler.lower.BlockVisibility}): for a query block and the key/value block in
 * hand, causal attention sees the blocks whose first key is at or before the block's last query; of
 * those, the blocks whose last key is at or before its first query run unmasked ({@code kv_blocks}),
 * the rest masked ({@code kv_blocks_masked}). Packed documents also skip the blocks before the query
 * block's documents (taken over all rows of the batch) and run masked, in
 * {@code kv_blocks_masked_before}, the blocks in which the query block's first document starts.
 *
 * <p>Keys are the loop paths {@link CostAnalysis} looks up: {@code ring_steps/query_blocks/...} for
 * the first N-1 ring steps, {@code query_blocks/...} for the last step (or the only one on one
 * device), and the same paths with {@code _grad} for a train step's backward, which visits the same
 * blocks. A map serves forward programs, train steps, plain and packed programs alike (paths the
 * program does not have are not looked up).
 */
public final class AttentionLoopRuns {
  private AttentionLoopRuns() {}

  /**
   * The runs of one causal sequence per row (a plain program; for a packed program, as if each row
   * were one document: the most a packed batch can cost).
   */
  public static Map<List<String>, Double> causal(RunShape shape, int device) {
    return count(shape, device, null);
  }

  /**
   * The runs on {@code device} of a packed program fed a batch whose segment ids are
   * {@code segmentIds}: the whole batch's {@code [batch, sequence]}, row-major, in sequence order (the
   * device's data-parallel group's rows are taken from it).
   *
   * @throws IllegalArgumentException when the array is not {@code batch * sequence} long or a row's
   *     segment ids decrease
   */
  public static Map<List<String>, Double> packed(RunShape shape, int device, int[] segmentIds) {
    long size = (long) shape.batch() * shape.sequence();
    checkArgument(segmentIds.length == size, "segment ids: %s, expected batch %s x sequence %s = %s",
        segmentIds.length, shape.batch(), shape.sequence(), size);
    for (int i = 1; i < segmentIds.length; i++) {
      checkArgument(i % shape.sequence() == 0 || segmentIds[i] >= segmentIds[i - 1],
          "segment ids decrease at row %s, token %s (%s after %s): documents are packed in order",
          i / shape.sequence(), i % shape.sequence(), segmentIds[i], segmentIds[i - 1]);
    }
    return count(shape, device, segmentIds);
  }

  /**
   * The runs on {@code device} of a packed program whose every row holds documents of
   * {@code documentLengths} tokens in this order, the rest of the row (if any) one more segment of padding.
   *
   * @throws IllegalArgumentException when a length is not positive or they exceed the sequence
   */
  public static Map<List<String>, Double> documents(RunShape shape, int device, int... documentLengths) {
    int[] row = new int[shape.sequence()];
    int at = 0;
    for (int d = 0; d < documentLengths.length; d++) {
      checkArgument(documentLengths[d] > 0, "document %s has %s tokens: expected 1 or more", d, documentLengths[d]);
      checkArgument(at + documentLengths[d] <= row.length, "documents of %s tokens exceed the sequence of %s",
          Arrays.toString(documentLengths), row.length);
      Arrays.fill(row, at, at + documentLengths[d], d);
      at += documentLengths[d];
    }
    Arrays.fill(row, at, row.length, documentLengths.length);
    int[] all = new int[Math.multiplyExact(shape.batch(), row.length)];
    for (int r = 0; r < shape.batch(); r++) {
      System.arraycopy(row, 0, all, r * row.length, row.length);
    }
    return count(shape, device, all);
  }

  /** {@code segments}: the whole batch's segment ids in sequence order, or null for causal attention alone. */
  private static Map<List<String>, Double> count(RunShape shape, int device, int[] segments) {
    int n = shape.ring();
    int ringIndex = device % n;
    int local = shape.localSequence();
    int bq = shape.blocks().query();
    int bk = shape.blocks().keyValue();
    int rows = shape.localBatch();
    int firstRow = device / n * rows;
    TokenLayout layout = shape.layout();
    long[] before = new long[2];   // [0]: the first N-1 steps (in the ring loop), [1]: the last step
    long[] whole = new long[2];
    long[] after = new long[2];
    for (int step = 0; step < n; step++) {
      int source = Math.floorMod(ringIndex - step, n);
      int slot = step < n - 1 ? 0 : 1;
      for (int qb = 0; qb < local / bq; qb++) {
        long firstQuery = layout.position(ringIndex, n, local, (long) qb * bq);
        long lastQuery = layout.position(ringIndex, n, local, (long) qb * bq + bq - 1);
        int upper = 0;
        int unmasked = 0;
        for (int kb = 0; kb < local / bk; kb++) {
          if (layout.position(source, n, local, (long) kb * bk) <= lastQuery) {
            upper++;
          }
          if (layout.position(source, n, local, (long) kb * bk + bk - 1) <= firstQuery) {
            unmasked++;
          }
        }
        int wholeUpper = Math.min(unmasked, upper);
        int lo = 0;
        int wholeLower = 0;
        if (segments != null) {
          int lower = Integer.MAX_VALUE;
          int wholeFrom = Integer.MIN_VALUE;
          for (int r = firstRow; r < firstRow + rows; r++) {
            int base = r * shape.sequence();
            int firstQuerySegment = segments[base + (int) firstQuery];
            int lastQuerySegment = segments[base + (int) lastQuery];
            int earlier = 0;
            int started = 0;
            for (int kb = 0; kb < local / bk; kb++) {
              if (segments[base + (int) layout.position(source, n, local, (long) kb * bk + bk - 1)] < firstQuerySegment) {
                earlier++;
              }
              if (segments[base + (int) layout.position(source, n, local, (long) kb * bk)] < lastQuerySegment) {
                started++;
              }
            }
            lower = Math.min(lower, earlier);
            wholeFrom = Math.max(wholeFrom, started);
          }
          lo = Math.min(lower, upper);
          wholeLower = Math.min(Math.max(wholeFrom, lo), upper);
          wholeUpper = Math.max(Math.min(wholeUpper, upper), wholeLower);
        }
        before[slot] += wholeLower - lo;
        whole[slot] += wholeUpper - wholeLower;
        after[slot] += upper - wholeUpper;
      }
    }
    Map<List<String>, Double> runs = new LinkedHashMap<>();
    for (String suffix : List.of("", GRAD_SUFFIX)) {
      if (n > 1) {
        put(runs, suffix, List.of(RING_STEPS, QUERY_BLOCKS), before[0], whole[0], after[0]);
      }
      put(runs, suffix, List.of(QUERY_BLOCKS), before[1], whole[1], after[1]);
    }
    return ImmutableMap.copyOf(runs);
  }

  private static void put(Map<List<String>, Double> runs, String suffix, List<String> outer, long before, long whole,
      long after) {
    List<String> path = outer.stream().map(name -> name + suffix).toList();
    runs.put(with(path, KV_BLOCKS + suffix), (double) whole);
    runs.put(with(path, KV_BLOCKS_MASKED + suffix), (double) after);
    runs.put(with(path, KV_BLOCKS_MASKED_BEFORE + suffix), (double) before);
  }

  private static List<String> with(List<String> path, String last) {
    return java.util.stream.Stream.concat(path.stream(), java.util.stream.Stream.of(last)).toList();
  }
}
