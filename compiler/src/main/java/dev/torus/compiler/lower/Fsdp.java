package dev.torus.compiler.lower;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.torus.artifact.DType;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.dsl.RunShape;
import java.util.ArrayList;
import java.util.List;

/**
 * Fully sharded weights: with {@code fsdp > 1} every weight is stored in {@code fsdp} shards along one
 * dimension (never the layer dimension of a stacked weight), one per device of the ring (or, with
 * FSDP over the data-parallel axis, per replica; or, with FSDP over both, per device of the mesh), and
 * all-gathered where it is used: a layer's weights inside the layer loop, one layer ahead
 * ({@link LayerPrefetch}), the embedding, final norm and output projection where they are applied.
 *
 * <p>A weight with no dimension that {@code fsdp} divides is <em>padded</em>: the dimension that
 * needs the fewest zero entries is stored at the next multiple of {@code fsdp} ({@link #localShape}
 * is its padded size over {@code fsdp}), the last shards holding zeros past the true size. The pad is
 * sliced off right after the gather, so it never reaches a matmul, the logits or the loss; the
 * slice's gradient is zero there, so the reduce-scatter gives the pad a zero gradient and AdamW keeps
 * it exactly zero (zero moments, zero update, and weight decay of zero is zero). Only a stacked weight
 * of rank 1 (no dimension besides the layers) stays whole. A gather's gradient is a reduce-scatter, so
 * a training step's gradients come out sharded like the weights.
 */
public final class Fsdp {
  /**
   * The libtpu flags ({@code LIBTPU_INIT_ARGS}) a program with sharded weights is meant to be
   * compiled and run with. libtpu 0.0.42.1 keeps all-gathers synchronous by default; with these they
   * are asynchronous start/done pairs, several in flight, so the layer loop's gathers of the next
   * layer's weights run under this layer's compute (TrainProgramTest checks the schedule).
   * Programs without sharded weights do better without them (the ring's backward transfers were
   * hidden less well in the tiny train step's schedule).
   */
  public static final ImmutableList<String> LIBTPU_FLAGS =
      ImmutableList.of("--xla_enable_async_all_gather=true", "--xla_max_concurrent_async_all_gathers=8");

  private Fsdp() {}

  /**
   * The dimension of {@code w} that is sharded, or -1 when it is kept whole ({@code fsdp} 1, or a
   * stacked weight of rank 1): the first one (after a stacked weight's layer dimension) that
   * {@code fsdp} divides, so LLaMA-7B's 11008-wide MLP matrices shard along their 4096 side over 1024
   * devices; when none divides, the one whose padding to a multiple of {@code fsdp} adds the fewest
   * zero entries (the first of equals), so LLaMA-3B's [8640, 3200] MLP matrices shard along 8640,
   * padded to 9216 over 1024 devices.
   */
  public static int shardedDim(WeightSpec w, RunShape shape) {
    if (shape.fsdp() == 1) {
      return -1;
    }
    int first = w.perLayer() ? 1 : 0;
    for (int dim = first; dim < w.shape().size(); dim++) {
      if (w.shape().get(dim) % shape.fsdp() == 0) {
        return dim;
      }
    }
    int best = -1;
    long fewest = Long.MAX_VALUE;
    long elements = w.shape().stream().reduce(1L, Math::multiplyExact);
    for (int dim = first; dim < w.shape().size(); dim++) {
      long size = w.shape().get(dim);
      long pad = size == 0 ? 0 : (padded(size, shape.fsdp()) - size) * (elements / size);
      if (pad < fewest) {
        fewest = pad;
        best = dim;
      }
    }
    return best;
  }

  /** {@code size} rounded up to a multiple of {@code fsdp}. */
  public static long padded(long size, int fsdp) {
    return Math.ceilDiv(size, fsdp) * fsdp;
  }

  /** The zero entries appended to {@code w}'s sharded dimension (0 when it divides or is whole). */
  public static long padding(WeightSpec w, RunShape shape) {
    int dim = shardedDim(w, shape);
    return dim < 0 ? 0 : padded(w.shape().get(dim), shape.fsdp()) - w.shape().get(dim);
  }

  /** The shape one device holds: the sharded dimension's padded size over {@code fsdp}. */
  public static ImmutableList<Long> localShape(WeightSpec w, RunShape shape) {
    int dim = shardedDim(w, shape);
    if (dim < 0) {
      return w.shape();
    }
    List<Long> local = new ArrayList<>(w.shape());
    local.set(dim, Math.ceilDiv(local.get(dim), shape.fsdp()));
    return ImmutableList.copyOf(local);
  }

  /**
   * The groups of partitions that share one sharded copy, shard i on the group's i-th member: each
   * data-parallel replica's ring, or with FSDP over the replicas each ring position's replicas, or
   * with FSDP over both axes all partitions in partition order.
   */
  public static List<List<Integer>> groups(RunShape shape) {
    if (shape.fsdpOverMesh()) {
      return List.of(java.util.stream.IntStream.range(0, shape.devices()).boxed().toList());
    }
    return shape.fsdpOverRing() ? rings(shape) : replicas(shape);
  }

  /**
   * The groups that hold the same shards: the other mesh axis (each ring position's replicas, or each
   * ring); with FSDP over both axes every partition alone.
   */
  public static List<List<Integer>> holdersOfTheSameShard(RunShape shape) {
    if (shape.fsdpOverMesh()) {
      return java.util.stream.IntStream.range(0, shape.devices()).mapToObj(p -> List.of(p)).toList();
    }
    return shape.fsdpOverRing() ? replicas(shape) : rings(shape);
  }

  /** Each data-parallel replica's ring: partitions {@code d * ring + r}, r = 0 .. ring - 1. */
  public static List<List<Integer>> rings(RunShape shape) {
    return groups(shape.dp(), shape.ring(), (d, r) -> d * shape.ring() + r);
  }

  /** Each ring position's replicas: partitions {@code d * ring + r}, d = 0 .. dp - 1. */
  public static List<List<Integer>> replicas(RunShape shape) {
    return groups(shape.ring(), shape.dp(), (r, d) -> d * shape.ring() + r);
  }

  private static List<List<Integer>> groups(int count, int size, java.util.function.IntBinaryOperator partition) {
    List<List<Integer>> groups = new ArrayList<>();
    for (int g = 0; g < count; g++) {
      List<Integer> members = new ArrayList<>();
      for (int m = 0; m < size; m++) {
        members.add(partition.applyAsInt(g, m));
      }
      groups.add(members);
    }
    return groups;
  }

  /**
   * The whole of a shard sharded along {@code dim} (all-gathered over its FSDP axis, then cut to the
   * true {@code size} when padded); {@code dim < 0}: as it is.
   */
  public static Instruction gather(XlaBuilder b, Instruction shard, int dim, long size, RunShape shape) {
    if (dim < 0) {
      return shard;
    }
    Instruction gathered = b.named("fsdp_gathered", b.allGather(shard, dim, groups(shape)));
    return gathered.arrayShape().dim(dim) == size ? gathered
        : b.named("fsdp_unpadded", b.sliceInDim(gathered, 0, size, dim));
  }

  /** The whole of weight {@code w} given what this device holds of it. */
  public static Instruction whole(XlaBuilder b, WeightSpec w, Instruction held, RunShape shape) {
    int dim = shardedDim(w, shape);
    return gather(b, held, dim, dim < 0 ? -1 : w.shape().get(dim), shape);
  }

  /**
   * Layer {@code layer} of stacked weight {@code all}, whole: sliced out and, when stored sharded
   * along {@code dim} of the stacked weight (true size {@code size}), all-gathered ({@code dim < 0}:
   * not sharded).
   */
  static Instruction layerWeight(XlaBuilder b, Instruction all, Instruction layer, int dim, long size, RunShape shape) {
    Instruction held = Shapes.dropLeading(b, b.dynamicSlice(all, Shapes.startAt(b, all.arrayShape().rank(), 0, layer),
        Shapes.with(all.arrayShape(), 0, 1)));
    return gather(b, held, dim < 0 ? -1 : dim - 1, size, shape);   // the stacked dim 1 is dim 0 of one layer
  }

  /**
   * The layer loop's prefetch of sharded layer weights: the loop carries the stacked weights from
   * index {@code firstWeight}, then the current layer's whole value of each sharded one, and each
   * iteration all-gathers the next layer's while this one computes, so that the gather can overlap
   * the layer's compute (the last iteration gathers its own layer again). The first layer's are
   * gathered before the loop. A backward pass gathers them again rather than keeping them
   * ({@link Scan.Role#RECOMPUTED}). {@code shardedDims} holds each stacked weight's sharded dimension,
   * -1 for one kept whole, and {@code sizes} its true size along that dimension (-1 when whole).
   */
  public record LayerPrefetch(RunShape shape, int depth, ImmutableList<Integer> shardedDims, ImmutableList<Long> sizes,
      int firstWeight) {

    /** This layer's whole weights, one per stacked weight, and the next layer's gathered ones. */
    public record Layer(ImmutableList<Instruction> weights, ImmutableList<Instruction> following) {}

    /** The prefetch of the stacked weights {@code stacked} of a model of {@code depth} layers. */
    public static LayerPrefetch of(List<WeightSpec> stacked, RunShape shape, int depth, int firstWeight) {
      ImmutableList<Integer> dims = stacked.stream().map(w -> shardedDim(w, shape))
          .collect(ImmutableList.toImmutableList());
      ImmutableList.Builder<Long> sizes = ImmutableList.builder();
      for (int k = 0; k < stacked.size(); k++) {
        sizes.add(dims.get(k) < 0 ? -1L : stacked.get(k).shape().get(dims.get(k)));
      }
      return new LayerPrefetch(shape, depth, dims, sizes.build(), firstWeight);
    }

    /** Where the loop carries the first gathered weight: right after the stacked ones. */
    public int firstGathered() {
      return firstWeight + shardedDims.size();
    }

    /** Layer 0 of every sharded stacked weight in {@code carried}, whole: the gathered values the loop starts with. */
    public List<Instruction> firstLayer(XlaBuilder b, List<Instruction> carried) {
      List<Instruction> gathered = new ArrayList<>();
      for (int k = 0; k < shardedDims.size(); k++) {
        if (shardedDims.get(k) >= 0) {
          gathered.add(layerWeight(b, carried.get(firstWeight + k), b.constant(DType.S32, 0), shardedDims.get(k),
              sizes.get(k), shape));
        }
      }
      return gathered;
    }

    /** How the backward pass rebuilds each gathered value at an iteration, by carried index. */
    public ImmutableMap<Integer, Scan.Recompute> recompute() {
      ImmutableMap.Builder<Integer, Scan.Recompute> recompute = ImmutableMap.builder();
      for (int k = 0, j = 0; k < shardedDims.size(); k++) {
        int dim = shardedDims.get(k);
        long size = sizes.get(k);
        if (dim >= 0) {
          int weight = firstWeight + k;
          recompute.put(firstGathered() + j++, (bb, i, c) -> layerWeight(bb, c.get(weight), i, dim, size, shape));
        }
      }
      return recompute.buildOrThrow();
    }

    /**
     * In the loop body at iteration {@code layer}, with the loop's {@code carried} values: this
     * layer's whole weights (the gathered ones as carried, the others sliced out), and the next
     * layer's gathered weights, all-gathered under the op name {@link ProgramNames#FSDP_PREFETCH_OP}.
     */
    public Layer layer(XlaBuilder body, Instruction layer, List<Instruction> carried) {
      ImmutableList.Builder<Instruction> following = ImmutableList.builder();
      if (shardedDims.stream().anyMatch(dim -> dim >= 0)) {
        body.withOpName(ProgramNames.FSDP_PREFETCH_OP);
        Instruction next = body.minimum(body.add(layer, body.constant(DType.S32, 1)),
            body.constant(DType.S32, depth - 1));
        for (int k = 0; k < shardedDims.size(); k++) {
          if (shardedDims.get(k) >= 0) {
            following.add(layerWeight(body, carried.get(firstWeight + k), next, shardedDims.get(k), sizes.get(k),
                shape));
          }
        }
      }
      ImmutableList.Builder<Instruction> weights = ImmutableList.builder();
      for (int k = 0, j = 0; k < shardedDims.size(); k++) {
        weights.add(shardedDims.get(k) >= 0 ? carried.get(firstGathered() + j++)
            : layerWeight(body, carried.get(firstWeight + k), layer, -1, -1, shape));
      }
      return new Layer(weights.build(), following.build());
    }
  }
}
