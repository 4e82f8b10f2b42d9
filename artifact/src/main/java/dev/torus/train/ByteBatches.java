package dev.torus.train;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Byte-level batches for a model whose vocabulary holds the 256 byte values: a copy task (a random
 * pattern of 8 letters from {@code a..h}, repeated: a model that learns it predicts the repeats), or
 * random windows of a file's bytes. Row r of step k depends only on the seed, k and r.
 */
public final class ByteBatches implements BatchSource {
  /** The largest file taken whole into memory as byte-level text. */
  public static final long MAX_TEXT_BYTES = 1L << 30;

  private final int seq;
  private final long seed;
  private final byte[] text;
  private final String description;

  private ByteBatches(int seq, long seed, byte[] text, String description) {
    checkArgument(seq >= 1, "sequence %s must be at least 1", seq);
    this.seq = seq;
    this.seed = seed;
    this.text = text;
    this.description = description;
  }

  /** The copy task. */
  public static ByteBatches copyTask(int seq, long seed) {
    return new ByteBatches(seq, seed, null, "a copy task (8 random letters of a..h, repeated)");
  }

  /** Windows of {@code file}'s bytes. */
  public static ByteBatches text(Path file, int seq, long seed) throws IOException {
    long size = Files.size(file);
    checkArgument(size <= MAX_TEXT_BYTES, "%s has %s bytes; byte-level text is read whole and may have at most %s"
        + " (tokenize larger corpora into .bin or .npy token files)", file, size, MAX_TEXT_BYTES);
    checkArgument(size > seq, "%s has %s bytes; a sequence of %s needs at least %s", file, size, seq, seq + 1);
    return new ByteBatches(seq, seed, Files.readAllBytes(file), String.format(Locale.ROOT, "%,d bytes of %s", size, file));
  }

  @Override
  public Batch rows(int step, int firstRow, int rowCount) {
    int[] tokens = new int[rowCount * seq];
    int[] targets = new int[rowCount * seq];
    for (int r = 0; r < rowCount; r++) {
      SplittableRandom random = new SplittableRandom(Mixing.mix(seed, step, firstRow + r));
      int[] window = new int[seq + 1];
      if (text == null) {
        int[] pattern = new int[8];
        for (int i = 0; i < pattern.length; i++) {
          pattern[i] = 'a' + random.nextInt(8);
        }
        for (int i = 0; i < window.length; i++) {
          window[i] = pattern[i % pattern.length];
        }
      } else {
        int start = random.nextInt(text.length - seq);
        for (int i = 0; i < window.length; i++) {
          window[i] = text[start + i] & 0xff;
        }
      }
      System.arraycopy(window, 0, tokens, r * seq, seq);
      System.arraycopy(window, 1, targets, r * seq, seq);
    }
    return new Batch(rowCount, seq, tokens, targets);
  }

  @Override
  public String description() {
    return description;
  }

  /** The seed of one row's randomness. */
  static final class Mixing {
    private Mixing() {}

    /** A 64-bit hash of (seed, step, row) (SplitMix64's finalizer over their combination). */
    static long mix(long seed, long step, long row) {
      long z = seed * 0x9E3779B97F4A7C15L + step * 0xC2B2AE3D27D4EB4FL + row * 0x165667B19E3779F9L;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    }
  }
}
