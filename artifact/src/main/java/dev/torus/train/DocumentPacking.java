package dev.torus.train;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.HostTensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Documents packed into rows of {@code seq} tokens for a packed program ({@code RunShape.packed}):
 * documents go in order, one after another; one that does not fit in the rest of a row starts the
 * next. Each token gets its document's segment id (0, 1, ... within a row, so non-decreasing along
 * the row) and its position within the document; its target is the document's next token, and the
 * document's last token has target {@value #IGNORED}, which the loss does not count (its next token
 * belongs to another document). The rest of a row is padding: token {@code padToken}, one more
 * segment of its own, positions from 0, targets {@value #IGNORED}.
 */
public final class DocumentPacking {
  /** The target of a token that predicts nothing (a document's last token, padding). */
  public static final int IGNORED = -1;

  private DocumentPacking() {}

  /** Packed rows, each array row-major {@code [rows, seq]}. */
  public record Rows(int rows, int seq, int[] tokens, int[] targets, int[] segmentIds, int[] positions) {
    /**
     * Checks the shapes, and that each row's segment ids never decrease (a packed program finds a
     * document's key blocks from its first and last token, so a document must be one run of tokens)
     * and positions are not negative.
     */
    public Rows {
      checkArgument(rows > 0 && seq > 0, "packed rows: %s rows of %s tokens; both must be positive", rows, seq);
      for (int[] part : new int[][] {tokens, targets, segmentIds, positions}) {
        checkArgument(part.length == rows * seq, "packed rows: an array of %s values for %s rows of %s tokens",
            part.length, rows, seq);
      }
      for (int at = 0; at < rows * seq; at++) {
        int row = at / seq;
        int column = at % seq;
        if (column > 0 && segmentIds[at] < segmentIds[at - 1]) {
          throw new IllegalArgumentException(String.format("packed rows: row %s: segment id %s at token %s follows %s;"
              + " each document must be one run of tokens (segment ids non-decreasing along a row)", row,
              segmentIds[at], column, segmentIds[at - 1]));
        }
        checkArgument(positions[at] >= 0, "packed rows: row %s: position %s at token %s; positions are >= 0", row,
            positions[at], column);
      }
    }

    public HostTensor tokensTensor() {
      return HostTensor.ofInts(tokens, rows, seq);
    }

    public HostTensor targetsTensor() {
      return HostTensor.ofInts(targets, rows, seq);
    }

    public HostTensor segmentIdsTensor() {
      return HostTensor.ofInts(segmentIds, rows, seq);
    }

    public HostTensor positionsTensor() {
      return HostTensor.ofInts(positions, rows, seq);
    }
  }

  /**
   * {@code documents} packed into {@code rows} rows of {@code seq} tokens.
   *
   * @throws IllegalArgumentException naming the document when one is empty or longer than a row, or
   *     when the documents need more than {@code rows} rows
   */
  public static Rows pack(List<int[]> documents, int rows, int seq, int padToken) {
    checkArgument(rows > 0 && seq > 0, "packing into %s rows of %s tokens: both must be positive", rows, seq);
    int[] tokens = new int[rows * seq];
    int[] targets = new int[rows * seq];
    int[] segments = new int[rows * seq];
    int[] positions = new int[rows * seq];
    int row = 0;
    int used = 0;
    int segment = 0;
    for (int d = 0; d < documents.size(); d++) {
      int[] doc = documents.get(d);
      checkArgument(doc.length > 0, "document %s is empty", d);
      checkArgument(doc.length <= seq, "document %s has %s tokens, more than a row of %s; split it first", d,
          doc.length, seq);
      if (used + doc.length > seq) {
        pad(tokens, targets, segments, positions, row, used, seq, segment, padToken);
        row++;
        used = 0;
        segment = 0;
      }
      checkArgument(row < rows, "documents 0..%s need more than %s rows of %s tokens", d, rows, seq);
      for (int i = 0; i < doc.length; i++) {
        int at = row * seq + used + i;
        tokens[at] = doc[i];
        targets[at] = i + 1 < doc.length ? doc[i + 1] : IGNORED;
        segments[at] = segment;
        positions[at] = i;
      }
      used += doc.length;
      segment++;
    }
    for (; row < rows; row++, used = 0, segment = 0) {
      pad(tokens, targets, segments, positions, row, used, seq, segment, padToken);
    }
    return new Rows(rows, seq, tokens, targets, segments, positions);
  }

  /** The documents of a token stream in which each document ends with {@code eos} (kept); a tail without one is a document too. */
  public static ImmutableList<int[]> splitAfter(int[] stream, int eos) {
    List<int[]> docs = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < stream.length; i++) {
      if (stream[i] == eos) {
        docs.add(Arrays.copyOfRange(stream, start, i + 1));
        start = i + 1;
      }
    }
    if (start < stream.length) {
      docs.add(Arrays.copyOfRange(stream, start, stream.length));
    }
    return ImmutableList.copyOf(docs);
  }

  private static void pad(int[] tokens, int[] targets, int[] segments, int[] positions, int row, int used, int seq,
      int segment, int padToken) {
    for (int i = used; i < seq; i++) {
      int at = row * seq + i;
      tokens[at] = padToken;
      targets[at] = IGNORED;
      segments[at] = segment;
      positions[at] = i - used;
    }
  }
}
