package dev.torus.compiler.ir;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.primitives.ImmutableDoubleArray;
import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;

/**
 * A constant's value: an array shape and its elements in row-major order. Values are stored as
 * doubles already rounded to the element type (f32, bf16 and f16 round to nearest even; integers
 * must be whole and in range; pred is 0 or 1), so every printer prints exactly what XLA will hold.
 */
public record Literal(ArrayShape shape, ImmutableDoubleArray values) {

  public Literal {
    checkArgument(values.length() == shape.elementCount(),
        "constant of shape %s needs %s values, got %s", shape, shape.elementCount(), values.length());
    ImmutableDoubleArray.Builder rounded = ImmutableDoubleArray.builder(values.length());
    for (int i = 0; i < values.length(); i++) {
      rounded.add(roundTo(shape.elementType(), values.get(i)));
    }
    values = rounded.build();
  }

  public static Literal scalar(DType type, double value) {
    return new Literal(Shape.scalar(type), ImmutableDoubleArray.of(value));
  }

  public static Literal of(ArrayShape shape, double... values) {
    return new Literal(shape, ImmutableDoubleArray.copyOf(values));
  }

  public boolean isScalar() {
    return shape.isScalar();
  }

  /** The value {@code v} as the element type holds it. */
  public static double roundTo(DType type, double v) {
    return switch (type) {
      case F32 -> (float) v;
      case BF16 -> HostTensor.bf16ToFloat(HostTensor.floatToBf16((float) v));
      case F16 -> Float.float16ToFloat(Float.floatToFloat16((float) v));
      case S32 -> {
        checkArgument(v == Math.rint(v) && v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE,
            "s32 constant %s is not a 32-bit signed integer", v);
        yield v;
      }
      case U32 -> {
        checkArgument(v == Math.rint(v) && v >= 0 && v <= 0xFFFF_FFFFL,
            "u32 constant %s is not a 32-bit unsigned integer", v);
        yield v;
      }
      case U8 -> {
        checkArgument(v == Math.rint(v) && v >= 0 && v <= 255, "u8 constant %s is not an 8-bit unsigned integer", v);
        yield v;
      }
      case PRED -> {
        checkArgument(v == 0 || v == 1, "pred constant %s is neither 0 (false) nor 1 (true)", v);
        yield v;
      }
    };
  }
}
