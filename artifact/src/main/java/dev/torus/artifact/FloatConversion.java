package dev.torus.artifact;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.ByteBuffer;

/**
 * Converts little-endian floating elements between f32, bf16 and f16 a buffer at a time, with the
 * rounding of {@link HostTensor#to}: widening is exact, narrowing rounds to nearest, ties to even.
 */
public final class FloatConversion {
  private FloatConversion() {}

  /**
   * Converts the {@code from} elements between {@code src}'s position and limit into {@code to}
   * elements put into {@code dest}; both buffers are little-endian and advance.
   */
  public static void convert(DType from, ByteBuffer src, DType to, ByteBuffer dest) {
    checkArgument(from.isFloating() && to.isFloating(), "convert(%s -> %s): f32, bf16 and f16 only", from, to);
    int n = src.remaining() / from.byteSize();
    checkArgument(dest.remaining() >= (long) n * to.byteSize(), "convert(%s -> %s): %s elements need %s bytes, the"
        + " destination has %s", from, to, n, (long) n * to.byteSize(), dest.remaining());
    if (from == to) {
      dest.put(src);
      return;
    }
    for (int k = 0; k < n; k++) {
      float v = switch (from) {
        case F32 -> src.getFloat();
        case BF16 -> HostTensor.bf16ToFloat(src.getShort());
        case F16 -> Float.float16ToFloat(src.getShort());
        default -> throw new AssertionError(from);
      };
      switch (to) {
        case F32 -> dest.putFloat(v);
        case BF16 -> dest.putShort(HostTensor.floatToBf16(v));
        case F16 -> dest.putShort(Float.floatToFloat16(v));
        default -> throw new AssertionError(to);
      }
    }
  }
}
