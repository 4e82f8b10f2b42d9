package dev.torus.train;

/**
 * Training data that cannot be used as it is: a token id that is negative, too large for an int, or outside
 * the model's vocabulary. The message names the file, the token position and, where known, the step and row.
 */
public final class InvalidDataException extends RuntimeException {
  public InvalidDataException(String message) {
    super(message);
  }

  public InvalidDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
