package dev.torus.compiler;

/** Facts about this build of Torus. */
public final class Torus {
  /** Written into every artifact's manifest as {@code torusVersion}. */
  public static final String VERSION = "0.1.0";

  private Torus() {}
}
