package dev.torus.cli;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A directory under the system's temporary directory that a command works in and removes with all
 * it holds when closed, whether the command succeeded or failed.
 */
final class TemporaryDirectory implements AutoCloseable {
  private final Path path;

  private TemporaryDirectory(Path path) {
    this.path = path;
  }

  /** A new directory in {@code java.io.tmpdir} (read at each call) whose name starts with {@code prefix}. */
  static TemporaryDirectory create(String prefix) throws IOException {
    return new TemporaryDirectory(Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), prefix));
  }

  Path path() {
    return path;
  }

  /** Removes the directory and everything in it; a file that cannot be removed is an error naming it. */
  @Override
  public void close() {
    try {
      MoreFiles.deleteRecursively(path, RecursiveDeleteOption.ALLOW_INSECURE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the temporary directory " + path + ": " + e.getMessage(), e);
    }
  }
}
