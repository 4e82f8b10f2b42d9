package dev.torus.runtime;

/**
 * A program this runtime refuses to hand to XLA: it needs several devices (collectives, more than
 * one partition or replica) and this runtime runs one. Thrown before any TensorFlow op is built, so
 * the JVM never reaches the XLA path that crashes on collectives. The message names the program,
 * what was found and what to do instead.
 */
public final class UnsupportedProgramException extends RuntimeException {
  public UnsupportedProgramException(String message) {
    super(message);
  }
}
