package dev.torus.compiler.pass;

import static dev.torus.compiler.lower.ProgramNames.KV_BLOCKS;
import static dev.torus.compiler.lower.ProgramNames.KV_BLOCKS_MASKED;
import static dev.torus.compiler.lower.ProgramNames.LAYERS;
import static dev.torus.compiler.lower.ProgramNames.QUERY_BLOCKS;
import static dev.torus.compiler.lower.ProgramNames.RING_STEPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.DType;
import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.emit.StableHloPrinter;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Computation;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.HloModuleBuilder;
import dev.torus.compiler.ir.HloVerifier;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.TupleShape;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.compiler.lower.CountedLoop;
import dev.torus.compiler.lower.ModelLowering;
import dev.torus.compiler.samples.HloSamples;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmulateMeshPassTest {
  private static final EmulateMeshPass PASS = new EmulateMeshPass();

  /** Emulates, verifies, prints both ways, and checks the result is a plain one-device program. */
  private static HloModule emulate(HloModule spmd) {
    HloModule e = PASS.run(spmd);
    HloVerifier.verify(e);
    assertEquals(1, e.numPartitions());
    assertEquals(spmd.name() + "_emulated", e.name());
    for (Instruction i : e.allInstructions()) {
      assertFalse(i.opcode().isCollective() || i.opcode() == Opcode.PARTITION_ID, i + " survived emulation");
    }
    String text = HloTextPrinter.print(e);
    for (String gone : List.of("channel_id", "partition-id", "collective-permute", "all-reduce", "all-gather",
        "reduce-scatter", "replica_groups", "num_partitions")) {
      assertFalse(text.contains(gone), gone + " in\n" + text);
    }
    String stableHlo = StableHloPrinter.print(e);
    assertFalse(stableHlo.contains("stablehlo.partition_id") || stableHlo.contains("stablehlo.collective_permute"));
    assertTrue(stableHlo.contains("mhlo.num_partitions = 1 : i32"));
    return e;
  }

  private static String interfaceOf(HloModule m) {
    return m.entry().parameterShapes() + " -> " + m.entry().resultShape();
  }

  /** Row d of each stacked output: the instruction that is reshaped into row d of the concatenation. */
  private static List<Instruction> outputsOf(HloModule emulated, int d) {
    Instruction root = emulated.entry().root();
    List<Instruction> stacked = root.opcode() == Opcode.TUPLE ? root.operands() : List.of(root);
    return stacked.stream().map(s -> s.operand(d).operand(0)).toList();
  }

  @Test
  void eachCloneIsTheSpmdEntryWithPartitionIdReplacedByItsConstant() {
    int n = 4;
    HloModule spmd = MeshPrograms.partitionIdProgram(n, 3);
    HloModule e = emulate(spmd);
    assertEquals("[f32[4,3]] -> (f32[4,3], f32[4])", interfaceOf(e));
    Instruction spmdRoot = spmd.entry().root();
    for (int d = 0; d < n; d++) {
      List<Instruction> outputs = outputsOf(e, d);
      for (int k = 0; k < outputs.size(); k++) {
        assertEquals(CloneExpressions.spmd(spmdRoot.operand(k), d, n), CloneExpressions.emulated(outputs.get(k)),
            "device " + d + " output " + k);
      }
    }
    // The loop body reads partition-id, so each device has its own copy; the reducer is shared.
    List<String> names = e.computations().stream().map(Computation::name).toList();
    assertTrue(names.containsAll(List.of("add_partition_id.d0", "add_partition_id.d3", "add_f32", "condition")), names.toString());
    assertFalse(names.contains("add_partition_id"), names.toString());
  }

  @Test
  void aLoopWithACollectiveRunsOnceOverAllDevicesStatesWithEachBodyAClone() {
    int n = 4;
    HloModule spmd = HloSamples.ringRotation(n, 3, 2, 8);
    HloModule e = emulate(spmd);
    assertEquals("[f32[4,2,8]] -> (f32[4,2,8], f32[4,2,8])", interfaceOf(e));
    List<Instruction> loops = e.entry().instructions().stream().filter(i -> i.opcode() == Opcode.WHILE).toList();
    assertEquals(1, loops.size());
    assertTrue(CloneExpressions.isJoint(loops.get(0).shape(), n), loops.get(0).shape().toString());

    Computation spmdBody = spmd.computations().stream().filter(c -> c.name().equals("ring_step")).findFirst().orElseThrow();
    Computation body = loops.get(0).called().get(1);
    for (int d = 0; d < n; d++) {
      assertEquals(CloneExpressions.spmd(spmdBody.root(), d, n), CloneExpressions.emulated(body.root().operand(d)),
          "device " + d + " of the loop body");
      for (Instruction out : outputsOf(e, d)) {
        assertEquals(Opcode.GET_TUPLE_ELEMENT, out.opcode());
        assertEquals(loops.get(0), out.operand(0).operand(0), "device " + d + " reads element " + d + " of the loop");
      }
    }
    // Counter and limit are the same on every device, so device 0's condition is every device's.
    Computation cond = loops.get(0).called().get(0);
    assertEquals("more.d0", cond.root().name());
  }

  @Test
  void aDeviceThatIsNoTargetReceivesZeros() {
    int n = 4;
    HloModule spmd = HloSamples.partialPermutation(n, 2, 8);
    HloModule e = emulate(spmd);
    assertEquals("[f32[4,2,8]] -> (f32[4,2,8], f32[4,2,8])", interfaceOf(e));
    Computation spmdBody = spmd.computations().stream().filter(c -> c.name().equals("ring_step")).findFirst().orElseThrow();
    Instruction body = e.entry().instructions().stream().filter(i -> i.opcode() == Opcode.WHILE).findFirst()
        .orElseThrow().called().get(1).root();
    for (int d = 0; d < n; d++) {
      assertEquals(CloneExpressions.spmd(spmdBody.root(), d, n), CloneExpressions.emulated(body.operand(d)));
    }
    assertEquals(Opcode.BROADCAST, body.operand(0).operand(1).opcode(), "device 0 holds zeros");
    assertEquals("held.d0", body.operand(1).operand(1).name(), "device 1 holds device 0's block");
  }

  @Test
  void reducingCollectivesCombineEachGroupInGroupOrder() {
    HloModule all = emulate(HloSamples.collectiveRoundTrip(4, 8, 4));
    assertEquals("[f32[4,8,4]] -> (f32[4,8,4], f32[4,2,4], f32[4,8,4])", interfaceOf(all));

    HloModule pairs = emulate(HloSamples.collectiveRoundTrip(4, 4, 2, List.of(List.of(0, 2), List.of(3, 1))));
    assertEquals("[f32[4,4,2]] -> (f32[4,4,2], f32[4,2,2], f32[4,4,2])", interfaceOf(pairs));
    String text = HloTextPrinter.print(pairs);
    for (String line : List.of(
        "total.group0 = f32[4,2]{1,0} add(x.d0, x.d2)",
        "total.group1 = f32[4,2]{1,0} add(x.d3, x.d1)",
        "piece.d3 = f32[2,2]{1,0} slice(piece.group1.sum), slice={[0:2], [0:2]}",
        "piece.d1 = f32[2,2]{1,0} slice(piece.group1.sum), slice={[2:4], [0:2]}",
        "gathered.group1 = f32[4,2]{1,0} concatenate(piece.d3, piece.d1), dimensions={0}",
        "total.d1.row = f32[1,4,2]{2,1,0} reshape(total.group1)")) {
      assertTrue(text.contains(line), "missing: " + line + "\n" + text);
    }
  }

  @Test
  void theTinyRingModelBecomesOneDeviceProgramWithPerDeviceKeyValueLoops() {
    int n = 4;
    RunShape shape = RunShape.ring(1, 64, BlockSizes.uniform(8), n, TokenLayout.STRIPED, 1);
    HloModule spmd = ModelLowering.forward(Presets.tiny(), shape, false).module();
    HloModule e = emulate(spmd);
    List<Shape> spmdParams = spmd.entry().parameterShapes();
    List<Shape> params = e.entry().parameterShapes();
    assertEquals(spmdParams.size(), params.size());
    for (int k = 0; k < params.size(); k++) {
      ArrayShape s = spmdParams.get(k).asArray("p");
      assertEquals(s.withDims(com.google.common.collect.ImmutableList.<Long>builder().add((long) n).addAll(s.dims()).build()),
          params.get(k));
    }
    assertEquals(Shape.array(DType.F32, n, 1, 16, 256), e.entry().resultShape());
    // layers and ring_steps hold collectives: one loop each over the 4 devices' states; the
    // collective-free loops (query and key/value blocks, chunks) run once per device, in the ring
    // body and again for the last ring step, which is attended after the loop.
    List<Instruction> whiles = e.allInstructions().stream().filter(i -> i.opcode() == Opcode.WHILE).toList();
    assertEquals(List.of(RING_STEPS, LAYERS), whiles.stream()
        .filter(i -> CloneExpressions.isJoint(i.shape(), n)).map(Instruction::name).toList());
    assertEquals(2 * n, whiles.stream().filter(i -> i.name().startsWith(QUERY_BLOCKS)).count());
    assertEquals(List.of(KV_BLOCKS, KV_BLOCKS_MASKED, KV_BLOCKS + ".1", KV_BLOCKS_MASKED + ".1"), whiles.stream()
        .map(Instruction::name).filter(name -> name.startsWith(KV_BLOCKS)).toList(),
        "the key/value loops (unmasked, then masked) sit in the shared query-block bodies, unchanged");
  }

  @Test
  void theHeadGradientsOptimizationBarrierRunsOncePerDevice() {
    int n = 4;
    RunShape shape = RunShape.ring(1, 64, BlockSizes.uniform(8), n, TokenLayout.STRIPED, 1).withFsdp(n);
    HloModule spmd = dev.torus.compiler.train.LossGradients.build(Presets.tiny(), shape).module();
    assertEquals(1, headBarriers(spmd).size());
    // the layer backward's barriers after the gathered weights' reduce-scatters (Vjp): one per group
    // of weights whose cotangents complete together, in the layer loop's backward body
    long layerBarriers = spmd.allInstructions().stream().filter(i -> i.opcode() == Opcode.OPTIMIZATION_BARRIER
        && i.opName().orElse("").equals(dev.torus.compiler.lower.ProgramNames.WEIGHT_GRADIENT_BARRIER_OP)).count();
    assertTrue(layerBarriers > 0, "no weight-gradient barrier in the layer backward");
    HloModule e = emulate(spmd);
    List<Instruction> barriers = headBarriers(e);
    assertEquals(n, barriers.size(), "one barrier per device's clone");
    for (Instruction b : barriers) {
      assertEquals(b.operand(0).shape(), b.shape());
      assertTrue(b.shape() instanceof TupleShape t && t.size() == 2, b.toString());
    }
    for (Instruction b : e.allInstructions().stream().filter(i -> i.opcode() == Opcode.OPTIMIZATION_BARRIER).toList()) {
      assertEquals(b.operand(0).shape(), b.shape(), "a barrier passes its operands' shapes on");
    }
  }

  private static List<Instruction> headBarriers(HloModule m) {
    return m.allInstructions().stream().filter(i -> i.opcode() == Opcode.OPTIMIZATION_BARRIER
        && i.opName().orElse("").equals("backward/head_gradient_barrier")).toList();
  }

  @Test
  void aRingKindConditionalRunsOnceOverAllDevicesOperandsWithEachBranchAClone() {
    int n = 4;
    RunShape shape = RunShape.ring(1, 64, BlockSizes.uniform(8), n, TokenLayout.CONTIGUOUS, 1);
    // a window of 5 in every other layer: 1 ring step in those, 3 in the others
    HloModule spmd = ModelLowering.forward(Presets.tiny().toBuilder()
        .slidingWindow(dev.torus.dsl.SlidingWindow.pattern(5, List.of(true, false))).build(), shape, false).module();
    HloModule e = emulate(spmd);
    List<Instruction> conditionals = e.allInstructions().stream().filter(i -> i.opcode() == Opcode.CONDITIONAL)
        .toList();
    assertEquals(1, conditionals.size(), "one conditional over the 4 devices, not one per device");
    Instruction joint = conditionals.get(0);
    assertTrue(CloneExpressions.isJoint(joint.shape(), n), joint.shape().toString());
    assertEquals(2, joint.called().size());
    for (Computation branch : joint.called()) {
      assertEquals(1, branch.instructions().stream()
          .filter(i -> i.opcode() == Opcode.WHILE && i.name().startsWith(RING_STEPS)).count(),
          branch.name() + " holds its own ring-step loop, in lockstep over the devices");
    }
  }

  @Test
  void aConditionalWithACollectiveWhoseIndexMayDifferBetweenDevicesIsRefused() {
    HloModuleBuilder m = new HloModuleBuilder("uneven_branches", 2);
    XlaBuilder b = m.computation("main");
    Instruction x = b.parameter(0, Shape.array(DType.F32, 4), "x");
    Instruction index = b.convert(b.partitionId(), DType.S32);
    List<Computation> branches = new java.util.ArrayList<>();
    for (int k = 0; k < 2; k++) {
      XlaBuilder bb = m.computation("branch_" + k);
      Instruction p = bb.parameter(0, Shape.array(DType.F32, 4), "x");
      branches.add(bb.build(k == 0 ? bb.collectivePermute(p, HloSamples.ringPairs(2)) : bb.negate(p)));
    }
    HloModule spmd = m.build(b.build(b.conditional(index, branches, List.of(x, x))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PASS.run(spmd));
    assertTrue(e.getMessage().contains("has a branch containing a collective, but its index"), e.getMessage());
  }

  @Test
  void aCollectiveInALoopWhoseTripCountMayDifferBetweenDevicesIsRefused() {
    HloModuleBuilder m = new HloModuleBuilder("uneven", 2);
    XlaBuilder b = m.computation("main");
    Instruction x = b.parameter(0, Shape.array(DType.F32, 4), "x");
    Instruction limit = b.add(b.convert(b.partitionId(), DType.S32), b.constant(DType.S32, 1));
    List<Instruction> out = CountedLoop.run(m, b, "uneven_steps", limit, List.of(x),
        (body, i, c) -> List.of(body.collectivePermute(c.get(0), HloSamples.ringPairs(2))));
    HloModule spmd = m.build(b.build(out.get(0)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PASS.run(spmd));
    assertTrue(e.getMessage().startsWith("emulate-mesh: module uneven: while loop uneven_steps in main contains a"
        + " collective, but its condition uneven_steps_cond may not give the same answer on every device"), e.getMessage());
  }

  @Test
  void aLoopWithACollectiveMayRunADataDependentNumberOfTimesIfEveryDeviceAgrees() {
    HloModuleBuilder m = new HloModuleBuilder("agreed", 2);
    Computation sum = XlaBuilder.scalarReducer(m, "add_f32", Opcode.ADD, DType.F32);
    XlaBuilder b = m.computation("main");
    Instruction x = b.parameter(0, Shape.array(DType.F32, 4), "x");
    Instruction steps = b.parameter(1, Shape.scalar(DType.F32), "steps");
    // All-reduced over every device: the same limit everywhere, though it comes from the data.
    Instruction limit = b.convert(b.allReduce(steps, sum, List.of(List.of(0, 1))), DType.S32);
    List<Instruction> out = CountedLoop.run(m, b, "agreed_steps", limit, List.of(x),
        (body, i, c) -> List.of(body.collectivePermute(c.get(0), HloSamples.ringPairs(2))));
    HloModule e = emulate(m.build(b.build(out.get(0))));
    assertEquals("[f32[2,4], f32[2]] -> f32[2,4]", interfaceOf(e));
  }

  @Test
  void aOnePartitionModuleGetsADeviceDimensionOfOne() {
    HloModule e = emulate(MeshPrograms.partitionIdProgram(1, 3));
    assertEquals("[f32[1,3]] -> (f32[1,3], f32[1])", interfaceOf(e));
  }

  @Test
  void aLoopWithoutCollectivesMayRunDifferentlyOftenOnEachDevice() {
    HloModuleBuilder m = new HloModuleBuilder("uneven_local", 2);
    XlaBuilder b = m.computation("main");
    Instruction x = b.parameter(0, Shape.array(DType.F32, 4), "x");
    Instruction limit = b.convert(b.partitionId(), DType.S32);
    List<Instruction> out = CountedLoop.run(m, b, "local_steps", limit, List.of(x),
        (body, i, c) -> List.of(body.add(c.get(0), c.get(0))));
    HloModule spmd = m.build(b.build(b.add(out.get(0), b.collectivePermute(x, HloSamples.ringPairs(2)))));
    HloModule e = emulate(spmd);
    assertEquals(List.of("local_steps.d0", "local_steps.d1"), e.entry().instructions().stream()
        .filter(i -> i.opcode() == Opcode.WHILE).map(Instruction::name).toList());
  }

  @Test
  void theOutputIsByteStable() {
    String first = HloTextPrinter.print(PASS.run(MeshPrograms.partitionIdProgram(4, 3)));
    String again = HloTextPrinter.print(PASS.run(MeshPrograms.partitionIdProgram(4, 3)));
    assertEquals(first, again);
    RunShape shape = RunShape.ring(1, 64, BlockSizes.uniform(8), 4, TokenLayout.STRIPED, 1);
    assertEquals(StableHloPrinter.print(PASS.run(ModelLowering.forward(Presets.tiny(), shape, false).module())),
        StableHloPrinter.print(PASS.run(ModelLowering.forward(Presets.tiny(), shape, false).module())));
  }

  @Test
  void aTupleEntryParameterIsRefused() {
    HloModuleBuilder m = new HloModuleBuilder("tuple_in", 2);
    XlaBuilder b = m.computation("main");
    TupleShape pair = Shape.tuple(Shape.scalar(DType.F32), Shape.scalar(DType.F32));
    Instruction p = b.parameter(0, pair, "pair");
    HloModule spmd = m.build(b.build(b.getTupleElement(p, 0)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PASS.run(spmd));
    assertTrue(e.getMessage().startsWith("emulate-mesh: module tuple_in: entry parameter pair has tuple shape"),
        e.getMessage());
  }
}
