package dev.torus.train;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.SplittableRandom;

/**
 * Batches of windows drawn uniformly at random from a {@link TokenCorpus}. Row r of step k is the window of
 * {@code seq} tokens starting at {@link #windowStart windowStart(k, r)}, with the {@code seq} tokens after
 * each as targets. Windows may cross file boundaries (the files are read as one stream). Every id is checked
 * against the model's vocabulary as it is read.
 */
public final class CorpusBatches implements BatchSource {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private final TokenCorpus corpus;
  private final int seq;
  private final long seed;
  private final int vocabSize;

  /** Windows of {@code seq} tokens from {@code corpus}, whose ids must all be below {@code vocabSize}. */
  public CorpusBatches(TokenCorpus corpus, int seq, long seed, int vocabSize) {
    this.corpus = checkNotNull(corpus, "corpus");
    checkArgument(seq > 0, "sequence length %s: expected 1 or more", seq);
    checkArgument(vocabSize > 0, "vocabulary size %s: expected 1 or more", vocabSize);
    checkArgument(corpus.length() >= seq + 1L,
        "%s: the corpus has %s tokens, a sequence of %s needs %s + 1", corpus.description(), corpus.length(), seq, seq);
    this.seq = seq;
    this.seed = seed;
    this.vocabSize = vocabSize;
  }

  @Override
  public Batch rows(int step, int firstRow, int rowCount) {
    checkArgument(step >= 0, "step %s: expected 0 or more", step);
    checkArgument(firstRow >= 0 && rowCount >= 0 && firstRow <= Integer.MAX_VALUE - rowCount,
        "rows [%s, %s + %s): expected a first row and a count of 0 or more", firstRow, firstRow, rowCount);
    int[] tokens = new int[Math.multiplyExact(rowCount, seq)];
    int[] targets = new int[tokens.length];
    for (int i = 0; i < rowCount; i++) {
      int row = firstRow + i;
      long start = windowStart(step, row);
      int[] window = readWindow(start, step, row);
      for (int t = 0; t <= seq; t++) {
        if (window[t] >= vocabSize) {
          throw new InvalidDataException(corpus.locate(start + t) + ": id " + window[t]
              + " is outside the model's vocabulary of " + vocabSize + " (step " + step + ", row " + row + ")");
        }
      }
      System.arraycopy(window, 0, tokens, i * seq, seq);
      System.arraycopy(window, 1, targets, i * seq, seq);
    }
    return new Batch(rowCount, seq, tokens, targets);
  }

  private int[] readWindow(long start, int step, int row) {
    try {
      return corpus.read(start, seq + 1);
    } catch (InvalidDataException e) {
      throw new InvalidDataException(e.getMessage() + " (step " + step + ", row " + row + ")", e);
    }
  }

  /**
   * The corpus position where row {@code row} of step {@code step} starts, uniform in
   * [0, length - seq - 1]: {@code new SplittableRandom(mix(mix(mix(seed) ^ step) ^ row)).nextLong(length - seq)},
   * where {@code mix} is SplitMix64's output function (add the golden gamma 0x9E3779B97F4A7C15, then Stafford's
   * Mix13). Depends on nothing else, so any process computes any row, and the stream is the same for every
   * number of processes and across resumes.
   */
  public long windowStart(int step, int row) {
    long key = mix(mix(mix(seed) ^ step) ^ row);
    return new SplittableRandom(key).nextLong(corpus.length() - seq);
  }

  private static long mix(long z) {
    z += GOLDEN_GAMMA;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  @Override
  public String description() {
    return corpus.description() + ", random windows of " + seq + " tokens (seed " + seed + ")";
  }

  /** Tokens in one row: the sequence length. */
  public int seq() {
    return seq;
  }
}
