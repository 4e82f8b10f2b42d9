package dev.torus.compiler.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static dev.torus.compiler.lower.ProgramNames.GRAD_SUFFIX;
import static dev.torus.compiler.lower.ProgramNames.KV_BLOCKS;
import static dev.torus.compiler.lower.ProgramNames.KV_BLOCKS_MASKED;
import static dev.torus.compiler.lower.ProgramNames.KV_BLOCKS_MASKED_BEFORE;
import static dev.torus.compiler.lower.ProgramNames.QUERY_BLOCKS;
import static dev.torus.compiler.lower.ProgramNames.RING_KIND;
import static dev.torus.compiler.lower.ProgramNames.RING_KIND_GRAD;
import static dev.torus.compiler.lower.ProgramNames.RING_STEPS;

import com.google.common.collect.ImmutableMap;
import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.lower.RingLayout;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import dev.torus.dsl.SlidingWindow;
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
 * With a sliding window W, blocks whose last key is at or before the first query minus W are skipped
 * too, and those before the first block whose first key is after the last query minus W run masked
 * first ({@code kv_blocks_masked_before}); with both, the later of the two bounds holds, as in the
 * program. Layers without the window count as causal, and the runs are the mean over the layers
 * (the layer loop multiplies them by the depth).
 *
 * <p>Keys are the loop paths {@link CostAnalysis} looks up: {@code ring_steps/query_blocks/...} for
 * the ring steps in the loop, {@code query_blocks/...} for the last step (or the only one on one
 * device); a ring runs steps 0 to K ({@code RingLayout.passingSteps}: N-1, or fewer when the
 * layer's window hides the later steps' blocks, which then run nowhere), and the same paths with {@code _grad} for a train step's backward, which visits the same
 * blocks. When layers run different K (windowed beside global layers), each K has its loop in a
 * branch of the {@code ring_kind} conditional: the map then gives each branch's share of the layers
 * ({@link CostAnalysis#branchKey}) and keys the loops from the branch's label on
 * ({@code ring_kind=0/ring_steps/query_blocks/...}), the mean over that kind's layers. A map serves forward programs, train steps, plain and packed programs alike (paths the
 * program does not have are not looked up).
 */
public final class AttentionLoopRuns {
  private AttentionLoopRuns() {}

  /**
   * The runs of one causal sequence per row (a plain program; for a packed program, as if each row
   * were one document: the most a packed batch can cost).
   */
  public static Map<List<String>, Double> causal(RunShape shape, int device) {
    return count(shape, device, null, NO_WINDOW);
  }

  /** The runs of {@code model}'s causal attention layers, each with its sliding window if it has one. */
  public static Map<List<String>, Double> of(ModelSpec model, RunShape shape, int device) {
    return count(shape, device, null, windows(model));
  }

  /**
   * {@link #packed(RunShape, int, int[])} for {@code model}'s layers, each with its sliding window if
   * it has one.
   */
  public static Map<List<String>, Double> packed(ModelSpec model, RunShape shape, int device, int[] segmentIds) {
    checkSegments(shape, segmentIds);
    return count(shape, device, segmentIds, windows(model));
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
    checkSegments(shape, segmentIds);
    return count(shape, device, segmentIds, NO_WINDOW);
  }

  private static void checkSegments(RunShape shape, int[] segmentIds) {
    long size = (long) shape.batch() * shape.sequence();
    checkArgument(segmentIds.length == size, "segment ids: %s, expected batch %s x sequence %s = %s",
        segmentIds.length, shape.batch(), shape.sequence(), size);
    for (int i = 1; i < segmentIds.length; i++) {
      checkArgument(i % shape.sequence() == 0 || segmentIds[i] >= segmentIds[i - 1],
          "segment ids decrease at row %s, token %s (%s after %s): documents are packed in order",
          i / shape.sequence(), i % shape.sequence(), segmentIds[i], segmentIds[i - 1]);
    }
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
    return count(shape, device, all, NO_WINDOW);
  }

  /** One layer without a window. */
  private static final long[] NO_WINDOW = {0};

  /** {@code model}'s window size in each layer (0: none). */
  static long[] windows(ModelSpec model) {
    SlidingWindow window = model.attention().slidingWindow();
    if (window == null) {
      return NO_WINDOW;
    }
    long[] windows = new long[model.depth()];
    for (int l = 0; l < windows.length; l++) {
      windows[l] = window.appliesTo(l) ? window.size() : 0;
    }
    return windows;
  }

  /**
   * The mean runs over layers with these {@code windows} (0: none); {@code segments}: the whole
   * batch's segment ids in sequence order, or null when not packed.
   */
  private static Map<List<String>, Double> count(RunShape shape, int device, int[] segments, long[] windows) {
    List<Integer> counts = RingLayout.passingCounts(shape, Arrays.stream(windows).boxed().toList());
    if (counts.size() == 1) {
      return count(shape, device, segments, windows, counts.get(0), -1);
    }
    // Layers of different ring-step counts run their own loop in a branch of the ring_kind conditional.
    Map<List<String>, Double> runs = new LinkedHashMap<>();
    for (int k = 0; k < counts.size(); k++) {
      int passing = counts.get(k);
      long[] kind = Arrays.stream(windows).filter(w -> RingLayout.passingSteps(shape, w) == passing).toArray();
      for (String conditional : List.of(RING_KIND, RING_KIND_GRAD)) {
        runs.put(CostAnalysis.branchKey(conditional, k), (double) kind.length / windows.length);
      }
      runs.putAll(count(shape, device, segments, kind, passing, k));
    }
    return ImmutableMap.copyOf(runs);
  }

  /**
   * The mean runs over layers with these {@code windows} (0: none) that run {@code passing} ring
   * steps in the loop, in branch {@code branch} of the ring-kind conditional (-1: no conditional).
   */
  private static Map<List<String>, Double> count(RunShape shape, int device, int[] segments, long[] windows,
      int passing, int branch) {
    int n = shape.ring();
    int ringIndex = device % n;
    int local = shape.localSequence();
    int bq = shape.blocks().query();
    int bk = shape.blocks().keyValue();
    int rows = shape.localBatch();
    int firstRow = device / n * rows;
    TokenLayout layout = shape.layout();
    double[] before = new double[2];   // [0]: the first K steps (in the ring loop), [1]: the last step
    double[] whole = new double[2];
    double[] after = new double[2];
    for (int step = 0; step <= passing; step++) {
      int source = Math.floorMod(ringIndex - step, n);
      int slot = step < passing ? 0 : 1;
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
        int segmentLower = -1;   // no bound
        int segmentWholeFrom = -1;
        if (segments != null) {
          segmentLower = Integer.MAX_VALUE;
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
            segmentLower = Math.min(segmentLower, earlier);
            segmentWholeFrom = Math.max(segmentWholeFrom, started);
          }
        }
        for (long window : windows) {
          int lower = segmentLower;
          int wholeFrom = segmentWholeFrom;
          if (window > 0) {
            int windowLower = 0;
            int windowWholeFrom = 0;
            for (int kb = 0; kb < local / bk; kb++) {
              if (layout.position(source, n, local, (long) kb * bk + bk - 1) <= firstQuery - window) {
                windowLower++;
              }
              if (layout.position(source, n, local, (long) kb * bk) <= lastQuery - window) {
                windowWholeFrom++;
              }
            }
            lower = Math.max(lower, windowLower);
            wholeFrom = Math.max(wholeFrom, windowWholeFrom);
          }
          int lo = 0;
          int wholeLower = 0;
          int wholeUpper = Math.min(unmasked, upper);
          if (lower >= 0) {   // a rule with a lower bound: the program's masked range before the whole blocks
            lo = Math.min(lower, upper);
            wholeLower = Math.min(Math.max(wholeFrom, lo), upper);
            wholeUpper = Math.max(wholeUpper, wholeLower);
          }
          before[slot] += (double) (wholeLower - lo) / windows.length;
          whole[slot] += (double) (wholeUpper - wholeLower) / windows.length;
          after[slot] += (double) (upper - wholeUpper) / windows.length;
        }
      }
    }
    Map<List<String>, Double> runs = new LinkedHashMap<>();
    for (String suffix : List.of("", GRAD_SUFFIX)) {
      String label = branch < 0 ? null : CostAnalysis.branchLabel(RING_KIND + suffix, branch);
      if (passing > 0) {
        put(runs, label, suffix, List.of(RING_STEPS, QUERY_BLOCKS), before[0], whole[0], after[0]);
      }
      put(runs, label, suffix, List.of(QUERY_BLOCKS), before[1], whole[1], after[1]);
    }
    return ImmutableMap.copyOf(runs);
  }

  private static void put(Map<List<String>, Double> runs, String label, String suffix, List<String> outer,
      double before, double whole, double after) {
    List<String> path = java.util.stream.Stream.concat(label == null ? java.util.stream.Stream.<String>empty()
        : java.util.stream.Stream.of(label), outer.stream().map(name -> name + suffix)).toList();
    runs.put(with(path, KV_BLOCKS + suffix), whole);
    runs.put(with(path, KV_BLOCKS_MASKED + suffix), after);
    runs.put(with(path, KV_BLOCKS_MASKED_BEFORE + suffix), before);
  }

  private static List<String> with(List<String> path, String last) {
    return java.util.stream.Stream.concat(path.stream(), java.util.stream.Stream.of(last)).toList();
  }
}
