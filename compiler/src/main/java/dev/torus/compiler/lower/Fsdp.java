package dev.torus.compiler.lower;

import com.google.common.collect.ImmutableList;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.dsl.RunShape;
import java.util.ArrayList;
import java.util.List;

/**
 * Fully sharded weights: with {@code fsdp > 1} every weight with a dimension (other than the layer
 * dimension of a stacked weight) that divides evenly is stored in {@code fsdp} shards along it, one per
 * device of the ring (or, with FSDP over the data-parallel axis, per replica), and all-gathered where
 * it is used: a layer's weights inside the layer loop,
 * one layer at a time, the embedding, final norm and output projection where they are applied.
 * Weights that do not divide stay whole on every device. A gather's gradient is a reduce-scatter, so
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
   * The dimension of {@code w} that is sharded, or -1 when it is kept whole: the first one (after
   * a stacked weight's layer dimension) that {@code fsdp} divides, so LLaMA-7B's 11008-wide MLP
   * matrices shard along their 4096 side over 1024 devices.
   */
  public static int shardedDim(WeightSpec w, RunShape shape) {
    if (shape.fsdp() == 1) {
      return -1;
    }
    for (int dim = w.perLayer() ? 1 : 0; dim < w.shape().size(); dim++) {
      if (w.shape().get(dim) % shape.fsdp() == 0) {
        return dim;
      }
    }
    return -1;
  }

  /** The shape one device holds. */
  public static ImmutableList<Long> localShape(WeightSpec w, RunShape shape) {
    int dim = shardedDim(w, shape);
    if (dim < 0) {
      return w.shape();
    }
    List<Long> local = new ArrayList<>(w.shape());
    local.set(dim, local.get(dim) / shape.fsdp());
    return ImmutableList.copyOf(local);
  }

  /**
   * The groups of partitions that share one sharded copy, shard i on the group's i-th member: each
   * data-parallel replica's ring, or with FSDP over the replicas each ring position's replicas.
   */
  public static List<List<Integer>> groups(RunShape shape) {
    return shape.fsdpOverRing() ? rings(shape) : replicas(shape);
  }

  /** The groups that hold the same shards: the other mesh axis (each ring position's replicas, or each ring). */
  public static List<List<Integer>> holdersOfTheSameShard(RunShape shape) {
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

  /** The whole of a shard sharded along {@code dim} (all-gathered over its FSDP axis); {@code dim < 0}: as it is. */
  public static Instruction gather(XlaBuilder b, Instruction shard, int dim, RunShape shape) {
    return dim < 0 ? shard : b.named("fsdp_gathered", b.allGather(shard, dim, groups(shape)));
  }

  /** The whole of weight {@code w} given what this device holds of it. */
  public static Instruction whole(XlaBuilder b, WeightSpec w, Instruction held, RunShape shape) {
    return gather(b, held, shardedDim(w, shape), shape);
  }
}
