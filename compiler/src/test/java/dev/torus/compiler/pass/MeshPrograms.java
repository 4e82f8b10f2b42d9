package dev.torus.compiler.pass;

import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Computation;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.HloModuleBuilder;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.TupleShape;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.compiler.samples.HloSamples;

/**
 * An SPMD program for the pass tests that {@link HloSamples} lacks: partition-id used inside and
 * outside a loop, next to a collective and a shared reducer.
 */
final class MeshPrograms {
  private MeshPrograms() {}

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
    Computation cond = HloSamples.countedCondition(m, state, 2);
    XlaBuilder body = m.computation("add_partition_id");
    Instruction s = body.parameter(0, state, "state");
    Instruction i = body.getTupleElement(s, 0);
    Instruction pid = body.broadcastScalar(body.convert(body.partitionId(), DType.F32), width);
    Computation loopBody = body.build(body.tuple(body.add(i, body.constant(DType.S32, 1)),
        body.add(body.getTupleElement(s, 1), pid)));

    XlaBuilder b = m.computation("main");
    Instruction x = b.parameter(0, vec, "x");
    Instruction scale = b.named("scale", b.broadcastScalar(b.convert(b.partitionId(), DType.F32), width));
    Instruction out = b.named("out", b.add(b.multiply(x, scale), b.collectivePermute(x, HloSamples.ringPairs(devices))));
    Instruction loop = b.whileLoop(cond, loopBody, b.tuple(b.constant(DType.S32, 0), out));
    Instruction looped = b.named("looped", b.getTupleElement(loop, 1));
    Instruction total = b.named("total", b.reduce(looped, b.constant(DType.F32, 0), sum, 0));
    return m.build(b.build(b.tuple(looped, total)));
  }
}
