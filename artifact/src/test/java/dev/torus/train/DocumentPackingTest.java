package dev.torus.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Documents into packed rows: segment ids, document positions, ignored targets, padding, and the refusals. */
class DocumentPackingTest {
  @Test
  void documentsFillRowsInOrderAndTheRestIsPadding() {
    DocumentPacking.Rows rows = DocumentPacking.pack(List.of(new int[] {5, 6, 7}, new int[] {8, 9}, new int[] {1, 2, 3, 4}),
        2, 6, 0);
    assertArrayEquals(new int[] {5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 0, 0}, rows.tokens());
    assertArrayEquals(new int[] {6, 7, -1, 9, -1, -1, 2, 3, 4, -1, -1, -1}, rows.targets());
    assertArrayEquals(new int[] {0, 0, 0, 1, 1, 2, 0, 0, 0, 0, 1, 1}, rows.segmentIds());
    assertArrayEquals(new int[] {0, 1, 2, 0, 1, 0, 0, 1, 2, 3, 0, 1}, rows.positions());
  }

  @Test
  void aStreamSplitsAfterEachEndOfDocument() {
    List<int[]> docs = DocumentPacking.splitAfter(new int[] {4, 2, 9, 2, 2, 7}, 2);
    assertEquals(4, docs.size());
    assertArrayEquals(new int[] {4, 2}, docs.get(0));
    assertArrayEquals(new int[] {2}, docs.get(2));
    assertArrayEquals(new int[] {7}, docs.get(3));
  }

  @Test
  void refusalsNameTheDocument() {
    assertEquals("document 1 has 7 tokens, more than a row of 6; split it first", assertThrows(
        IllegalArgumentException.class, () -> DocumentPacking.pack(List.of(new int[] {1}, new int[7]), 1, 6, 0))
        .getMessage());
    assertEquals("documents 0..2 need more than 1 rows of 4 tokens", assertThrows(IllegalArgumentException.class,
        () -> DocumentPacking.pack(List.of(new int[3], new int[1], new int[2]), 1, 4, 0)).getMessage());
  }

  @Test
  void rowsWhoseDocumentsAreNotOneRunOfTokensAreRefused() {
    int[] zeros = new int[4];
    assertEquals("packed rows: row 0: segment id 0 at token 2 follows 1; each document must be one run of tokens"
        + " (segment ids non-decreasing along a row)", assertThrows(IllegalArgumentException.class,
        () -> new DocumentPacking.Rows(1, 4, zeros, zeros, new int[] {0, 1, 0, 1}, zeros)).getMessage());
    assertEquals("packed rows: row 0: position -1 at token 3; positions are >= 0", assertThrows(
        IllegalArgumentException.class,
        () -> new DocumentPacking.Rows(1, 4, zeros, zeros, zeros, new int[] {0, 1, 2, -1})).getMessage());
    assertEquals("packed rows: an array of 3 values for 1 rows of 4 tokens", assertThrows(
        IllegalArgumentException.class, () -> new DocumentPacking.Rows(1, 4, new int[3], zeros, zeros, zeros))
        .getMessage());
  }
}
