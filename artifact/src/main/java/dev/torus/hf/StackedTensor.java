package dev.torus.hf;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import dev.torus.artifact.TensorSource;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Equal-shaped tensors stacked along a new leading dimension ({@code [layers, ...]}), read window by
 * window from the layers themselves: no stacked copy exists, and a window may span layers.
 */
final class StackedTensor implements TensorSource {
  private final String name;
  private final ImmutableList<TensorSource> layers;
  private final ImmutableList<Long> shape;
  private final long layerBytes;

  StackedTensor(String name, List<TensorSource> layers) {
    checkArgument(!layers.isEmpty(), "stacked weight '%s' has no layers", name);
    TensorSource first = layers.get(0);
    for (TensorSource t : layers) {
      checkArgument(t.dtype() == first.dtype() && t.shape().equals(first.shape()),
          "stacked weight '%s': layer %s is %s, layer 0 is %s", name, layers.indexOf(t), t.type(), first.type());
    }
    this.name = name;
    this.layers = ImmutableList.copyOf(layers);
    this.shape = ImmutableList.<Long>builder().add((long) layers.size()).addAll(first.shape()).build();
    this.layerBytes = first.dataBytes();
  }

  @Override
  public DType dtype() {
    return layers.get(0).dtype();
  }

  @Override
  public ImmutableList<Long> shape() {
    return shape;
  }

  @Override
  public void read(long offset, ByteBuffer dest) {
    checkArgument(offset >= 0 && offset <= dataBytes() - dest.remaining(),
        "%s: bytes [%s, %s) are outside its %s bytes", this, offset, offset + dest.remaining(), dataBytes());
    long position = offset;
    int end = dest.limit();
    while (dest.hasRemaining()) {
      int layer = (int) (position / layerBytes);
      long within = position - layer * layerBytes;
      int n = (int) Math.min(dest.remaining(), layerBytes - within);
      dest.limit(dest.position() + n);
      layers.get(layer).read(within, dest);
      dest.limit(end);
      position += n;
    }
  }

  @Override
  public String toString() {
    return "weight '" + name + "' " + type() + " (stacked over " + layers.size() + " layers)";
  }
}
