package dev.torus.artifact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Longs;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An immutable tensor value in host memory: an element type, a shape and the elements in row-major
 * (C) order, each stored little-endian ({@code pred}: one byte, 0 or 1; {@code bf16}: the upper 16
 * bits of the f32 bit pattern). Every array passed in or handed out is a copy.
 */
public final class HostTensor implements TensorSource {
  private final DType dtype;
  private final ImmutableList<Long> shape;
  private final byte[] data;

  private HostTensor(DType dtype, ImmutableList<Long> shape, byte[] data) {
    this.dtype = checkNotNull(dtype, "dtype");
    this.shape = shape;
    long count = elementCount(shape);
    checkArgument(
        Math.multiplyExact(count, dtype.byteSize()) == data.length,
        "%s tensor data has %s bytes, but %s elements x %s bytes = %s bytes are needed",
        typeString(dtype, shape), data.length, count, dtype.byteSize(), count * dtype.byteSize());
    this.data = data;
  }

  /** A tensor from raw little-endian element bytes (copied). */
  public static HostTensor of(DType dtype, byte[] littleEndianData, long... shape) {
    return new HostTensor(dtype, shapeOf(shape), littleEndianData.clone());
  }

  /** A tensor from raw little-endian element bytes (copied). */
  public static HostTensor of(DType dtype, List<Long> shape, byte[] littleEndianData) {
    return new HostTensor(dtype, shapeOf(Longs.toArray(shape)), littleEndianData.clone());
  }

  /**
   * A tensor that takes ownership of {@code littleEndianData} without copying it: for large tensors
   * made once (read from a file, fetched from a device). The caller must not change the array after.
   */
  public static HostTensor wrap(DType dtype, List<Long> shape, byte[] littleEndianData) {
    return new HostTensor(dtype, shapeOf(Longs.toArray(shape)), littleEndianData);
  }

  /** An f32 tensor. */
  public static HostTensor ofFloats(float[] values, long... shape) {
    ByteBuffer buf = allocate(values.length, 4);
    buf.asFloatBuffer().put(values);
    return new HostTensor(DType.F32, shapeOf(shape), buf.array());
  }

  /** An s32 tensor. */
  public static HostTensor ofInts(int[] values, long... shape) {
    return ints(DType.S32, values, shape);
  }

  /** A u32 tensor; each int is read as its unsigned 32-bit pattern. */
  public static HostTensor ofUnsignedInts(int[] bits, long... shape) {
    return ints(DType.U32, bits, shape);
  }

  /** A pred tensor. */
  public static HostTensor ofBooleans(boolean[] values, long... shape) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) (values[i] ? 1 : 0);
    }
    return new HostTensor(DType.PRED, shapeOf(shape), bytes);
  }

  /** A bf16 tensor: each float rounded to nearest bf16, ties to even; NaN stays NaN. */
  public static HostTensor bf16FromFloats(float[] values, long... shape) {
    ByteBuffer buf = allocate(values.length, 2);
    for (float v : values) {
      buf.putShort(floatToBf16(v));
    }
    return new HostTensor(DType.BF16, shapeOf(shape), buf.array());
  }

  /** An f16 tensor: each float rounded to nearest IEEE half, ties to even. */
  public static HostTensor f16FromFloats(float[] values, long... shape) {
    ByteBuffer buf = allocate(values.length, 2);
    for (float v : values) {
      buf.putShort(Float.floatToFloat16(v));
    }
    return new HostTensor(DType.F16, shapeOf(shape), buf.array());
  }

  /** A tensor of the given type and shape whose bytes are all zero (0, +0.0 or false). */
  public static HostTensor zeros(DType dtype, long... shape) {
    ImmutableList<Long> dims = shapeOf(shape);
    return new HostTensor(dtype, dims, new byte[Math.toIntExact(elementCount(dims) * dtype.byteSize())]);
  }

  /** The nearest bf16 bit pattern to {@code value}, ties to even. */
  public static short floatToBf16(float value) {
    int bits = Float.floatToRawIntBits(value);
    if (Float.isNaN(value)) {
      return (short) ((bits >>> 16) | 0x0040);
    }
    int roundingBias = 0x7FFF + ((bits >>> 16) & 1);
    return (short) ((bits + roundingBias) >>> 16);
  }

  /** The float a bf16 bit pattern denotes (exact). */
  public static float bf16ToFloat(short bits) {
    return Float.intBitsToFloat((bits & 0xFFFF) << 16);
  }

  @Override
  public DType dtype() {
    return dtype;
  }

  @Override
  public ImmutableList<Long> shape() {
    return shape;
  }

  @Override
  public void read(long offset, ByteBuffer dest) {
    checkArgument(offset >= 0 && offset + dest.remaining() <= data.length,
        "%s: bytes [%s, %s) are outside its %s bytes", this, offset, offset + dest.remaining(), data.length);
    dest.put(data, (int) offset, dest.remaining());
  }

  @Override
  public long dataBytes() {
    return data.length;
  }

  @Override
  public HostTensor toHost() {
    return this;
  }

  public int rank() {
    return shape.size();
  }

  /** Product of the dimensions; 1 for a scalar. */
  public long elementCount() {
    return elementCount(shape);
  }

  /** A copy of the little-endian element bytes. */
  public byte[] bytes() {
    return data.clone();
  }

  /** Copies the element bytes into {@code dest} from {@code offset}, without an intermediate copy. */
  public void copyBytesTo(byte[] dest, int offset) {
    System.arraycopy(data, 0, dest, offset, data.length);
  }

  /** The number of bytes of element data. */
  public int byteSize() {
    return data.length;
  }

  /** A read-only little-endian view of the element bytes, without copying. */
  public ByteBuffer byteBuffer() {
    return ByteBuffer.wrap(data).asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
  }

  /**
   * What is not finite in a floating tensor: how many elements are NaN or infinite, and the flat
   * index of the first; {@code count == 0} (and {@code first == -1}) for integer and boolean tensors.
   */
  public record NonFinite(long count, long first) {}

  /** The NaN and infinite elements of this tensor ({@link NonFinite}); reads the bits, copies nothing. */
  @Override
  public NonFinite nonFinite() {
    return dtype.isFloating() ? NonFiniteScan.scan(dtype, byteBuffer()) : new NonFinite(0, -1);
  }

  /** The elements as floats; f32, bf16 and f16 only (bf16 and f16 widen exactly). */
  public float[] toFloats() {
    checkState(dtype.isFloating(), "toFloats() needs a floating tensor, this one is %s", this);
    ByteBuffer buf = byteBuffer();
    float[] out = new float[Math.toIntExact(elementCount())];
    if (dtype == DType.F32) {
      buf.asFloatBuffer().get(out);
    } else {
      for (int i = 0; i < out.length; i++) {
        short bits = buf.getShort(2 * i);
        out[i] = dtype == DType.BF16 ? bf16ToFloat(bits) : Float.float16ToFloat(bits);
      }
    }
    return out;
  }

  /**
   * This tensor converted to {@code target}, between f32, bf16 and f16 only: widening is exact,
   * narrowing rounds each value to nearest, ties to even (as {@link #bf16FromFloats} and {@link
   * #f16FromFloats}), so values beyond the target's range become infinities. Returns this tensor when
   * the type already is {@code target}.
   */
  public HostTensor to(DType target) {
    checkNotNull(target, "target");
    if (target == dtype) {
      return this;
    }
    checkState(
        dtype.isFloating() && target.isFloating(),
        "to(%s): only f32, bf16 and f16 convert into each other, this tensor is %s", target, this);
    float[] values = toFloats();
    long[] dims = Longs.toArray(shape);
    return switch (target) {
      case F32 -> ofFloats(values, dims);
      case BF16 -> bf16FromFloats(values, dims);
      case F16 -> f16FromFloats(values, dims);
      default -> throw new AssertionError(target);
    };
  }

  /** The elements as ints; s32, and u32 as unsigned bit patterns. */
  public int[] toInts() {
    checkState(
        dtype == DType.S32 || dtype == DType.U32, "toInts() needs an s32 or u32 tensor, this one is %s", this);
    int[] out = new int[Math.toIntExact(elementCount())];
    byteBuffer().asIntBuffer().get(out);
    return out;
  }

  /** The elements of a pred tensor (any non-zero byte is true). */
  public boolean[] toBooleans() {
    checkState(dtype == DType.PRED, "toBooleans() needs a pred tensor, this one is %s", this);
    boolean[] out = new boolean[data.length];
    for (int i = 0; i < data.length; i++) {
      out[i] = data[i] != 0;
    }
    return out;
  }

  /** Type and shape as XLA writes them, e.g. {@code f32[4,8]}; {@code f32[]} for a scalar. */
  public static String typeString(DType dtype, List<Long> shape) {
    return dtype.xlaName() + shape.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
  }

  /** Product of the dimensions; 1 for a scalar; fails on overflow. */
  public static long elementCount(List<Long> shape) {
    long count = 1;
    for (long d : shape) {
      count = Math.multiplyExact(count, d);
    }
    return count;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HostTensor t
        && dtype == t.dtype
        && shape.equals(t.shape)
        && Arrays.equals(data, t.data);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * dtype.hashCode() + shape.hashCode()) + Arrays.hashCode(data);
  }

  /** Type and shape, e.g. {@code HostTensor bf16[2,3]}; never the elements. */
  @Override
  public String toString() {
    return "HostTensor " + typeString(dtype, shape);
  }

  private static HostTensor ints(DType dtype, int[] values, long... shape) {
    ByteBuffer buf = allocate(values.length, 4);
    buf.asIntBuffer().put(values);
    return new HostTensor(dtype, shapeOf(shape), buf.array());
  }

  private static ByteBuffer allocate(int elements, int byteSize) {
    return ByteBuffer.allocate(Math.multiplyExact(elements, byteSize)).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static ImmutableList<Long> shapeOf(long[] shape) {
    for (long d : shape) {
      checkArgument(d >= 0, "tensor dimensions must be >= 0, got %s", Arrays.toString(shape));
    }
    return ImmutableList.copyOf(Longs.asList(shape));
  }
}
