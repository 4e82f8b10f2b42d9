package dev.torus.compiler.ir;

/** A shape or attribute rule broken while building or verifying HLO; the message names the instruction. */
public final class ShapeError extends IllegalArgumentException {
  public ShapeError(String message) {
    super(message);
  }
}
