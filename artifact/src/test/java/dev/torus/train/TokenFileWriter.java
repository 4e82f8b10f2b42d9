package dev.torus.train;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes token files for tests, independently of the reader: {@code .npy} headers by hand, raw {@code .bin}. */
final class TokenFileWriter {
  private TokenFileWriter() {}

  /** A version 1.0 {@code .npy} of {@code ids} stored as {@code descr} (little-endian types only), 1-D. */
  static Path npy(Path file, String descr, long... ids) throws IOException {
    return npy(file, descr, "False", "(" + ids.length + ",)", ids);
  }

  /** A version 1.0 {@code .npy} with the header fields as given and {@code ids} as its data. */
  static Path npy(Path file, String descr, String fortranOrder, String shape, long... ids) throws IOException {
    String dict = "{'descr': '" + descr + "', 'fortran_order': " + fortranOrder + ", 'shape': " + shape + ", }";
    int total = (10 + dict.length() + 1 + 63) / 64 * 64;
    String header = dict + " ".repeat(total - 10 - dict.length() - 1) + "\n";
    ByteBuffer prefix = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
    prefix.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) header.length());
    byte[] data = encode(Integer.parseInt(descr.substring(2)), ids);
    ByteBuffer out = ByteBuffer.allocate(total + data.length);
    out.put(prefix.array()).put(header.getBytes(StandardCharsets.US_ASCII)).put(data);
    Files.write(file, out.array());
    return file;
  }

  /** A headerless little-endian file of {@code ids}, {@code byteSize} bytes each. */
  static Path bin(Path file, int byteSize, long... ids) throws IOException {
    Files.write(file, encode(byteSize, ids));
    return file;
  }

  private static byte[] encode(int byteSize, long[] ids) {
    ByteBuffer out = ByteBuffer.allocate(ids.length * byteSize).order(ByteOrder.LITTLE_ENDIAN);
    for (long id : ids) {
      switch (byteSize) {
        case 2 -> out.putShort((short) id);
        case 4 -> out.putInt((int) id);
        case 8 -> out.putLong(id);
        default -> throw new IllegalArgumentException("element size " + byteSize);
      }
    }
    return out.array();
  }
}
