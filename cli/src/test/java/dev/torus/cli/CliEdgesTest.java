package dev.torus.cli;

import static dev.torus.cli.CliRun.torus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.cli.CliRun.Outcome;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.hf.Checkpoint;
import dev.torus.train.DoesNotFitException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edges of the command line (issue 16): checks before expensive work, nothing overwritten or
 * read that should not be, messages that name the file or option, temporary directories removed.
 */
class CliEdgesTest {
  @TempDir Path dir;
  private Path model;
  private Path tokens;

  @BeforeEach
  void tinyModelAndTokens() throws IOException {
    model = dir.resolve("tiny");
    RandomCheckpoint.write(Presets.tiny(), model, 3);
    tokens = dir.resolve("ids.npy");
    Npy.write(tokens, HostTensor.ofInts(new int[16], 16));  // [seq]: one sequence
  }

  private Outcome run(Path out, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("run", "--model", model.toString(), "--tokens-file",
        tokens.toString(), "--out", out.toString()));
    args.addAll(List.of(more));
    return torus(args.toArray(String[]::new));
  }

  @Test
  void anOptionFollowedByAnotherOptionHasNoValue() {
    assertEquals(new Outcome(2, "", "torus run: --out needs a value: --out LOGITS.npy\n"),
        torus("run", "--model", "m", "--tokens-file", "t", "--out", "--force"));
    assertEquals(new Outcome(2, "", "torus compile: --out needs a value: --out ARTIFACT\n"),
        torus("compile", "--model", "tiny", "--seq", "64", "--out", "--emulate"));
    assertFalse(Files.exists(Path.of("true")) || Files.exists(Path.of("--force")));
  }

  @Test
  void outIsCheckedBeforeAnyWorkAndNeverReplacesAFileTorusDidNotWrite() throws IOException {
    Path missingDir = dir.resolve("no/such/logits.npy");
    Outcome noDir = torus("run", "--model", "/no/model", "--tokens-file", "/no/tokens", "--out", missingDir.toString());
    assertEquals(new Outcome(2, "", "torus run: --out " + missingDir + ": the directory " + missingDir.getParent()
        + " does not exist; create it or choose another path\n"), noDir);
    assertEquals("torus run: --out " + dir + " is a directory; expected the path of a .npy file\n",
        torus("run", "--model", "/no/model", "--tokens-file", "/no/tokens", "--out", dir.toString()).err());
    Path notes = Files.writeString(dir.resolve("notes.txt"), "keep me");
    Outcome refused = run(notes);
    assertEquals(new Outcome(2, "", "torus run: --out " + notes + " exists and is not a .npy file; Torus replaces"
        + " only .npy files: choose another path, or pass --force to overwrite it\n"), refused);
    assertEquals("keep me", Files.readString(notes));
    assertEquals("torus run: --out /dev/null is not a regular file (a device, FIFO, socket or broken link); expected"
        + " the path of a .npy file\n", run(Path.of("/dev/null")).err());
  }

  @Test
  void anExistingArtifactOrNonEmptyDirectoryIsReplacedOnlyWithForce() throws IOException {
    Path artifact = dir.resolve("train-step");
    Outcome compiled = torus("compile", "--model", "tiny", "--seq", "64", "--task", "train", "--out", artifact.toString());
    assertEquals(0, compiled.code(), compiled.err());
    String manifest = Files.readString(artifact.resolve("manifest.json"));
    Outcome run = run(dir.resolve("a.npy"), "--artifact", artifact.toString());
    assertEquals(new Outcome(2, "", "torus run: --artifact " + artifact + " already holds an artifact; choose a new"
        + " directory, or pass --force to replace it\n"), run);
    assertEquals(manifest, Files.readString(artifact.resolve("manifest.json")));
    Outcome again = torus("compile", "--model", "tiny", "--seq", "64", "--out", artifact.toString());
    assertEquals(2, again.code());
    assertTrue(again.err().contains("already holds an artifact"), again.err());
    assertEquals(0, torus("compile", "--model", "tiny", "--seq", "64", "--out", artifact.toString(), "--force").code());
    Outcome home = torus("compile", "--model", "tiny", "--seq", "64", "--out", model.toString());
    assertEquals("torus compile: --out " + model + " is not empty and holds no artifact; Torus writes an artifact"
        + " into a new or empty directory: choose one, or pass --force to write into it anyway\n", home.err());
  }

  @Test
  void tokenFilesAreCheckedByNameBeforeTheyAreRead() throws IOException {
    tokens = Path.of("/dev/zero");
    assertEquals(new Outcome(2, "", "torus run: --tokens-file /dev/zero is not a regular file (a device, FIFO or"
        + " socket); expected a file\n"), run(dir.resolve("a.npy")));
    tokens = dir;
    assertEquals("torus run: --tokens-file " + dir + " is a directory, expected a file\n", run(dir.resolve("a.npy")).err());
    tokens = dir.resolve("empty.npy");
    Npy.write(tokens, HostTensor.ofInts(new int[0], 1, 0));
    assertEquals("torus run: --tokens-file " + tokens + " holds no tokens (shape [1, 0])\n", run(dir.resolve("a.npy")).err());
    tokens = dir.resolve("negative.npy");
    byte[] bytes = Npy.toBytes(HostTensor.ofInts(new int[32], 32));
    byte[] hostile = new String(bytes, StandardCharsets.ISO_8859_1).replace("(32,)", "(-32,)")
        .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(tokens, hostile);
    assertEquals("torus run: --tokens-file " + tokens + ": shape: (-32,) has a negative dimension -32; expected"
        + " sizes >= 0\n", run(dir.resolve("a.npy")).err());
    tokens = dir.resolve("big.npy");
    try (var channel = java.nio.channels.FileChannel.open(tokens, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE)) {
      channel.write(java.nio.ByteBuffer.wrap(new byte[1]), TokensFile.MAX_BYTES);  // sparse: no disk used
    }
    assertEquals("torus run: --tokens-file " + tokens + " is 268,435,457 bytes, more than the 268,435,456 bytes"
        + " (256 MiB) Torus reads for a --tokens-file\n", run(dir.resolve("a.npy")).err());
  }

  @Test
  void oneSequenceRunsAndTheTemporaryArtifactIsRemovedEvenOnFailure() throws IOException {
    Path tmp = Files.createDirectory(dir.resolve("tmp"));
    String saved = System.getProperty("java.io.tmpdir");
    System.setProperty("java.io.tmpdir", tmp.toString());
    try {
      Outcome ok = run(dir.resolve("logits.npy"));
      assertEquals(0, ok.code(), ok.err());
      assertEquals(List.of(1L, 16L, (long) Presets.tiny().vocabSize()), Npy.read(dir.resolve("logits.npy")).shape());
      assertEquals(List.of(), list(tmp));
      Npy.write(tokens, HostTensor.ofInts(new int[] {0, 1, 2, 100000}, 4));  // outside the vocabulary: fails
      Outcome failed = run(dir.resolve("logits.npy"));
      assertEquals(1, failed.code(), failed.err());
      assertEquals(List.of(), list(tmp));
    } finally {
      System.setProperty("java.io.tmpdir", saved);
    }
  }

  @Test
  void aCheckpointThatDoesNotMatchItsConfigIsRefusedBeforeCompiling() throws IOException {
    ModelSpec tiny = Presets.tiny();
    Path config = model.resolve(Checkpoint.CONFIG);
    int ffn = tiny.block().ffn().hidden();
    Files.writeString(config, Files.readString(config).replace("\"intermediate_size\" : " + ffn,
        "\"intermediate_size\" : " + 2 * ffn));
    Path artifact = dir.resolve("never-written");
    Outcome r = run(dir.resolve("a.npy"), "--artifact", artifact.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().startsWith("torus run: InvalidCheckpointException: checkpoint " + model + " does not match its"
        + " config.json (width " + tiny.width() + ", " + tiny.depth() + " layers, vocabulary " + tiny.vocabSize()
        + "): tensor 'model.layers.0.mlp.up_proj.weight' has shape f32[" + ffn + "," + tiny.width() + "], expected f32["
        + 2 * ffn + "," + tiny.width() + "]; "), r.err());
    assertTrue(r.err().endsWith("; and 3 more; the config and the safetensors must come from the same"
        + " save_pretrained\n"), r.err());
    assertFalse(Files.exists(artifact), "nothing compiled");
  }

  @Test
  void hugeRunsAndMemoryAreRefusedByArithmeticWithExitThree() throws IOException {
    Npy.write(tokens, HostTensor.ofInts(new int[1 << 21], 1 << 21));  // 2M tokens on the CPU
    Outcome slow = run(dir.resolve("a.npy"));
    assertEquals(3, slow.code(), slow.err());
    assertTrue(slow.err().matches("torus run: 1 x 2097152 tokens of tiny need about \\S+ TFLOP, at least \\S+ h on a"
        + " CPU at 100 GFLOP/s; run fewer tokens, use pod-run on accelerators, or pass --force to run anyway\n"),
        slow.err());
    DoesNotFitException memory = assertThrows(DoesNotFitException.class,
        () -> RunPreflight.checkMemory("the weights of x", Long.MAX_VALUE / 2, false));
    assertTrue(memory.getMessage().matches("the weights of x needs 4611686018.4 GB, this machine has \\S+ GB free"
        + " \\(MemAvailable\\); .* or pass --force to try anyway"), memory.getMessage());
    RunPreflight.checkMemory("the weights of x", Long.MAX_VALUE / 2, true);  // forced: no refusal
    ModelSpec absurd = Presets.tiny().toBuilder().vocab(Integer.MAX_VALUE).width(1 << 30).depth(1 << 20).build();
    assertTrue(assertThrows(DoesNotFitException.class, () -> RunPreflight.parameterBytes(absurd)).getMessage()
        .contains("has more than 2^63 bytes of parameters"));
  }

  @Test
  void configLinkedToASecretIsRefusedWithoutPrintingIt() throws IOException {
    Path secret = Files.writeString(dir.resolve("token"), "hf_TopSecret");
    Files.delete(model.resolve(Checkpoint.CONFIG));
    Files.createSymbolicLink(model.resolve(Checkpoint.CONFIG), secret);
    Outcome r = run(dir.resolve("a.npy"));
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("is a symbolic link to " + secret.toRealPath()), r.err());
    assertFalse(r.err().contains("hf_TopSecret"), r.err());
  }

  @Test
  void fileSystemFailuresNameTheFile() {
    assertEquals("/tmp/x: is a directory", OneLineErrors.failure(new FileSystemException("/tmp/x", null, "Is a directory")));
    assertEquals("/a/b does not exist", OneLineErrors.failure(new java.nio.file.NoSuchFileException("/a/b")));
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.toList();
    }
  }
}
