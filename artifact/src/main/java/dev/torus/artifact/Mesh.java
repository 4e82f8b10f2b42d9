package dev.torus.artifact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The logical device mesh a program runs on: named axes with sizes, and how XLA's
 * {@code partition-id} maps to a position on them. A mesh with no axes is one device.
 *
 * @param axes the axes, outermost first; names unique, sizes >= 1
 * @param partitionIdOrder how a partition id decomposes into axis coordinates, in words; Torus
 *     writes {@link #ROW_MAJOR} (the last axis varies fastest)
 */
public record Mesh(
    ImmutableList<Axis> axes,
    String partitionIdOrder) {

  /** The name of the axis a ring program's sequence is sharded over. */
  public static final String RING_AXIS = "ring";

  /** Partition id = row-major index over the axes in order: the last axis varies fastest. */
  public static final String ROW_MAJOR = "row-major over axes";

  /** One named mesh axis. */
  public record Axis(String name, int size) {
    public Axis {
      checkArgument(name != null && !name.isBlank(), "mesh axis name must be non-empty, got '%s'", name);
      checkArgument(size >= 1, "mesh axis '%s' has size %s, sizes must be >= 1", name, size);
    }
  }

  public Mesh {
    checkNotNull(axes, "mesh axes (use an empty list for one device)");
    checkNotNull(partitionIdOrder, "mesh partitionIdOrder");
    axes = ImmutableList.copyOf(axes);
    Set<String> seen = new HashSet<>();
    for (Axis axis : axes) {
      checkArgument(seen.add(axis.name()), "mesh axis name '%s' appears twice in %s", axis.name(), axes);
    }
    long devices = axes.stream().mapToLong(Axis::size).reduce(1, (a, b) -> a * b);
    checkArgument(devices <= Integer.MAX_VALUE, "mesh %s has %s devices, more than an int holds", axes, devices);
  }

  /** One device, no axes. */
  public static Mesh single() {
    return new Mesh(ImmutableList.of(), ROW_MAJOR);
  }

  /** A row-major mesh over the given axes. */
  public static Mesh rowMajor(Axis... axes) {
    return new Mesh(ImmutableList.copyOf(axes), ROW_MAJOR);
  }

  /** Product of the axis sizes; 1 with no axes. */
  public int deviceCount() {
    return axes.stream().mapToInt(Axis::size).reduce(1, Math::multiplyExact);
  }

  /** The coordinate of partition {@code p} along axis {@code name} (row-major: the last axis varies fastest). */
  public int coordinate(int p, String name) {
    int stride = 1;
    for (int k = axes.size() - 1; k >= 0; k--) {
      Axis a = axes.get(k);
      if (a.name().equals(name)) {
        return (p / stride) % a.size();
      }
      stride *= a.size();
    }
    throw new IllegalArgumentException("mesh " + this + " has no axis '" + name + "'");
  }

  /** The axis called {@code name}, if any. */
  public Optional<Axis> axis(String name) {
    return axes.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /** Axes as {@code name=size} pairs, e.g. {@code [ring=4, dp=2]}. */
  @Override
  public String toString() {
    return axes.stream().map(a -> a.name() + "=" + a.size()).collect(Collectors.joining(", ", "[", "]"));
  }
}
