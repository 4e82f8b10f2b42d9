package dev.torus.train;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * Where a training run's batches come from. Row r of step k's batch is a function of the seed, k and r only,
 * so each process makes only the rows its devices need, and a resumed run continues the same stream on any
 * number of processes.
 */
public interface BatchSource {
  /** Tokens and next-token targets of rows [firstRow, firstRow + rowCount) of step {@code step}'s batch. */
  Batch rows(int step, int firstRow, int rowCount);

  /** One line for logs: what the data is ("12,345,678 tokens in 3 files under data/", "copy task"). */
  String description();

  /**
   * Rows of one batch, row-major [rows, seq]: targets[i] is the token after tokens[i] in the same text. The
   * arrays belong to the batch (they are not copied); equality of two batches is identity of their arrays.
   *
   * <p>Packed documents ({@link DocumentBatches}) also carry each token's {@code segmentIds} (its document's
   * index within the row, non-decreasing) and {@code positions} (its index within its document); a target of
   * {@link DocumentPacking#IGNORED} predicts nothing. Both are null for plain rows.
   */
  record Batch(int rows, int seq, int[] tokens, int[] targets, int @Nullable [] segmentIds, int @Nullable [] positions) {
    /** Plain rows: one text per row, no document boundaries. */
    public Batch(int rows, int seq, int[] tokens, int[] targets) {
      this(rows, seq, tokens, targets, null, null);
    }

    public Batch {
      checkArgument(rows >= 0, "a batch has %s rows, expected 0 or more", rows);
      checkArgument(seq > 0, "a batch has sequence length %s, expected 1 or more", seq);
      checkNotNull(tokens, "tokens");
      checkNotNull(targets, "targets");
      long size = (long) rows * seq;
      checkArgument(
          tokens.length == size, "a batch of %s rows of %s has %s tokens, expected %s", rows, seq, tokens.length, size);
      checkArgument(
          targets.length == size,
          "a batch of %s rows of %s has %s targets, expected %s", rows, seq, targets.length, size);
      checkArgument((segmentIds == null) == (positions == null),
          "a batch of packed documents has both segment ids and positions, or neither");
      checkArgument(segmentIds == null || (segmentIds.length == size && positions.length == size),
          "a batch of %s rows of %s has %s segment ids and %s positions, expected %s each", rows, seq,
          segmentIds == null ? 0 : segmentIds.length, positions == null ? 0 : positions.length, size);
    }

    /** Whether the rows are packed documents (they carry segment ids and positions). */
    public boolean packed() {
      return segmentIds != null;
    }
  }
}
