package dev.torus.dsl.tensor;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a tensor-DSL value: trailing dimensions that are known when the layer is defined,
 * after leading dimensions ({@code batch, sequence...}) that only the compiler fixes. Parameters and
 * scalars have no leading dimensions.
 */
public record TensorShape(boolean leading, ImmutableList<Long> trailing) {

  public static TensorShape activation(long... trailing) {
    return new TensorShape(true, ImmutableList.copyOf(com.google.common.primitives.Longs.asList(trailing)));
  }

  public static TensorShape fixed(long... dims) {
    return new TensorShape(false, ImmutableList.copyOf(com.google.common.primitives.Longs.asList(dims)));
  }

  public long last() {
    checkArgument(!trailing.isEmpty(), "a scalar has no last dimension");
    return trailing.get(trailing.size() - 1);
  }

  public TensorShape withLast(long size) {
    List<Long> t = new ArrayList<>(trailing);
    t.set(t.size() - 1, size);
    return new TensorShape(leading, ImmutableList.copyOf(t));
  }

  /** NumPy broadcasting of the trailing dimensions, right-aligned; null when they do not broadcast. */
  static TensorShape broadcast(TensorShape a, TensorShape b) {
    int n = Math.max(a.trailing.size(), b.trailing.size());
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long x = dimFromRight(a, n - 1 - i);
      long y = dimFromRight(b, n - 1 - i);
      if (x != y && x != 1 && y != 1) {
        return null;
      }
      out.add(Math.max(x, y));
    }
    return new TensorShape(a.leading || b.leading, ImmutableList.copyOf(out));
  }

  private static long dimFromRight(TensorShape s, int fromRight) {
    int i = s.trailing.size() - 1 - fromRight;
    return i >= 0 ? s.trailing.get(i) : 1;
  }

  @Override
  public String toString() {
    String dims = trailing.stream().map(String::valueOf).reduce((x, y) -> x + "," + y).orElse("");
    return leading ? "[...," + dims + "]" : "[" + dims + "]";
  }
}
