package dev.torus.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCorpusTest {
  @TempDir Path tmp;
  private final Random random = new Random(42);

  private long[] randomIds(int count, long bound) {
    return LongStream.range(0, count).map(i -> (long) (random.nextDouble() * bound)).toArray();
  }

  private static int[] ints(long[] ids) {
    return Arrays.stream(ids).mapToInt(Math::toIntExact).toArray();
  }

  @Test
  void readsEveryNpyType() throws IOException {
    for (String descr : List.of("<i4", "<u2", "<u4", "<i8", "=i4")) {
      long[] ids = randomIds(1000, descr.endsWith("u2") ? 65536 : Integer.MAX_VALUE + 1L);
      ids[0] = descr.endsWith("u2") ? 65535 : Integer.MAX_VALUE;
      Path file = TokenFileWriter.npy(tmp.resolve("ids.npy"), descr, ids);
      try (TokenCorpus corpus = TokenCorpus.open(file, TokenFileType.UINT16)) {
        assertEquals(1000, corpus.length(), descr);
        assertArrayEquals(ints(ids), corpus.read(0, 1000), descr);
        assertArrayEquals(Arrays.copyOfRange(ints(ids), 17, 40), corpus.read(17, 23), descr);
      }
    }
  }

  @Test
  void readsAnyShapeFlattenedInCOrder() throws IOException {
    long[] ids = randomIds(24, 50000);
    Path file = TokenFileWriter.npy(tmp.resolve("ids.npy"), "<u2", "False", "(2, 3, 4)", ids);
    try (TokenCorpus corpus = TokenCorpus.open(file, TokenFileType.UINT16)) {
      assertArrayEquals(ints(ids), corpus.read(0, 24));
    }
  }

  @Test
  void readsBinFilesOfEitherType() throws IOException {
    long[] small = randomIds(999, 65536);
    Path u16 = TokenFileWriter.bin(tmp.resolve("u16.bin"), 2, small);
    try (TokenCorpus corpus = TokenCorpus.open(u16, TokenFileType.UINT16)) {
      assertArrayEquals(ints(small), corpus.read(0, 999));
      assertEquals("999 tokens in " + u16, corpus.description());
    }
    long[] large = randomIds(1001, Integer.MAX_VALUE + 1L);
    Path u32 = TokenFileWriter.bin(tmp.resolve("u32.bin"), 4, large);
    try (TokenCorpus corpus = TokenCorpus.open(u32, TokenFileType.UINT32)) {
      assertArrayEquals(ints(large), corpus.read(0, 1001));
    }
  }

  @Test
  void readsADirectoryAsOneStreamAcrossFilesAndWindows() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("data"));
    long[] a = randomIds(37, 100000);
    long[] b = randomIds(50, 100000);
    long[] c = randomIds(61, 65536);
    long[] e = randomIds(5, 100000);
    TokenFileWriter.npy(dir.resolve("a.npy"), "<i8", a);
    TokenFileWriter.npy(dir.resolve("b.npy"), "<u4", b);
    TokenFileWriter.bin(dir.resolve("c.bin"), 2, c);
    TokenFileWriter.bin(dir.resolve("d.bin"), 2);
    TokenFileWriter.npy(dir.resolve("e.npy"), "<i4", e);
    Files.writeString(dir.resolve("notes.txt"), "ignored");
    Files.createDirectory(dir.resolve("sub.bin"));
    int[] expected = ints(LongStream.concat(LongStream.concat(Arrays.stream(a), Arrays.stream(b)),
        LongStream.concat(Arrays.stream(c), Arrays.stream(e))).toArray());

    for (long windowBytes : new long[] {8, 24, TokenCorpus.WINDOW_BYTES}) {
      try (TokenCorpus corpus = TokenCorpus.open(dir, TokenFileType.UINT16, windowBytes)) {
        assertEquals(expected.length, corpus.length());
        assertEquals(List.of("a.npy", "b.npy", "c.bin", "d.bin", "e.npy"),
            corpus.files().stream().map(f -> f.getFileName().toString()).toList());
        assertArrayEquals(expected, corpus.read(0, expected.length));
        for (int i = 0; i < 300; i++) {
          int start = random.nextInt(expected.length);
          int count = random.nextInt(expected.length - start + 1);
          assertArrayEquals(Arrays.copyOfRange(expected, start, start + count), corpus.read(start, count),
              "[" + start + ", " + (start + count) + ") with windows of " + windowBytes + " bytes");
        }
        assertEquals(0, corpus.read(expected.length, 0).length);
        assertEquals("153 tokens in 5 files under " + dir + "/", corpus.description());
      }
    }
  }

  @Test
  void locatesPositionsInFiles() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("data"));
    TokenFileWriter.bin(dir.resolve("a.bin"), 2, 1, 2, 3);
    TokenFileWriter.bin(dir.resolve("b.bin"), 2);
    TokenFileWriter.bin(dir.resolve("c.bin"), 2, 4, 5);
    try (TokenCorpus corpus = TokenCorpus.open(dir, TokenFileType.UINT16)) {
      assertEquals(dir.resolve("a.bin") + " token 0", corpus.locate(0));
      assertEquals(dir.resolve("a.bin") + " token 2", corpus.locate(2));
      assertEquals(dir.resolve("c.bin") + " token 0", corpus.locate(3));
      assertEquals(dir.resolve("c.bin") + " token 1", corpus.locate(4));
      assertMessage(IllegalArgumentException.class, () -> corpus.locate(5), "position 5", "corpus of 5 tokens");
    }
  }

  @Test
  void refusesReadsOutsideTheCorpus() throws IOException {
    Path file = TokenFileWriter.bin(tmp.resolve("t.bin"), 2, 1, 2, 3, 4);
    try (TokenCorpus corpus = TokenCorpus.open(file, TokenFileType.UINT16)) {
      assertMessage(IllegalArgumentException.class, () -> corpus.read(2, 3), "tokens [2, 5)", "corpus of 4 tokens");
      assertMessage(IllegalArgumentException.class, () -> corpus.read(-1, 1), "tokens [-1, 0)");
      assertMessage(IllegalArgumentException.class, () -> corpus.read(Long.MAX_VALUE, 1), "corpus of 4 tokens");
      corpus.close();
      assertMessage(IllegalStateException.class, () -> corpus.read(0, 1), "closed");
    }
  }

  /** A sparse 3 GiB file: positions past 2^31 bytes are read through the third and fourth windows. */
  @Test
  void readsAFileOverTwoGibibytes() throws IOException {
    Path file = tmp.resolve("big.bin");
    long size = 3L << 30;
    long[] offsets = {(1L << 31) - 4, (1L << 31) - 2, 1L << 31, (1L << 31) + 2, size - 4, size - 2};
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(size);
      for (int i = 0; i < offsets.length; i++) {
        raf.seek(offsets[i]);
        int id = 60000 + i;
        raf.write(new byte[] {(byte) id, (byte) (id >>> 8)});
      }
    }
    try (TokenCorpus corpus = TokenCorpus.open(file, TokenFileType.UINT16)) {
      assertEquals(size / 2, corpus.length());
      assertArrayEquals(new int[] {0, 60000, 60001, 60002, 60003, 0}, corpus.read(offsets[0] / 2 - 1, 6));
      assertArrayEquals(new int[] {0, 60004, 60005}, corpus.read(size / 2 - 3, 3));
      assertEquals(file + " token " + (1L << 30), corpus.locate(1L << 30));
    }
  }

  @Test
  void refusesNpyFilesItCannotRead() throws IOException {
    Path f4 = TokenFileWriter.npy(tmp.resolve("f4.npy"), "<f4", 1, 2);
    assertMessage(InvalidTokenFileException.class, () -> open(f4),
        f4.toString(), "descr: ", "'<f4'", "<u2 uint16, <u4 uint32, <i4 int32, <i8 int64");
    Path i2 = TokenFileWriter.npy(tmp.resolve("i2.npy"), "<i2", 1, 2);
    assertMessage(InvalidTokenFileException.class, () -> open(i2), i2.toString(), "'<i2'", "a.astype(np.int32)");
    Path big = TokenFileWriter.npy(tmp.resolve("be.npy"), ">i4", 1, 2);
    assertMessage(InvalidTokenFileException.class, () -> open(big), big.toString(), "'>i4'", "big-endian");
    Path fortran = TokenFileWriter.npy(tmp.resolve("fortran.npy"), "<i4", "True", "(1, 2)", 1, 2);
    assertMessage(InvalidTokenFileException.class, () -> open(fortran), fortran.toString(), "fortran_order: ",
        "Fortran-order");

    byte[] whole = Files.readAllBytes(TokenFileWriter.npy(tmp.resolve("whole.npy"), "<u2", 1, 2, 3));
    int headerBytes = whole.length - 3 * 2;
    Path shortHeader = Files.write(tmp.resolve("short-header.npy"), Arrays.copyOf(whole, 40));
    assertMessage(InvalidTokenFileException.class, () -> open(shortHeader),
        shortHeader.toString(), "header: truncated .npy file: header needs " + headerBytes + " bytes, the file has 40");
    Path shortData = Files.write(tmp.resolve("short-data.npy"), Arrays.copyOf(whole, headerBytes + 5));
    assertMessage(InvalidTokenFileException.class, () -> open(shortData), shortData.toString(),
        "data: truncated .npy file: 3 uint16 ids need " + (headerBytes + 6) + " bytes, the file has " + (headerBytes + 5));
    Path tiny = Files.write(tmp.resolve("tiny.npy"), Arrays.copyOf(whole, 8));
    assertMessage(InvalidTokenFileException.class, () -> open(tiny), tiny.toString(), "magic: ", "not a .npy file");
  }

  @Test
  void refusesBinFilesOfTheWrongSize() throws IOException {
    Path odd = Files.write(tmp.resolve("odd.bin"), new byte[7]);
    assertMessage(InvalidTokenFileException.class, () -> open(odd), odd.toString(), "data: ", "7 bytes", "uint16");
    Path six = Files.write(tmp.resolve("six.bin"), new byte[6]);
    assertMessage(InvalidTokenFileException.class, () -> TokenCorpus.open(six, TokenFileType.UINT32),
        six.toString(), "6 bytes", "uint32");
  }

  @Test
  void refusesIdsThatAreNotTokenIds() throws IOException {
    Path negative = TokenFileWriter.npy(tmp.resolve("negative.npy"), "<i4", 1, 2, -5);
    try (TokenCorpus corpus = open(negative)) {
      assertArrayEquals(new int[] {1, 2}, corpus.read(0, 2));
      assertMessage(InvalidDataException.class, () -> corpus.read(0, 3), negative + " token 2: id -5");
    }
    Path huge = TokenFileWriter.bin(tmp.resolve("huge.bin"), 4, 1, 0xFFFFFFFFL);
    try (TokenCorpus corpus = TokenCorpus.open(huge, TokenFileType.UINT32)) {
      assertMessage(InvalidDataException.class, () -> corpus.read(0, 2), huge + " token 1: id 4294967295");
    }
    Path long64 = TokenFileWriter.npy(tmp.resolve("long.npy"), "<i8", 1L << 40);
    try (TokenCorpus corpus = open(long64)) {
      assertMessage(InvalidDataException.class, () -> corpus.read(0, 1), long64 + " token 0: id 1099511627776");
    }
  }

  @Test
  void refusesCorporaWithoutTokens() throws IOException {
    Path empty = Files.createDirectory(tmp.resolve("empty"));
    Files.writeString(empty.resolve("readme.txt"), "no tokens");
    assertMessage(InvalidTokenFileException.class, () -> open(empty), empty.toString(), ".npy", ".bin");
    Path allEmpty = Files.createDirectory(tmp.resolve("all-empty"));
    TokenFileWriter.bin(allEmpty.resolve("a.bin"), 2);
    TokenFileWriter.npy(allEmpty.resolve("b.npy"), "<i4");
    assertMessage(InvalidTokenFileException.class, () -> open(allEmpty), allEmpty.toString(), "no tokens");
    assertMessage(NoSuchFileException.class, () -> open(tmp.resolve("missing")), "missing");
    Path text = Files.writeString(tmp.resolve("tokens.txt"), "1 2 3");
    assertMessage(InvalidTokenFileException.class, () -> open(text), text.toString(), "file name: ", ".npy or .bin");
  }

  @Test
  void parsesBinTypes() {
    assertEquals(TokenFileType.UINT16, TokenFileType.parse("uint16"));
    assertEquals(TokenFileType.UINT32, TokenFileType.parse("UINT32"));
    assertMessage(IllegalArgumentException.class, () -> TokenFileType.parse("int16"), "'int16'", "uint16, uint32");
  }

  private static TokenCorpus open(Path path) throws IOException {
    return TokenCorpus.open(path, TokenFileType.UINT16);
  }

  interface Action {
    void run() throws Exception;
  }

  static void assertMessage(Class<? extends Exception> type, Action action, String... parts) {
    Exception e = assertThrows(type, action::run);
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), "message '" + e.getMessage() + "' should contain '" + part + "'");
    }
  }
}
