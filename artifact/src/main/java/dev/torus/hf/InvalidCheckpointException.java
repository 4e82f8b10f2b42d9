package dev.torus.hf;

/**
 * A Hugging Face checkpoint that Torus cannot use as it is: a malformed or truncated file, a
 * missing or misshapen tensor, or a model feature Torus does not implement. The message names the
 * file (and the tensor or config field) and says what is wrong.
 */
public final class InvalidCheckpointException extends RuntimeException {
  public InvalidCheckpointException(String message) {
    super(message);
  }

  public InvalidCheckpointException(String message, Throwable cause) {
    super(message, cause);
  }
}
