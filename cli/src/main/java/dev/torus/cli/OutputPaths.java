package dev.torus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Where a command will write, checked before any work so that a mistake costs nothing: the
 * directory must exist, the path must not be a directory (or a device, FIFO, socket), and nothing
 * Torus did not write is replaced without {@code --force}. Each refusal is a {@link UsageException}
 * naming the option and the path.
 */
final class OutputPaths {
  private static final byte[] NPY_MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

  private OutputPaths() {}

  /**
   * {@code file} can take a {@code .npy} written by {@code option}: its directory exists and is
   * writable; an existing file there is replaced only when it is itself a {@code .npy} (an earlier
   * run's output) or {@code force} is set.
   */
  static void checkNpyFile(Path file, String option, boolean force) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new UsageException(option + " " + file + ": the directory " + parent + " does not exist; create it or"
          + " choose another path");
    }
    if (Files.isDirectory(file)) {
      throw new UsageException(option + " " + file + " is a directory; expected the path of a .npy file");
    }
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.exists(file)) {
      if (!Files.isRegularFile(file)) {
        throw new UsageException(option + " " + file + " is not a regular file (a device, FIFO, socket or broken"
            + " link); expected the path of a .npy file");
      }
      if (!force && !startsWithNpyMagic(file)) {
        throw new UsageException(option + " " + file + " exists and is not a .npy file; Torus replaces only .npy"
            + " files: choose another path, or pass --force to overwrite it");
      }
      if (!Files.isWritable(file)) {
        throw new UsageException(option + " " + file + " exists and is not writable");
      }
    } else if (!Files.isWritable(parent)) {
      throw new UsageException(option + " " + file + ": cannot write into " + parent);
    }
  }

  /**
   * {@code dir} can take a new artifact: it does not exist yet, or is empty; a directory holding an
   * artifact or anything else is replaced only with {@code force}.
   */
  static void checkArtifactDirectory(Path dir, String option, boolean force) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(dir)) {
      throw new UsageException(option + " " + dir + " exists and is not a directory; expected a directory for the"
          + " artifact");
    }
    boolean empty;
    try (Stream<Path> entries = Files.list(dir)) {
      empty = entries.findAny().isEmpty();
    }
    if (empty || force) {
      return;
    }
    if (Files.exists(dir.resolve(dev.torus.artifact.Artifact.MANIFEST))) {
      throw new UsageException(option + " " + dir + " already holds an artifact; choose a new directory, or pass"
          + " --force to replace it");
    }
    throw new UsageException(option + " " + dir + " is not empty and holds no artifact; Torus writes an artifact"
        + " into a new or empty directory: choose one, or pass --force to write into it anyway");
  }

  private static boolean startsWithNpyMagic(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(NPY_MAGIC.length), NPY_MAGIC);
    } catch (IOException e) {
      return false;
    }
  }
}
