package dev.torus.artifact;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableBiMap;
import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Longs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and writes NumPy {@code .npy} files (C order, little-endian).
 *
 * <p>Element types map as {@code <f4} f32, {@code <f2} f16, {@code <i4} s32, {@code <u4} u32,
 * {@code |b1} pred. bf16 is written as {@code <V2}, exactly what {@code numpy.save} writes for an
 * {@code ml_dtypes.bfloat16} array (NumPy has no name for the type); NumPy loads such a file as a
 * 2-byte void array that {@code .view(ml_dtypes.bfloat16)} turns back into bf16. On reading,
 * {@code <V2} and {@code |V2} are taken to be bf16. Files are written in format 1.0 (2.0 when the
 * header does not fit); 1.0, 2.0 and 3.0 are read. Fortran order, big-endian data and other element
 * types (for example NumPy's default int64 and float64) are refused with a message that says how to
 * convert. Every refusal of a file is an {@link InvalidNpyException} naming the file and the field.
 */
public final class Npy {
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final int ALIGN = 64;
  private static final ImmutableBiMap<DType, String> DESCR =
      ImmutableBiMap.of(
          DType.F32, "<f4",
          DType.F16, "<f2",
          DType.BF16, "<V2",
          DType.S32, "<i4",
          DType.U32, "<u4",
          DType.PRED, "|b1");
  private static final Pattern DESCR_FIELD = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
  private static final Pattern FORTRAN_FIELD = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
  private static final Pattern SHAPE_FIELD = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

  private Npy() {}

  /** Reads a {@code .npy} file; errors name the file. */
  public static HostTensor read(Path file) throws IOException {
    return fromBytes(Files.readAllBytes(file), file.toString());
  }

  /** Writes {@code tensor} as a {@code .npy} file, replacing any file there. */
  public static void write(Path file, HostTensor tensor) throws IOException {
    write(file, (TensorSource) tensor);
  }

  /**
   * Writes {@code tensor} as a {@code .npy} file, replacing any file there, window by window: a
   * tensor of any size, never whole in memory.
   */
  public static void write(Path file, TensorSource tensor) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      writeFully(channel, ByteBuffer.wrap(header(tensor)));
      if (tensor instanceof HostTensor host) {
        writeFully(channel, host.byteBuffer());
        return;
      }
      try {
        tensor.forEachWindow((offset, window) -> {
          try {
            writeFully(channel, window);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }

  private static void writeFully(FileChannel channel, ByteBuffer part) throws IOException {
    while (part.hasRemaining()) {
      channel.write(part);
    }
  }

  /** The {@code .npy} encoding of {@code tensor}. */
  public static byte[] toBytes(HostTensor tensor) {
    byte[] header = header(tensor);
    ByteBuffer out = ByteBuffer.allocate(header.length + tensor.byteSize());
    return out.put(header).put(tensor.byteBuffer()).array();
  }

  /** The magic, version, header length and padded header dictionary of {@code tensor}'s file. */
  private static byte[] header(TensorSource tensor) {
    String shape =
        switch (tensor.shape().size()) {
          case 0 -> "()";
          case 1 -> "(" + tensor.shape().get(0) + ",)";
          default -> tensor.shape().stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
        };
    String dict =
        "{'descr': '" + DESCR.get(tensor.dtype()) + "', 'fortran_order': False, 'shape': " + shape + ", }";
    int major = dict.length() + 12 < 65536 ? 1 : 2;
    int prefix = MAGIC.length + 2 + (major == 1 ? 2 : 4);
    int total = (prefix + dict.length() + 1 + ALIGN - 1) / ALIGN * ALIGN;
    String header = dict + " ".repeat(total - prefix - dict.length() - 1) + "\n";
    ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
    out.put(MAGIC).put((byte) major).put((byte) 0);
    if (major == 1) {
      out.putShort((short) header.length());
    } else {
      out.putInt(header.length());
    }
    return out.put(header.getBytes(StandardCharsets.US_ASCII)).array();
  }

  /** Decodes {@code .npy} bytes; {@code source} names them in errors (a file name). */
  public static HostTensor fromBytes(byte[] bytes, String source) {
    Header h = header(bytes, source);
    DType dtype = dtypeOf(h.descr(), source);
    String type = HostTensor.typeString(dtype, h.shape());
    return HostTensor.wrap(dtype, h.shape(), h.data(bytes, dtype.byteSize(), type, source));
  }

  /**
   * Integer ids (token ids) from a {@code .npy} of int32 or int64 as s32; an int64 value outside
   * the int32 range is an error naming the file and the position.
   */
  public static HostTensor readIntegers(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String source = file.toString();
    Header h = header(bytes, source);
    String descr = h.descr().replace('=', '<');
    if (!descr.equals("<i8")) {
      HostTensor t = fromBytes(bytes, source);
      if (t.dtype() != DType.S32) {
        throw invalid(source, "descr", "expected int32 or int64 ids, got " + t.dtype());
      }
      return t;
    }
    String type = "int64" + h.shape().toString().replace(" ", "");
    ByteBuffer data = ByteBuffer.wrap(h.data(bytes, 8, type, source)).order(ByteOrder.LITTLE_ENDIAN);
    int[] ids = new int[data.capacity() / 8];
    for (int i = 0; i < ids.length; i++) {
      long v = data.getLong();
      if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
        throw invalid(source, "data", "id " + v + " at flat position " + i + " does not fit in int32");
      }
      ids[i] = (int) v;
    }
    return HostTensor.ofInts(ids, Longs.toArray(h.shape()));
  }

  /**
   * A {@code .npy} file's header: the element type as NumPy spells it ({@code descr}, for example
   * {@code <i4}), the shape, and the byte offset where the data starts.
   */
  public record Header(String descr, List<Long> shape, long dataStart) {
    public Header {
      shape = List.copyOf(shape);
    }

    /** The number of elements (1 for a scalar). */
    public long elementCount() {
      return HostTensor.elementCount(shape);
    }

    byte[] data(byte[] bytes, int elementSize, String type, String source) {
      long need = Math.multiplyExact(elementCount(), elementSize);
      long have = bytes.length - dataStart;
      if (have < need) {
        throw invalid(source, "data", "truncated .npy file: " + type + " needs " + need + " data bytes, the file has "
            + have);
      }
      return Arrays.copyOfRange(bytes, Math.toIntExact(dataStart), Math.toIntExact(dataStart + need));
    }
  }

  /**
   * Reads only the header of {@code file}, open as {@code channel}: a file of any size, whose data
   * stays on disk. Refusals are {@link InvalidNpyException}s naming the file and the field.
   */
  public static Header readHeader(FileChannel channel, Path file) throws IOException {
    return header(channel.size(), (position, length) -> readAt(channel, position, length), file.toString());
  }

  /** Reads up to {@code length} bytes at {@code position}; fewer at the end of the file. */
  private static byte[] readAt(FileChannel channel, long position, int length) throws IOException {
    ByteBuffer out = ByteBuffer.allocate(length);
    while (out.hasRemaining()) {
      if (channel.read(out, position + out.position()) < 0) {
        break;
      }
    }
    return Arrays.copyOf(out.array(), out.position());
  }

  /** Bytes of a file or an array by position; fewer than asked at the end. */
  private interface ByteRange {
    byte[] read(long position, int length) throws IOException;
  }

  private static Header header(byte[] bytes, String source) {
    try {
      return header(bytes.length, (position, length) -> Arrays.copyOfRange(bytes, (int) position,
          (int) Math.min(bytes.length, position + length)), source);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // an array read throws none
    }
  }

  private static Header header(long size, ByteRange in, String source) throws IOException {
    checkNotNull(source, "source");
    byte[] start = in.read(0, (int) Math.min(12, size));
    if (start.length < 10 || !Arrays.equals(Arrays.copyOf(start, MAGIC.length), MAGIC)) {
      throw invalid(source, "magic", "not a .npy file (" + size + " bytes, no \\x93NUMPY magic at the start)");
    }
    ByteBuffer prefixBytes = ByteBuffer.wrap(start).order(ByteOrder.LITTLE_ENDIAN);
    int major = start[6];
    long headerLength;
    int prefix;
    switch (major) {
      case 1 -> {
        headerLength = Short.toUnsignedInt(prefixBytes.getShort(8));
        prefix = 10;
      }
      case 2, 3 -> {
        if (start.length < 12) {
          throw truncated(source, "header length", 12, size);
        }
        headerLength = Integer.toUnsignedLong(prefixBytes.getInt(8));
        prefix = 12;
      }
      default -> throw invalid(
          source, "version", "format version " + major + "." + start[7] + " is not supported (1.0, 2.0, 3.0 are)");
    }
    if (prefix + headerLength > size) {
      throw truncated(source, "header", prefix + headerLength, size);
    }
    String header = new String(in.read(prefix, (int) headerLength),
        major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    String descr = field(DESCR_FIELD, header, "descr", source);
    if (field(FORTRAN_FIELD, header, "fortran_order", source).equals("True")) {
      throw invalid(source, "fortran_order", "Fortran-order arrays are not supported; save np.ascontiguousarray(a)"
          + " instead");
    }
    long[] shape = parseShape(field(SHAPE_FIELD, header, "shape", source), source);
    return new Header(descr, Longs.asList(shape), prefix + headerLength);
  }

  private static DType dtypeOf(String descr, String source) {
    if (descr.equals("|V2")) {
      return DType.BF16;
    }
    DType dtype = DESCR.inverse().get(descr.replace('=', '<'));
    if (dtype != null) {
      return dtype;
    }
    String hint = descr.startsWith(">") ? " (big-endian data: save a.astype(a.dtype.newbyteorder('<')))" : "";
    if (descr.endsWith("i8") || descr.endsWith("i2") || descr.endsWith("i1")) {
      hint = " (convert with a.astype(np.int32))";
    } else if (descr.endsWith("f8")) {
      hint = " (convert with a.astype(np.float32))";
    }
    throw invalid(source, "descr", "unsupported element type '" + descr + "'" + hint + "; supported: "
            + DESCR.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
  }

  private static long[] parseShape(String inner, String source) {
    ImmutableList.Builder<Long> dims = ImmutableList.builder();
    for (String part : inner.split(",")) {
      String dim = part.strip();
      if (dim.endsWith("L")) {
        dim = dim.substring(0, dim.length() - 1);
      }
      if (dim.isEmpty()) {
        continue;
      }
      long size;
      try {
        size = Long.parseLong(dim);
      } catch (NumberFormatException e) {
        throw invalid(source, "shape", "(" + inner + ") is not a tuple of integers");
      }
      if (size < 0) {
        throw invalid(source, "shape", "(" + inner + ") has a negative dimension " + size + "; expected sizes >= 0");
      }
      dims.add(size);
    }
    long[] shape = Longs.toArray(dims.build());
    long bytes = 8;
    for (long d : shape) {
      if (d != 0 && bytes > Long.MAX_VALUE / d) {
        throw invalid(source, "shape", "(" + inner + ") has more elements than a file holds");
      }
      bytes *= d;
    }
    return shape;
  }

  private static String field(Pattern pattern, String header, String name, String source) {
    Matcher m = pattern.matcher(header);
    if (!m.find()) {
      throw invalid(source, name, "the header (" + header.length() + " characters) has no readable '" + name
          + "'; expected a header numpy.save writes");
    }
    return m.group(1);
  }

  private static InvalidNpyException truncated(String source, String what, long need, long have) {
    return invalid(source, what, "truncated .npy file: " + what + " needs " + need + " bytes, the file has " + have);
  }

  /** A refusal naming {@code source} (the file) and the header field or part at fault. */
  private static InvalidNpyException invalid(String source, String field, String problem) {
    return new InvalidNpyException(source + ": " + field + ": " + problem);
  }
}
