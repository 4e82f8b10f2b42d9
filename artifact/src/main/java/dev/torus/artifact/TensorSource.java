package dev.torus.artifact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A tensor whose element bytes (row-major, little-endian, as {@link HostTensor} holds them) are read
 * window by window: a tensor of any size, such as a checkpoint weight or a fetched output, that need
 * not exist whole on the Java heap. Sizes and offsets are {@code long}s.
 */
public interface TensorSource {
  /** Bytes in the windows {@link #forEachWindow} hands out (the last may be shorter): 16 MiB. */
  int WINDOW_BYTES = 16 << 20;

  DType dtype();

  ImmutableList<Long> shape();

  /**
   * Copies element bytes {@code [offset, offset + dest.remaining())} into {@code dest}, advancing
   * its position. {@code offset} and the length are multiples of the element size and lie within
   * {@link #dataBytes()}.
   */
  void read(long offset, ByteBuffer dest);

  /** The number of bytes of element data: elements x element size. */
  default long dataBytes() {
    return HostTensor.elementCount(shape()) * dtype().byteSize();
  }

  /** Type and shape as XLA writes them, e.g. {@code bf16[32,4096,4096]}. */
  default String type() {
    return HostTensor.typeString(dtype(), shape());
  }

  /** What a consumer does with one window of bytes (a little-endian buffer, valid during the call). */
  @FunctionalInterface
  interface WindowUse {
    /** {@code window} holds bytes {@code [offset, offset + window.remaining())} of the tensor. */
    void accept(long offset, ByteBuffer window);
  }

  /** Reads the whole tensor in order, in windows of at most {@link #WINDOW_BYTES}, reusing one buffer. */
  default void forEachWindow(WindowUse use) {
    long total = dataBytes();
    ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(WINDOW_BYTES, total)).order(ByteOrder.LITTLE_ENDIAN);
    for (long offset = 0; offset < total; offset += buffer.capacity()) {
      buffer.clear().limit((int) Math.min(buffer.capacity(), total - offset));
      read(offset, buffer);
      checkState(!buffer.hasRemaining(), "%s: read(%s) left %s bytes unfilled", this, offset, buffer.remaining());
      use.accept(offset, buffer.flip());
    }
  }

  /** The NaN and infinite elements ({@link HostTensor.NonFinite}), counted window by window. */
  default HostTensor.NonFinite nonFinite() {
    if (!dtype().isFloating()) {
      return new HostTensor.NonFinite(0, -1);
    }
    long[] countAndFirst = {0, -1};
    int size = dtype().byteSize();
    forEachWindow((offset, window) -> {
      HostTensor.NonFinite part = NonFiniteScan.scan(dtype(), window);
      if (part.count() > 0) {
        countAndFirst[1] = countAndFirst[0] == 0 ? offset / size + part.first() : countAndFirst[1];
        countAndFirst[0] += part.count();
      }
    });
    return new HostTensor.NonFinite(countAndFirst[0], countAndFirst[1]);
  }

  /**
   * The whole tensor as a {@link HostTensor}; fails naming the type for a tensor over {@link
   * Integer#MAX_VALUE} bytes, which one Java array cannot hold (stream it with {@link
   * #forEachWindow} instead).
   */
  default HostTensor toHost() {
    long bytes = dataBytes();
    checkArgument(bytes <= Integer.MAX_VALUE, "%s has %s bytes; a host tensor holds at most %s: read it in windows"
        + " (TensorSource.forEachWindow) instead of whole", type(), bytes, Integer.MAX_VALUE);
    ByteBuffer all = ByteBuffer.allocate((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
    read(0, all);
    return HostTensor.wrap(dtype(), shape(), all.array());
  }
}
