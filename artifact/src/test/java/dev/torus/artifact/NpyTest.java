package dev.torus.artifact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyTest {
  @TempDir Path tmp;

  @Test
  void roundTripsEveryType() throws IOException {
    List<HostTensor> tensors =
        List.of(
            HostTensor.ofFloats(new float[] {1.5f, -2f, 3f, 4f, 5f, 6f}, 2, 3),
            HostTensor.bf16FromFloats(new float[] {1.5f, -2f, 3.14f}, 3),
            HostTensor.f16FromFloats(new float[] {0.25f}, 1, 1, 1),
            HostTensor.ofInts(new int[] {7}),
            HostTensor.ofUnsignedInts(new int[] {-1, 0}, 2),
            HostTensor.ofBooleans(new boolean[] {true, false, true}, 3),
            HostTensor.zeros(DType.F32, 0, 4));
    for (HostTensor t : tensors) {
      Path file = tmp.resolve("t.npy");
      Npy.write(file, t);
      assertEquals(t, Npy.read(file), t.toString());
      assertEquals(0, (Files.size(file) - t.bytes().length) % 64, "header is 64-byte aligned");
    }
  }

  @Test
  void writesExactlyWhatNumpyWrites() throws IOException {
    assertArrayEquals(
        resource("numpy-f32-2x3.npy"),
        Npy.toBytes(HostTensor.ofFloats(new float[] {1.5f, -2f, 3f, 4f, 5.25f, -6f}, 2, 3)));
    assertArrayEquals(
        resource("numpy-bf16-3.npy"), Npy.toBytes(HostTensor.bf16FromFloats(new float[] {1.5f, -2f, 3.140625f}, 3)));
    assertArrayEquals(
        resource("numpy-pred-2x2.npy"),
        Npy.toBytes(HostTensor.ofBooleans(new boolean[] {true, false, false, true}, 2, 2)));
    assertArrayEquals(resource("numpy-s32-scalar.npy"), Npy.toBytes(HostTensor.ofInts(new int[] {7})));
    assertArrayEquals(resource("numpy-u32-0x2.npy"), Npy.toBytes(HostTensor.zeros(DType.U32, 0, 2)));
  }

  @Test
  void readsNumpyFiles() throws IOException {
    HostTensor bf16 = Npy.fromBytes(resource("numpy-bf16-3.npy"), "numpy-bf16-3.npy");
    assertEquals(DType.BF16, bf16.dtype());
    assertArrayEquals(new float[] {1.5f, -2f, 3.140625f}, bf16.toFloats());
    HostTensor f32 = Npy.fromBytes(resource("numpy-f32-2x3.npy"), "numpy-f32-2x3.npy");
    assertEquals(ImmutableList.of(2L, 3L), f32.shape());
    assertArrayEquals(new float[] {1.5f, -2f, 3f, 4f, 5.25f, -6f}, f32.toFloats());
    assertEquals(ImmutableList.of(), Npy.fromBytes(resource("numpy-s32-scalar.npy"), "s").shape());
  }

  @Test
  void refusesInt64WithAHint() throws IOException {
    InvalidNpyException e =
        assertThrows(InvalidNpyException.class, () -> Npy.fromBytes(resource("numpy-i64-2.npy"), "tokens.npy"));
    assertTrue(e.getMessage().startsWith("tokens.npy: descr: unsupported element type '<i8' (convert with a.astype(np.int32))"),
        e.getMessage());
  }

  @Test
  void refusesFortranOrder() throws IOException {
    InvalidNpyException e =
        assertThrows(InvalidNpyException.class, () -> Npy.fromBytes(resource("numpy-f32-fortran.npy"), "w.npy"));
    assertEquals("w.npy: fortran_order: Fortran-order arrays are not supported; save np.ascontiguousarray(a) instead", e.getMessage());
  }

  @Test
  void truncatedFileNamesTheFile() throws IOException {
    Path file = tmp.resolve("cut.npy");
    byte[] whole = resource("numpy-f32-2x3.npy");
    Files.write(file, Arrays.copyOf(whole, whole.length - 1));
    InvalidNpyException e = assertThrows(InvalidNpyException.class, () -> Npy.read(file));
    assertEquals(file + ": data: truncated .npy file: f32[2,3] needs 24 data bytes, the file has 23", e.getMessage());
    InvalidNpyException notNpy =
        assertThrows(InvalidNpyException.class, () -> Npy.fromBytes(new byte[] {1, 2, 3}, "x.npy"));
    assertEquals("x.npy: magic: not a .npy file (3 bytes, no \\x93NUMPY magic at the start)", notNpy.getMessage());
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = NpyTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void tokenIdsReadFromInt64OrInt32AndMustFitInt32() throws Exception {
    Path ids = resourceCopy("numpy-i64-2x3.npy");
    HostTensor t = Npy.readIntegers(ids);
    assertEquals(DType.S32, t.dtype());
    assertEquals(List.of(2L, 3L), t.shape());
    assertArrayEquals(new int[] {0, 5, 127, 3, Integer.MAX_VALUE, 1}, t.toInts());
    Path s32 = tmp.resolve("s32.npy");
    Npy.write(s32, HostTensor.ofInts(new int[] {4, 5}, 1, 2));
    assertArrayEquals(new int[] {4, 5}, Npy.readIntegers(s32).toInts());
    Path big = resourceCopy("numpy-i64-too-big.npy");
    InvalidNpyException e = assertThrows(InvalidNpyException.class, () -> Npy.readIntegers(big));
    assertEquals(big + ": data: id 2147483648 at flat position 1 does not fit in int32", e.getMessage());
    Path floats = tmp.resolve("f.npy");
    Npy.write(floats, HostTensor.ofFloats(new float[] {1}, 1));
    assertTrue(assertThrows(InvalidNpyException.class, () -> Npy.readIntegers(floats)).getMessage()
        .contains("expected int32 or int64 ids, got f32"));
  }

  private Path resourceCopy(String name) throws IOException {
    return Files.write(tmp.resolve(name), resource(name));
  }
}
