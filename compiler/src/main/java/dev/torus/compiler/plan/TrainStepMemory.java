package dev.torus.compiler.plan;

import dev.torus.compiler.hardware.Hardware;
import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.lower.Fsdp;
import dev.torus.compiler.lower.ModelWeights;
import dev.torus.compiler.lower.Remat;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.compiler.train.TrainPrecision;

/**
 * The HBM per device of the train step Torus itself emits with the ring and FSDP over all
 * {@code devices} ({@code compile --task train --ring N --fsdp N}), as opposed to {@link
 * ContextPlanner}'s plan under the paper's assumptions. Terms, per device:
 * <ul>
 *   <li>state: each weight's local part (a shard, padded where no dimension divides N, by
 *       {@link Fsdp}'s rule) as parameter and two f32 moments, in and out: the program's outputs do
 *       not alias its inputs (libtpu's fixed 76.59 GiB for LLaMA-3B on v4-1024, when its weights
 *       stayed whole before padded shards, was exactly 24 bytes per f32 parameter);
 *   <li>gathered weights: the current and the prefetched layer's whole weights and the current one's
 *       f32 gradient, or the embedding and head if larger;
 *   <li>per token: what the remat policy keeps for the backward pass, f32, in every layer ({@link
 *       Remat#keptPerToken}: the layer input, 4 L h bytes, under {@code layer-inputs}; also every
 *       product and attention's output and statistics under {@code projections}; every residual under
 *       {@code none}) and one layer's backward working set of {@link #WORKING_SET} f32 [tokens, width]
 *       tensors;
 *   <li>the loss: f32 logits of one block and their gradient.
 * </ul>
 * {@link #WORKING_SET} is calibrated against libtpu: {@code tpu-check --max-context} measured
 * 14 (tiny on v4-8), 19 (LLaMA-7B on v4-1024) and 25 (LLaMA-13B on v4-1024) such tensors per token
 * at the first context that did not fit (bench/results/09-max-context.md).
 *
 * <p>The artifact's step ({@link #plan(ModelSpec, Hardware, int, Remat, TrainPrecision)} with a
 * precision; what {@code tpu-check --max-context} compiles since issue 19) aliases its state: each
 * local parameter is counted once as f32 parameter and two moments, plus its f32 gradient shard and,
 * under {@code bf16-mixed}, its rounded bf16 copy. Under {@code bf16-mixed} the kept values are bf16
 * (the layer loop stores its f32 residual stream rounded) and so are the gathered weights; the
 * backward working set, whose f32 accumulators (dQ, dK, dV, the residual stream's cotangent) stay
 * f32, is {@link #MIXED_WORKING_SET_BYTES} bytes per token and unit of width, calibrated on LLaMA-7B
 * on v4-1024 (libtpu's temporaries at 32K tokens per device).
 */
public final class TrainStepMemory {
  /** f32 [tokens, width] tensors live in one layer's backward pass (calibrated; see the class comment). */
  public static final int WORKING_SET = 20;

  /** Bytes per token and unit of width of one layer's backward working set under {@code bf16-mixed} (calibrated). */
  public static final int MIXED_WORKING_SET_BYTES = 44;

  private TrainStepMemory() {}

  /** Bytes per device by term, at {@code perDevice} tokens per device. */
  public record Memory(long state, long gatheredWeights, long perToken, long tokens, long lossChunk) {
    public long total() {
      return state + gatheredWeights + perToken * tokens + lossChunk;
    }
  }

  /**
   * The plan: the longest per-device length (a multiple of {@link ContextPlanner#GRANULE}, 0 when
   * none fits) and the memory there; {@code wholeWeights} names the weights (with their shapes) kept
   * whole on every device (only stacked weights of rank 1, which have no dimension to shard);
   * {@code paddedWeights} those no dimension of which N divides, sharded padded ({@link Fsdp}).
   */
  public record Plan(String model, String hardware, int devices, long perDevice, long maxContext, Memory memory,
      ImmutableList<String> wholeWeights, ImmutableList<String> assumptions, ImmutableList<String> paddedWeights) {}

  public static Memory memory(ModelSpec model, int devices, long perDevice) {
    return memory(model, devices, perDevice, Remat.LAYER_INPUTS);
  }

  /** {@link #memory(ModelSpec, int, long)} of the step whose layer loop keeps what {@code remat} says. */
  public static Memory memory(ModelSpec model, int devices, long perDevice, Remat remat) {
    return memory(model, devices, perDevice, remat, null);
  }

  /**
   * {@link #memory(ModelSpec, int, long, Remat)} of the artifact's step ({@code compile --task train
   * --precision P}): its parameters and moments alias the updated ones, so they are counted once, and
   * with {@code bf16-mixed} the kept values, the backward's working set and the gathered weights are bf16;
   * {@code precision} null: the f32 step without aliases that issue 8 measured.
   */
  public static Memory memory(ModelSpec model, int devices, long perDevice, Remat remat, TrainPrecision precision) {
    checkArgument(devices >= 1 && perDevice >= 0, "train-step memory: %s devices, %s tokens", devices, perDevice);
    RunShape shape = RunShape.ring(1, devices, BlockSizes.uniform(1), devices, TokenLayout.STRIPED, 1).withFsdp(devices);
    long p = model.paramType().byteSize();
    boolean aliased = precision != null;
    long a = aliased && precision == TrainPrecision.BF16_MIXED ? precision.computeType().byteSize() : p;
    // Per local parameter: unaliased, parameter and two f32 moments in and out; aliased, once, with the
    // f32 gradient shard and (mixed) the rounded copy the forward gathers.
    long perLocal = aliased ? p + 8 + 4 + (a == p ? 0 : a) : 2 * p + 4 * 4;
    long state = 0;
    long layer = 0;
    long embedding = 0;
    for (WeightSpec w : ModelWeights.of(model)) {
      long local = Fsdp.localShape(w, shape).stream().mapToLong(Long::longValue).reduce(1, Math::multiplyExact);
      state += local * perLocal;
      long whole = w.shape().stream().mapToLong(Long::longValue).reduce(1, Math::multiplyExact);
      if (w.perLayer()) {
        layer += whole / model.depth();
      } else {
        embedding += whole;
      }
    }
    long gathered = Math.max(layer * (2 * a + 4), embedding * a);
    long h = model.width();
    long perToken = a * remat.keptPerToken(model) * model.depth() + h * (a == 4 ? 4L * WORKING_SET : MIXED_WORKING_SET_BYTES);
    long block = ContextPlanner.innerBlock(Math.max(perDevice, 1));
    long loss = 2 * 4 * block * model.vocabSize();
    return new Memory(state, gathered, perToken, perDevice, loss);
  }

  public static Plan plan(ModelSpec model, Hardware hw, int devices) {
    return plan(model, hw, devices, Remat.LAYER_INPUTS);
  }

  /** {@link #plan(ModelSpec, Hardware, int)} of the step whose layer loop keeps what {@code remat} says. */
  public static Plan plan(ModelSpec model, Hardware hw, int devices, Remat remat) {
    return plan(model, hw, devices, remat, null);
  }

  /**
   * The plan of the artifact's train step ({@code compile --task train --precision P --remat R}: state
   * aliased, counted once); {@code precision} null plans the step without aliases that
   * {@code tpu-check --max-context} compiled before (issue 8's table).
   */
  public static Plan plan(ModelSpec model, Hardware hw, int devices, Remat remat, TrainPrecision precision) {
    long lo = 0;
    long hi = 1;
    while (fits(model, hw, devices, hi, remat, precision) && hi < (1L << 24)) {
      lo = hi;
      hi *= 2;
    }
    while (hi - lo > 1) {
      long mid = (lo + hi) >>> 1;
      if (fits(model, hw, devices, mid, remat, precision)) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    long perDevice = lo * ContextPlanner.GRANULE;
    RunShape shape = RunShape.ring(1, devices, BlockSizes.uniform(1), devices, TokenLayout.STRIPED, 1).withFsdp(devices);
    ImmutableList<String> whole = ModelWeights.of(model).stream().filter(w -> Fsdp.shardedDim(w, shape) < 0)
        .map(w -> w.name() + " " + w.shape()).collect(ImmutableList.toImmutableList());
    ImmutableList<String> padded = ModelWeights.of(model).stream().filter(w -> Fsdp.padding(w, shape) > 0)
        .map(w -> w.name() + " " + w.shape() + " -> " + Fsdp.localShape(w, shape) + " per device")
        .collect(ImmutableList.toImmutableList());
    return new Plan(model.name(), hw.cliName(), devices, perDevice, perDevice * devices,
        memory(model, devices, Math.max(perDevice, ContextPlanner.GRANULE), remat, precision), whole, ImmutableList.of(
            precision == null
                ? "Torus's own train step: " + model.paramType().xlaName() + " parameters, ring and FSDP over all "
                    + devices + " devices, striped, outputs not aliased to inputs (parameters and f32 moments, in and"
                    + " out: " + (2 * model.paramType().byteSize() + 16) + " bytes per local parameter)"
                : "Torus's own train step (compile --task train --precision " + precision.spelling() + "): "
                    + model.paramType().xlaName() + " parameters, ring and FSDP over all " + devices + " devices,"
                    + " striped, parameters and f32 moments aliased to the updated ones (counted once, with the f32"
                    + " gradient shard" + (precision == TrainPrecision.BF16_MIXED ? " and the bf16 copy" : "") + ")",
            "weights with no dimension that " + devices + " divides are sharded padded with zeros to a multiple of "
                + devices + " (" + padded.size() + " here); " + whole.size() + " stay whole on every device",
            "per token: what --remat " + remat.label() + " keeps, " + remat.keptPerToken(model) + " "
                + (precision == TrainPrecision.BF16_MIXED ? "bf16" : "f32") + " values in each of"
                + " the " + model.depth() + " layers (" + (remat == Remat.LAYER_INPUTS ? "the layer's input"
                : remat == Remat.PROJECTIONS ? "the layer's input, every product, attention's output and statistics"
                : "every residual") + "), and " + (precision == TrainPrecision.BF16_MIXED
                ? MIXED_WORKING_SET_BYTES + " bytes per unit of width" : WORKING_SET + " f32 [tokens, width] tensors")
                + " of one layer's backward, a figure calibrated against libtpu (tpu-check --max-context)"), padded);
  }

  private static boolean fits(ModelSpec model, Hardware hw, int devices, long granules, Remat remat,
      TrainPrecision precision) {
    return memory(model, devices, granules * ContextPlanner.GRANULE, remat, precision).total() <= hw.hbmBytes();
  }
}
