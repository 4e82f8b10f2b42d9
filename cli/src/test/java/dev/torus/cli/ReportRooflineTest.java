package dev.torus.cli;

import static dev.torus.cli.CliRun.torus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.cli.CliRun.Outcome;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.torus.compiler.analysis.Roofline;
import dev.torus.compiler.hardware.Hardware;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code torus report}'s roofline: per unit, count over that unit's peak on the hardware, for the
 * program and every loop (per iteration and in total), the binding unit and the attainable time;
 * and {@code --hardware h200} in {@code report} and {@code plan}.
 */
class ReportRooflineTest {
  @Test
  void reportsEachUnitOverItsPeakAndTheBindingOne(@TempDir Path dir) throws Exception {
    Path art = dir.resolve("ring");
    assertEquals(0, torus("compile", "--model", "tiny", "--seq", "64", "--ring", "4", "--block-q", "8", "--block-kv", "8",
        "--chunk", "8", "--out", art.toString()).code());
    for (Hardware hw : List.of(Hardware.TPU_V5E, Hardware.H200)) {
      Outcome json = torus("report", art.toString(), "--hardware", hw.cliName(), "--json");
      assertEquals(0, json.code(), json.err());
      JsonNode tree = new ObjectMapper().readTree(json.out());
      JsonNode roof = tree.get("roofline");
      assertEquals(hw == Hardware.TPU_V5E ? "calibrated (libtpu cost model)" : "datasheet",
          roof.get("vectorAndTranscendentalPeaks").asText());
      for (Roofline.Unit u : Roofline.Unit.values()) {
        assertEquals(u.peak(hw), roof.get("peaksPerSecond").get(u.key()).asDouble(), 0.0, u.key());
      }
      JsonNode program = roof.get("program");
      JsonNode busiest = tree.get("perDevice").get(tree.get("busiestDevice").asInt());
      // the program's counts are the busiest device's cost, split by unit
      assertEquals(busiest.get("matmulFlops").asDouble(), program.get("counts").get("matmul").asDouble(), 0.0);
      assertEquals(busiest.get("elementwiseFlops").asDouble(), program.get("counts").get("vector").asDouble(), 0.0);
      assertEquals(busiest.get("bytesRead").asDouble() + busiest.get("bytesWritten").asDouble(),
          program.get("counts").get("xlaBytesAccessed").asDouble(), 1e-6);
      assertEquals(busiest.get("hbmFloorBytes").asDouble(), program.get("counts").get("hbm").asDouble(), 0.0);
      // the bytes no fusion avoids: at least the arguments and results, at most XLA's unfused count
      assertTrue(program.get("counts").get("hbm").asDouble() > 0
          && program.get("counts").get("hbm").asDouble() < program.get("counts").get("xlaBytesAccessed").asDouble());
      assertTrue(program.get("counts").get("reducedElements").asDouble() > 0
          && program.get("counts").get("reducedElements").asDouble() <= program.get("counts").get("vector").asDouble());
      assertBindingIsTheSlowest(program);
      assertTrue(program.get("counts").get("collective").asDouble() > 0, "a ring sends K and V");
      int attentionLoops = 0;
      for (JsonNode loop : roof.get("loops")) {
        assertBindingIsTheSlowest(loop.get("perIteration"));
        assertBindingIsTheSlowest(loop.get("total"));
        // a loop's total is its body times its runs plus its condition once more per entry: at least iteration x runs
        for (Roofline.Unit u : Roofline.Unit.values()) {
          double iterations = loop.get("perIteration").get("counts").get(u.key()).asDouble() * loop.get("runs").asDouble();
          assertTrue(loop.get("total").get("counts").get(u.key()).asDouble() >= iterations * (1 - 1e-12),
              loop.get("loop").asText() + " " + u.key());
        }
        if (loop.get("loop").asText().endsWith("/kv_blocks")) {
          attentionLoops++;
          assertTrue(loop.get("perIteration").get("counts").get("transcendental").asDouble() > 0);
        }
      }
      assertEquals(2, attentionLoops, "kv_blocks inside and after the ring steps");

      Outcome table = torus("report", art.toString(), "--hardware", hw.cliName());
      assertEquals(0, table.code(), table.err());
      assertTrue(table.out().contains("roofline on " + hw.cliName()), table.out());
      assertTrue(table.out().contains("layers/ring_steps/query_blocks/kv_blocks (iter)"), table.out());
    }
    Outcome plan = torus("plan", "--model", "llama2-7b", "--hardware", "h200", "--devices", "8");
    assertEquals(0, plan.code(), plan.err());
    assertTrue(plan.out().contains("h200"), plan.out());
  }

  private static void assertBindingIsTheSlowest(JsonNode r) {
    double most = 0;
    String binding = null;
    for (Roofline.Unit u : Roofline.Unit.values()) {
      double s = r.get("seconds").get(u.key()).asDouble();
      if (s > most) {
        most = s;
        binding = u.key();
      }
    }
    assertEquals(binding, r.get("binding").asText(), r.toString());
    assertEquals(most, r.get("attainableSeconds").asDouble(), 0.0);
  }
}
