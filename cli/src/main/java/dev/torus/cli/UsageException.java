package dev.torus.cli;

/**
 * A mistake in the command line that only the command itself can see (a combination of options, a
 * file that is not what the option needs); its message is the one line printed, and the exit code 2.
 */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }

  /** {@code value}, or the mistake "{@code option} is required" when it is null. */
  static <T> T required(T value, String option) {
    if (value == null) {
      throw new UsageException(option + " is required");
    }
    return value;
  }
}
