package dev.torus.train;

/**
 * A run refused before it starts because the machine cannot hold or finish it (memory per device,
 * or time): its message is the one line printed ("needs X GiB per device, ... has Y GiB"), and the
 * command line exits with 3; {@code --force} runs anyway.
 */
public final class DoesNotFitException extends RuntimeException {
  public DoesNotFitException(String message) {
    super(message);
  }
}
