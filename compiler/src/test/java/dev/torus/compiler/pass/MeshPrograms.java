package dev.torus.compiler.pass;

import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
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
 * Small SPMD programs for the pass tests: the examples module's ring rotation, partial permutation
 * and collective round trip, rebuilt here because the compiler cannot depend on the examples.
 */
final class MeshPrograms {
  private MeshPrograms() {}

  static List<SourceTarget> ringPairs(int devices) {
    return IntStream.range(0, devices).mapToObj(d -> new SourceTarget(d, (d + 1) % devices)).toList();
  }

  /** {@code steps} times: pass the held block to the right neighbour, add what arrives. */
  static HloModule ringRotation(int devices, int steps, int rows, int cols) {
    return permuteLoop("ring_rotation", devices, steps, rows, cols, ringPairs(devices));
  }

  /** One step of {@code 0->1, ..., N-2->N-1}: partition 0 receives zeros. */
  static HloModule partialPermutation(int devices, int rows, int cols) {
    return permuteLoop("partial_permutation", devices, 1, rows, cols, ringPairs(devices).subList(0, devices - 1));
  }

  private static HloModule permuteLoop(String name, int devices, int steps, int rows, int cols, List<SourceTarget> pairs) {
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

  /** (all-reduce sum, reduce-scatter sum along rows, all-gather of that scatter) over {@code groups}. */
  static HloModule collectiveRoundTrip(int devices, int rows, int cols, List<List<Integer>> groups) {
    HloModuleBuilder m = new HloModuleBuilder("collective_round_trip", devices);
    Computation sum = XlaBuilder.scalarReducer(m, "add_f32", Opcode.ADD, DType.F32);
    XlaBuilder b = m.computation("main");
    Instruction x = b.parameter(0, Shape.array(DType.F32, rows, cols), "x");
    Instruction total = b.named("total", b.allReduce(x, sum, groups));
    Instruction piece = b.named("piece", b.reduceScatter(x, sum, 0, groups));
    Instruction gathered = b.named("gathered", b.allGather(piece, 0, groups));
    return m.build(b.build(b.tuple(total, piece, gathered)));
  }

  static HloModule collectiveRoundTrip(int devices, int rows, int cols) {
    return collectiveRoundTrip(devices, rows, cols, List.of(IntStream.range(0, devices).boxed().toList()));
  }

  /**
   * The example and then some: {@code out = x * convert(partition-id) + permute(x)} around
   * a ring, plus a loop that adds {@code partition-id} twice (partition-id inside a loop, no
   * collective) and a row sum through a shared reducer.
   */
  static HloModule partitionIdProgram(int devices, int width) {
    HloModuleBuilder m = new HloModuleBuilder("partition_id_program", devices);
    Computation sum = XlaBuilder.scalarReducer(m, "add_f32", Opcode.ADD, DType.F32);
    ArrayShape vec = Shape.array(DType.F32, width);
    TupleShape state = Shape.tuple(Shape.scalar(DType.S32), vec);
    Computation cond = countedCondition(m, state, 2);
    XlaBuilder body = m.computation("add_partition_id");
    Instruction s = body.parameter(0, state, "state");
    Instruction i = body.getTupleElement(s, 0);
    Instruction pid = body.broadcastScalar(body.convert(body.partitionId(), DType.F32), width);
    Computation loopBody = body.build(body.tuple(body.add(i, body.constant(DType.S32, 1)),
        body.add(body.getTupleElement(s, 1), pid)));

    XlaBuilder b = m.computation("main");
    Instruction x = b.parameter(0, vec, "x");
    Instruction scale = b.named("scale", b.broadcastScalar(b.convert(b.partitionId(), DType.F32), width));
    Instruction out = b.named("out", b.add(b.multiply(x, scale), b.collectivePermute(x, ringPairs(devices))));
    Instruction loop = b.whileLoop(cond, loopBody, b.tuple(b.constant(DType.S32, 0), out));
    Instruction looped = b.named("looped", b.getTupleElement(loop, 1));
    Instruction total = b.named("total", b.reduce(looped, b.constant(DType.F32, 0), sum, 0));
    return m.build(b.build(b.tuple(looped, total)));
  }

  /** Condition {@code state[0] < steps}. */
  static Computation countedCondition(HloModuleBuilder m, TupleShape state, int steps) {
    XlaBuilder c = m.computation("condition");
    Instruction s = c.parameter(0, state, "state");
    Instruction i = c.getTupleElement(s, 0);
    return c.build(c.named("more", c.compare(i, c.constant(DType.S32, steps), ComparisonDirection.LT)));
  }
}
