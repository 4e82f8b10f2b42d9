package dev.torus.cli;

import static dev.torus.cli.CliRun.torus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.cli.CliRun.Outcome;
import dev.torus.artifact.Artifact;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compile --target cpu|tpu|gpu} and what {@code report} says of a gpu artifact. */
class GpuTargetTest {
  @Test
  void gpuArtifactsCallCudnnAndTheReportSaysWhatStaysOnTheXlaLoop(@TempDir Path dir) throws Exception {
    String[] common = {"compile", "--model", "tiny", "--dtype", "bf16", "--seq", "64", "--block-q", "16", "--block-kv", "8",
        "--chunk", "16"};
    Outcome gpu = torus(concat(common, "--target", "gpu", "--out", dir.resolve("gpu").toString()));
    assertEquals(0, gpu.code(), gpu.err());
    assertTrue(gpu.out().contains("cuDNN fused attention call site"), gpu.out());
    String hlo = Files.readString(dir.resolve("gpu").resolve(Artifact.HLO));
    assertTrue(hlo.contains("custom_call_target=\"__cudnn$fmhaSoftmax\""), "program.hlo has no cuDNN call");
    String manifest = Files.readString(dir.resolve("gpu").resolve("manifest.json"));
    assertTrue(manifest.matches("(?s).*\"target\"\\s*:\\s*\"gpu\".*"), manifest);

    Outcome ring = torus("compile", "--model", "tiny", "--dtype", "bf16", "--seq", "128", "--ring", "2", "--block-q", "16",
        "--block-kv", "8", "--chunk", "16", "--target", "gpu", "--out", dir.resolve("ring").toString());
    assertEquals(0, ring.code(), ring.err());
    assertTrue(Files.readString(dir.resolve("ring").resolve(Artifact.EMULATED_STABLEHLO)).contains("__cudnn$fmhaSoftmax"));

    Outcome tpu = torus(concat(common, "--target", "tpu", "--out", dir.resolve("tpu").toString()));
    assertEquals(0, tpu.code(), tpu.err());
    assertFalse(Files.readString(dir.resolve("tpu").resolve(Artifact.HLO)).contains("custom-call"));

    Outcome report = torus("report", dir.resolve("gpu").toString());
    assertEquals(0, report.code(), report.err());
    assertTrue(report.out().contains("target gpu (experimental)") && report.out().contains("run the XLA loop"),
        report.out());

    Outcome wrong = torus(concat(common, "--target", "cuda", "--out", dir.resolve("x").toString()));
    assertEquals(2, wrong.code());
    assertTrue(wrong.err().contains("expected one of cpu, tpu, gpu"), wrong.err());
    Outcome train = torus(concat(common, "--target", "gpu", "--task", "train", "--out", dir.resolve("t").toString()));
    assertEquals(0, train.code(), train.err());
    String step = Files.readString(dir.resolve("t").resolve(Artifact.HLO));
    assertTrue(step.contains("\"__cudnn$fmhaSoftmax\"") && step.contains("\"__cudnn$fmhaSoftmaxBackward\""));
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
