package dev.torus.train;

/** A program needs more memory per device than the engine's devices have (the command line exits with 3). */
public final class DoesNotFitException extends RuntimeException {
  public DoesNotFitException(String message) {
    super(message);
  }
}
