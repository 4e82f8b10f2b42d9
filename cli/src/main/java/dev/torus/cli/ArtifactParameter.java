package dev.torus.cli;

import dev.torus.artifact.Artifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The {@code ARTIFACT} a command reads first: a directory that {@code torus compile} wrote. */
final class ArtifactParameter {
  @Parameters(index = "0", paramLabel = "ARTIFACT", description = "an artifact directory (torus compile writes one)")
  Path dir;

  /** The artifact, read and its hash checked. */
  Artifact read() throws IOException {
    return read(dir);
  }

  /** The artifact in {@code dir}, read and its hash checked; a directory without a manifest is a usage mistake. */
  static Artifact read(Path dir) throws IOException {
    if (!Files.isRegularFile(dir.resolve(Artifact.MANIFEST))) {
      throw new UsageException(dir + " is not an artifact (no " + Artifact.MANIFEST + "); write one with torus compile");
    }
    return Artifact.read(dir);
  }
}
