package dev.torus.hf;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.TensorSource;
import java.nio.ByteBuffer;
import java.util.Comparator;
import java.util.List;

/**
 * Checkpoint tensors that hold several weights as row ranges (Phi-3's {@code qkv_proj} is q, k and v
 * one after the other along dimension 0): {@link #rows} reads one weight's rows from the stored
 * tensor without a copy of the rest, {@link #join} builds the stored tensor back from its weights.
 */
public final class FusedTensors {
  private FusedTensors() {}

  /**
   * Rows {@code [start, end)} of {@code whole} (dimension 0), read window by window from it; fails
   * naming {@code name}, its type and the range when the range is empty, negative or past its rows.
   */
  public static TensorSource rows(String name, TensorSource whole, long start, long end) {
    ImmutableList<Long> shape = whole.shape();
    if (shape.isEmpty()) {
      throw new InvalidCheckpointException("tensor '" + name + "' is " + whole.type()
          + ", a scalar; rows [" + start + ", " + end + ") of it were expected (a fused weight)");
    }
    if (start < 0 || start >= end || end > shape.get(0)) {
      throw new InvalidCheckpointException("tensor '" + name + "' is " + whole.type() + "; rows [" + start + ", "
          + end + ") of it were expected (a fused weight), which are not within its " + shape.get(0) + " rows");
    }
    return new RowRange(name, whole, start, end);
  }

  /**
   * The tensor whose rows are {@code parts}' in order of their first row: {@code parts} must have
   * one dtype and equal trailing dimensions, and start where the previous one ends, the first at 0.
   */
  public static HostTensor join(String name, List<Part> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("fused tensor '" + name + "' has no parts");
    }
    List<Part> sorted = parts.stream().sorted(Comparator.comparingLong(Part::start)).toList();
    HostTensor first = sorted.get(0).tensor();
    List<Long> trailing = first.shape().subList(1, first.shape().size());
    long rows = 0;
    int bytes = 0;
    for (Part p : sorted) {
      HostTensor t = p.tensor();
      if (t.dtype() != first.dtype() || t.shape().isEmpty()
          || !t.shape().subList(1, t.shape().size()).equals(trailing)) {
        throw new IllegalArgumentException("fused tensor '" + name + "': part at row " + p.start() + " is "
            + typeOf(t) + ", the part at row " + sorted.get(0).start() + " is " + typeOf(first));
      }
      if (p.start() != rows) {
        throw new IllegalArgumentException("fused tensor '" + name + "': a part starts at row " + p.start()
            + ", expected " + rows + " (parts must tile the rows without gaps or overlaps)");
      }
      rows += t.shape().get(0);
      bytes = Math.addExact(bytes, t.byteSize());
    }
    byte[] out = new byte[bytes];
    int at = 0;
    for (Part p : sorted) {
      p.tensor().copyBytesTo(out, at);
      at += p.tensor().byteSize();
    }
    return HostTensor.of(first.dtype(), ImmutableList.<Long>builder().add(rows).addAll(trailing).build(), out);
  }

  private static String typeOf(HostTensor t) {
    return HostTensor.typeString(t.dtype(), t.shape());
  }

  /** One weight of a fused tensor: its rows from {@code start}. */
  public record Part(long start, HostTensor tensor) {}

  /** Rows {@code [start, end)} of a tensor, as a tensor. */
  private static final class RowRange implements TensorSource {
    private final String name;
    private final TensorSource whole;
    private final long start;
    private final ImmutableList<Long> shape;
    private final long rowBytes;

    RowRange(String name, TensorSource whole, long start, long end) {
      this.name = name;
      this.whole = whole;
      this.start = start;
      this.shape = ImmutableList.<Long>builder().add(end - start).addAll(whole.shape().subList(1, whole.shape().size()))
          .build();
      this.rowBytes = whole.shape().get(0) == 0 ? 0 : whole.dataBytes() / whole.shape().get(0);
    }

    @Override
    public DType dtype() {
      return whole.dtype();
    }

    @Override
    public ImmutableList<Long> shape() {
      return shape;
    }

    @Override
    public void read(long offset, ByteBuffer dest) {
      if (offset < 0 || offset > dataBytes() - dest.remaining()) {
        throw new IllegalArgumentException(this + ": bytes [" + offset + ", " + (offset + dest.remaining())
            + ") are outside its " + dataBytes() + " bytes");
      }
      whole.read(start * rowBytes + offset, dest);
    }

    @Override
    public String toString() {
      return "rows [" + start + ", " + (start + shape.get(0)) + ") of tensor '" + name + "' " + whole.type();
    }
  }
}
