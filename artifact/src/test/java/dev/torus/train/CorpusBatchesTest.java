package dev.torus.train;

import static dev.torus.train.TokenCorpusTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.train.BatchSource.Batch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusBatchesTest {
  @TempDir Path tmp;

  /** A corpus of two files whose token at position p is p, so a window's content shows where it starts. */
  private TokenCorpus positions(int length) throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("positions"));
    int half = length / 2;
    TokenFileWriter.bin(dir.resolve("a.bin"), 4, LongStream.range(0, half).toArray());
    TokenFileWriter.npy(dir.resolve("b.npy"), "<i4", LongStream.range(half, length).toArray());
    return TokenCorpus.open(dir, TokenFileType.UINT32);
  }

  private static int[] row(int[] values, int seq, int row) {
    return Arrays.copyOfRange(values, row * seq, (row + 1) * seq);
  }

  @Test
  void rowsAreWindowsWithTheNextTokensAsTargets() throws IOException {
    try (TokenCorpus corpus = positions(500)) {
      CorpusBatches batches = new CorpusBatches(corpus, 16, 7, 1000);
      Batch batch = batches.rows(3, 0, 64);
      assertEquals(64, batch.rows());
      assertEquals(16, batch.seq());
      for (int r = 0; r < 64; r++) {
        long start = batches.windowStart(3, r);
        assertTrue(start >= 0 && start <= 500 - 16 - 1, "start " + start);
        int[] tokens = row(batch.tokens(), 16, r);
        int[] targets = row(batch.targets(), 16, r);
        assertArrayEquals(corpus.read(start, 16), tokens);
        assertArrayEquals(corpus.read(start + 1, 16), targets);
        assertEquals(start, tokens[0]);
      }
    }
  }

  @Test
  void windowStartsCoverTheWholeRange() throws IOException {
    try (TokenCorpus corpus = positions(40)) {
      CorpusBatches batches = new CorpusBatches(corpus, 8, 1, 100);
      BitSet seen = new BitSet();
      for (int step = 0; step < 100; step++) {
        for (int r = 0; r < 8; r++) {
          seen.set(Math.toIntExact(batches.windowStart(step, r)));
        }
      }
      assertEquals(40 - 8, seen.cardinality(), "every start in [0, 31] is drawn, and no other: " + seen);
      assertEquals(40 - 8, seen.length());
    }
  }

  @Test
  void rowsDependOnlyOnSeedStepAndRow() throws IOException {
    try (TokenCorpus corpus = positions(10_000)) {
      CorpusBatches batches = new CorpusBatches(corpus, 32, 1234, 10_000);
      for (int step : new int[] {0, 1, 7, 1_000_000}) {
        Batch whole = batches.rows(step, 0, 5);
        Batch lastTwo = batches.rows(step, 3, 2);
        assertArrayEquals(Arrays.copyOfRange(whole.tokens(), 3 * 32, 5 * 32), lastTwo.tokens());
        assertArrayEquals(Arrays.copyOfRange(whole.targets(), 3 * 32, 5 * 32), lastTwo.targets());
        Batch again = new CorpusBatches(corpus, 32, 1234, 10_000).rows(step, 0, 5);
        assertArrayEquals(whole.tokens(), again.tokens());
        assertArrayEquals(whole.targets(), again.targets());
      }
      assertFalse(Arrays.equals(batches.rows(0, 0, 4).tokens(), batches.rows(1, 0, 4).tokens()));
      assertFalse(Arrays.equals(batches.rows(5, 0, 4).tokens(),
          new CorpusBatches(corpus, 32, 1235, 10_000).rows(5, 0, 4).tokens()));
      int[] rows = batches.rows(0, 0, 4).tokens();
      assertFalse(Arrays.equals(row(rows, 32, 0), row(rows, 32, 1)));
    }
  }

  @Test
  void refusesIdsOutsideTheVocabularyNamingFilePositionStepAndRow() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("data"));
    TokenFileWriter.bin(dir.resolve("a.bin"), 4, 1, 2, 3, 4);
    TokenFileWriter.bin(dir.resolve("b.bin"), 4, 5, 6, 70000, 8, 9, 10);
    try (TokenCorpus corpus = TokenCorpus.open(dir, TokenFileType.UINT32)) {
      // seq 9 of 10 tokens: every window starts at 0 and covers the whole corpus.
      CorpusBatches batches = new CorpusBatches(corpus, 9, 0, 32000);
      InvalidDataException e = assertThrows(InvalidDataException.class, () -> batches.rows(7, 3, 1));
      assertEquals(
          dir.resolve("b.bin") + " token 2: id 70000 is outside the model's vocabulary of 32000 (step 7, row 3)",
          e.getMessage());
      assertEquals(70001, new CorpusBatches(corpus, 9, 0, 70001).rows(0, 0, 1).tokens()[6] + 1);
    }
    Path negative = TokenFileWriter.npy(tmp.resolve("negative.npy"), "<i4", 1, -2, 3);
    try (TokenCorpus corpus = TokenCorpus.open(negative, TokenFileType.UINT16)) {
      assertMessage(InvalidDataException.class, () -> new CorpusBatches(corpus, 2, 0, 10).rows(4, 1, 1),
          negative + " token 1: id -2", "(step 4, row 1)");
    }
  }

  @Test
  void refusesCorporaShorterThanOneWindow() throws IOException {
    try (TokenCorpus corpus = TokenCorpus.open(
        TokenFileWriter.bin(tmp.resolve("five.bin"), 2, 1, 2, 3, 4, 5), TokenFileType.UINT16)) {
      assertMessage(IllegalArgumentException.class, () -> new CorpusBatches(corpus, 5, 0, 10),
          "the corpus has 5 tokens, a sequence of 5 needs 5 + 1");
      assertEquals(1, new CorpusBatches(corpus, 4, 0, 10).rows(0, 0, 1).rows());
    }
  }

  @Test
  void describesTheCorpusAndWindows() throws IOException {
    try (TokenCorpus corpus = positions(2000)) {
      assertEquals(
          "2,000 tokens in 2 files under " + tmp.resolve("positions") + "/, random windows of 16 tokens (seed 9)",
          new CorpusBatches(corpus, 16, 9, 2000).description());
    }
  }

  @Test
  void batchesCheckTheirLengths() {
    assertMessage(IllegalArgumentException.class, () -> new Batch(2, 3, new int[6], new int[5]),
        "2 rows of 3 has 5 targets, expected 6");
    assertMessage(IllegalArgumentException.class, () -> new Batch(2, 3, new int[7], new int[6]),
        "2 rows of 3 has 7 tokens, expected 6");
  }
}
