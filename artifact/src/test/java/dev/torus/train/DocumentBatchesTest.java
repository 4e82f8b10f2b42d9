package dev.torus.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocumentBatchesTest {
  /** Rows of a fixed stream: row r of any step starts at token 3r. */
  private static final BatchSource STREAM = new BatchSource() {
    private final int[] stream = {5, 6, 0, 7, 8, 9, 0, 4, 0, 3, 2, 1, 0, 6};

    @Override
    public Batch rows(int step, int firstRow, int rowCount) {
      int seq = 5;
      int[] tokens = new int[rowCount * seq];
      int[] targets = new int[tokens.length];
      for (int i = 0; i < rowCount; i++) {
        System.arraycopy(stream, 3 * (firstRow + i), tokens, i * seq, seq);
        System.arraycopy(stream, 3 * (firstRow + i) + 1, targets, i * seq, seq);
      }
      return new Batch(rowCount, seq, tokens, targets);
    }

    @Override
    public String description() {
      return "a fixed stream";
    }
  };

  @Test
  void cutsEachRowAfterEveryEndOfSequence() {
    BatchSource.Batch b = new DocumentBatches(STREAM, 0).rows(1, 0, 2);
    assertTrue(b.packed());
    // row 0: 5 6 0 | 7 8     row 1: 7 8 9 0 | 4
    assertArrayEquals(new int[] {5, 6, 0, 7, 8, 7, 8, 9, 0, 4}, b.tokens());
    assertArrayEquals(new int[] {6, 0, -1, 8, 9, 8, 9, 0, -1, 0}, b.targets());
    assertArrayEquals(new int[] {0, 0, 0, 1, 1, 0, 0, 0, 0, 1}, b.segmentIds());
    assertArrayEquals(new int[] {0, 1, 2, 0, 1, 0, 1, 2, 3, 0}, b.positions());
    assertEquals("a fixed stream, documents ending with id 0", new DocumentBatches(STREAM, 0).description());
  }

  @Test
  void aRowIsTheSameWhicheverRowsAreAskedFor() {
    DocumentBatches docs = new DocumentBatches(STREAM, 0);
    BatchSource.Batch both = docs.rows(3, 0, 3);
    BatchSource.Batch last = docs.rows(3, 2, 1);
    for (int t = 0; t < 5; t++) {
      assertEquals(both.segmentIds()[10 + t], last.segmentIds()[t]);
      assertEquals(both.positions()[10 + t], last.positions()[t]);
      assertEquals(both.targets()[10 + t], last.targets()[t]);
    }
  }

  @Test
  void plainBatchesCarryNoDocumentsAndHalfPackedOnesAreRefused() {
    BatchSource.Batch plain = STREAM.rows(0, 0, 1);
    assertNull(plain.segmentIds());
    assertEquals(false, plain.packed());
    assertEquals("a batch of packed documents has both segment ids and positions, or neither",
        assertThrows(IllegalArgumentException.class,
            () -> new BatchSource.Batch(1, 2, new int[2], new int[2], new int[2], null)).getMessage());
    assertEquals("end-of-sequence id -1: expected 0 or more",
        assertThrows(IllegalArgumentException.class, () -> new DocumentBatches(STREAM, -1)).getMessage());
  }
}
