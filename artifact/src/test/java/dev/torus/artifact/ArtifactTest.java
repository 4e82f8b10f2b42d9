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
    Files.writeString(manifest, Files.readString(manifest).replace("\"formatVersion\" : 1,", "\"formatVersion\" : 2,"));
    InvalidArtifactException e = assertThrows(InvalidArtifactException.class, () -> Artifact.read(dir));
    assertEquals("artifact " + dir + " has formatVersion 2, this Torus reads 1; recompile it with this Torus",
        e.getMessage());
  }

  @Test
  void missingFilesAreNamed() throws IOException {
    Path dir = tmp.resolve("ring");
    Artifact.write(dir, ManifestTest.ringManifest(), RING_FILES);
    Files.delete(dir.resolve(Artifact.STABLEHLO));
    InvalidArtifactException e = assertThrows(InvalidArtifactException.class, () -> Artifact.read(dir));
    assertEquals("artifact " + dir + ": missing program.stablehlo.mlir; recompile it", e.getMessage());
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
}
