package dev.torus.artifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.io.BaseEncoding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactTest {
  @TempDir Path tmp;

  private static final Map<String, String> RING_FILES =
      Map.of(
          Artifact.HLO, "HloModule ring, num_partitions=8\n",
          Artifact.STABLEHLO, "module @ring attributes {mhlo.num_partitions = 8 : i32} {}\n",
          Artifact.EMULATED_STABLEHLO, "module @ring_emulated {}\n");

  @Test
  void writeThenReadRoundTrips() throws IOException {
    Path dir = tmp.resolve("ring");
    Artifact written = Artifact.write(dir, ManifestTest.ringManifest(), RING_FILES);
    Artifact read = Artifact.read(dir);
    assertEquals(written.manifest(), read.manifest());
    assertEquals(ManifestTest.ringManifest(), read.manifest().withSha256(null));
    assertTrue(read.hasEmulatedProgram());
    assertEquals(RING_FILES.get(Artifact.STABLEHLO), read.programText(Artifact.STABLEHLO));
    assertEquals(dir, read.dir());
  }

  @Test
  void hashFollowsTheDocumentedDefinition() throws IOException, NoSuchAlgorithmException {
    Artifact a = Artifact.write(tmp.resolve("ring"), ManifestTest.ringManifest(), RING_FILES);
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (String file : List.of("program.hlo", "program.stablehlo.mlir", "program.emulated.stablehlo.mlir")) {
      byte[] bytes = Files.readAllBytes(a.dir().resolve(file));
      sha.update((file + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
      sha.update(bytes);
    }
    sha.update(ManifestTest.ringManifest().canonicalJson().getBytes(StandardCharsets.UTF_8));
    assertEquals(BaseEncoding.base16().lowerCase().encode(sha.digest()), a.manifest().sha256());
  }

  @Test
  void editedProgramByteFailsTheHash() throws IOException {
    Path dir = tmp.resolve("ring");
    Artifact a = Artifact.write(dir, ManifestTest.ringManifest(), RING_FILES);
    Path program = dir.resolve(Artifact.STABLEHLO);
    byte[] bytes = Files.readAllBytes(program);
    bytes[3] ^= 1;
    Files.write(program, bytes);
    InvalidArtifactException e = assertThrows(InvalidArtifactException.class, () -> Artifact.read(dir));
    String expectedPrefix = "artifact " + dir + ": sha256 mismatch: manifest says " + a.manifest().sha256() + ", files give ";
    assertTrue(e.getMessage().startsWith(expectedPrefix), e.getMessage());
    assertTrue(e.getMessage().endsWith("; the artifact was modified after it was written; recompile it"), e.getMessage());
  }

  @Test
  void editedManifestValueFailsTheHashButReformattingDoesNot() throws IOException {
    Path dir = tmp.resolve("ring");
    Artifact.write(dir, ManifestTest.ringManifest(), RING_FILES);
    Path manifest = dir.resolve(Artifact.MANIFEST);
    String json = Files.readString(manifest);
    Files.writeString(manifest, json.replace("\n", "").replace("  ", ""));
    Artifact.read(dir);
    Files.writeString(manifest, json.replace("\"blockQ\" : 16", "\"blockQ\" : 8"));
    InvalidArtifactException e = assertThrows(InvalidArtifactException.class, () -> Artifact.read(dir));
    assertTrue(e.getMessage().contains("sha256 mismatch"), e.getMessage());
  }

  @Test
  void deletedProgramFileFailsTheHash() throws IOException {
    Path dir = tmp.resolve("ring");
    Artifact.write(dir, ManifestTest.ringManifest(), RING_FILES);
    Files.delete(dir.resolve(Artifact.HLO));
    InvalidArtifactException e = assertThrows(InvalidArtifactException.class, () -> Artifact.read(dir));
    assertTrue(e.getMessage().contains("sha256 mismatch"), e.getMessage());
  }

  @Test
  void otherFormatVersionIsRefused() throws IOException {
    Path dir = tmp.resolve("ring");
    Artifact.write(dir, ManifestTest.ringManifest(), RING_FILES);
    Path manifest = dir.resolve(Artifact.MANIFEST);
    String json = Files.readString(manifest);
    Files.writeString(manifest, json.replace("\"formatVersion\" : 2,", "\"formatVersion\" : 3,"));
    InvalidArtifactException e = assertThrows(InvalidArtifactException.class, () -> Artifact.read(dir));
    assertEquals("artifact " + dir + " has formatVersion 3, this Torus reads 2; recompile it with this Torus",
        e.getMessage());
    Files.writeString(manifest, json.replace("\"formatVersion\" : 2,", "\"formatVersion\" : 1,"));
    e = assertThrows(InvalidArtifactException.class, () -> Artifact.read(dir));
    assertEquals("artifact " + dir + " has formatVersion 1, this Torus reads 2; recompile it with this Torus"
        + " (format 1 held one program; format 2 holds several, each with its donations and memory figures)",
        e.getMessage());
  }

  @Test
  void missingFilesAreNamed() throws IOException {
    Path dir = tmp.resolve("ring");
    Artifact.write(dir, ManifestTest.ringManifest(), RING_FILES);
    Files.delete(dir.resolve(Artifact.STABLEHLO));
    InvalidArtifactException e = assertThrows(InvalidArtifactException.class, () -> Artifact.read(dir));
    assertEquals("artifact " + dir + ": missing program.stablehlo.mlir, the program of entryPoints[0] 'main';"
        + " recompile it", e.getMessage());
    Files.delete(dir.resolve(Artifact.MANIFEST));
    e = assertThrows(InvalidArtifactException.class, () -> Artifact.read(dir));
    assertEquals("artifact " + dir + ": missing manifest.json; recompile it", e.getMessage());
    e = assertThrows(InvalidArtifactException.class, () -> Artifact.read(tmp.resolve("nowhere")));
    assertEquals("artifact " + tmp.resolve("nowhere") + " is not a directory (it does not exist)", e.getMessage());
  }

  @Test
  void rewriteRemovesStaleProgramFiles() throws IOException {
    Path dir = tmp.resolve("ring");
    Artifact.write(dir, ManifestTest.ringManifest(), RING_FILES);
    Artifact.write(dir, ManifestTest.ringManifest(), Map.of(Artifact.STABLEHLO, "module @ring {}\n"));
    Artifact read = Artifact.read(dir);
    assertFalse(read.hasEmulatedProgram());
    assertFalse(Files.exists(dir.resolve(Artifact.HLO)));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> read.programText(Artifact.HLO));
    assertEquals("artifact " + dir + " has no program.hlo; it has [program.stablehlo.mlir]", e.getMessage());
  }

  @Test
  void emulatedProgramNeedsSeveralDevices() {
    Manifest single = Manifest.builder().torusVersion("t").name("one")
        .entryPoint(EntryPoint.of("main", List.of(), List.of())).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Artifact.write(tmp.resolve("one"), single, RING_FILES));
    assertEquals("artifact " + tmp.resolve("one")
        + ": program.emulated.stablehlo.mlir is only for meshes of more than one device, mesh [] has 1", e.getMessage());
  }

  /** A train step and an eval program in one artifact, each with its files, the step donating its state. */
  static Manifest twoPrograms() {
    TensorSpec w = TensorSpec.replicated("w", Role.WEIGHT, DType.F32, List.of(4L, 4L));
    TensorSpec x = TensorSpec.replicated("x", Role.TOKENS, DType.S32, List.of(1L, 4L));
    TensorSpec loss = TensorSpec.replicated("loss", Role.LOSS, DType.F32, List.of());
    EntryPoint train = EntryPoint.of(EntryPoint.MAIN, List.of(x, w), List.of(loss, w))
        .withDonations(List.of(new EntryPoint.Donation("w", "w")))
        .withMemory(new EntryPoint.ProgramMemory(80, 68, 1000));
    EntryPoint eval = EntryPoint.of("eval", List.of(x, w), List.of(loss));
    return Manifest.builder().torusVersion("t").name("two").entryPoint(train).entryPoint(eval).build();
  }

  @Test
  void severalProgramsEachWithTheirFiles() throws IOException, NoSuchAlgorithmException {
    Path dir = tmp.resolve("two");
    Map<String, String> files = Map.of("program.hlo", "HloModule train\n", "program.stablehlo.mlir", "module @train {}\n",
        "eval.hlo", "HloModule eval\n", "eval.stablehlo.mlir", "module @eval {}\n");
    Artifact.write(dir, twoPrograms(), files);
    Artifact read = Artifact.read(dir);
    EntryPoint eval = read.manifest().entryPoint("eval");
    assertEquals("module @eval {}\n", read.programText(Artifact.programFiles(eval).stableHlo()));
    assertEquals(new Artifact.ProgramFiles("eval.hlo", "eval.stablehlo.mlir", "eval.emulated.stablehlo.mlir"),
        Artifact.programFiles(eval));
    EntryPoint train = read.manifest().entryPoint(EntryPoint.MAIN);
    assertEquals(List.of(new EntryPoint.Donation("w", "w")), train.donations());
    assertEquals(64, train.donatedBytes());
    assertEquals(80 + 68 - 64 + 1000, train.memory().peakBytes(train.donatedBytes()));
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (String file : List.of("program.hlo", "program.stablehlo.mlir", "eval.hlo", "eval.stablehlo.mlir")) {
      byte[] bytes = files.get(file).getBytes(StandardCharsets.UTF_8);
      sha.update((file + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
      sha.update(bytes);
    }
    sha.update(twoPrograms().canonicalJson().getBytes(StandardCharsets.UTF_8));
    assertEquals(BaseEncoding.base16().lowerCase().encode(sha.digest()), read.manifest().sha256());
    Files.delete(dir.resolve("eval.stablehlo.mlir"));
    assertEquals("artifact " + dir + ": missing eval.stablehlo.mlir, the program of entryPoints[1] 'eval'; recompile it",
        assertThrows(InvalidArtifactException.class, () -> Artifact.read(dir)).getMessage());
    assertEquals("artifact " + dir + ": eval.stablehlo.mlir (entry point 'eval') is required",
        assertThrows(IllegalArgumentException.class, () -> Artifact.write(dir, twoPrograms(),
            Map.of("program.stablehlo.mlir", "module @train {}\n"))).getMessage());
  }

  @Test
  void donationsAndNamesAreChecked() {
    TensorSpec w = TensorSpec.replicated("w", Role.WEIGHT, DType.F32, List.of(4L, 4L));
    TensorSpec half = TensorSpec.replicated("h", Role.WEIGHT, DType.BF16, List.of(4L, 4L));
    EntryPoint e = EntryPoint.of("step", List.of(w), List.of(w, half));
    assertEquals("entry point 'step': donations[0]: input 'w' (f32[4,4]) is donated to output 'h' (bf16[4,4]) of another type",
        assertThrows(IllegalArgumentException.class,
            () -> e.withDonations(List.of(new EntryPoint.Donation("w", "h")))).getMessage());
    assertEquals("entry point 'step': donations[0].input 'v' is not an input",
        assertThrows(IllegalArgumentException.class,
            () -> e.withDonations(List.of(new EntryPoint.Donation("v", "w")))).getMessage());
    assertEquals("entry point name 'program' is reserved: the main program's files are called program.*",
        assertThrows(IllegalArgumentException.class, () -> EntryPoint.of("program", List.of(), List.of())).getMessage());
    assertEquals("entry point name must be lowercase letters, digits and '_', starting with a letter; got '../x'",
        assertThrows(IllegalArgumentException.class, () -> EntryPoint.of("../x", List.of(), List.of())).getMessage());
  }
}
