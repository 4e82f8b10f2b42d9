package dev.torus.compiler.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.compiler.analysis.TpuSchedule.Attribution;
import dev.torus.compiler.analysis.TpuSchedule.Computation;
import dev.torus.compiler.analysis.TpuSchedule.Instruction;
import dev.torus.compiler.analysis.TpuSchedule.Module;
import dev.torus.compiler.analysis.TpuSchedule.OverlapReport;
import dev.torus.compiler.analysis.TpuSchedule.PermuteOverlap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TpuScheduleTest {
  /**
   * A ring loop shaped like the one libtpu makes of a Torus ring program: the K start first, on a
   * copy of the loop-carried K; the nested block loop (attention dot, in a fusion); the positions
   * start after that loop, on its pass-through output; an MLP fusion; then both dones.
   */
  static final String RING = """
      HloModule ring, is_scheduled=true, entry_computation_layout={(f32[16,16]{1,0}, f32[16,16]{1,0}, s32[16]{0})->f32[16,16]{1,0}}

      %fused_scores (p0: f32[16,16], p1: f32[16,16]) -> f32[16,16] {
        %p0 = f32[16,16]{1,0:T(8,128)} parameter(0)
        %p1 = f32[16,16]{1,0:T(8,128)} parameter(1)
        ROOT %dot.1 = f32[16,16]{1,0:T(8,128)} dot(%p0, %p1), lhs_contracting_dims={1}, rhs_contracting_dims={0}, metadata={op_name="layers/self_attn"}
      }

      %fused_mlp (m0: f32[16,16]) -> f32[16,16] {
        %m0 = f32[16,16]{1,0} parameter(0)
        ROOT %tanh.1 = f32[16,16]{1,0} tanh(%m0), metadata={op_name="layers/mlp"}
      }

      %blocks_body (bp: (s32[], f32[16,16], f32[16,16], s32[16])) -> (s32[], f32[16,16], f32[16,16], s32[16]) {
        %bp = (s32[], f32[16,16]{1,0}, f32[16,16]{1,0}, /*index=3*/s32[16]{0}) parameter(0)
        %i = s32[] get-tuple-element(%bp), index=0
        %acc = f32[16,16]{1,0} get-tuple-element(%bp), index=1
        %k = f32[16,16]{1,0} get-tuple-element(%bp), index=2
        %pos = s32[16]{0} get-tuple-element(%bp), index=3
        %fusion.1 = f32[16,16]{1,0} fusion(%acc, %k), kind=kOutput, calls=%fused_scores, metadata={op_name="layers/self_attn" source_file="-" source_line=7}, backend_config={"estimated_cycles":"637"}
        %one = s32[] constant(1)
        %next = s32[] add(%i, %one)
        ROOT %t = (s32[], f32[16,16]{1,0}, f32[16,16]{1,0}, s32[16]{0}) tuple(%next, %fusion.1, %k, %pos)
      }

      %blocks_cond (cp: (s32[], f32[16,16], f32[16,16], s32[16])) -> pred[] {
        %cp = (s32[], f32[16,16]{1,0}, f32[16,16]{1,0}, s32[16]{0}) parameter(0)
        %ci = s32[] get-tuple-element(%cp), index=0
        %two = s32[] constant(2)
        ROOT %lt = pred[] compare(%ci, %two), direction=LT
      }

      %ring_body (rp: (s32[], f32[16,16], f32[16,16], s32[16])) -> (s32[], f32[16,16], f32[16,16], s32[16]) {
        %rp = (s32[], f32[16,16]{1,0}, f32[16,16]{1,0}, s32[16]{0}) parameter(0)
        %step = s32[] get-tuple-element(%rp), index=0
        %acc0 = f32[16,16]{1,0} get-tuple-element(%rp), index=1
        %k0 = f32[16,16]{1,0} get-tuple-element(%rp), index=2
        %pos0 = s32[16]{0} get-tuple-element(%rp), index=3
        %copy.1 = f32[16,16]{1,0:T(8,128)} copy(%k0)
        %collective-permute-start = (f32[16,16]{1,0}, f32[16,16]{1,0:S(3)}, u32[]{:S(2)}, u32[]{:S(2)}) collective-permute-start(%copy.1), channel_id=1, source_target_pairs={{0,1},{1,0}}, metadata={op_name="layers/self_attn"}
        %zero = s32[] constant(0)
        %init = (s32[], f32[16,16]{1,0}, f32[16,16]{1,0}, s32[16]{0}) tuple(%zero, %acc0, %copy.1, %pos0)
        %while.1 = (s32[], f32[16,16]{1,0}, f32[16,16]{1,0}, s32[16]{0}) while(%init), condition=%blocks_cond, body=%blocks_body
        %pos1 = s32[16]{0} get-tuple-element(%while.1), index=3
        %collective-permute-start.1 = (s32[16]{0}, s32[16]{0}, u32[]{:S(2)}, u32[]{:S(2)}) collective-permute-start(%pos1), channel_id=2, source_target_pairs={{0,1},{1,0}}
        %acc1 = f32[16,16]{1,0} get-tuple-element(%while.1), index=1
        %mlp = f32[16,16]{1,0} fusion(%acc1), kind=kLoop, calls=%fused_mlp, metadata={op_name="layers/mlp"}
        %collective-permute-done = f32[16,16]{1,0:S(3)} collective-permute-done(%collective-permute-start)
        %collective-permute-done.1 = s32[16]{0} collective-permute-done(%collective-permute-start.1)
        %one.1 = s32[] constant(1)
        %step1 = s32[] add(%step, %one.1)
        ROOT %r = (s32[], f32[16,16]{1,0}, f32[16,16]{1,0}, s32[16]{0}) tuple(%step1, %mlp, %collective-permute-done, %collective-permute-done.1)
      }

      %ring_cond (rc: (s32[], f32[16,16], f32[16,16], s32[16])) -> pred[] {
        %rc = (s32[], f32[16,16]{1,0}, f32[16,16]{1,0}, s32[16]{0}) parameter(0)
        %s = s32[] get-tuple-element(%rc), index=0
        %n = s32[] constant(2)
        ROOT %more = pred[] compare(%s, %n), direction=LT
      }

      ENTRY %main (x: f32[16,16], k: f32[16,16], p: s32[16]) -> f32[16,16] {
        %x = f32[16,16]{1,0} parameter(0)
        %kk = f32[16,16]{1,0} parameter(1)
        %p = s32[16]{0} parameter(2)
        %z = s32[] constant(0)
        %state = (s32[], f32[16,16]{1,0}, f32[16,16]{1,0}, s32[16]{0}) tuple(%z, %x, %kk, %p)
        %ring = (s32[], f32[16,16]{1,0}, f32[16,16]{1,0}, s32[16]{0}) while(%state), condition=%ring_cond, body=%ring_body
        ROOT %out = f32[16,16]{1,0} get-tuple-element(%ring), index=1
      }
      """;

  @Test
  void parsesComputationsInstructionsAndMetadata() {
    Module m = TpuSchedule.parse(RING);
    assertEquals("ring", m.name());
    assertTrue(m.scheduled());
    assertEquals(
        List.of("fused_scores", "fused_mlp", "blocks_body", "blocks_cond", "ring_body", "ring_cond", "main"),
        m.computations().stream().map(Computation::name).toList());
    assertTrue(m.computation("main").orElseThrow().entry());
    assertTrue(m.hasOpNames());

    Computation body = m.computation("blocks_body").orElseThrow();
    Instruction fusion = body.instruction("fusion.1").orElseThrow();
    assertEquals("fusion", fusion.opcode());
    assertEquals("f32[16,16]{1,0}", fusion.shape());
    assertEquals(List.of("acc", "k"), fusion.operands());
    assertEquals(List.of("fused_scores"), fusion.calls());
    assertEquals("layers/self_attn", fusion.opName());
    assertEquals(Optional.of("kOutput"), fusion.attribute("kind"));
    assertEquals(List.of(), body.instruction("one").orElseThrow().operands(), "literal is no operand");
    assertEquals(5, body.position("fusion.1"));
    assertEquals("t", body.root().orElseThrow().name());

    Instruction loop = m.computation("ring_body").orElseThrow().instruction("while.1").orElseThrow();
    assertEquals(List.of("blocks_cond", "blocks_body"), loop.calls());
    assertEquals(List.of("main/ring"), m.loopsWithBody("ring_body"));
    assertEquals(
        "(s32[], f32[16,16]{1,0}, f32[16,16]{1,0}, s32[16]{0})",
        m.computation("blocks_body").orElseThrow().instructions().get(0).shape(),
        "a /*index=*/ comment is dropped from a tuple shape");
  }

  @Test
  void readsTorusHloWithoutPercentNames() {
    Module m = TpuSchedule.parse("""
        HloModule tiny, num_partitions=4

        ring_steps_body {
          state = (s32[], f32[2,16]{1,0}) parameter(0), metadata={op_name="layers/self_attn"}
          k = f32[2,16]{1,0} get-tuple-element(state), index=1, metadata={op_name="layers/self_attn"}
          k_passed = f32[2,16]{1,0} collective-permute(k), channel_id=1, source_target_pairs={{0,1},{1,2},{2,3},{3,0}}, metadata={op_name="layers/self_attn"}
          ROOT tuple.6 = (s32[], f32[2,16]{1,0}) tuple(i, k_passed)
        }
        """);
    Computation c = m.computations().get(0);
    assertEquals("ring_steps_body", c.name());
    assertFalse(m.scheduled());
    Instruction permute = c.instruction("k_passed").orElseThrow();
    assertEquals("collective-permute", permute.opcode());
    assertEquals(List.of("k"), permute.operands());
    assertEquals(Optional.of("1"), permute.attribute("channel_id"));
    assertEquals(List.of("k_passed"), c.root().orElseThrow().operands(), "unknown name i dropped");
  }

  @Test
  void reportsWhatIsScheduledBetweenEachStartAndItsDone() {
    OverlapReport r = TpuSchedule.overlap(RING, "layers/self_attn");
    assertEquals(Attribution.OP_NAME, r.attribution());
    assertEquals(List.of("ring_body"), r.computations());
    PermuteOverlap k = r.pairs().get(0);
    assertEquals(List.of("while.1"), k.overlapped());
    assertFalse(k.operandDependsOnAttention());
    assertTrue(k.operandOrigin().loopState());
    assertEquals(2, k.operandOrigin().tupleIndex());
    PermuteOverlap positions = r.pairs().get(1);
    assertFalse(positions.overlapsAttention(), "the MLP fusion between them is not attention");
    assertTrue(positions.operandDependsOnAttention());
    assertTrue(positions.operandOrigin().loopState(), "the block loop passes element 3 through");
    assertFalse(r.allOverlapped());
    assertEquals("""
        ring (scheduled), attention = op_name layers/self_attn*, 2 collective-permute-start
          ring_body (loop body): collective-permute-start [channel 1, f32[16,16], 1024 B] @6 .. \
        collective-permute-done @14: overlaps [while.1]; operand copy.1 independent of attention \
        compute, value: loop state element 2
          ring_body (loop body): collective-permute-start.1 [channel 2, s32[16], 64 B] @11 .. \
        collective-permute-done.1 @15: overlaps no attention compute; operand pos1 waits for \
        attention compute, value: loop state element 3 (passed unchanged through while.1)""",
        r.toString());
  }

  @Test
  void withoutOpNamesEveryComputeCounts() {
    String bare = RING.replaceAll(", metadata=\\{[^}]*}", "");
    OverlapReport r = TpuSchedule.overlap(bare, "layers/self_attn");
    assertEquals(Attribution.ANY_COMPUTE, r.attribution());
    assertEquals(List.of("while.1", "mlp"), r.pairs().get(0).overlapped());
    assertEquals(List.of("mlp"), r.pairs().get(1).overlapped());
    assertTrue(r.allOverlapped());
  }

  @Test
  void anotherPrefixFindsNoAttention() {
    OverlapReport r = TpuSchedule.overlap(RING, "layers/cross_attn");
    assertTrue(r.pairs().stream().noneMatch(PermuteOverlap::overlapsAttention), r.toString());
    assertFalse(r.pairs().get(1).operandDependsOnAttention());
  }

  @Test
  void aDoneInAnotherComputationIsReportedMissing() {
    String rotated = RING.replace(
        "%collective-permute-done = f32[16,16]{1,0:S(3)} collective-permute-done(%collective-permute-start)",
        "%collective-permute-done = f32[16,16]{1,0:S(3)} copy(%copy.1)");
    PermuteOverlap k = TpuSchedule.overlap(rotated, "layers/self_attn").pairs().get(0);
    assertEquals(Optional.empty(), k.done());
    assertEquals(-1, k.donePosition());
    assertFalse(k.overlapsAttention());
    assertEquals(1024, k.payloadBytes(), "payload from the start's shape");
  }

  @Test
  void sizesArraysAndTuples() {
    assertEquals(24 + 8, HloTextScanner.bytes("(f32[2,3]{1,0:T(8,128)}, bf16[4]{0})"));
    assertEquals(4, HloTextScanner.bytes("s32[]"));
    assertEquals(1, HloTextScanner.bytes("pred[]{:T(512)}"));
  }

  @Test
  void rejectsUnreadableText() {
    assertThrows(IllegalArgumentException.class, () -> TpuSchedule.parse("%c {\n  %x = f32[] \n}"));
    assertThrows(IllegalArgumentException.class, () -> TpuSchedule.parse("%c {\n"));
    assertThrows(IllegalArgumentException.class, () -> TpuSchedule.overlap(RING, ""));
  }
}
