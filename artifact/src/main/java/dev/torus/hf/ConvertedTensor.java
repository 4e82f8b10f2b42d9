package dev.torus.hf;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import dev.torus.artifact.FloatConversion;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.NonFiniteScan;
import dev.torus.artifact.TensorSource;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * A stored checkpoint tensor seen as {@code dtype}: each window read is converted from the stored
 * type and, when {@code refuseNonFinite}, checked for NaN and infinite values, so a tensor of any size
 * is converted and checked without a whole copy.
 */
final class ConvertedTensor implements TensorSource {
  private final String name;
  private final Path file;
  private final TensorSource stored;
  private final DType dtype;
  private final boolean refuseNonFinite;

  ConvertedTensor(String name, Path file, TensorSource stored, DType dtype, boolean refuseNonFinite) {
    checkArgument(dtype.isFloating() && stored.dtype().isFloating(),
        "tensor '%s': cannot convert %s to %s; f32, bf16 and f16 only", name, stored.dtype(), dtype);
    this.name = name;
    this.file = file;
    this.stored = stored;
    this.dtype = dtype;
    this.refuseNonFinite = refuseNonFinite;
  }

  @Override
  public DType dtype() {
    return dtype;
  }

  @Override
  public ImmutableList<Long> shape() {
    return stored.shape();
  }

  @Override
  public void read(long offset, ByteBuffer dest) {
    int size = dtype.byteSize();
    checkArgument(offset % size == 0 && dest.remaining() % size == 0,
        "%s: read(%s, %s bytes) is not aligned to its %s-byte elements", this, offset, dest.remaining(), size);
    ByteBuffer out = dest.slice().order(ByteOrder.LITTLE_ENDIAN);
    if (stored.dtype() == dtype) {
      stored.read(offset, out);
    } else {
      int storedSize = stored.dtype().byteSize();
      long first = offset / size;
      long count = dest.remaining() / size;
      int chunk = (int) Math.min(count, WINDOW_BYTES / storedSize);
      ByteBuffer raw = ByteBuffer.allocate(chunk * storedSize).order(ByteOrder.LITTLE_ENDIAN);
      for (long done = 0; done < count; done += chunk) {
        int n = (int) Math.min(chunk, count - done);
        raw.clear().limit(n * storedSize);
        stored.read((first + done) * storedSize, raw);
        FloatConversion.convert(stored.dtype(), raw.flip(), dtype, out);
      }
    }
    if (refuseNonFinite && dtype.isFloating() && nonFiniteIn(out.flip())) {
      HostTensor.NonFinite bad = new ConvertedTensor(name, file, stored, dtype, false).nonFinite();
      throw new InvalidCheckpointException("tensor '" + name + "' in " + file + " has " + bad.count() + " non-finite value(s) (NaN or infinite,"
          + " the first at flat index " + bad.first() + ", as " + dtype + "); a model with them computes NaN, so"
          + " Torus does not load it: fix or re-save the checkpoint");
    }
    dest.position(dest.position() + out.limit());
  }

  private boolean nonFiniteIn(ByteBuffer window) {
    return NonFiniteScan.scan(dtype, window).count() > 0;
  }

  @Override
  public String toString() {
    return stored.toString();
  }
}
