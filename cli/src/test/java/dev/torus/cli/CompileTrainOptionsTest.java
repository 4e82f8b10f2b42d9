package dev.torus.cli;

import static dev.torus.cli.CliRun.torus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.cli.CliRun.Outcome;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compile --task train --precision P --remat R} writes the step {@code train} runs and
 * {@code tpu-check --max-context} measures: the options in the manifest, the state aliased, bf16 products
 * under bf16-mixed; the options belong to the train task and to {@code --max-context}.
 */
class CompileTrainOptionsTest {
  @TempDir Path dir;

  @Test
  void compileTrainTakesPrecisionAndRematAndAliasesTheState() throws Exception {
    Path mixed = dir.resolve("mixed");
    Outcome o = torus("compile", "--model", "tiny", "--task", "train", "--seq", "64", "--ring", "2", "--fsdp", "2",
        "--layout", "striped", "--block-q", "16", "--block-kv", "16", "--chunk", "16", "--precision", "bf16-mixed",
        "--remat", "projections", "--out", mixed.toString());
    assertEquals(0, o.code(), o.err());
    JsonNode model = new ObjectMapper().readTree(mixed.resolve("manifest.json").toFile()).get("model");
    assertEquals("bf16-mixed", model.get("precision").asText(), model.toString());
    assertEquals("projections", model.get("remat").asText(), model.toString());
    String hlo = Files.readString(mixed.resolve("program.hlo"));
    assertTrue(hlo.lines().findFirst().orElseThrow().contains("input_output_alias"), "the state is not aliased");
    assertTrue(hlo.contains("bf16["), "no bf16 compute under bf16-mixed");

    Path plain = dir.resolve("plain");
    assertEquals(0, torus("compile", "--model", "tiny", "--task", "train", "--seq", "64", "--block-q", "16",
        "--block-kv", "16", "--chunk", "16", "--out", plain.toString()).code());
    JsonNode defaults = new ObjectMapper().readTree(plain.resolve("manifest.json").toFile()).get("model");
    assertTrue(!defaults.has("precision") && !defaults.has("remat"), "defaults stay out of the manifest: " + defaults);
    assertTrue(!Files.readString(plain.resolve("program.hlo")).contains("bf16["), "f32 by default");
  }

  @Test
  void theOptionsAreRefusedWhereTheyDoNotApply() {
    Outcome forward = torus("compile", "--model", "tiny", "--seq", "64", "--precision", "bf16-mixed", "--out",
        dir.resolve("f").toString());
    assertEquals(2, forward.code());
    assertTrue(forward.err().contains("--precision and --remat belong to --task train"), forward.err());
    Outcome wrong = torus("compile", "--model", "tiny", "--task", "train", "--seq", "64", "--precision", "fp8",
        "--out", dir.resolve("w").toString());
    assertEquals(2, wrong.code());
    assertTrue(wrong.err().contains("--precision fp8: expected one of f32, bf16-mixed"), wrong.err());
    Outcome check = torus("tpu-check", dir.toString(), "--topology", "v4-8", "--precision", "f32");
    assertEquals(2, check.code());
    assertTrue(check.err().contains("--precision"), check.err());
  }
}
