package dev.torus.hf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetensorsTest {
  @TempDir Path tmp;

  private static final Map<String, HostTensor> TENSORS = ImmutableMap.of(
      "w", HostTensor.ofFloats(new float[] {1.5f, -2f, 3f, 4f, 5.25f, -6f}, 2, 3),
      "b", HostTensor.bf16FromFloats(new float[] {1.5f, -2f, 3.140625f}, 3),
      "h", HostTensor.f16FromFloats(new float[] {0.25f, 65504f}, 1, 2),
      "scalar", HostTensor.ofFloats(new float[] {7f}),
      "empty", HostTensor.zeros(DType.F32, 0, 4));

  @Test
  void roundTrips() throws IOException {
    Path file = tmp.resolve("model.safetensors");
    SafetensorsFiles.write(file, TENSORS);
    try (Safetensors st = Safetensors.open(file)) {
      assertEquals(ImmutableSet.of("w", "b", "h", "scalar", "empty"), st.names());
      assertEquals(ImmutableMap.of("format", "pt"), st.metadata());
      assertEquals(new TensorInfo("b", DType.BF16, ImmutableList.of(3L)), st.info("b"));
      assertEquals("f16[1,2]", st.info("h").type());
      for (Map.Entry<String, HostTensor> e : TENSORS.entrySet()) {
        assertEquals(e.getValue(), st.read(e.getKey()), e.getKey());
      }
      assertEquals(file + " has no tensor 'x'", fails(() -> st.read("x")));
    }
  }

  @Test
  void refusesTruncatedData() throws IOException {
    Path file = tmp.resolve("t.safetensors");
    SafetensorsFiles.write(file, ImmutableMap.of("w", HostTensor.ofFloats(new float[] {1, 2, 3, 4}, 4)));
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(whole, whole.length - 3));
    assertEquals(file + ": tensor 'w' data_offsets [0, 16] run past the end of the 13-byte data area (file truncated?)",
        openFails(file));
  }

  @Test
  void refusesHeaderLengthPastTheEnd() throws IOException {
    Path file = tmp.resolve("t.safetensors");
    SafetensorsFiles.writeRaw(file, 1000, "{}".getBytes(), new byte[0]);
    assertEquals(file + ": header length 1000 runs past the end of the 10-byte file (truncated or not a safetensors "
        + "file)", openFails(file));
    SafetensorsFiles.writeRaw(file, -2, "{}".getBytes(), new byte[0]);
    assertEquals(file + ": header length 18446744073709551614 runs past the end of the 10-byte file (truncated or "
        + "not a safetensors file)", openFails(file));
    Files.write(file, new byte[] {1, 2, 3});
    assertEquals(file + ": file has 3 bytes, too short for the 8-byte header length", openFails(file));
  }

  @Test
  void refusesHugeHeaderWithinAHugeFile() throws IOException {
    Path file = tmp.resolve("huge.safetensors");
    long headerLength = Safetensors.MAX_HEADER_BYTES + 1L;
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(8 + headerLength + 16); // sparse: no disk blocks written
      raf.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(headerLength).array());
    }
    assertEquals(file + ": header length 104857601 exceeds the 104857600-byte cap", openFails(file));
  }

  @Test
  void refusesHeadersThatAreNotJsonObjects() throws IOException {
    assertEquals(": header is not valid JSON: Unexpected character ('n' (code 110)): was expecting double-quote to "
        + "start field name", openFails("{not json}", 0));
    assertEquals(": header is not a JSON object but ARRAY", openFails("[1, 2]", 0));
    assertEquals(": header is not a JSON object but MISSING", openFails("", 0));
    assertEquals(": header is not valid JSON: Duplicate field 'a'",
        openFails("{\"a\":{\"dtype\":\"F32\",\"shape\":[],\"data_offsets\":[0,4]},"
            + "\"a\":{\"dtype\":\"F32\",\"shape\":[],\"data_offsets\":[0,4]}}", 4));
    assertEquals(": tensor 'a': expected an object with dtype, shape, data_offsets, got 3", openFails("{\"a\":3}", 0));
    assertEquals(": tensor 'a': unknown field 'offsets', expected [dtype, shape, data_offsets]",
        openFails("{\"a\":{\"dtype\":\"F32\",\"shape\":[],\"offsets\":[0,4]}}", 4));
    assertEquals(": __metadata__ value 'n' must be a string, got 1", openFails("{\"__metadata__\":{\"n\":1}}", 0));
  }

  @Test
  void refusesUnsupportedDtypes() throws IOException {
    assertEquals(": tensor 'ids' has dtype I64, which Torus does not read; supported: F32, BF16, F16",
        openFails(header(entry("ids", "I64", "[2]", 0, 16)), 16));
    assertEquals(": tensor 'x' has dtype F64, which Torus does not read; supported: F32, BF16, F16",
        openFails(header(entry("x", "F64", "[1]", 0, 8)), 8));
  }

  @Test
  void refusesBadShapes() throws IOException {
    assertEquals(": tensor 'x' has an absurd shape [1099511627776, 1099511627776]: its element count overflows "
            + "64 bits",
        openFails(header(entry("x", "F32", "[1099511627776, 1099511627776]", 0, 4)), 4));
    assertEquals(": tensor 'x' has a negative dimension in shape [2, -2]",
        openFails(header(entry("x", "F32", "[2, -2]", 0, 16)), 16));
    assertEquals(": tensor 'x': shape must be an array of integers, got \"2\"",
        openFails(header(entry("x", "F32", "\"2\"", 0, 8)), 8));
    assertEquals(": tensor 'x': shape must hold integers that fit in 64 bits, got [1.5]",
        openFails(header(entry("x", "F32", "[1.5]", 0, 4)), 4));
    assertEquals(": tensor 'x': dtype f32 and shape [3] need 3 x 4 = 12 bytes, but data_offsets [0, 8] span 8",
        openFails(header(entry("x", "F32", "[3]", 0, 8)), 8));
  }

  @Test
  void refusesBadOffsets() throws IOException {
    assertEquals(": tensor 'x' data_offsets [8, 16] run past the end of the 8-byte data area (file truncated?)",
        openFails(header(entry("x", "F32", "[2]", 8, 16)), 8));
    assertEquals(": tensor 'x' has data_offsets [8, 0]: need 0 <= begin <= end",
        openFails(header(entry("x", "F32", "[0]", 8, 0)), 8));
    assertEquals(": tensor 'x' has data_offsets [-4, 0]: need 0 <= begin <= end",
        openFails(header(entry("x", "F32", "[1]", -4, 0)), 8));
    assertEquals(": tensor 'x': data_offsets must be an array of 2 integers, got [0]",
        openFails("{\"x\":{\"dtype\":\"F32\",\"shape\":[],\"data_offsets\":[0]}}", 4));
    assertEquals(": tensor 'b' data_offsets [4, 12) overlap tensor 'a' [0, 8)",
        openFails(header(entry("a", "F32", "[2]", 0, 8), entry("b", "F32", "[2]", 4, 12)), 12));
    assertEquals(": bytes [0, 4) of the data area belong to no tensor (before 'x'); the header does not describe "
            + "this data",
        openFails(header(entry("x", "F32", "[1]", 4, 8)), 8));
    assertEquals(": the data area has 12 bytes, but the tensors cover 8; the header does not describe the "
            + "remaining bytes",
        openFails(header(entry("x", "F32", "[2]", 0, 8)), 12));
  }

  @Test
  void refusesMissingFile() {
    Path file = tmp.resolve("absent.safetensors");
    assertEquals(file + ": cannot open safetensors file: java.nio.file.NoSuchFileException: " + file, openFails(file));
  }

  private static String entry(String name, String dtype, String shape, long begin, long end) {
    return "\"" + name + "\":{\"dtype\":\"" + dtype + "\",\"shape\":" + shape + ",\"data_offsets\":[" + begin + ","
        + end + "]}";
  }

  private static String header(String... entries) {
    return "{" + String.join(",", entries) + "}";
  }

  /** The message of opening a file with this header and {@code dataBytes} zero bytes, less the file name. */
  private String openFails(String header, int dataBytes) throws IOException {
    Path file = tmp.resolve("hostile.safetensors");
    SafetensorsFiles.writeRaw(file, header, new byte[dataBytes]);
    String message = openFails(file);
    assertEquals(file.toString(), message.substring(0, file.toString().length()), message);
    return message.substring(file.toString().length());
  }

  private static String openFails(Path file) {
    return fails(() -> Safetensors.open(file).close());
  }

  static String fails(Runnable r) {
    return assertThrows(InvalidCheckpointException.class, r::run).getMessage();
  }
}
