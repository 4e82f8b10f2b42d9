package dev.torus.cli;

/**
 * A run refused before it starts because this machine cannot hold or finish it (memory, time): its
 * message is the one line printed ("needs X GB, this machine has Y GB free"), and the exit code 3.
 * {@code --force} runs anyway.
 */
final class DoesNotFitException extends RuntimeException {
  DoesNotFitException(String message) {
    super(message);
  }
}
