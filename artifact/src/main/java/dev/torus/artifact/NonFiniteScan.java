package dev.torus.artifact;

import java.nio.ByteBuffer;

/** Counts the NaN and infinite elements of floating element bytes. */
public final class NonFiniteScan {
  private NonFiniteScan() {}

  /**
   * The non-finite elements of {@code bytes} (little-endian {@code dtype} elements from its position
   * to its limit, which it leaves unchanged); {@code first} counts elements from the position.
   */
  public static HostTensor.NonFinite scan(DType dtype, ByteBuffer bytes) {
    long count = 0;
    long first = -1;
    int start = bytes.position();
    int n = bytes.remaining() / dtype.byteSize();
    for (int k = 0; k < n; k++) {
      boolean bad = switch (dtype) {
        case F32 -> !Float.isFinite(bytes.getFloat(start + 4 * k));
        case BF16 -> (bytes.getShort(start + 2 * k) & 0x7f80) == 0x7f80;   // exponent all ones: inf or NaN
        case F16 -> (bytes.getShort(start + 2 * k) & 0x7c00) == 0x7c00;
        default -> throw new IllegalStateException("nonFinite(): no rule for " + dtype);
      };
      if (bad) {
        first = count++ == 0 ? k : first;
      }
    }
    return new HostTensor.NonFinite(count, first);
  }
}
