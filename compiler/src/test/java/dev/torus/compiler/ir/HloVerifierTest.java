package dev.torus.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import dev.torus.compiler.ir.Attrs.SourceTarget;
import dev.torus.compiler.ir.HloVerifier.VerificationError;
import java.util.List;
import org.junit.jupiter.api.Test;

class HloVerifierTest {

  private static HloModule permute(int partitions, List<SourceTarget> pairs) {
    HloModuleBuilder m = new HloModuleBuilder("ring", partitions);
    XlaBuilder b = m.computation("main");
    Instruction x = b.parameter(0, Shape.array(DType.F32, 2), "x");
    return m.build(b.build(b.collectivePermute(x, pairs)));
  }

  @Test
  void acceptsARing() {
    HloModule ok = permute(4, List.of(new SourceTarget(0, 1), new SourceTarget(1, 2), new SourceTarget(2, 3),
        new SourceTarget(3, 0)));
    assertEquals(4, ok.numPartitions());
  }

  @Test
  void permuteTargetsMustBeUnique() {
    VerificationError e = assertThrows(VerificationError.class,
        () -> permute(4, List.of(new SourceTarget(0, 1), new SourceTarget(2, 1))));
    assertEquals("main/collective-permute: target 1 appears in two pairs; targets must be unique", e.getMessage());
  }

  @Test
  void permuteSourcesMustBeUnique() {
    VerificationError e = assertThrows(VerificationError.class,
        () -> permute(4, List.of(new SourceTarget(0, 1), new SourceTarget(0, 2))));
    assertTrue(e.getMessage().contains("source 0 appears in two pairs"), e.getMessage());
  }

  @Test
  void partitionIdsMustBeInRange() {
    VerificationError e = assertThrows(VerificationError.class,
        () -> permute(2, List.of(new SourceTarget(0, 1), new SourceTarget(1, 2))));
    assertTrue(e.getMessage().contains("pair {1,2} names a partition outside 0..1"), e.getMessage());
  }

  @Test
  void replicaGroupsMustBeDisjointAndInRange() {
    HloModuleBuilder m = new HloModuleBuilder("groups", 4);
    Computation add = XlaBuilder.scalarReducer(m, "add", Opcode.ADD, DType.F32);
    XlaBuilder b = m.computation("main");
    Instruction x = b.parameter(0, Shape.array(DType.F32, 4), "x");
    Computation c = b.build(b.allReduce(x, add, List.of(List.of(0, 1), List.of(1, 2))));
    VerificationError e = assertThrows(VerificationError.class, () -> m.build(c));
    assertTrue(e.getMessage().contains("device id 1 appears twice in replica groups [[0, 1], [1, 2]]"), e.getMessage());
  }

  @Test
  void crossPartitionCollectivesNeedAChannelId() {
    HloModule good = permute(2, List.of(new SourceTarget(0, 1), new SourceTarget(1, 0)));
    Computation main = good.entry();
    Instruction cp = main.root();
    Instruction noChannel = new Instruction(cp.name(), cp.opcode(), cp.shape(), cp.operands(),
        new Attrs.Collective(0, ImmutableList.of(), cp.attrs(Attrs.Collective.class).pairs(), 0), cp.called(), null);
    Computation bad = new Computation("main", ImmutableList.of(main.instructions().get(0), noChannel), noChannel);
    VerificationError e = assertThrows(VerificationError.class,
        () -> HloVerifier.verify(new HloModule("ring", ImmutableList.of(bad), 2)));
    assertTrue(e.getMessage().contains("needs channel_id > 0"), e.getMessage());
  }

  @Test
  void storedShapesMustMatchTheShapeRules() {
    HloModuleBuilder m = new HloModuleBuilder("shapes", 1);
    XlaBuilder b = m.computation("main");
    Instruction x = b.parameter(0, Shape.array(DType.F32, 4), "x");
    Instruction neg = b.negate(x);
    Instruction lying = new Instruction(neg.name(), neg.opcode(), Shape.array(DType.F32, 5), neg.operands(),
        neg.attrs(), neg.called(), null);
    Computation c = new Computation("main", ImmutableList.of(x, lying), lying);
    VerificationError e = assertThrows(VerificationError.class,
        () -> HloVerifier.verify(new HloModule("shapes", ImmutableList.of(c), 1)));
    assertEquals("main/negate: shape is f32[5], but its operands give f32[4]", e.getMessage());
  }

  @Test
  void operandsMustBeDefinedBeforeUse() {
    HloModuleBuilder m = new HloModuleBuilder("order", 1);
    XlaBuilder b = m.computation("main");
    Instruction x = b.parameter(0, Shape.scalar(DType.F32), "x");
    Instruction neg = b.negate(x);
    Computation c = new Computation("main", ImmutableList.of(neg, x), neg);
    VerificationError e = assertThrows(VerificationError.class,
        () -> HloVerifier.verify(new HloModule("order", ImmutableList.of(c), 1)));
    assertTrue(e.getMessage().contains("operand x is not defined earlier"), e.getMessage());
  }
}
