package dev.torus.train;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** How token ids are stored in a file: little-endian integers of one of four types. */
enum TokenEncoding {
  UINT16(2, "<u2", "uint16"),
  UINT32(4, "<u4", "uint32"),
  INT32(4, "<i4", "int32"),
  INT64(8, "<i8", "int64");

  private final int byteSize;
  private final String npyDescr;
  private final String numpyName;

  TokenEncoding(int byteSize, String npyDescr, String numpyName) {
    this.byteSize = byteSize;
    this.npyDescr = npyDescr;
    this.numpyName = numpyName;
  }

  int byteSize() {
    return byteSize;
  }

  String numpyName() {
    return numpyName;
  }

  /** The encoding a {@code .npy} {@code descr} names ({@code =} read as little-endian), if it is one of ours. */
  static Optional<TokenEncoding> ofNpyDescr(String descr) {
    String littleEndian = descr.startsWith("=") ? "<" + descr.substring(1) : descr;
    return Arrays.stream(values()).filter(e -> e.npyDescr.equals(littleEndian)).findFirst();
  }

  /** The accepted {@code .npy} element types, for error messages. */
  static String npyChoices() {
    return Arrays.stream(values()).map(e -> e.npyDescr + " " + e.numpyName).collect(Collectors.joining(", "));
  }

  /** The id at byte {@code index} of a little-endian buffer, widened to long without changing its value. */
  long id(ByteBuffer buffer, int index) {
    return switch (this) {
      case UINT16 -> Short.toUnsignedInt(buffer.getShort(index));
      case UINT32 -> Integer.toUnsignedLong(buffer.getInt(index));
      case INT32 -> buffer.getInt(index);
      case INT64 -> buffer.getLong(index);
    };
  }
}
