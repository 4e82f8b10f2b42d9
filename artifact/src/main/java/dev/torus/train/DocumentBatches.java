package dev.torus.train;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Packed documents from a token stream whose documents each end with an end-of-sequence id (as
 * nanoGPT and Megatron corpora are written): the rows of another {@link BatchSource} (random windows
 * of the stream), cut into documents after each {@code eos}. Row r of step k is the window the inner
 * source gives for (k, r), so it depends on the seed, k and r only, and any process makes any row.
 *
 * <p>Within a row, a document ends after each token equal to {@code eos} (the EOS stays at the end of
 * its document) and the next one starts at the next token; the row's first document is the rest of
 * the document the window starts in, its last the part of the document the window ends in (the
 * stream's documents are longer than a row or cut at its edges; nothing is padded, so every token
 * trains). Each token gets its document's segment id (0, 1, ... along the row) and its position
 * within the document (0 at the row's start and after each EOS). An EOS token's target is
 * {@link DocumentPacking#IGNORED}: its next token starts another document. Every other target is the
 * next token of the stream, which is in the same document (the last token of the row included).
 */
public final class DocumentBatches implements BatchSource {
  private final BatchSource windows;
  private final int eos;

  /** The windows of {@code windows} cut into documents after each {@code eos} id. */
  public DocumentBatches(BatchSource windows, int eos) {
    this.windows = checkNotNull(windows, "windows");
    checkArgument(eos >= 0, "end-of-sequence id %s: expected 0 or more", eos);
    this.eos = eos;
  }

  @Override
  public Batch rows(int step, int firstRow, int rowCount) {
    Batch window = windows.rows(step, firstRow, rowCount);
    int seq = window.seq();
    int[] tokens = window.tokens();
    int[] targets = window.targets().clone();
    int[] segments = new int[tokens.length];
    int[] positions = new int[tokens.length];
    for (int row = 0; row < window.rows(); row++) {
      int segment = 0;
      int position = 0;
      for (int t = row * seq; t < (row + 1) * seq; t++) {
        segments[t] = segment;
        positions[t] = position++;
        if (tokens[t] == eos) {
          targets[t] = DocumentPacking.IGNORED;
          segment++;
          position = 0;
        }
      }
    }
    return new Batch(window.rows(), seq, tokens, targets, segments, positions);
  }

  /** The end-of-sequence id that ends each document. */
  public int eos() {
    return eos;
  }

  @Override
  public String description() {
    return windows.description() + ", documents ending with id " + eos;
  }
}
