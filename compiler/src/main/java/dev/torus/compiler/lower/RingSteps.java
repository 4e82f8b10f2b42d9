package dev.torus.compiler.lower;

import static dev.torus.compiler.lower.ProgramNames.DK_HOME;
import static dev.torus.compiler.lower.ProgramNames.DK_PASSED;
import static dev.torus.compiler.lower.ProgramNames.DV_HOME;
import static dev.torus.compiler.lower.ProgramNames.DV_PASSED;
import static dev.torus.compiler.lower.ProgramNames.K_PASSED;
import static dev.torus.compiler.lower.ProgramNames.RING_KIND;
import static dev.torus.compiler.lower.ProgramNames.RING_KIND_GRAD;
import static dev.torus.compiler.lower.ProgramNames.RING_STEPS;
import static dev.torus.compiler.lower.ProgramNames.RING_STEPS_GRAD;
import static dev.torus.compiler.lower.ProgramNames.V_PASSED;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import dev.torus.compiler.ir.Attrs.SourceTarget;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.compiler.lower.BlockwiseAttention.Slot;
import java.util.ArrayList;
import java.util.List;

/**
 * Ring attention's steps on a ring of N devices, forward and backward: each device keeps its
 * queries, and key/value blocks travel to the right neighbour with {@code collective-permute}, so
 * that after N steps every device has attended to every block. The held block's key positions
 * follow from the ring index of the device it came from ({@link RingLayout#sourceAt}), so positions
 * never travel; with packed documents its segment ids are a slice of the whole ring's, gathered once
 * per program ({@link SequenceShard#segmentIds}), so they do not travel either. Each transfer's operand is a loop-carried value, not this step's result, so XLA can
 * overlap the transfer with the step's compute; the last block is attended after the loop, as it
 * need not travel on. With sliding windows on a ring, only the steps whose held block some local
 * query can see run ({@link RingLayout#passingSteps}, from the layer's window): a Mistral-style ring
 * of 8 with 8K tokens per device and a 4K window runs one step, not seven. When layers differ (a
 * Gemma-2-style model's windowed and global layers), each distinct count has its own loop, with a
 * static trip count and static transfers, in a {@code conditional} ({@link ProgramNames#RING_KIND})
 * whose index the layer's window gives ({@link SequenceShard#kindIndex}); a model whose layers all
 * run the same count has no conditional.
 */
final class RingSteps {
  private RingSteps() {}

  /** Attention against the block in hand, given a state whose key positions are that block's. */
  @FunctionalInterface
  interface HeldBlock {
    LoopState<Slot> attend(XlaBuilder b, LoopState<Slot> held);
  }

  /**
   * The forward's steps over a {@link BlockwiseAttention.Slot} state that carries this device's ring
   * index: at step t the device holds the block of ring device {@code (r - t) mod N}. Steps 0 to K
   * attend, with K the layer's count of {@link SequenceShard#passingCounts} (N-1, or fewer when its
   * sliding window hides the blocks of the later steps from every local query: those steps, and their
   * transfers, are not run). Returns the state after the last step.
   */
  static LoopState<Slot> forward(LoweringContext ctx, XlaBuilder b, SequenceShard shard, LoopState<Slot> state,
      HeldBlock attend) {
    ImmutableList<Integer> counts = shard.passingCounts();
    if (counts.size() == 1) {
      return forward(ctx, b, shard, state, attend, counts.get(0));
    }
    // Layers of different windows run different counts: one loop per count, each with its static
    // trip count and transfers, and the layer's window picks its loop.
    List<Branches.Branch> branches = new ArrayList<>();
    for (int passing : counts) {
      branches.add((bb, values) -> forward(ctx, bb, shard, state.over(values), attend, passing).values());
    }
    return state.over(Branches.run(ctx.module(), b, RING_KIND, shard.kindIndex(b), state.values(), branches));
  }

  /** {@link #forward} with {@code passing} steps that pass blocks on (then the last one). */
  private static LoopState<Slot> forward(LoweringContext ctx, XlaBuilder b, SequenceShard shard, LoopState<Slot> state,
      HeldBlock attend, int passing) {
    LoopState<Slot> steps = passing == 0 ? state : state.loop(ctx.module(), b, RING_STEPS, passing,
        (body, step, c) -> attendAtStep(body, c, shard, step, attend)
            .with(Slot.K, pass(body, c.get(Slot.K), shard, K_PASSED))
            .with(Slot.V, pass(body, c.get(Slot.V), shard, V_PASSED)));
    return attendAtStep(b, steps, shard, b.constant(DType.S32, passing), attend);
  }

  /** {@code attend} at ring step {@code step}, with the held block's key positions computed from the step. */
  private static LoopState<Slot> attendAtStep(XlaBuilder b, LoopState<Slot> state, SequenceShard shard,
      Instruction step, HeldBlock attend) {
    Instruction ringIndex = state.get(Slot.RING_INDEX);
    LoopState<Slot> held = state.without(Slot.RING_INDEX)
        .with(Slot.K_POSITIONS, heldPositions(b, shard, ringIndex, step));
    if (!state.has(Slot.RING_SEGMENTS)) {
      return attend.attend(b, held).without(Slot.K_POSITIONS).with(Slot.RING_INDEX, ringIndex);
    }
    Instruction ringSegments = state.get(Slot.RING_SEGMENTS);
    held = held.without(Slot.RING_SEGMENTS).with(Slot.K_SEGMENTS, heldSegments(b, shard, ringSegments, ringIndex, step));
    return attend.attend(b, held).without(Slot.K_POSITIONS).without(Slot.K_SEGMENTS)
        .with(Slot.RING_INDEX, ringIndex).with(Slot.RING_SEGMENTS, ringSegments);
  }

  /**
   * The state of the backward's ring steps: queries, the held keys and values, the output's
   * cotangent, log-sum-exp and {@code D = rowsum(dO o)}, the local queries' positions (and, packed,
   * segment ids; windowed, the window size), this device's ring index (and, packed, the whole ring's segment ids), the dQ
   * accumulator, then the dK and dV partials of the block held last, not yet sent.
   */
  enum GradSlot { Q, K, V, D_OUT, LSE, D_ROW, OUT, Q_POSITIONS, Q_SEGMENTS, WINDOW, RING_INDEX, RING_SEGMENTS, DQ, DK, DV }

  /** The local queries' gradients and the gradients of a key/value block's keys and values (f32). */
  record Grads(Instruction dq, Instruction dk, Instruction dv) {}

  /**
   * The local queries' share of the gradients for the block in hand: dQ accumulated onto the state's,
   * dK and dV onto zeros, with the block's key positions {@code keyPositions} and, packed, segment ids
   * {@code keySegments} (else null).
   */
  @FunctionalInterface
  interface HeldBlockGrads {
    Grads apply(XlaBuilder b, LoopState<GradSlot> state, Instruction keyPositions, Instruction keySegments);
  }

  /**
   * The backward's steps (as many as the forward's): K and V travel as in the forward, and each
   * block's dK, dV partial follows it one step behind; a device adds its local queries' share for the
   * block in hand to the partial that arrives for that block. Each step first sends the partial of
   * the block it held last (a loop-carried value, so the transfer can hide behind this step's compute)
   * and computes its share into fresh accumulators; the neighbour's partial for the same block arrives
   * meanwhile and is added at the end. After the last step K every block's partial holds the share of
   * every device that can see it, K places after its owner, and one transfer sends dK and dV those K
   * places back home ({@link RingLayout#pairsBack}; one step onward around the whole ring, N-1 back,
   * without a window).
   */
  static Grads backward(LoweringContext ctx, XlaBuilder b, SequenceShard shard, LoopState<GradSlot> state,
      HeldBlockGrads grads) {
    ImmutableList<Integer> counts = shard.passingCounts();
    if (counts.size() == 1) {
      return backward(ctx, b, shard, state, grads, counts.get(0));
    }
    List<Branches.Branch> branches = new ArrayList<>();
    for (int passing : counts) {
      branches.add((bb, values) -> {
        Grads g = backward(ctx, bb, shard, state.over(values), grads, passing);
        return List.of(g.dq(), g.dk(), g.dv());
      });
    }
    List<Instruction> g = Branches.run(ctx.module(), b, RING_KIND_GRAD, shard.kindIndex(b), state.values(), branches);
    return new Grads(g.get(0), g.get(1), g.get(2));
  }

  /** {@link #backward} with {@code passing} steps that pass blocks on (then the last one and the send home). */
  private static Grads backward(LoweringContext ctx, XlaBuilder b, SequenceShard shard, LoopState<GradSlot> state,
      HeldBlockGrads grads, int passing) {
    if (passing == 0) {
      return gradsAtStep(b, state, shard, b.constant(DType.S32, 0), grads);
    }
    LoopState<GradSlot> steps = state.loop(ctx.module(), b, RING_STEPS_GRAD, passing, (body, step, c) -> {
      Instruction dkIn = pass(body, c.get(GradSlot.DK), shard, DK_PASSED);
      Instruction dvIn = pass(body, c.get(GradSlot.DV), shard, DV_PASSED);
      Grads g = gradsAtStep(body, c, shard, step, grads);
      return c.with(GradSlot.K, pass(body, c.get(GradSlot.K), shard, K_PASSED))
          .with(GradSlot.V, pass(body, c.get(GradSlot.V), shard, V_PASSED))
          .with(GradSlot.DQ, g.dq())
          .with(GradSlot.DK, body.add(dkIn, g.dk()))
          .with(GradSlot.DV, body.add(dvIn, g.dv()));
    });
    Instruction dkIn = pass(b, steps.get(GradSlot.DK), shard, DK_PASSED);
    Instruction dvIn = pass(b, steps.get(GradSlot.DV), shard, DV_PASSED);
    Grads last = gradsAtStep(b, steps, shard, b.constant(DType.S32, passing), grads);
    ImmutableList<SourceTarget> home = passing == shard.ringSize() - 1 ? shard.ringPairs()
        : RingLayout.pairsBack(shard.shape(), passing);
    return new Grads(last.dq(), b.named(DK_HOME, b.collectivePermute(b.add(dkIn, last.dk()), home)),
        b.named(DV_HOME, b.collectivePermute(b.add(dvIn, last.dv()), home)));
  }

  /** {@code grads} at ring step {@code step}, with the held block's key positions computed from the step. */
  private static Grads gradsAtStep(XlaBuilder b, LoopState<GradSlot> state, SequenceShard shard, Instruction step,
      HeldBlockGrads grads) {
    Instruction ringIndex = state.get(GradSlot.RING_INDEX);
    Instruction positions = heldPositions(b, shard, ringIndex, step);
    return grads.apply(b, state, positions, state.has(GradSlot.RING_SEGMENTS)
        ? heldSegments(b, shard, state.get(GradSlot.RING_SEGMENTS), ringIndex, step) : null);
  }

  /** The global positions of the keys this device holds at ring step {@code step} ({@code s32[L]}). */
  private static Instruction heldPositions(XlaBuilder b, SequenceShard shard, Instruction ringIndex, Instruction step) {
    Instruction source = RingLayout.sourceAt(b, shard.shape(), ringIndex, step);
    return b.named("held_positions", RingLayout.positions(b, shard.shape(), source));
  }

  /**
   * The segment ids of the keys this device holds at ring step {@code step} ({@code s32[B, L]}): a
   * slice of the whole ring's {@code ringSegments}, so segment ids never travel with K and V.
   */
  private static Instruction heldSegments(XlaBuilder b, SequenceShard shard, Instruction ringSegments,
      Instruction ringIndex, Instruction step) {
    return shard.segmentsOf(b, ringSegments, RingLayout.sourceAt(b, shard.shape(), ringIndex, step));
  }

  /** {@code x} sent to the right ring neighbour, received from the left one, as instruction {@code name}. */
  private static Instruction pass(XlaBuilder b, Instruction x, SequenceShard shard, String name) {
    return b.named(name, b.collectivePermute(x, shard.ringPairs()));
  }
}
