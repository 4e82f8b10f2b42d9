package dev.torus.train;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

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
   */
  record Batch(int rows, int seq, int[] tokens, int[] targets) {
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
    }
  }
}
