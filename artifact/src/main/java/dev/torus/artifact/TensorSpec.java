package dev.torus.artifact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One input or output of an entry point.
 *
 * <p>A tensor is replicated (no sharding, per-device shape equal to the global one) or split evenly
 * along some dimensions, each over its own mesh axis (e.g. the batch over {@code dp} and the
 * sequence over {@code ring}): then {@code globalShape[d] == perDeviceShape[d] * size(axis)} for each
 * sharded dimension and every other dimension is equal. Which piece a device holds follows its
 * coordinates on the mesh ({@link Mesh#partitionIdOrder}). The mesh-dependent part is checked by
 * {@link Manifest}.
 *
 * @param name unique among the entry point's inputs (or outputs)
 * @param role what the tensor is ({@link Role}): {@code weight}, {@code tokens}, {@code targets}, {@code state},
 *     {@code logits}, {@code loss}, {@code activation}...
 * @param globalShape the whole tensor's shape
 * @param perDeviceShape the shape one device's program sees; same rank as {@code globalShape}
 * @param sharding the dimensions split over mesh axes; empty when replicated
 * @param hfName for weights: the Hugging Face checkpoint tensor name, else null
 * @param transpose for weights: whether the checkpoint tensor is stored transposed, else null
 * @param hfRows for a weight stored fused with others (Phi-3's {@code qkv_proj}): the rows
 *     {@code [start, end)} of the checkpoint tensor {@code hfName} (of each layer's, when stacked)
 *     that are this weight; null when the weight is the whole checkpoint tensor
 */
public record TensorSpec(
    String name,
    Role role,
    DType dtype,
    ImmutableList<Long> globalShape,
    ImmutableList<Long> perDeviceShape,
    ImmutableList<Sharding> sharding,
    @Nullable String hfName,
    @Nullable Boolean transpose,
    @Nullable ImmutableList<Long> hfRows) {

  /**
   * In {@code hfName}, stands for the layer index: the tensor is stacked over layers along
   * dimension 0, layer i stored as {@code hfName} with the placeholder replaced by i.
   */
  public static final String LAYER = "{layer}";

  /**
   * Dimension {@code dim} is split evenly over mesh axis {@code axis}: piece i on the devices with axis
   * index i. Two optional fields, written only when used, so a manifest without them reads as before:
   *
   * @param innerAxes further mesh axes that split each piece of {@code axis} again, major to minor:
   *     the dimension is split over the product of the axes' sizes, piece i on the devices whose
   *     coordinates on ({@code axis}, innerAxes...) are i in row-major order (weights sharded over
   *     both {@code dp} and {@code ring}: piece p on partition p)
   * @param pad zero entries appended to the dimension before it is split, so that it divides evenly:
   *     {@code globalShape[dim] + pad == perDeviceShape[dim] * pieces}; the global shape stays the true
   *     one, and the last pieces hold the zeros (a padded weight shard)
   */
  public record Sharding(int dim, String axis,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) ImmutableList<String> innerAxes,
      @JsonInclude(JsonInclude.Include.NON_DEFAULT) long pad) {
    public Sharding {
      checkArgument(axis != null && !axis.isBlank(), "the sharding of dimension %s names no mesh axis", dim);
      innerAxes = innerAxes == null ? ImmutableList.of() : ImmutableList.copyOf(innerAxes);
      checkArgument(pad >= 0, "the sharding of dimension %s has pad %s < 0", dim, pad);
    }

    /** Split over one axis, not padded. */
    public Sharding(int dim, String axis) {
      this(dim, axis, ImmutableList.of(), 0);
    }

    /** Every axis that splits the dimension, major to minor: {@code axis}, then {@code innerAxes}. */
    public ImmutableList<String> axes() {
      return ImmutableList.<String>builder().add(axis).addAll(innerAxes).build();
    }

    /** The number of pieces the dimension is split into on {@code mesh}. */
    public int pieces(Mesh mesh) {
      int n = 1;
      for (String a : axes()) {
        n *= mesh.axis(a).map(Mesh.Axis::size).orElseThrow(() -> new IllegalArgumentException(
            "the sharding of dimension " + dim + " names mesh axis '" + a + "', which mesh " + mesh + " lacks"));
      }
      return n;
    }

    /** Which piece of the dimension partition {@code p} of {@code mesh} holds. */
    public int piece(Mesh mesh, int p) {
      int index = 0;
      for (String a : axes()) {
        index = index * mesh.axis(a).orElseThrow().size() + mesh.coordinate(p, a);
      }
      return index;
    }
  }

  public TensorSpec {
    checkArgument(name != null && !name.isBlank(), "tensor name must be non-empty, got '%s'", name);
    checkNotNull(role, "tensor '%s': role missing", name);
    checkNotNull(dtype, "tensor '%s': dtype missing", name);
    checkNotNull(globalShape, "tensor '%s': globalShape missing", name);
    checkNotNull(perDeviceShape, "tensor '%s': perDeviceShape missing", name);
    globalShape = ImmutableList.copyOf(globalShape);
    perDeviceShape = ImmutableList.copyOf(perDeviceShape);
    sharding = sharding == null ? ImmutableList.of() : ImmutableList.copyOf(sharding);
    checkArgument(
        globalShape.size() == perDeviceShape.size(),
        "tensor '%s': perDeviceShape %s has rank %s, globalShape %s has rank %s",
        name, perDeviceShape, perDeviceShape.size(), globalShape, globalShape.size());
    for (int d = 0; d < globalShape.size(); d++) {
      checkArgument(
          globalShape.get(d) >= 0 && perDeviceShape.get(d) >= 0,
          "tensor '%s': globalShape and perDeviceShape dimensions must be >= 0, got globalShape %s, perDeviceShape %s",
          name, globalShape, perDeviceShape);
    }
    java.util.Set<Integer> dims = new java.util.HashSet<>();
    java.util.Set<String> axes = new java.util.HashSet<>();
    for (int k = 0; k < sharding.size(); k++) {
      Sharding sh = sharding.get(k);
      checkArgument(sh.dim() >= 0 && sh.dim() < globalShape.size(),
          "tensor '%s': sharding[%s].dim %s is out of range for rank %s", name, k, sh.dim(), globalShape.size());
      checkArgument(dims.add(sh.dim()), "tensor '%s': sharding[%s].dim %s is sharded twice", name, k, sh.dim());
      for (String axis : sh.axes()) {
        checkArgument(axes.add(axis), "tensor '%s': sharding[%s].axis '%s' shards two dimensions", name, k, axis);
      }
    }
    for (int d = 0; d < globalShape.size(); d++) {
      checkArgument(dims.contains(d) || globalShape.get(d).equals(perDeviceShape.get(d)),
          "tensor '%s': dimension %s is not sharded, but perDeviceShape %s differs from globalShape %s there",
          name, d, perDeviceShape, globalShape);
    }
    if (hfRows != null) {
      hfRows = ImmutableList.copyOf(hfRows);
      checkArgument(hfName != null, "tensor '%s': hfRows %s needs an hfName", name, hfRows);
      int rowDim = hfName.contains(LAYER) ? 1 : 0;
      checkArgument(hfRows.size() == 2 && hfRows.get(0) >= 0 && hfRows.get(0) < hfRows.get(1),
          "tensor '%s': hfRows %s must be [start, end) with 0 <= start < end", name, hfRows);
      checkArgument(globalShape.size() > rowDim && hfRows.get(1) - hfRows.get(0) == globalShape.get(rowDim),
          "tensor '%s': hfRows %s hold %s rows of '%s', but globalShape %s has %s there", name, hfRows,
          hfRows.get(1) - hfRows.get(0), hfName, globalShape,
          globalShape.size() > rowDim ? globalShape.get(rowDim) : "no dimension " + rowDim);
    }
  }

  /** A spec of a whole checkpoint tensor (no {@code hfRows}). */
  public TensorSpec(String name, Role role, DType dtype, ImmutableList<Long> globalShape,
      ImmutableList<Long> perDeviceShape, ImmutableList<Sharding> sharding, @Nullable String hfName,
      @Nullable Boolean transpose) {
    this(name, role, dtype, globalShape, perDeviceShape, sharding, hfName, transpose, null);
  }

  /** A replicated tensor: per-device shape = global shape. */
  public static TensorSpec replicated(String name, Role role, DType dtype, List<Long> shape) {
    return new TensorSpec(name, role, dtype, ImmutableList.copyOf(shape), ImmutableList.copyOf(shape),
        ImmutableList.of(), null, null);
  }

  /** A tensor split along {@code shardedDim} over {@code meshAxis}. */
  public static TensorSpec sharded(
      String name, Role role, DType dtype, List<Long> globalShape, List<Long> perDeviceShape,
      int shardedDim, String meshAxis) {
    return sharded(name, role, dtype, globalShape, perDeviceShape, List.of(new Sharding(shardedDim, meshAxis)));
  }

  /**
   * The shape of the padded whole: the global shape with every sharded dimension's pad added
   * ({@code perDeviceShape[d] * pieces}); the global shape itself when nothing is padded.
   */
  public ImmutableList<Long> paddedShape() {
    if (sharding.stream().allMatch(s -> s.pad() == 0)) {
      return globalShape;
    }
    java.util.List<Long> shape = new java.util.ArrayList<>(globalShape);
    sharding.forEach(s -> shape.set(s.dim(), shape.get(s.dim()) + s.pad()));
    return ImmutableList.copyOf(shape);
  }

  /** A tensor split along several dimensions, each over its own mesh axis. */
  public static TensorSpec sharded(String name, Role role, DType dtype, List<Long> globalShape,
      List<Long> perDeviceShape, List<Sharding> sharding) {
    return new TensorSpec(name, role, dtype, ImmutableList.copyOf(globalShape), ImmutableList.copyOf(perDeviceShape),
        ImmutableList.copyOf(sharding), null, null);
  }

  /** This spec with the Hugging Face checkpoint name and transpose flag set. */
  public TensorSpec withHfName(String hfName, boolean transpose) {
    return new TensorSpec(name, role, dtype, globalShape, perDeviceShape, sharding, hfName, transpose, hfRows);
  }

  /**
   * This spec as rows {@code [start, end)} of the checkpoint tensor {@code hfName} (of each layer's
   * when stacked), which holds other weights' rows too.
   */
  public TensorSpec withHfRows(String hfName, long start, long end) {
    return new TensorSpec(name, role, dtype, globalShape, perDeviceShape, sharding, hfName, false,
        ImmutableList.of(start, end));
  }

  /** The first row of {@code hfName} that is this weight (0 when the weight is the whole tensor). */
  public long hfRowStart() {
    return hfRows == null ? 0 : hfRows.get(0);
  }

  /** This spec as the emulated single-device program sees it: replicated at the global shape. */
  public TensorSpec asGlobal() {
    return new TensorSpec(name, role, dtype, globalShape, globalShape, ImmutableList.of(), hfName, transpose, hfRows);
  }

  /** Bytes of one device's piece. */
  public long perDeviceBytes() {
    return perDeviceShape.stream().reduce(1L, Math::multiplyExact) * dtype.byteSize();
  }

  /** Per-device type, e.g. {@code f32[4,8]}. */
  public String perDeviceType() {
    return HostTensor.typeString(dtype, perDeviceShape);
  }

  /**
   * Checks the sharding against {@code mesh}; messages start with {@code where} (this spec's path in
   * the manifest) and name the field, the tensor, the axis and the sizes.
   */
  void checkAgainst(Mesh mesh, String where) {
    for (int k = 0; k < sharding.size(); k++) {
      Sharding sh = sharding.get(k);
      int shardingIndex = k;
      Mesh.Axis axis = mesh.axis(sh.axis()).orElseThrow(() -> new IllegalArgumentException(
          where + ".sharding[" + shardingIndex + "].axis: tensor '" + name + "' is sharded over mesh axis '"
              + sh.axis() + "', which mesh " + mesh + " lacks"));
      int d = sh.dim();
      if (sh.innerAxes().isEmpty() && sh.pad() == 0) {
        checkArgument(globalShape.get(d) == perDeviceShape.get(d) * axis.size(),
            "%s.globalShape: tensor '%s': globalShape[%s] = %s must equal perDeviceShape[%s] = %s x mesh axis '%s'"
                + " size %s", where, name, d, globalShape.get(d), d, perDeviceShape.get(d), sh.axis(), axis.size());
        continue;
      }
      for (String inner : sh.innerAxes()) {
        checkArgument(mesh.axis(inner).isPresent(), "%s.sharding[%s].innerAxes: tensor '%s' is sharded over mesh axis"
            + " '%s', which mesh %s lacks", where, k, name, inner, mesh);
      }
      int pieces = sh.pieces(mesh);
      checkArgument(globalShape.get(d) + sh.pad() == perDeviceShape.get(d) * pieces,
          "%s.globalShape: tensor '%s': globalShape[%s] = %s plus pad %s must equal perDeviceShape[%s] = %s x mesh"
              + " axes %s size %s", where, name, d, globalShape.get(d), sh.pad(), d, perDeviceShape.get(d), sh.axes(),
          pieces);
    }
  }
}
