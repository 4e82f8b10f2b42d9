package dev.torus.train;

import dev.torus.fuzz.ByteMutation;
import dev.torus.fuzz.FuzzFiles;
import dev.torus.fuzz.NpyHeaderEdit;
import dev.torus.fuzz.ReaderOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzzes {@link TokenCorpus} (and with it {@code TokenFile} and {@code NpyTokenHeader}) with mutants
 * of {@code .npy} token files of every accepted type, files built from header fields that may be
 * wrong, and {@code .bin} files of any length, in windows small enough that reads cross them.
 * Every outcome is a corpus whose tokens all read, or an {@link InvalidTokenFileException} or {@link
 * InvalidDataException} naming the file and the field ({@link #FIELDS}): the one header field made
 * wrong, where only one is, and what a truncation cut off.
 */
class TokenCorpusFuzzTest {
  private static final Path DIR = FuzzFiles.scratch("token-fuzz");
  /** The parts of a token file or corpus a refusal may name: the .npy fields, a file's name, an id. */
  private static final ReaderOutcome.Fields FIELDS = NpyHeaderEdit.FIELDS.and("file name", "files", "token ");
  private static final List<byte[]> SEEDS = List.of(
      seed("int32", "<i4", 3, 1, 4, 1, 5, 9),
      seed("int64", "<i8", 2, 7, 1, 8),
      seed("uint16", "<u2", 65535, 0, 1),
      seed("uint32", "<u4", 4000000000L, 12));

  private static byte[] seed(String name, String descr, long... ids) {
    try {
      return Files.readAllBytes(TokenFileWriter.npy(DIR.resolve(name + ".npy"), descr, ids));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterContainer
  static void deleteScratch() throws IOException {
    FuzzFiles.delete(DIR);
  }

  @Property(tries = 600)
  void npyByteEdits(@ForAll("seeds") byte[] seed, @ForAll("byteEdits") List<ByteMutation> edits) throws IOException {
    readAll(write("fuzz.npy", ByteMutation.applyAll(edits, seed)), TokenFileType.UINT16);
  }

  @Property(tries = 500)
  void npyHeaderEdits(@ForAll("headers") NpyHeaderEdit header) throws IOException {
    readAll(write("fuzz.npy", header.bytes()), TokenFileType.UINT16);
  }

  /** One header field wrong: the refusal names it. */
  @Property(tries = 300)
  void oneFieldWrong(@ForAll("faults") NpyHeaderEdit.Fault fault) throws IOException {
    readAll(write("fuzz.npy", fault.header().bytes()), TokenFileType.UINT16, ReaderOutcome.Fields.of(fault.field()));
  }

  /** A file cut short: the refusal names the part cut off. */
  @Property(tries = 200)
  void truncations(@ForAll("seeds") byte[] seed, @ForAll int length) throws IOException {
    byte[] cut = java.util.Arrays.copyOf(seed, Math.floorMod(length, seed.length));
    readAll(write("fuzz.npy", cut), TokenFileType.UINT16,
        ReaderOutcome.Fields.of("magic", "header length", "header", "data"));
  }

  @Provide
  Arbitrary<NpyHeaderEdit.Fault> faults() {
    return NpyHeaderEdit.oneFieldWrong("<i4", 4, List.of("<f4", "<f8", "<i2", ">i4", "|b1", "O", "'"));
  }

  @Property(tries = 200)
  void binFiles(@ForAll("binBytes") byte[] bytes, @ForAll TokenFileType type) throws IOException {
    readAll(write("fuzz.bin", bytes), type);
  }

  /** A directory of a mutated {@code .npy}, a {@code .bin} and a file that is neither, opened as one corpus. */
  @Property(tries = 200)
  void directories(@ForAll("seeds") byte[] seed, @ForAll("byteEdits") List<ByteMutation> edits,
      @ForAll("binBytes") byte[] bin, @ForAll boolean exists) throws IOException {
    Path dir = DIR.resolve("corpus");
    FuzzFiles.delete(dir);
    if (exists) {
      Files.createDirectories(dir);
      Files.write(dir.resolve("a.npy"), ByteMutation.applyAll(edits, seed));
      Files.write(dir.resolve("b.bin"), bin);
      Files.writeString(dir.resolve("README.md"), "not tokens");
    }
    ReaderOutcome.check(dir.toString(), FIELDS.and("no token file or directory"), () -> {
      try (TokenCorpus corpus = TokenCorpus.open(dir, TokenFileType.UINT16)) {
        corpus.files();
        corpus.toString();
        corpus.read(0, Math.toIntExact(corpus.length()));
        for (long k = 0; k < corpus.length(); k++) {
          corpus.locate(k);
        }
        ReaderOutcome.check("outside the corpus", () -> corpus.read(corpus.length(), 1),
            IllegalArgumentException.class);
      }
      return null;
    }, InvalidTokenFileException.class, InvalidDataException.class, NoSuchFileException.class);
  }

  @Provide
  Arbitrary<byte[]> seeds() {
    return Arbitraries.of(SEEDS);
  }

  @Provide
  Arbitrary<List<ByteMutation>> byteEdits() {
    return ByteMutation.sequences();
  }

  @Provide
  Arbitrary<NpyHeaderEdit> headers() {
    return NpyHeaderEdit.around(List.of("<i4", "<i8", "<u2", "<u4", "=i4"));
  }

  @Provide
  Arbitrary<byte[]> binBytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(64);
  }

  private static Path write(String name, byte[] bytes) throws IOException {
    Path file = DIR.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  /** Opens {@code file} in 8-byte windows and reads every token, in one read and one by one. */
  private static void readAll(Path file, TokenFileType binType) {
    readAll(file, binType, FIELDS);
  }

  private static void readAll(Path file, TokenFileType binType, ReaderOutcome.Fields fields) {
    ReaderOutcome.check(file, fields, () -> {
      try (TokenCorpus corpus = TokenCorpus.open(file, binType, 8)) {
        corpus.description();
        corpus.read(0, Math.toIntExact(corpus.length()));
        for (long k = 0; k < corpus.length(); k++) {
          corpus.read(k, 1);
          corpus.locate(k);
        }
      }
      return null;
    }, InvalidTokenFileException.class, InvalidDataException.class);
  }
}
