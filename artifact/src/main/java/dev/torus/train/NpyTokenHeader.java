package dev.torus.train;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a {@code .npy} file of token ids: element type, number of ids (the array flattened in C
 * order) and the byte offset where they start. Formats 1.0, 2.0 and 3.0 are read; Fortran order, big-endian
 * data and element types other than int32, uint16, uint32 and int64 are refused naming the file.
 */
record NpyTokenHeader(TokenEncoding encoding, long tokenCount, long dataStart) {
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final Pattern DESCR_FIELD = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
  private static final Pattern FORTRAN_FIELD = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
  private static final Pattern SHAPE_FIELD = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

  /** Reads only the header of {@code file}, open as {@code channel}; the ids stay on disk. */
  static NpyTokenHeader read(FileChannel channel, Path file) throws IOException {
    long fileSize = channel.size();
    byte[] prefix = readAt(channel, 0, (int) Math.min(12, fileSize));
    if (prefix.length < 10 || !Arrays.equals(Arrays.copyOf(prefix, MAGIC.length), MAGIC)) {
      throw invalid(file, "magic", "not a .npy file (" + fileSize + " bytes, no \\x93NUMPY magic at the start)");
    }
    ByteBuffer in = ByteBuffer.wrap(prefix).order(ByteOrder.LITTLE_ENDIAN);
    int major = prefix[6];
    long headerLength;
    int headerStart;
    switch (major) {
      case 1 -> {
        headerLength = Short.toUnsignedInt(in.getShort(8));
        headerStart = 10;
      }
      case 2, 3 -> {
        if (prefix.length < 12) {
          throw truncated(file, "header length", 12, fileSize);
        }
        headerLength = Integer.toUnsignedLong(in.getInt(8));
        headerStart = 12;
      }
      default -> throw invalid(
          file, "version", "format version " + major + "." + prefix[7] + " is not supported (1.0, 2.0, 3.0 are)");
    }
    long dataStart = headerStart + headerLength;
    if (dataStart > fileSize) {
      throw truncated(file, "header", dataStart, fileSize);
    }
    String header = new String(
        readAt(channel, headerStart, (int) headerLength),
        major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    String descr = field(DESCR_FIELD, header, "descr", file);
    TokenEncoding encoding = TokenEncoding.ofNpyDescr(descr).orElseThrow(() -> unsupported(descr, file));
    if (field(FORTRAN_FIELD, header, "fortran_order", file).equals("True")) {
      throw invalid(file, "fortran_order", "Fortran-order arrays are not supported; save np.ascontiguousarray(a)"
          + " instead");
    }
    long tokenCount = elementCount(field(SHAPE_FIELD, header, "shape", file), file);
    long dataBytes = Math.multiplyExact(tokenCount, encoding.byteSize());
    if (dataBytes > fileSize - dataStart) {
      throw invalid(file, "data", "truncated .npy file: " + tokenCount + " " + encoding.numpyName() + " ids need "
          + (dataStart + dataBytes) + " bytes, the file has " + fileSize);
    }
    return new NpyTokenHeader(encoding, tokenCount, dataStart);
  }

  private static byte[] readAt(FileChannel channel, long position, int length) throws IOException {
    ByteBuffer out = ByteBuffer.allocate(length);
    while (out.hasRemaining()) {
      if (channel.read(out, position + out.position()) < 0) {
        break;
      }
    }
    return Arrays.copyOf(out.array(), out.position());
  }

  private static InvalidTokenFileException unsupported(String descr, Path file) {
    String hint = "";
    if (descr.startsWith(">")) {
      hint = " (big-endian data: save a.astype(a.dtype.newbyteorder('<')))";
    } else if (descr.matches("[<|=][iu][1248]")) {
      hint = " (convert with a.astype(np.int32))";
    }
    return invalid(file, "descr", "token ids of .npy element type '" + descr + "' are not supported" + hint + "; supported: "
            + TokenEncoding.npyChoices());
  }

  private static long elementCount(String inner, Path file) {
    long count = 1;
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
        throw invalid(file, "shape", "(" + inner + ") is not a tuple of integers");
      }
      if (size < 0) {
        throw invalid(file, "shape", "(" + inner + ") has a negative dimension " + size + "; expected sizes >= 0");
      }
      if (size != 0 && count > Long.MAX_VALUE / 8 / size) {
        throw invalid(file, "shape", "(" + inner + ") has more ids than a file holds");
      }
      count *= size;
    }
    return count;
  }

  private static String field(Pattern pattern, String header, String name, Path file) {
    Matcher m = pattern.matcher(header);
    if (!m.find()) {
      throw invalid(file, name, "the header (" + header.length() + " characters) has no readable '" + name
          + "'; expected a header numpy.save writes");
    }
    return m.group(1);
  }

  private static InvalidTokenFileException truncated(Path file, String what, long need, long have) {
    return invalid(file, what, "truncated .npy file: " + what + " needs " + need + " bytes, the file has " + have);
  }

  /** A refusal naming {@code file} and the header field or part at fault. */
  private static InvalidTokenFileException invalid(Path file, String field, String problem) {
    return new InvalidTokenFileException(file + ": " + field + ": " + problem);
  }
}
