package dev.torus.artifact;

/**
 * An artifact directory that cannot be used as it is: another format version, a hash that does not
 * match, a missing file or an invalid manifest. The message names the directory and what to do.
 */
public final class InvalidArtifactException extends RuntimeException {
  public InvalidArtifactException(String message) {
    super(message);
  }

  public InvalidArtifactException(String message, Throwable cause) {
    super(message, cause);
  }
}
