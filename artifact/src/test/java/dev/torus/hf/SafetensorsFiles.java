package dev.torus.hf;

import dev.torus.artifact.HostTensor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes {@code .safetensors} files for tests: well-formed ones and raw (hostile) ones. */
final class SafetensorsFiles {
  private SafetensorsFiles() {}

  /** A well-formed file: tensors in map order, contiguous, with a {@code __metadata__} entry. */
  static void write(Path file, Map<String, HostTensor> tensors) throws IOException {
    Safetensors.write(file, tensors);
  }

  /** A file with the given header text (its true length in front, padded with spaces to 8) and data. */
  static void writeRaw(Path file, String header, byte[] data) throws IOException {
    byte[] text = header.getBytes(StandardCharsets.UTF_8);
    int padded = (text.length + 7) / 8 * 8;
    byte[] json = (header + " ".repeat(padded - text.length)).getBytes(StandardCharsets.UTF_8);
    writeRaw(file, json.length, json, data);
  }

  /** A file whose 8-byte length field says {@code headerLength}, whatever follows. */
  static void writeRaw(Path file, long headerLength, byte[] header, byte[] data) throws IOException {
    ByteBuffer out = ByteBuffer.allocate(8 + header.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
    out.putLong(headerLength).put(header).put(data);
    Files.write(file, out.array());
  }
}
