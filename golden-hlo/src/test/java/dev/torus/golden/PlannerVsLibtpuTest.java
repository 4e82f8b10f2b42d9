package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.plan.ContextPlanner;
import dev.torus.compiler.hardware.Hardware;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.TorusCli;
import dev.torus.harness.XlaHarness;
import dev.torus.harness.XlaHarness.Program;
import dev.torus.harness.XlaHarness.Summary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forward planner and {@code torus tpu-check} against the real TPU compiler (libtpu, deviceless). */
class PlannerVsLibtpuTest {
  static final Path WORK = Path.of("target/xla-harness/planner").toAbsolutePath();
  @TempDir Path dir;

  @Test
  void thePlannedContextFitsAV4PodSliceAndTwiceItDoesNot() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    ModelSpec model = Presets.llama2_7b();
    ContextPlanner.ForwardPlan plan = ContextPlanner.planForward(model, Hardware.TPU_V4, 8, TokenLayout.CONTIGUOUS, 1024);
    assertTrue(plan.maxContext() > 0, plan.toString());
    List<Program> programs = new ArrayList<>();
    for (long seq : new long[] {plan.maxContext(), 2 * plan.maxContext()}) {
      RunShape shape = RunShape.ring(1, Math.toIntExact(seq), BlockSizes.uniform(1024), 8, TokenLayout.CONTIGUOUS, 1);
      HloModule m = ForwardCompiler.compile(model, shape, false).module();
      Path hlo = WORK.resolve("llama2_7b_s" + seq + ".hlo");
      Files.writeString(hlo, HloTextPrinter.print(m));
      programs.add(Program.compileOnly("s" + seq, hlo, 8));
    }
    Summary tpu = harness.compileForTpu(programs, "v4-8", WORK);
    XlaHarness.ProgramResult planned = tpu.program("s" + plan.maxContext());
    XlaHarness.ProgramResult twice = tpu.program("s" + 2 * plan.maxContext());
    assertTrue(planned.ok(), "the planned " + plan.maxContext() + " tokens do not fit: " + planned.error());
    long used = planned.memory().get("argument_size_in_bytes") + planned.memory().get("output_size_in_bytes")
        + planned.memory().get("temp_size_in_bytes");
    assertTrue(used <= plan.memory().peakBytes(), "libtpu needs " + used + " bytes, the plan said " + plan.memory());
    assertTrue(!twice.ok() && twice.error().contains("RESOURCE_EXHAUSTED"), "twice the plan: " + twice.error());
  }

  @Test
  void tpuCheckSaysARingProgramFitsAndOverlapsItsTransfers() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Path art = dir.resolve("ring");
    assertEquals(0, torus("compile", "--model", "tiny", "--seq", "64", "--ring", "4", "--layout", "striped",
        "--block-q", "8", "--block-kv", "8", "--chunk", "8", "--out", art.toString()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = TorusCli.run(List.of("tpu-check", art.toString(), "--topology", "v4-8"),
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, text);
    assertTrue(text.contains("4 devices: fits"), text);
    assertTrue(text.contains("2 of 2 collective-permute-start ... done pairs have attention compute between them: hidden"),
        text);
  }

  @Test
  void tpuCheckCompilesEveryProgramOfAGenerateArtifactWithTheCacheAliased() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Path art = dir.resolve("generate");
    assertEquals(0, torus("compile", "--model", "tiny", "--task", "generate", "--ring", "4", "--batch", "2",
        "--prompt-len", "64", "--max-len", "128", "--block-q", "16", "--block-kv", "16", "--chunk", "16",
        "--out", art.toString()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = TorusCli.run(List.of("tpu-check", art.toString(), "--topology", "v4-8", "--json"),
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, text);
    JsonNode r = new ObjectMapper().readTree(text);
    assertEquals(2, r.get("programs").size(), text);
    // Each device's K and V cache slices: [layers 2, batch 2, kv heads 2, 128 / 4 slots, head dim 16] f32.
    long cacheBytes = 2L * (2 * 2 * 2 * 32 * 16 * 4);
    for (JsonNode p : r.get("programs")) {
      assertTrue(p.get("fits").asBoolean(), text);
      assertTrue(p.get("memory").get("alias_size_in_bytes").asLong() >= cacheBytes,
          p.get("name").asText() + ": the donated KV cache is not aliased by the outputs: " + text);
    }
    assertEquals(List.of("main", "decode"), List.of(r.get("programs").get(0).get("name").asText(),
        r.get("programs").get(1).get("name").asText()), text);
  }

  @Test
  void maxContextFindsWhereTheTrainStepStopsFittingAndThePlannerAgrees() throws Exception {
    maxContextAgrees("layer-inputs");
  }

  /** The same for the remat policies that keep more: the planner knows what each keeps. */
  @Test
  void thePlannerAgreesWithLibtpuForEveryRematPolicy() throws Exception {
    maxContextAgrees("projections");
    maxContextAgrees("none");
  }

  private static void maxContextAgrees(String remat) throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = TorusCli.run(List.of("tpu-check", "--max-context", "--model", "tiny", "--topology", "v4-8", "--json",
        "--remat", remat), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, text);
    JsonNode r = new ObjectMapper().readTree(text);
    long perDevice = r.get("perDevice").asLong();
    assertEquals(8 * perDevice, r.get("maxContext").asLong(), text);
    assertEquals(perDevice, Long.highestOneBit(perDevice), text);
    // The search saw both sides of the boundary: the found length fits, twice it runs out of HBM.
    boolean fits = false;
    boolean twiceFails = false;
    for (JsonNode t : r.get("tries")) {
      if (t.get("perDevice").asLong() == perDevice) {
        fits = t.get("fits").asBoolean();
      }
      if (t.get("perDevice").asLong() == 2 * perDevice) {
        twiceFails = !t.get("fits").asBoolean() && t.get("error").asText().contains("RESOURCE_EXHAUSTED");
      }
    }
    assertTrue(fits && twiceFails, text);
    // The planner's model of this program agrees within one power of two.
    long planned = Long.highestOneBit(r.get("plannedTorusPerDevice").asLong());
    assertTrue(planned >= perDevice / 2 && planned <= 2 * perDevice, text);
    assertEquals(remat, r.get("remat").asText(), text);
    System.out.println("[planner] tiny train step on v4-8, --remat " + remat + ": libtpu " + perDevice
        + " tokens per device, planner "
        + r.get("plannedTorusPerDevice").asLong() + " (paper's assumptions: " + r.get("plannedPerDevice").asLong() + ")");
  }

  private static int torus(String... args) {
    return TorusCli.run(List.of(args), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        System.err);
  }
}
