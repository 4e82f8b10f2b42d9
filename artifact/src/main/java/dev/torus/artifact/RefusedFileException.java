package dev.torus.artifact;

/**
 * A file Torus will not read: not a regular file (a directory, device, FIFO, or a symbolic link
 * outside a Hugging Face cache), larger than the cap for its kind, or not valid JSON. The message
 * names the file and what was expected, never the file's content.
 */
public final class RefusedFileException extends RuntimeException {
  public RefusedFileException(String message) {
    super(message);
  }

  public RefusedFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
