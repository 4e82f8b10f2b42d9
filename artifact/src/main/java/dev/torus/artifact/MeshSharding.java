package dev.torus.artifact;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves a tensor between its global form and the pieces the devices of a mesh hold, as its
 * {@link TensorSpec} shards it: for partition p, each sharded dimension takes the slice given by
 * p's coordinate on that dimension's mesh axis; replicated dimensions are whole. An engine that
 * feeds devices from the host calls {@link #toDevices} and {@link #fromDevices}, which also apply
 * the manifest's token layout, so its callers give and get tensors in sequence order.
 */
public final class MeshSharding {
  private MeshSharding() {}

  /**
   * The piece of {@code global} (in sequence order) each partition of {@code manifest}'s program
   * takes, in partition order: put in the token layout ({@link SequenceOrder#toProgramOrder}), then split.
   */
  public static ImmutableList<HostTensor> toDevices(Manifest manifest, TensorSpec spec, HostTensor global) {
    return split(SequenceOrder.toProgramOrder(manifest, spec, global), spec, manifest.mesh());
  }

  /** The inverse of {@link #toDevices}: every partition's piece gathered, in sequence order. */
  public static HostTensor fromDevices(Manifest manifest, TensorSpec spec, List<HostTensor> pieces) {
    return SequenceOrder.fromProgramOrder(manifest, spec, gather(pieces, spec, manifest.mesh()));
  }

  /**
   * The piece of {@code global} each partition holds, in partition order; a padded dimension
   * ({@link TensorSpec.Sharding#pad}) is filled with zeros past its true size first.
   */
  public static ImmutableList<HostTensor> split(HostTensor global, TensorSpec spec, Mesh mesh) {
    checkArgument(global.shape().equals(spec.globalShape()), "tensor '%s': expected global shape %s, got %s",
        spec.name(), spec.globalShape(), global.shape());
    byte[] all = resize(global, spec.paddedShape()).bytes();
    ImmutableList.Builder<HostTensor> pieces = ImmutableList.builder();
    for (int p = 0; p < mesh.deviceCount(); p++) {
      byte[] local = new byte[Math.toIntExact(HostTensor.elementCount(spec.perDeviceShape()) * spec.dtype().byteSize())];
      copy(all, local, spec, mesh, p, true);
      pieces.add(HostTensor.of(spec.dtype(), spec.perDeviceShape(), local));
    }
    return pieces.build();
  }

  /**
   * The global tensor assembled from every partition's piece (replicated dimensions from any), at its
   * true shape: a padded dimension's pad is dropped.
   */
  public static HostTensor gather(List<HostTensor> pieces, TensorSpec spec, Mesh mesh) {
    checkArgument(pieces.size() == mesh.deviceCount(), "tensor '%s': %s pieces for %s devices",
        spec.name(), pieces.size(), mesh.deviceCount());
    byte[] all = new byte[Math.toIntExact(HostTensor.elementCount(spec.paddedShape()) * spec.dtype().byteSize())];
    for (int p = 0; p < pieces.size(); p++) {
      checkArgument(pieces.get(p).shape().equals(spec.perDeviceShape()), "tensor '%s': piece %s has shape %s, expected %s",
          spec.name(), p, pieces.get(p).shape(), spec.perDeviceShape());
      copy(all, pieces.get(p).bytes(), spec, mesh, p, false);
    }
    return resize(HostTensor.of(spec.dtype(), spec.paddedShape(), all), spec.globalShape());
  }

  /**
   * The true part of partition {@code p}'s piece: its entries inside the global shape, without the
   * pad of a padded dimension (fewer entries, possibly none, along it); the piece itself otherwise.
   */
  public static HostTensor withoutPad(HostTensor piece, TensorSpec spec, Mesh mesh, int p) {
    return resize(piece, trueShape(spec, mesh, p));
  }

  /** The inverse of {@link #withoutPad}: the true part of partition {@code p}'s piece padded with zeros. */
  public static HostTensor withPad(HostTensor truePart, TensorSpec spec, Mesh mesh, int p) {
    checkArgument(truePart.shape().equals(trueShape(spec, mesh, p)), "tensor '%s': partition %s's piece without pad"
        + " must have shape %s, got %s", spec.name(), p, trueShape(spec, mesh, p), truePart.shape());
    return resize(truePart, spec.perDeviceShape());
  }

  /** The shape of the true part of partition {@code p}'s piece ({@link #withoutPad}). */
  public static ImmutableList<Long> trueShape(TensorSpec spec, Mesh mesh, int p) {
    List<Long> shape = new ArrayList<>(spec.perDeviceShape());
    for (TensorSpec.Sharding sh : spec.sharding()) {
      long local = spec.perDeviceShape().get(sh.dim());
      long start = sh.piece(mesh, p) * local;
      shape.set(sh.dim(), Math.max(0, Math.min(local, spec.globalShape().get(sh.dim()) - start)));
    }
    return ImmutableList.copyOf(shape);
  }

  /**
   * {@code t} cut or zero-extended to {@code shape} (same rank): each dimension keeps its leading
   * {@code min(old, new)} entries; {@code t} itself when the shape is its own.
   */
  static HostTensor resize(HostTensor t, List<Long> shape) {
    if (t.shape().equals(shape)) {
      return t;
    }
    int rank = shape.size();
    int elem = t.dtype().byteSize();
    byte[] out = new byte[Math.toIntExact(HostTensor.elementCount(shape) * elem)];
    long[] common = new long[rank];
    for (int d = 0; d < rank; d++) {
      common[d] = Math.min(t.shape().get(d), shape.get(d));
    }
    long count = 1;
    for (long c : common) {
      count *= c;
    }
    if (count > 0) {
      long run = common[rank - 1];
      byte[] in = t.bytes();
      for (long row = 0; row < count / run; row++) {
        long rem = row;
        long from = 0;
        long to = 0;
        long fromStride = t.shape().get(rank - 1);
        long toStride = shape.get(rank - 1);
        for (int d = rank - 2; d >= 0; d--) {
          long index = rem % common[d];
          rem /= common[d];
          from += index * fromStride;
          to += index * toStride;
          fromStride *= t.shape().get(d);
          toStride *= shape.get(d);
        }
        System.arraycopy(in, Math.toIntExact(from * elem), out, Math.toIntExact(to * elem), Math.toIntExact(run * elem));
      }
    }
    return HostTensor.of(t.dtype(), shape, out);
  }

  /** Pieces stacked along a new leading dimension (partition order): the emulated program's form. */
  public static HostTensor stack(List<HostTensor> pieces) {
    HostTensor first = pieces.get(0);
    byte[] out = new byte[first.bytes().length * pieces.size()];
    for (int p = 0; p < pieces.size(); p++) {
      System.arraycopy(pieces.get(p).bytes(), 0, out, p * first.bytes().length, first.bytes().length);
    }
    List<Long> shape = new ArrayList<>(List.of((long) pieces.size()));
    shape.addAll(first.shape());
    return HostTensor.of(first.dtype(), shape, out);
  }

  /** The inverse of {@link #stack}. */
  public static ImmutableList<HostTensor> unstack(HostTensor stacked) {
    int n = Math.toIntExact(stacked.shape().get(0));
    List<Long> shape = stacked.shape().subList(1, stacked.rank());
    int size = stacked.bytes().length / n;
    ImmutableList.Builder<HostTensor> pieces = ImmutableList.builder();
    byte[] all = stacked.bytes();
    for (int p = 0; p < n; p++) {
      byte[] piece = new byte[size];
      System.arraycopy(all, p * size, piece, 0, size);
      pieces.add(HostTensor.of(stacked.dtype(), shape, piece));
    }
    return pieces.build();
  }

  /**
   * Copies partition p's piece between the global bytes and the local bytes: global to local when
   * {@code toLocal}, else local to global. Works in runs of the innermost dimension.
   */
  private static void copy(byte[] global, byte[] local, TensorSpec spec, Mesh mesh, int p, boolean toLocal) {
    List<Long> g = spec.paddedShape();
    List<Long> l = spec.perDeviceShape();
    int rank = g.size();
    int elem = spec.dtype().byteSize();
    if (rank == 0) {
      System.arraycopy(toLocal ? global : local, 0, toLocal ? local : global, 0, elem);
      return;
    }
    long[] offset = new long[rank];
    for (TensorSpec.Sharding sh : spec.sharding()) {
      offset[sh.dim()] = (long) sh.piece(mesh, p) * l.get(sh.dim());
    }
    int run = Math.toIntExact(l.get(rank - 1) * elem);
    long rows = l.get(rank - 1) == 0 ? 0 : HostTensor.elementCount(l) / l.get(rank - 1);
    for (long row = 0; row < rows; row++) {
      long rem = row;
      long flat = 0;
      long stride = 1;
      for (int d = rank - 1; d >= 0; d--) {
        long index = d == rank - 1 ? 0 : rem % l.get(d);
        if (d < rank - 1) {
          rem /= l.get(d);
        }
        flat += (index + offset[d]) * stride;
        stride *= g.get(d);
      }
      int globalAt = Math.toIntExact(flat * elem);
      int localAt = Math.toIntExact(row * run);
      if (toLocal) {
        System.arraycopy(global, globalAt, local, localAt, run);
      } else {
        System.arraycopy(local, localAt, global, globalAt, run);
      }
    }
  }
}
