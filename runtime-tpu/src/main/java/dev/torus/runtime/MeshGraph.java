package dev.torus.runtime;

import com.google.common.primitives.Ints;
import com.google.common.primitives.Longs;
import dev.torus.artifact.Mesh;
import dev.torus.artifact.MeshSharding;
import dev.torus.artifact.SequenceOrder;
import dev.torus.artifact.TokenLayout;
import dev.torus.artifact.TensorSpec;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;

/**
 * The host's work around a mesh program, built as TensorFlow graph ops: a tensor laid out along the
 * sequence goes into the token layout's device order ({@link SequenceOrder}), and for an emulated
 * mesh every tensor is cut into the mesh's per-device pieces, stacked along a new leading dimension
 * in partition order, as {@link MeshSharding} does on the host. {@link LoadedProgram} and
 * {@link SavedModelExport} put these ops next to the {@code XlaCallModule} node, so callers give and
 * get global tensors in sequence order.
 */
final class MeshGraph {
  private MeshGraph() {}

  /**
   * {@code global} (sequence order) as the program for {@code mesh} takes it: in the layout's device
   * order, and stacked when the mesh has more than one device (the emulated program).
   */
  static Operand<?> toProgram(Ops tf, Operand<?> global, TensorSpec spec, Mesh mesh, TokenLayout layout) {
    Operand<?> ordered = SequenceOrder.inDeviceOrder(spec)
        ? reorder(tf, global, SequenceOrder.deviceOrderIndex(layout, SequenceOrder.ringOf(mesh), spec.globalShape().get(1), true))
        : global;
    return mesh.deviceCount() == 1 ? ordered : toStacked(tf, ordered, spec, mesh);
  }

  /** The inverse of {@link #toProgram}: the program's result as a global tensor in sequence order. */
  static Operand<?> fromProgram(Ops tf, Operand<?> result, TensorSpec spec, Mesh mesh, TokenLayout layout) {
    Operand<?> global = mesh.deviceCount() == 1 ? result : fromStacked(tf, result, spec, mesh);
    return SequenceOrder.inDeviceOrder(spec)
        ? reorder(tf, global, SequenceOrder.deviceOrderIndex(layout, SequenceOrder.ringOf(mesh), spec.globalShape().get(1), false))
        : global;
  }

  /** {@code x} gathered along dimension 1 by {@code index}; no op for the identity. */
  private static Operand<?> reorder(Ops tf, Operand<?> x, int[] index) {
    for (int i = 0; i < index.length; i++) {
      if (index[i] != i) {
        return tf.gather(x, tf.constant(index), tf.constant(1));
      }
    }
    return x;
  }

  /** [devices, per-device shape...]: the emulated program's form of one tensor. */
  static List<Long> stackedShape(TensorSpec spec, int devices) {
    List<Long> shape = new ArrayList<>(List.of((long) devices));
    shape.addAll(spec.perDeviceShape());
    return shape;
  }

  /**
   * {@code global} cut into the mesh's per-device pieces, stacked along a new leading dimension in
   * partition order (row-major over the mesh axes): every sharded dimension is split into (axis size,
   * local size), the axis parts are moved to the front in mesh-axis order, and axes that do not shard
   * the tensor are broadcast (each of their devices holds the same piece).
   */
  static Operand<?> toStacked(Ops tf, Operand<?> global, TensorSpec spec, Mesh mesh) {
    Layout l = Layout.of(spec, mesh);
    Operand<?> split = tf.reshape(padded(tf, global, spec), tf.constant(Longs.toArray(l.split)));
    Operand<?> front = tf.linalg.transpose(split, tf.constant(Ints.toArray(l.axesFirst)));
    Operand<?> withAllAxes = tf.reshape(front, tf.constant(Longs.toArray(l.meshThenLocal(true))));
    Operand<?> replicated = tf.broadcastTo(withAllAxes, tf.constant(Longs.toArray(l.meshThenLocal(false))));
    return tf.reshape(replicated, tf.constant(Longs.toArray(stackedShape(spec, mesh.deviceCount()))));
  }

  /** The inverse of {@link #toStacked}: replicated axes are read from their first device. */
  static Operand<?> fromStacked(Ops tf, Operand<?> stacked, TensorSpec spec, Mesh mesh) {
    Layout l = Layout.of(spec, mesh);
    Operand<?> byAxes = tf.reshape(stacked, tf.constant(Longs.toArray(l.meshThenLocal(false))));
    List<Long> size = l.meshThenLocal(true);
    Operand<?> first = tf.slice(byAxes, tf.constant(new long[size.size()]), tf.constant(Longs.toArray(size)));
    Operand<?> front = tf.reshape(first, tf.constant(Longs.toArray(l.transposed())));
    Operand<?> split = tf.linalg.transpose(front, tf.constant(Ints.toArray(inverse(l.axesFirst))));
    Operand<?> whole = tf.reshape(split, tf.constant(Longs.toArray(spec.paddedShape())));
    return spec.paddedShape().equals(spec.globalShape()) ? whole
        : tf.slice(whole, tf.constant(new long[spec.globalShape().size()]), tf.constant(Longs.toArray(spec.globalShape())));
  }

  /** {@code global} with zeros appended to each padded dimension ({@link TensorSpec.Sharding#pad}). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Operand<?> padded(Ops tf, Operand<?> global, TensorSpec spec) {
    if (spec.paddedShape().equals(spec.globalShape())) {
      return global;
    }
    long[][] pads = new long[spec.globalShape().size()][2];
    spec.sharding().forEach(s -> pads[s.dim()][1] = s.pad());
    return tf.pad((Operand) global, tf.constant(pads), tf.zeros(tf.constant(new long[0]), (Class) global.type()));
  }

  /**
   * The shapes of {@link #toStacked}'s steps for one spec: {@code split} is the global shape with
   * each sharded dimension written as (axis size, local size); {@code axesFirst} the permutation that
   * moves the axis parts to the front in mesh-axis order.
   */
  private record Layout(List<Long> split, List<Integer> axesFirst, List<Integer> axisSizes, List<Boolean> shards,
      List<Long> local) {
    static Layout of(TensorSpec spec, Mesh mesh) {
      List<Long> split = new ArrayList<>();
      List<Integer> axisDimOf = new ArrayList<>(); // per mesh axis: its position in split, or -1
      List<Integer> localDims = new ArrayList<>();
      for (int k = 0; k < mesh.axes().size(); k++) {
        axisDimOf.add(-1);
      }
      for (int d = 0; d < spec.globalShape().size(); d++) {
        int dim = d;
        var sharding = spec.sharding().stream().filter(s -> s.dim() == dim).findFirst();
        if (sharding.isPresent()) {
          for (String axis : sharding.get().axes()) {   // major to minor, as the mesh orders them
            int k = axisIndex(mesh, axis);
            axisDimOf.set(k, split.size());
            split.add((long) mesh.axes().get(k).size());
          }
        }
        localDims.add(split.size());
        split.add(spec.perDeviceShape().get(d));
      }
      List<Integer> perm = new ArrayList<>();
      List<Integer> sizes = new ArrayList<>();
      List<Boolean> shards = new ArrayList<>();
      for (int k = 0; k < mesh.axes().size(); k++) {
        sizes.add(mesh.axes().get(k).size());
        shards.add(axisDimOf.get(k) >= 0);
        if (axisDimOf.get(k) >= 0) {
          perm.add(axisDimOf.get(k));
        }
      }
      perm.addAll(localDims);
      return new Layout(split, perm, sizes, shards, spec.perDeviceShape());
    }

    /** [mesh axis sizes..., local shape...]; with {@code onlySharding}, 1 for axes that do not shard. */
    List<Long> meshThenLocal(boolean onlySharding) {
      List<Long> shape = new ArrayList<>();
      for (int k = 0; k < axisSizes.size(); k++) {
        shape.add(onlySharding && !shards.get(k) ? 1L : axisSizes.get(k));
      }
      shape.addAll(local);
      return shape;
    }

    /** {@code split} permuted by {@code axesFirst}. */
    List<Long> transposed() {
      return axesFirst.stream().map(split::get).toList();
    }

    private static int axisIndex(Mesh mesh, String axis) {
      for (int k = 0; k < mesh.axes().size(); k++) {
        if (mesh.axes().get(k).name().equals(axis)) {
          return k;
        }
      }
      throw new IllegalArgumentException("mesh " + mesh + " has no axis '" + axis + "'");
    }
  }

  private static List<Integer> inverse(List<Integer> perm) {
    Integer[] inv = new Integer[perm.size()];
    for (int i = 0; i < perm.size(); i++) {
      inv[perm.get(i)] = i;
    }
    return List.of(inv);
  }
}
