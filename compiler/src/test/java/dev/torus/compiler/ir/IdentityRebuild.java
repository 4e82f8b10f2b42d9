package dev.torus.compiler.ir;

import java.util.Map;

/**
 * A rebuilding identity pass over a computation still being built: every instruction so far is
 * replaced by an equal new object (same name, so the printed program does not change), as a pass
 * that re-creates instructions leaves it.
 */
public final class IdentityRebuild {
  private IdentityRebuild() {}

  /** Re-creates every instruction of {@code b}; returns each old instruction's replacement. */
  public static Map<Instruction, Instruction> everyInstruction(XlaBuilder b) {
    return b.recreateAll();
  }
}
