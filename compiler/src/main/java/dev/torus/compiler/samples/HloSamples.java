package dev.torus.compiler.samples;

import static com.google.common.base.Preconditions.checkArgument;

import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.Attrs.ComparisonDirection;
import dev.torus.compiler.ir.Attrs.SourceTarget;
import dev.torus.compiler.ir.Computation;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.HloModuleBuilder;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.TupleShape;
import dev.torus.compiler.ir.XlaBuilder;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Small programs built directly with the HLO builder: the walking skeleton's golden set, the demo's
 * first step and the fixtures of the compiler's own tests. Each is a complete, verified module that
 * XLA parses, runs and compiles for TPU.
 */
public final class HloSamples {
  private HloSamples() {}

  /**
   * A SwiGLU feedforward block: {@code out = (silu(x Wg) * (x Wu)) Wd}, silu(z) = z * logistic(z).
   * Parameters: x f32[tokens, width], w_gate and w_up f32[width, hidden], w_down f32[hidden, width].
   */
  public static HloModule swigluMlp(int tokens, int width, int hidden) {
    HloModuleBuilder m = new HloModuleBuilder("mlp_swiglu", 1);
    XlaBuilder b = m.computation("main");
    Instruction x = b.parameter(0, Shape.array(DType.F32, tokens, width), "x");
    Instruction wGate = b.parameter(1, Shape.array(DType.F32, width, hidden), "w_gate");
    Instruction wUp = b.parameter(2, Shape.array(DType.F32, width, hidden), "w_up");
    Instruction wDown = b.parameter(3, Shape.array(DType.F32, hidden, width), "w_down");
    Attrs.Dot matmul = Attrs.Dot.contracting(1, 0);
    Instruction gate = b.named("gate", b.dot(x, wGate, matmul));
    Instruction up = b.named("up", b.dot(x, wUp, matmul));
    Instruction silu = b.named("silu", b.multiply(gate, b.logistic(gate)));
    Instruction h = b.named("hidden", b.multiply(silu, up));
    return m.build(b.build(b.named("out", b.dot(h, wDown, matmul))));
  }

  /** Row-wise softmax of f32[rows, cols], stabilised by subtracting each row's maximum. */
  public static HloModule stableSoftmax(int rows, int cols) {
    HloModuleBuilder m = new HloModuleBuilder("softmax_stable", 1);
    Computation max = XlaBuilder.scalarReducer(m, "max_f32", Opcode.MAXIMUM, DType.F32);
    Computation sum = XlaBuilder.scalarReducer(m, "add_f32", Opcode.ADD, DType.F32);
    XlaBuilder b = m.computation("main");
    ArrayShape shape = Shape.array(DType.F32, rows, cols);
    Instruction x = b.parameter(0, shape, "x");
    Instruction rowMax = b.named("row_max", b.reduce(x, b.constant(DType.F32, Double.NEGATIVE_INFINITY), max, 1));
    Instruction shifted = b.named("shifted", b.subtract(x, b.broadcast(rowMax, shape, 0)));
    Instruction e = b.named("e", b.exponential(shifted));
    Instruction denom = b.named("denominator", b.reduce(e, b.constant(DType.F32, 0), sum, 1));
    return m.build(b.build(b.named("softmax", b.divide(e, b.broadcast(denom, shape, 0)))));
  }

  /** {@code sum_{i < steps} (i + 1) * x} for x f32[n], as a counted {@code while} loop. */
  public static HloModule whileAccumulation(int steps, int n) {
    HloModuleBuilder m = new HloModuleBuilder("while_accumulate", 1);
    ArrayShape vec = Shape.array(DType.F32, n);
    TupleShape state = Shape.tuple(Shape.scalar(DType.S32), vec, vec);
    Computation cond = countedCondition(m, state, steps);

    XlaBuilder body = m.computation("body");
    Instruction s = body.parameter(0, state, "state");
    Instruction i = body.named("i", body.getTupleElement(s, 0));
    Instruction acc = body.named("acc", body.getTupleElement(s, 1));
    Instruction x = body.named("x", body.getTupleElement(s, 2));
    Instruction next = body.named("next_i", body.add(i, body.constant(DType.S32, 1)));
    Instruction weight = body.broadcastScalar(body.convert(next, DType.F32), n);
    Instruction acc2 = body.named("new_acc", body.add(acc, body.multiply(weight, x)));
    Computation loopBody = body.build(body.tuple(next, acc2, x));

    XlaBuilder b = m.computation("main");
    Instruction x0 = b.parameter(0, vec, "x");
    Instruction init = b.tuple(b.constant(DType.S32, 0), b.broadcastScalar(b.constant(DType.F32, 0), n), x0);
    Instruction loop = b.named("loop", b.whileLoop(cond, loopBody, init));
    return m.build(b.build(b.named("result", b.getTupleElement(loop, 1))));
  }

  /**
   * A ring of {@code devices} partitions: each holds a block f32[rows, cols] and, {@code steps}
   * times, passes the block it holds to its right neighbour (partition d to d+1 mod N) with a
   * {@code collective-permute} inside a {@code while} loop, adding every block it receives. Returns
   * (the block held at the end, the sum of the blocks received).
   */
  public static HloModule ringRotation(int devices, int steps, int rows, int cols) {
    return permuteLoop("ring_rotation", devices, steps, rows, cols, ringPairs(devices));
  }

  /**
   * One step of a permutation that is not a full ring: {@code 0->1, 1->2, ..., N-2->N-1}. Partition 0
   * is no pair's target and so receives zeros.
   */
  public static HloModule partialPermutation(int devices, int rows, int cols) {
    return permuteLoop("partial_permutation", devices, 1, rows, cols, ringPairs(devices).subList(0, devices - 1));
  }

  /** (source d, target d+1 mod N) for every partition d. */
  public static List<SourceTarget> ringPairs(int devices) {
    return IntStream.range(0, devices).mapToObj(d -> new SourceTarget(d, (d + 1) % devices)).toList();
  }

  private static HloModule permuteLoop(String name, int devices, int steps, int rows, int cols, List<SourceTarget> pairs) {
    checkArgument(devices >= 2, "%s needs at least 2 devices, got %s", name, devices);
    HloModuleBuilder m = new HloModuleBuilder(name, devices);
    ArrayShape block = Shape.array(DType.F32, rows, cols);
    TupleShape state = Shape.tuple(Shape.scalar(DType.S32), block, block);
    Computation cond = countedCondition(m, state, steps);

    XlaBuilder body = m.computation("ring_step");
    Instruction s = body.parameter(0, state, "state");
    Instruction i = body.named("step", body.getTupleElement(s, 0));
    Instruction held = body.named("held", body.getTupleElement(s, 1));
    Instruction sum = body.named("received_sum", body.getTupleElement(s, 2));
    Instruction passed = body.named("passed", body.collectivePermute(held, pairs));
    Instruction next = body.named("next_step", body.add(i, body.constant(DType.S32, 1)));
    Computation loopBody = body.build(body.tuple(next, passed, body.add(sum, passed)));

    XlaBuilder b = m.computation("main");
    Instruction x = b.parameter(0, block, "block");
    Instruction zeros = b.broadcastScalar(b.constant(DType.F32, 0), rows, cols);
    Instruction loop = b.named("ring", b.whileLoop(cond, loopBody, b.tuple(b.constant(DType.S32, 0), x, zeros)));
    return m.build(b.build(b.tuple(b.getTupleElement(loop, 1), b.getTupleElement(loop, 2))));
  }

  /**
   * The three reducing collectives on one group of all {@code devices} partitions, each partition
   * holding f32[rows, cols]: (all-reduce sum, reduce-scatter sum along rows, all-gather of that
   * scatter along rows). The gathered result equals the all-reduce.
   */
  public static HloModule collectiveRoundTrip(int devices, int rows, int cols) {
    return collectiveRoundTrip(devices, rows, cols, List.of(IntStream.range(0, devices).boxed().toList()));
  }

  /** {@link #collectiveRoundTrip(int, int, int)} over the given replica groups (global device ids). */
  public static HloModule collectiveRoundTrip(int devices, int rows, int cols, List<List<Integer>> all) {
    checkArgument(rows % all.get(0).size() == 0, "rows %s must divide by the group size %s", rows, all.get(0).size());
    HloModuleBuilder m = new HloModuleBuilder("collective_round_trip", devices);
    Computation sum = XlaBuilder.scalarReducer(m, "add_f32", Opcode.ADD, DType.F32);
    XlaBuilder b = m.computation("main");
    Instruction x = b.parameter(0, Shape.array(DType.F32, rows, cols), "x");
    Instruction total = b.named("total", b.allReduce(x, sum, all));
    Instruction piece = b.named("piece", b.reduceScatter(x, sum, 0, all));
    Instruction gathered = b.named("gathered", b.allGather(piece, 0, all));
    return m.build(b.build(b.tuple(total, piece, gathered)));
  }

  /** Condition of a counted loop whose state's element 0 is the s32 counter: {@code counter < steps}. */
  public static Computation countedCondition(HloModuleBuilder m, TupleShape state, int steps) {
    XlaBuilder c = m.computation("condition");
    Instruction s = c.parameter(0, state, "state");
    Instruction i = c.getTupleElement(s, 0);
    return c.build(c.named("more", c.compare(i, c.constant(DType.S32, steps), ComparisonDirection.LT)));
  }
}
