package dev.torus.compiler.ir;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** An array of {@code elementType} with static dimensions; rank 0 is a scalar. */
public record ArrayShape(DType elementType, ImmutableList<Long> dims) implements Shape {

  public ArrayShape {
    checkNotNull(elementType, "elementType");
    for (long d : dims) {
      checkArgument(d >= 0, "dimension %s of shape %s is negative", d, dims);
    }
  }

  public int rank() {
    return dims.size();
  }

  public long dim(int i) {
    return dims.get(i);
  }

  public long elementCount() {
    long n = 1;
    for (long d : dims) {
      n = Math.multiplyExact(n, d);
    }
    return n;
  }

  public long byteSize() {
    return Math.multiplyExact(elementCount(), elementType.byteSize());
  }

  public boolean isScalar() {
    return dims.isEmpty();
  }

  public ArrayShape withElementType(DType type) {
    return new ArrayShape(type, dims);
  }

  public ArrayShape withDims(ImmutableList<Long> newDims) {
    return new ArrayShape(elementType, newDims);
  }

  /** Same element type and dimensions. */
  public boolean sameDims(ArrayShape other) {
    return dims.equals(other.dims);
  }

  /** {@code f32[4,8]} without layout. */
  public String toShortString() {
    return elementType.xlaName() + "[" + dims.stream().map(String::valueOf).collect(Collectors.joining(",")) + "]";
  }

  @Override
  public String toHlo() {
    if (dims.isEmpty()) {
      return toShortString();
    }
    String layout = IntStream.iterate(rank() - 1, i -> i >= 0, i -> i - 1)
        .mapToObj(String::valueOf).collect(Collectors.joining(","));
    return toShortString() + "{" + layout + "}";
  }

  @Override
  public ImmutableList<ArrayShape> leaves() {
    return ImmutableList.of(this);
  }

  @Override
  public String toString() {
    return toShortString();
  }
}
