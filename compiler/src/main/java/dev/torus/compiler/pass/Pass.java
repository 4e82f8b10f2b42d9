package dev.torus.compiler.pass;

import dev.torus.compiler.ir.HloModule;

/**
 * One module-to-module transformation, as XLA's {@code HloPassInterface}: a pure function of the
 * module (modules are immutable; a pass returns a new one, or the same one when it changes
 * nothing), with a kebab-case {@link #name} that error messages and pipelines use.
 */
public interface Pass {

  /** The pass's kebab-case name, e.g. {@code emulate-mesh}. */
  String name();

  /**
   * The transformed module. A pass that cannot transform {@code module} throws
   * {@link IllegalArgumentException} naming itself, the instruction and the rule.
   */
  HloModule run(HloModule module);
}
