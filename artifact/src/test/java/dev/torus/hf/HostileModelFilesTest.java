package dev.torus.hf;

import static dev.torus.hf.SafetensorsTest.fails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.InputFiles;
import dev.torus.artifact.InvalidArtifactException;
import dev.torus.artifact.RefusedFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model and artifact directories built to make Torus read or print what it should not: links to
 * secrets, devices, FIFOs, oversized files, JSON whose syntax error would quote a secret.
 */
class HostileModelFilesTest {
  private static final String SECRET = "hf_SeCrEtToKeN0123456789";

  @TempDir Path tmp;

  private Path modelDir() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("model"));
    SafetensorsFiles.write(dir.resolve(Checkpoint.SINGLE_FILE),
        ImmutableMap.of("model.norm.weight", HostTensor.ofFloats(new float[] {1f, 1f}, 2)));
    return dir;
  }

  @Test
  void aConfigLinkedToASecretIsRefusedWithoutPrintingIt() throws IOException {
    Path token = Files.writeString(tmp.resolve("token"), SECRET + "\n");
    Path dir = modelDir();
    Files.createSymbolicLink(dir.resolve(Checkpoint.CONFIG), token);
    String message = fails(() -> Checkpoint.open(dir));
    assertEquals("config " + dir.resolve(Checkpoint.CONFIG) + " is a symbolic link to " + token.toRealPath()
        + "; Torus follows only a Hugging Face cache's links from snapshots/ into the same repository's blobs/: copy"
        + " the file in place of the link", message);
    assertFalse(message.contains(SECRET));
  }

  @Test
  void invalidJsonNamesTheLineAndColumnButNeverTheText() throws IOException {
    Path dir = modelDir();
    Files.writeString(dir.resolve(Checkpoint.CONFIG), "{\n  \"a\": " + SECRET + "\n}\n");
    String message = fails(() -> HfConfig.read(dir.resolve(Checkpoint.CONFIG)));
    assertTrue(message.startsWith("file " + dir.resolve(Checkpoint.CONFIG) + ": invalid JSON at line 2, column "),
        message);
    assertFalse(message.contains(SECRET), message);
    assertFalse(message.contains("hf_"), message);
    Files.writeString(dir.resolve(Checkpoint.CONFIG), "{\"" + SECRET + "\": 1, \"" + SECRET + "\": 2}");
    String duplicate = fails(() -> HfConfig.read(dir.resolve(Checkpoint.CONFIG)));
    assertTrue(duplicate.endsWith("(a key appears twice in one object)"), duplicate);
    assertFalse(duplicate.contains(SECRET), duplicate);
    Files.writeString(dir.resolve(Checkpoint.CONFIG), HfConfigTest.TRANSFORMERS_5);
    Files.writeString(dir.resolve(Checkpoint.INDEX), "{\"weight_map\": {\"" + SECRET);
    Files.delete(dir.resolve(Checkpoint.SINGLE_FILE));
    String truncated = fails(() -> Checkpoint.open(dir));
    assertTrue(truncated.startsWith("file " + dir.resolve(Checkpoint.INDEX) + ": invalid JSON at line 1, column "),
        truncated);
    assertTrue(truncated.endsWith("(the text ends before the JSON value does)"), truncated);
    assertFalse(truncated.contains(SECRET), truncated);
  }

  @Test
  void theHuggingFaceCacheLinksStillWork() throws IOException {
    Path repository = tmp.resolve("hub/models--org--tiny");
    Path blobs = Files.createDirectories(repository.resolve("blobs"));
    Path snapshot = Files.createDirectories(repository.resolve("snapshots/0123abcd"));
    Files.writeString(blobs.resolve("c0ffee"), HfConfigTest.TRANSFORMERS_5);
    Files.createSymbolicLink(snapshot.resolve(Checkpoint.CONFIG), Path.of("../../blobs/c0ffee"));
    assertEquals(64, HfConfig.read(snapshot.resolve(Checkpoint.CONFIG)).hiddenSize());
    // A link into another repository's blobs/ is not the cache's own link.
    Path other = Files.createDirectories(tmp.resolve("hub/models--evil--x/blobs"));
    Files.writeString(other.resolve("beef"), HfConfigTest.TRANSFORMERS_5);
    Files.delete(snapshot.resolve(Checkpoint.CONFIG));
    Files.createSymbolicLink(snapshot.resolve(Checkpoint.CONFIG), other.resolve("beef"));
    assertTrue(fails(() -> HfConfig.read(snapshot.resolve(Checkpoint.CONFIG))).contains("is a symbolic link to "));
  }

  @Test
  void directoriesDevicesFifosAndOversizedFilesAreRefusedByName() throws IOException, InterruptedException {
    Path dir = modelDir();
    Files.createDirectory(dir.resolve(Checkpoint.CONFIG));
    assertEquals("config " + dir.resolve(Checkpoint.CONFIG) + " is a directory, expected a file",
        fails(() -> HfConfig.read(dir.resolve(Checkpoint.CONFIG))));
    assertEquals("tokens /dev/zero is not a regular file (a device, FIFO or socket); expected a file",
        assertThrows(RefusedFileException.class, () -> InputFiles.requireRegularFile(Path.of("/dev/zero"), "tokens",
            1 << 20)).getMessage());
    Path fifo = tmp.resolve("fifo");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    assertEquals("config " + fifo + " is not a regular file (a device, FIFO or socket); expected a file",
        fails(() -> HfConfig.read(fifo)));  // refused before it is opened: opening a FIFO would block
    Path big = tmp.resolve("big.json");
    Files.write(big, new byte[(int) InputFiles.Kind.CONFIG.maxBytes() + 1]);
    assertEquals("config " + big + " is 1,048,577 bytes, more than the 1,048,576 bytes (1 MiB) Torus reads for a"
        + " config", fails(() -> HfConfig.read(big)));
  }

  @Test
  void anArtifactsFilesMustBeRegularFilesToo() throws IOException {
    Path token = Files.writeString(tmp.resolve("token"), SECRET);
    Path dir = Files.createDirectories(tmp.resolve("artifact"));
    Files.createSymbolicLink(dir.resolve(Artifact.MANIFEST), token);
    String message = assertThrows(InvalidArtifactException.class, () -> Artifact.read(dir)).getMessage();
    assertTrue(message.startsWith("artifact " + dir + ": artifact manifest " + dir.resolve(Artifact.MANIFEST)
        + " is a symbolic link to "), message);
    assertFalse(message.contains(SECRET), message);
    Files.delete(dir.resolve(Artifact.MANIFEST));
    Files.writeString(dir.resolve(Artifact.MANIFEST), "{\"formatVersion\": " + SECRET + "}");
    String json = assertThrows(InvalidArtifactException.class, () -> Artifact.read(dir)).getMessage();
    assertTrue(json.contains(": invalid JSON at line 1, column "), json);
    assertFalse(json.contains(SECRET), json);
  }
}
