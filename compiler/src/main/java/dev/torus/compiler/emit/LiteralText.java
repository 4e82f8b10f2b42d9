package dev.torus.compiler.emit;

import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;

/** How constant values are spelled in HLO text and in StableHLO; exact for every element type. */
final class LiteralText {
  private LiteralText() {}

  /** One element in HLO text: {@code 1}, {@code -0.5}, {@code 1.0e-6}, {@code inf}, {@code nan}, {@code true}. */
  static String hlo(DType type, double v) {
    if (type == DType.PRED) {
      return v != 0 ? "true" : "false";
    }
    if (!type.isFloating()) {
      return Long.toString((long) v);
    }
    if (Double.isNaN(v)) {
      return "nan";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0)) {
      return Long.toString((long) v);
    }
    return Float.toString((float) v).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * One element as an MLIR attribute literal: decimal floats always carry a point ({@code 1.0}),
   * non-finite floats are bit patterns ({@code 0xFF800000}), booleans {@code true}/{@code false}.
   */
  static String mlir(DType type, double v) {
    if (type == DType.PRED) {
      return v != 0 ? "true" : "false";
    }
    if (!type.isFloating()) {
      return Long.toString((long) v);
    }
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      float f = (float) v;
      return switch (type) {
        case F32 -> String.format("0x%08X", Float.floatToRawIntBits(f));
        case BF16 -> String.format("0x%04X", HostTensor.floatToBf16(f) & 0xFFFF);
        case F16 -> String.format("0x%04X", Float.floatToFloat16(f) & 0xFFFF);
        default -> throw new AssertionError(type);
      };
    }
    return Float.toString((float) v);
  }
}
