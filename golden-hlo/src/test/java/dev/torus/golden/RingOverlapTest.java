package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.analysis.TpuSchedule.Attribution;
import dev.torus.compiler.analysis.TpuSchedule.Computation;
import dev.torus.compiler.analysis.TpuSchedule.Instruction;
import dev.torus.compiler.analysis.TpuSchedule.Module;
import dev.torus.compiler.analysis.TpuSchedule.OverlapReport;
import dev.torus.compiler.analysis.TpuSchedule.PermuteOverlap;
import dev.torus.compiler.analysis.TpuSchedule;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.lower.ModelLowering;
import dev.torus.compiler.lower.ProgramNames;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.harness.XlaHarness.Program;
import dev.torus.harness.XlaHarness.ProgramResult;
import dev.torus.harness.XlaHarness.Summary;
import dev.torus.harness.XlaHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ring's K and V transfers overlap the layer's attention compute in the schedule the real TPU
 * compiler makes (libtpu 0.0.42.1, deviceless): the tiny ring program on N=4 devices, both token
 * layouts, S=64 with blocks of 8 and S=256 with blocks of 32, compiled for v4-8 and v5litepod-8,
 * one harness process per topology.
 *
 * <p>What libtpu makes of the ring loop, with these versions: the {@code ring_steps} while stays
 * one loop (its body renamed, e.g. {@code %wide.region_4.11_spmd.sunk}), neither rotated nor
 * pipelined. Each permute becomes a {@code collective-permute-start}/{@code -done} pair in the
 * same iteration of that body. The K and V starts come first, each on a {@code copy} of the
 * loop-carried block; then the nested {@code query_blocks} while (all the attention fusions and
 * convolutions, two loops deep); then the dones. (Key positions no longer travel: each device
 * computes the held block's positions from the ring step. When they travelled, v4-8 scheduled
 * their start after the compute, overlapping nothing.) The test asserts, for K and V, that
 * attention compute (by {@code op_name}, which the harness now keeps) lies between start and done,
 * that the start waits for none, and that the value sent is this iteration's loop state.
 * {@link #everyInstructionOfTheEmittedRingLoopIsAttention} checks that the emitted ring loop holds
 * nothing but the layer's attention.
 */
class RingOverlapTest {
  static final Path WORK = Path.of("target/xla-harness/ring-overlap").toAbsolutePath();
  static final String ATTENTION = ProgramNames.SELF_ATTENTION_OP;
  static final int RING = 4;
  static final String RING_LOOP_BODY = ProgramNames.body(ProgramNames.RING_STEPS);

  /** One emitted ring program. */
  record Case(String id, TokenLayout layout, int sequence, int block) {
    String hloText() {
      RunShape shape = RunShape.ring(1, sequence, BlockSizes.uniform(block), RING, layout, 1);
      return HloTextPrinter.print(ModelLowering.forward(Presets.tiny(), shape, false).module());
    }
  }

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (TokenLayout layout : List.of(TokenLayout.CONTIGUOUS, TokenLayout.STRIPED)) {
      for (int[] sb : new int[][] {{64, 8}, {256, 32}}) {
        String id = "tiny_ring" + RING + "_" + layout.name().toLowerCase() + "_s" + sb[0] + "_b" + sb[1];
        cases.add(new Case(id, layout, sb[0], sb[1]));
      }
    }
    return cases;
  }

  @ParameterizedTest
  @ValueSource(strings = {"v4-8", "v5litepod-8"})
  void ringTransfersOverlapAttentionInTheTpuSchedule(String topology) throws IOException {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Path dir = WORK.resolve(topology);
    Files.createDirectories(dir);
    Map<Case, Map<String, Integer>> channels = new LinkedHashMap<>();
    List<Program> programs = new ArrayList<>();
    for (Case c : cases()) {
      String text = c.hloText();
      Path hlo = dir.resolve(c.id() + ".hlo");
      Files.writeString(hlo, text);
      channels.put(c, permuteChannels(TpuSchedule.parse(text)));
      programs.add(Program.compileOnly(c.id(), hlo, RING));
    }
    long t0 = System.nanoTime();
    Summary summary = harness.compileForTpu(programs, topology, dir);
    System.out.printf("%s: %d programs compiled in %.1f s (one harness process)%n",
        topology, programs.size(), (System.nanoTime() - t0) / 1e9);

    for (Map.Entry<Case, Map<String, Integer>> e : channels.entrySet()) {
      String id = e.getKey().id();
      ProgramResult result = summary.program(id);
      assertTrue(result.ok(), id + " on " + topology + ": " + result.error());
      OverlapReport report = TpuSchedule.overlap(Files.readString(Path.of(result.tpuHlo())), ATTENTION);
      System.out.println(topology + " " + id + ": " + report);
      String where = id + " on " + topology + ":\n" + report;

      assertTrue(report.scheduled(), where);
      assertEquals(1, report.computations().size(), "one ring loop body holds every start: " + where);
      assertEquals(Set.copyOf(e.getValue().values()),
          Set.copyOf(report.pairs().stream().map(PermuteOverlap::channelId).toList()),
          "one start per emitted permute " + e.getValue() + ": " + where);
      for (PermuteOverlap p : report.pairs()) {
        assertTrue(p.loopBody(), "start outside a loop body: " + p);
        assertTrue(p.done().isPresent() && p.donePosition() > p.startPosition(),
            "done after its start, same iteration: " + p);
        assertTrue(p.operandOrigin().loopState(), "sends this iteration's loop state: " + p);
      }
      for (String kv : List.of(ProgramNames.K_PASSED, ProgramNames.V_PASSED)) {
        int channel = e.getValue().get(kv);
        PermuteOverlap p = report.pairs().stream().filter(q -> q.channelId() == channel).findFirst().orElseThrow();
        assertTrue(p.overlapsAttention(), kv + ": attention compute between start and done: " + where);
        assertFalse(p.operandDependsOnAttention(), kv + ": start waits for no attention compute: " + where);
      }
    }
  }

  /**
   * Every instruction of the emitted ring loop body, and of every loop it runs, is the layer's
   * attention by op_name (scalar reducers aside): so in that loop, any compute is attention.
   */
  @Test
  void everyInstructionOfTheEmittedRingLoopIsAttention() {
    for (Case c : cases()) {
      Module m = TpuSchedule.parse(c.hloText());
      assertEquals(Set.of(ProgramNames.K_PASSED, ProgramNames.V_PASSED), permuteChannels(m).keySet(), c.id());
      Deque<String> work = new ArrayDeque<>(List.of(RING_LOOP_BODY));
      Set<String> seen = new HashSet<>();
      while (!work.isEmpty()) {
        String name = work.pop();
        if (!seen.add(name)) {
          continue;
        }
        Computation comp = m.computation(name).orElseThrow(() -> new AssertionError("no computation " + name));
        for (Instruction i : comp.instructions()) {
          assertTrue(i.opName().startsWith(ATTENTION),
              c.id() + ": " + name + "/" + i.name() + " has op_name '" + i.opName() + "'");
          // Scalar reducers (to_apply) are shared by all layers and named after the first user.
          String reducer = i.attribute("to_apply").orElse("");
          i.calls().stream().filter(callee -> !callee.equals(reducer)).forEach(work::add);
        }
      }
      assertTrue(seen.size() > 3, "the ring loop runs nested block loops: " + seen);
    }
  }

  /** The channel id of each collective-permute of the emitted ring loop body, by name. */
  private static Map<String, Integer> permuteChannels(Module emitted) {
    Map<String, Integer> channels = new LinkedHashMap<>();
    for (Instruction i : emitted.computation(RING_LOOP_BODY).orElseThrow().instructions()) {
      if (i.opcode().equals("collective-permute")) {
        channels.put(i.name(), Integer.parseInt(i.attribute("channel_id").orElseThrow()));
      }
    }
    return channels;
  }
}
