package dev.torus.runtime;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Longs;
import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.TensorSource;
import java.nio.ByteBuffer;
import java.util.List;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.ByteDataBuffer;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.DataType;
import org.tensorflow.types.TBfloat16;
import org.tensorflow.types.TBool;
import org.tensorflow.types.TFloat16;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.family.TType;

/**
 * Moves {@link HostTensor}s in and out of TensorFlow tensors by copying raw bytes (TensorFlow's
 * host layout is row-major, native little-endian, one byte per bool, bf16 as its 16-bit pattern).
 *
 * <p>TensorFlow Java 1.1.0 has no Java class for {@code DT_UINT32}, so u32 crosses the JVM boundary
 * as s32 ({@link #transportType}) and the graph bitcasts it to and from {@code DT_UINT32} next to
 * the {@code XlaCallModule} node.
 */
final class TfTensors {
  private TfTensors() {}

  /** The TensorFlow type of a program parameter or result of element type {@code dtype}. */
  static DataType programType(DType dtype) {
    return switch (dtype) {
      case F32 -> DataType.DT_FLOAT;
      case BF16 -> DataType.DT_BFLOAT16;
      case F16 -> DataType.DT_HALF;
      case S32 -> DataType.DT_INT32;
      case U32 -> DataType.DT_UINT32;
      case U8 -> DataType.DT_UINT8;
      case PRED -> DataType.DT_BOOL;
    };
  }

  /** The TensorFlow type fed and fetched for {@code dtype}: {@link #programType} except u32 (s32). */
  static DataType transportType(DType dtype) {
    return dtype == DType.U32 ? DataType.DT_INT32 : programType(dtype);
  }

  static Shape shape(List<Long> dims) {
    return dims.isEmpty() ? Shape.scalar() : Shape.of(Longs.toArray(dims));
  }

  /**
   * A new TensorFlow tensor holding a copy of {@code t}, filled window by window when {@code t} is
   * not in host memory (so it may have any size); the caller closes it.
   */
  static Tensor toTensor(TensorSource t) {
    if (t instanceof HostTensor host) {
      return Tensor.of(tensorClass(t.dtype()), shape(t.shape()), DataBuffers.of(host.byteBuffer()));
    }
    Tensor tensor = Tensor.of(tensorClass(t.dtype()), shape(t.shape()));
    try {
      ByteDataBuffer data = tensor.asRawTensor().data();
      t.forEachWindow((offset, window) -> {
        int n = window.remaining();
        // copyTo from an array-backed buffer is a bulk copy; ByteDataBuffer.write(byte[]) goes byte by byte.
        DataBuffers.of(window.array(), true, false).slice(window.arrayOffset() + window.position(), n)
            .copyTo(data.slice(offset, n), n);
      });
      return tensor;
    } catch (RuntimeException e) {
      tensor.close();
      throw e;
    }
  }

  /**
   * A fetched tensor's bytes as a {@code dtype} tensor source, valid while {@code tensor} is open;
   * fails if TensorFlow's type or shape is not what the program declared.
   */
  static TensorSource source(Tensor tensor, DType dtype, List<Long> expectedShape, String what) {
    ImmutableList<Long> shape = checkFetched(tensor, dtype, expectedShape, what);
    ByteDataBuffer data = tensor.asRawTensor().data();
    return new TensorSource() {
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
        int n = dest.remaining();
        if (dest.hasArray()) {
          data.slice(offset, n).read(dest.array(), dest.arrayOffset() + dest.position(), n);
          dest.position(dest.position() + n);
        } else {
          byte[] bytes = new byte[n];
          data.slice(offset, n).read(bytes);
          dest.put(bytes);
        }
      }

      @Override
      public String toString() {
        return what + " " + type();
      }
    };
  }

  /**
   * A copy of a fetched tensor as a {@code dtype} host tensor; fails if TensorFlow's type or shape is
   * not what the program declared.
   */
  static HostTensor fromTensor(Tensor tensor, DType dtype, List<Long> expectedShape, String what) {
    return source(tensor, dtype, expectedShape, what).toHost();
  }

  private static ImmutableList<Long> checkFetched(Tensor tensor, DType dtype, List<Long> expectedShape, String what) {
    ImmutableList<Long> shape = ImmutableList.copyOf(Longs.asList(tensor.shape().asArray()));
    if (tensor.dataType() != transportType(dtype) || !shape.equals(expectedShape)) {
      throw new IllegalStateException(
          what + ": XLA returned " + tensor.dataType() + " " + shape + ", the program declares "
              + HostTensor.typeString(dtype, expectedShape));
    }
    return shape;
  }

  private static Class<? extends TType> tensorClass(DType dtype) {
    return switch (dtype) {
      case F32 -> TFloat32.class;
      case BF16 -> TBfloat16.class;
      case F16 -> TFloat16.class;
      case S32, U32 -> TInt32.class;
      case U8 -> org.tensorflow.types.TUint8.class;
      case PRED -> TBool.class;
    };
  }
}
