package dev.torus.artifact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import dev.torus.fuzz.ByteMutation;
import dev.torus.fuzz.FuzzFiles;
import dev.torus.fuzz.NpyHeaderEdit;
import dev.torus.fuzz.ReaderOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzzes {@link Npy#read} and {@link Npy#readIntegers} with mutants of {@code .npy} files written by
 * NumPy (the test resources) and by {@link Npy#write}, byte by byte, and with files built from
 * header fields that may be wrong ({@link NpyHeaderEdit}). Every outcome is a tensor or an {@link
 * InvalidNpyException} naming the file and the field ({@link NpyHeaderEdit#FIELDS}): the one field
 * made wrong, where only one is, and what a truncation cut off.
 */
class NpyFuzzTest {
  private static final Path DIR = FuzzFiles.scratch("npy-fuzz");
  private static final List<byte[]> SEEDS = readSeeds();

  private static List<byte[]> readSeeds() {
    List<byte[]> seeds = new ArrayList<>();
    for (String name : List.of("numpy-f32-2x3.npy", "numpy-bf16-3.npy", "numpy-i64-2x3.npy", "numpy-s32-scalar.npy",
        "numpy-pred-2x2.npy", "numpy-u32-0x2.npy")) {
      try (InputStream in = NpyFuzzTest.class.getResourceAsStream(name)) {
        seeds.add(in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    seeds.add(Npy.toBytes(HostTensor.ofFloats(new float[] {1, 2, 3, 4}, 2, 2).to(DType.F16)));
    seeds.add(Npy.toBytes(HostTensor.ofInts(new int[] {7, 8, 9}, 3)));
    return seeds;
  }

  @AfterContainer
  static void deleteScratch() throws IOException {
    FuzzFiles.delete(DIR);
  }

  @Property(tries = 1000)
  void byteEdits(@ForAll("seeds") byte[] seed, @ForAll("byteEdits") List<ByteMutation> edits) throws IOException {
    readBothWays(ByteMutation.applyAll(edits, seed));
  }

  @Property(tries = 800)
  void headerEdits(@ForAll("headers") NpyHeaderEdit header) throws IOException {
    readBothWays(header.bytes());
  }

  /** One field wrong: the refusal names it. */
  @Property(tries = 400)
  void oneFieldWrong(@ForAll("faults") NpyHeaderEdit.Fault fault) throws IOException {
    readBothWays(fault.header().bytes(), ReaderOutcome.Fields.of(fault.field()));
  }

  /**
   * A file cut short: the refusal names the part cut off (magic, header length, header, data), or
   * the element type when the reader refuses it before reaching the data (int64 for {@code read}).
   */
  @Property(tries = 300)
  void truncations(@ForAll("seeds") byte[] seed, @ForAll int length) throws IOException {
    byte[] cut = java.util.Arrays.copyOf(seed, Math.floorMod(length, seed.length));
    readBothWays(cut, ReaderOutcome.Fields.of("magic", "header length", "header", "data", "descr"));
  }

  @Provide
  Arbitrary<NpyHeaderEdit.Fault> faults() {
    return NpyHeaderEdit.oneFieldWrong("<i4", 4, List.of("<f8", "O", "<c8", ">f4", ">i4", "'", "<i2", "|u1"));
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
    return NpyHeaderEdit.around(List.of("<f4", "<f2", "<V2", "|V2", "<i4", "<u4", "|b1", "<i8"));
  }

  private static void readBothWays(byte[] bytes) throws IOException {
    readBothWays(bytes, NpyHeaderEdit.FIELDS);
  }

  private static void readBothWays(byte[] bytes, ReaderOutcome.Fields fields) throws IOException {
    Path file = DIR.resolve("fuzz.npy");
    Files.write(file, bytes);
    ReaderOutcome.check(file, fields, () -> rewrittenAlike(Npy.read(file)), InvalidNpyException.class);
    ReaderOutcome.check(file, fields, () -> Npy.readIntegers(file), InvalidNpyException.class);
  }

  /** {@code tensor} written whole and streamed window by window, each read back equal to it. */
  private static HostTensor rewrittenAlike(HostTensor tensor) throws IOException {
    Path whole = DIR.resolve("whole.npy");
    Npy.write(whole, tensor);
    assertEquals(tensor, Npy.read(whole));
    Path streamed = DIR.resolve("streamed.npy");
    Npy.write(streamed, new TensorSource() {
      @Override
      public DType dtype() {
        return tensor.dtype();
      }

      @Override
      public ImmutableList<Long> shape() {
        return tensor.shape();
      }

      @Override
      public void read(long offset, ByteBuffer dest) {
        tensor.read(offset, dest);
      }
    });
    assertEquals(tensor, Npy.read(streamed));
    return tensor;
  }
}
