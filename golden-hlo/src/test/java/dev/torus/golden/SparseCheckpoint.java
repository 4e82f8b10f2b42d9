package dev.torus.golden;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.hf.Safetensors;
import dev.torus.hf.TensorInfo;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code .safetensors} file of any size written sparsely: a correct header for the tensors, the
 * file extended to its full length (holes read as zeros), and only the bytes a test puts written.
 */
final class SparseCheckpoint implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FileChannel channel;
  private final Map<String, Long> dataStart = new LinkedHashMap<>();

  /** Creates {@code file} holding {@code tensors} in order, all zero. */
  SparseCheckpoint(Path file, List<TensorInfo> tensors) throws IOException {
    ObjectNode header = JSON.createObjectNode();
    header.putObject("__metadata__").put("format", "pt");
    long offset = 0;
    Map<String, Long> offsets = new LinkedHashMap<>();
    for (TensorInfo t : tensors) {
      ObjectNode entry = header.putObject(t.name());
      entry.put("dtype", Safetensors.DTYPES.inverse().get(t.dtype()));
      t.shape().forEach(entry.putArray("shape")::add);
      entry.putArray("data_offsets").add(offset).add(offset + t.byteSize());
      offsets.put(t.name(), offset);
      offset += t.byteSize();
    }
    byte[] text = JSON.writeValueAsString(header).getBytes(StandardCharsets.UTF_8);
    int padded = (text.length + 7) / 8 * 8;
    ByteBuffer head = ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN).putLong(padded).put(text);
    while (head.hasRemaining()) {
      head.put((byte) ' ');
    }
    channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SPARSE);
    write(0, head.flip());
    long start = 8L + padded;
    offsets.forEach((name, begin) -> dataStart.put(name, start + begin));
    write(start + offset - 1, ByteBuffer.wrap(new byte[] {0}));  // the full length, as a hole
  }

  /** Writes {@code bytes} (little-endian elements) into tensor {@code name} from byte {@code offset}. */
  void put(String name, long offset, ByteBuffer bytes) throws IOException {
    write(dataStart.get(name) + offset, bytes);
  }

  private void write(long position, ByteBuffer bytes) throws IOException {
    while (bytes.hasRemaining()) {
      position += channel.write(bytes, position);
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
