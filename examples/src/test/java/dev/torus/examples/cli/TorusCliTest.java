package dev.torus.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.Artifact;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes, one-line errors on stderr, and what compile writes. */
class TorusCliTest {
  @TempDir Path dir;

  private record Outcome(int code, String out, String err) {}

  private static Outcome torus(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = TorusCli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void mistakesExitWithTwoAndOneLineThatSaysWhatToDo() {
    Outcome unknown = torus("trian");
    assertEquals(2, unknown.code());
    assertEquals("torus: unknown command 'trian'; known commands: demo, compile, run (see: torus help)\n", unknown.err());

    Outcome blocks = torus("compile", "--model", "tiny", "--seq", "64", "--block-q", "48", "--out", dir.toString());
    assertEquals(2, blocks.code());
    assertTrue(blocks.err().startsWith("torus compile: sequence length 64 must be a multiple of the query block 48"),
        blocks.err());

    Outcome noWeights = torus("run", "--model", "tiny", "--tokens-file", "x.npy", "--out", "y.npy");
    assertEquals(2, noWeights.code());
    assertTrue(noWeights.err().contains("built-in model 'tiny' has no weights"), noWeights.err());

    Outcome ring = torus("run", "--model", "tiny", "--tokens-file", "x.npy", "--out", "y.npy", "--ring", "4");
    assertEquals(2, ring.code());

    Outcome option = torus("compile", "--model", "tiny", "--seq", "64", "--sequence", "64");
    assertEquals(2, option.code());
    assertTrue(option.err().startsWith("torus compile: unknown option '--sequence'; compile takes --batch"), option.err());
    assertEquals(1, option.err().lines().count());
  }

  @Test
  void compileWritesTheEmulationOnlyForSmallMeshesUnlessAsked() throws Exception {
    Outcome small = torus("compile", "--model", "tiny", "--seq", "64", "--ring", "4", "--layout", "striped",
        "--block-q", "8", "--block-kv", "8", "--chunk", "8", "--out", dir.resolve("r4").toString());
    assertEquals(0, small.code(), small.err());
    assertTrue(Files.exists(dir.resolve("r4").resolve(Artifact.EMULATED_STABLEHLO)));

    Outcome large = torus("compile", "--model", "tiny", "--seq", "256", "--ring", "32", "--block-q", "8",
        "--block-kv", "8", "--chunk", "8", "--out", dir.resolve("r32").toString());
    assertEquals(0, large.code(), large.err());
    assertFalse(Files.exists(dir.resolve("r32").resolve(Artifact.EMULATED_STABLEHLO)));
    assertTrue(large.out().contains("no single-device emulation for 32 devices (add --emulate to write it)"), large.out());
    Artifact artifact = Artifact.read(dir.resolve("r32"));
    assertEquals(32, artifact.manifest().mesh().deviceCount());
    assertEquals("striped", Artifact.read(dir.resolve("r4")).manifest().tokenLayout());
  }
}
