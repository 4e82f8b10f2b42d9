package dev.torus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.torus.compiler.hardware.Hardware;
import dev.torus.compiler.lower.Remat;
import dev.torus.compiler.plan.TrainStepMemory;
import dev.torus.compiler.train.TrainPrecision;
import dev.torus.dsl.Presets;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code torus plan} reports the context of Torus's own train step under every remat policy. */
class PlanRematTest {
  @Test
  void planPrintsEachPolicysContextAndKeepingMoreFitsLess() throws Exception {
    String text = run("plan", "--model", "tiny", "--hardware", "tpu-v4", "--devices", "8");
    for (Remat r : Remat.values()) {
      // The artifact's step as tpu-check --max-context compiles it: state aliased, bf16-mixed.
      TrainStepMemory.Plan p = TrainStepMemory.plan(Presets.tiny(), Hardware.TPU_V4, 8, r, TrainPrecision.BF16_MIXED);
      assertTrue(text.contains("--remat " + r.label() + ":"), text);
      assertTrue(text.contains("keeps " + r.keptPerToken(Presets.tiny()) + " bf16 values per token in each layer"), text);
      assertTrue(text.contains(PlanCommand.tokens(p.maxContext()) + " (" + PlanCommand.tokens(p.perDevice())
          + " per device); keeps " + r.keptPerToken(Presets.tiny())), r + ": " + p + "\n" + text);
      assertTrue(p.perDevice() > 0, r + ": " + p);
    }
    JsonNode json = new ObjectMapper().readTree(run("plan", "--model", "tiny", "--hardware", "tpu-v4", "--devices", "8",
        "--json")).get("torusTrainStepByRemat");
    long previous = Long.MAX_VALUE;
    for (Remat r : Remat.values()) {
      long context = json.get(r.label()).get("maxContext").asLong();
      assertTrue(context > 0 && context < previous, r.label() + " keeps more, so fits less: " + json);
      assertEquals(8 * json.get(r.label()).get("perDevice").asLong(), context, json.toString());
      previous = context;
    }
  }

  private static String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = TorusCli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, text);
    return text;
  }
}
