package dev.torus.hf;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableBiMap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.TensorSource;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One {@code .safetensors} file, open for reading. Tensor data is read by positional reads into the
 * caller's buffer, window by window ({@link #source}), so a tensor of any size (beyond 2 GiB) streams
 * to its destination; nothing is mapped, so file pages do not count in the process's memory as well.
 *
 * <p>The format: an unsigned little-endian 64-bit header length {@code N}, {@code N} bytes of UTF-8
 * JSON (an object mapping each tensor name to {@code {"dtype", "shape", "data_offsets": [begin,
 * end]}}, plus an optional {@code "__metadata__"} object of strings), then the data area. Offsets
 * count from the start of the data area; each tensor's bytes are its elements in row-major order,
 * little-endian.
 *
 * <p>{@link #open} checks the whole header before any data is read, as the reference implementation
 * does: a header length within the file and at most {@value #MAX_HEADER_BYTES} bytes, a JSON object
 * without duplicate names, element types F32, BF16 and F16 only (the types Torus computes in; a file
 * holding any other tensor is refused whole), dimensions >= 0 whose product does not overflow, byte
 * ranges equal to elements x element size, and ranges that tile the data area exactly: sorted by
 * offset they start at 0, neither overlap nor leave gaps, and the last ends where the file ends.
 * Every failure is an {@link InvalidCheckpointException} naming the file and, where there is one, the
 * tensor.
 */
public final class Safetensors implements AutoCloseable {
  /** The largest header accepted: a cap against files that would make the reader allocate gigabytes. */
  public static final int MAX_HEADER_BYTES = 100 << 20;

  /** Safetensors names of the element types Torus reads. */
  public static final ImmutableBiMap<String, DType> DTYPES =
      ImmutableBiMap.of("F32", DType.F32, "BF16", DType.BF16, "F16", DType.F16);

  private static final String METADATA = "__metadata__";
  private static final ImmutableSet<String> ENTRY_FIELDS = ImmutableSet.of("dtype", "shape", "data_offsets");
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /**
   * Writes a well-formed file: the tensors in map order, contiguous, the header padded with spaces
   * to a multiple of 8 bytes, {@code __metadata__ = {"format": "pt"}} as Hugging Face writes it.
   */
  public static void write(Path file, Map<String, HostTensor> tensors) throws IOException {
    ObjectNode header = JSON.createObjectNode();
    header.putObject("__metadata__").put("format", "pt");
    long offset = 0;
    for (Map.Entry<String, HostTensor> e : tensors.entrySet()) {
      HostTensor t = e.getValue();
      ObjectNode entry = header.putObject(e.getKey());
      entry.put("dtype", DTYPES.inverse().get(t.dtype()));
      t.shape().forEach(entry.putArray("shape")::add);
      entry.putArray("data_offsets").add(offset).add(offset + (long) t.byteSize());
      offset += t.byteSize();
    }
    String text = JSON.writeValueAsString(header);
    int padded = (text.getBytes(StandardCharsets.UTF_8).length + 7) / 8 * 8;
    byte[] json = (text + " ".repeat(padded - text.getBytes(StandardCharsets.UTF_8).length)).getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(json.length).array());
      out.write(json);
      for (HostTensor t : tensors.values()) {
        Channels.newChannel(out).write(t.byteBuffer());
      }
    }
  }

  /** A tensor's description and its byte range within the data area. */
  private record Entry(TensorInfo info, long begin, long end) {}

  private final Path file;
  private final FileChannel channel;
  private final long dataStart;
  private final ImmutableMap<String, Entry> entries;
  private final ImmutableMap<String, String> metadata;

  private Safetensors(
      Path file, FileChannel channel, long dataStart, ImmutableMap<String, Entry> entries,
      ImmutableMap<String, String> metadata) {
    this.file = file;
    this.channel = channel;
    this.dataStart = dataStart;
    this.entries = entries;
    this.metadata = metadata;
  }

  /** Opens {@code file} and checks its header (see the class comment); the caller closes it. */
  public static Safetensors open(Path file) {
    checkNotNull(file, "file");
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.READ);
    } catch (IOException e) {
      throw new InvalidCheckpointException(file + ": cannot open safetensors file: " + e, e);
    }
    try {
      long size = size(channel, file);
      if (size < 8) {
        throw invalid(file, "file has " + size + " bytes, too short for the 8-byte header length");
      }
      ByteBuffer lengthBytes = readFully(channel, file, 0, 8).order(ByteOrder.LITTLE_ENDIAN);
      long headerLength = lengthBytes.getLong(0);
      if (headerLength < 0 || headerLength > size - 8) {
        throw invalid(file, "header length " + Long.toUnsignedString(headerLength) + " runs past the end of the "
            + size + "-byte file (truncated or not a safetensors file)");
      }
      if (headerLength > MAX_HEADER_BYTES) {
        throw invalid(file, "header length " + headerLength + " exceeds the " + MAX_HEADER_BYTES + "-byte cap");
      }
      ByteBuffer header = readFully(channel, file, 8, (int) headerLength);
      long dataStart = 8 + headerLength;
      return parseHeader(file, channel, header.array(), dataStart, size - dataStart);
    } catch (RuntimeException e) {
      closeQuietly(channel, e);
      throw e;
    }
  }

  private static Safetensors parseHeader(
      Path file, FileChannel channel, byte[] header, long dataStart, long dataLength) {
    JsonNode root;
    try {
      root = JSON.readTree(new String(header, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw invalid(file, "header is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw invalid(file, "header is not a JSON object but " + (root == null ? "empty" : root.getNodeType()));
    }
    ImmutableMap.Builder<String, Entry> entries = ImmutableMap.builder();
    ImmutableMap<String, String> metadata = ImmutableMap.of();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (field.getKey().equals(METADATA)) {
        metadata = parseMetadata(file, field.getValue());
      } else {
        entries.put(field.getKey(), parseEntry(file, field.getKey(), field.getValue()));
      }
    }
    ImmutableMap<String, Entry> built = entries.buildOrThrow();
    checkTiling(file, built.values(), dataLength);
    return new Safetensors(file, channel, dataStart, built, metadata);
  }

  private static ImmutableMap<String, String> parseMetadata(Path file, JsonNode node) {
    if (!node.isObject()) {
      throw invalid(file, METADATA + " must be an object of strings, got " + node.getNodeType());
    }
    ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isTextual()) {
        throw invalid(file, METADATA + " value '" + e.getKey() + "' must be a string, got " + e.getValue());
      }
      out.put(e.getKey(), e.getValue().textValue());
    }
    return out.buildOrThrow();
  }

  private static Entry parseEntry(Path file, String name, JsonNode node) {
    String where = "tensor '" + name + "'";
    if (!node.isObject()) {
      throw invalid(file, where + ": expected an object with dtype, shape, data_offsets, got " + node);
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!ENTRY_FIELDS.contains(key)) {
        throw invalid(file, where + ": unknown field '" + key + "', expected " + ENTRY_FIELDS);
      }
    }
    JsonNode dtypeNode = node.path("dtype");
    if (!dtypeNode.isTextual()) {
      throw invalid(file, where + ": dtype must be a string, got " + dtypeNode);
    }
    DType dtype = DTYPES.get(dtypeNode.textValue());
    if (dtype == null) {
      throw invalid(file, where + " has dtype " + dtypeNode.textValue() + ", which Torus does not read; supported: "
          + String.join(", ", DTYPES.keySet()));
    }
    List<Long> shape = longs(file, where, "shape", node.path("shape"), -1);
    for (long d : shape) {
      if (d < 0) {
        throw invalid(file, where + " has a negative dimension in shape " + shape);
      }
    }
    long elements;
    long bytes;
    try {
      elements = HostTensor.elementCount(shape);
      bytes = Math.multiplyExact(elements, dtype.byteSize());
    } catch (ArithmeticException e) {
      throw invalid(file, where + " has an absurd shape " + shape + ": its element count overflows 64 bits");
    }
    List<Long> offsets = longs(file, where, "data_offsets", node.path("data_offsets"), 2);
    long begin = offsets.get(0);
    long end = offsets.get(1);
    if (begin < 0 || end < begin) {
      throw invalid(file, where + " has data_offsets [" + begin + ", " + end + "]: need 0 <= begin <= end");
    }
    if (end - begin != bytes) {
      throw invalid(file, where + ": dtype " + dtype + " and shape " + shape + " need " + elements + " x "
          + dtype.byteSize() + " = " + bytes + " bytes, but data_offsets [" + begin + ", " + end + "] span "
          + (end - begin));
    }
    return new Entry(new TensorInfo(name, dtype, ImmutableList.copyOf(shape)), begin, end);
  }

  /** A JSON array of integers (exactly {@code length} of them unless it is -1). */
  private static List<Long> longs(Path file, String where, String field, JsonNode node, int length) {
    if (!node.isArray() || (length >= 0 && node.size() != length)) {
      throw invalid(file, where + ": " + field + " must be an array of "
          + (length >= 0 ? length + " " : "") + "integers, got " + node);
    }
    List<Long> out = new ArrayList<>();
    for (JsonNode n : node) {
      if (!n.isIntegralNumber() || !n.canConvertToLong()) {
        throw invalid(file, where + ": " + field + " must hold integers that fit in 64 bits, got " + node);
      }
      out.add(n.longValue());
    }
    return out;
  }

  private static void checkTiling(Path file, Iterable<Entry> entries, long dataLength) {
    List<Entry> sorted = new ArrayList<>();
    entries.forEach(sorted::add);
    sorted.sort(Comparator.comparingLong(Entry::begin).thenComparingLong(Entry::end));
    long expected = 0;
    Entry previous = null;
    for (Entry e : sorted) {
      if (e.end() > dataLength) {
        throw invalid(file, "tensor '" + e.info().name() + "' data_offsets [" + e.begin() + ", " + e.end()
            + "] run past the end of the " + dataLength + "-byte data area (file truncated?)");
      }
      if (e.begin() < expected) {
        throw invalid(file, "tensor '" + e.info().name() + "' data_offsets [" + e.begin() + ", " + e.end() + ") overlap tensor '"
            + previous.info().name() + "' [" + previous.begin() + ", " + previous.end() + ")");
      }
      if (e.begin() > expected) {
        throw invalid(file, "bytes [" + expected + ", " + e.begin() + ") of the data area belong to no tensor (before '"
            + e.info().name() + "'); the header does not describe this data");
      }
      expected = e.end();
      previous = e;
    }
    if (expected != dataLength) {
      throw invalid(file, "the data area has " + dataLength + " bytes, but the tensors cover " + expected
          + "; the header does not describe the remaining bytes");
    }
  }

  /** The file this was opened from. */
  public Path file() {
    return file;
  }

  /** Tensor names in header order. */
  public ImmutableSet<String> names() {
    return entries.keySet();
  }

  /** Whether the file holds a tensor called {@code name}. */
  public boolean contains(String name) {
    return entries.containsKey(name);
  }

  /** The {@code __metadata__} strings; empty when the file has none. */
  public ImmutableMap<String, String> metadata() {
    return metadata;
  }

  /** Type and shape of {@code name}; fails naming the file when there is no such tensor. */
  public TensorInfo info(String name) {
    return entry(name).info();
  }

  /**
   * The tensor {@code name} as stored (type and shape unchanged), whole in host memory. Fails for a
   * tensor over {@link Integer#MAX_VALUE} bytes, which a {@link HostTensor} cannot hold (read those
   * through {@link #source}), and after {@link #close}.
   */
  public HostTensor read(String name) {
    Entry e = entry(name);
    long length = e.end() - e.begin();
    if (length > Integer.MAX_VALUE) {
      throw invalid(file, "tensor '" + name + "' " + e.info().type() + " has " + length
          + " bytes, more than one host array holds; stream it with Safetensors.source");
    }
    return source(name).toHost();
  }

  /** The tensor {@code name} as stored, read window by window from the file (valid until {@link #close}). */
  public TensorSource source(String name) {
    Entry e = entry(name);
    return new TensorSource() {
      @Override
      public DType dtype() {
        return e.info().dtype();
      }

      @Override
      public ImmutableList<Long> shape() {
        return e.info().shape();
      }

      @Override
      public void read(long offset, ByteBuffer dest) {
        readData(e, offset, dest);
      }

      @Override
      public String toString() {
        return "tensor '" + name + "' " + e.info().type() + " in " + file;
      }
    };
  }

  /** Reads bytes {@code [offset, offset + dest.remaining())} of {@code e}'s data into {@code dest}. */
  private void readData(Entry e, long offset, ByteBuffer dest) {
    long length = e.end() - e.begin();
    if (offset < 0 || offset > length - dest.remaining()) {
      throw new IllegalArgumentException("tensor '" + e.info().name() + "' in " + file + ": bytes [" + offset + ", "
          + (offset + dest.remaining()) + ") are outside its " + length + " bytes");
    }
    long position = dataStart + e.begin() + offset;
    try {
      while (dest.hasRemaining()) {
        int n = channel.read(dest, position);
        if (n < 0) {
          throw invalid(file, "file ended at byte " + position + " while reading tensor '" + e.info().name()
              + "' (was it truncated after it was opened?)");
        }
        position += n;
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(file + ": cannot read tensor '" + e.info().name() + "': " + ex.getMessage(), ex);
    }
  }

  private Entry entry(String name) {
    checkNotNull(name, "name");
    Entry e = entries.get(name);
    if (e == null) {
      throw new InvalidCheckpointException(file + " has no tensor '" + name + "'");
    }
    return e;
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "Safetensors " + file + " (" + entries.size() + " tensors)";
  }

  private static ByteBuffer readFully(FileChannel channel, Path file, long position, int length) {
    ByteBuffer buf = ByteBuffer.allocate(length);
    try {
      while (buf.hasRemaining()) {
        if (channel.read(buf, position + buf.position()) < 0) {
          throw invalid(file, "file ended while reading bytes [" + position + ", " + (position + length) + ")");
        }
      }
    } catch (IOException e) {
      throw new InvalidCheckpointException(file + ": cannot read: " + e, e);
    }
    return buf.flip();
  }

  private static long size(FileChannel channel, Path file) {
    try {
      return channel.size();
    } catch (IOException e) {
      throw new InvalidCheckpointException(file + ": cannot read: " + e, e);
    }
  }

  private static void closeQuietly(FileChannel channel, RuntimeException failure) {
    try {
      channel.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  private static InvalidCheckpointException invalid(Path file, String message) {
    return new InvalidCheckpointException(file + ": " + message);
  }
}
