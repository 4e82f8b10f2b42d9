package dev.torus.compiler.pass;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.HloVerifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Runs passes in order and runs {@link HloVerifier} on the module after each one, so an invariant
 * a pass breaks is reported against that pass ({@code pass emulate-mesh produced an invalid
 * module: ...}) rather than at some later consumer. The input module is not verified: it comes
 * from a builder, which already did.
 */
public final class PassPipeline implements Pass {
  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final String name;
  private final ImmutableList<Pass> passes;

  /** A pipeline called {@code name} (kebab-case) of {@code passes}, whose names must be kebab-case and distinct. */
  public PassPipeline(String name, List<? extends Pass> passes) {
    checkArgument(KEBAB.matcher(name).matches(), "pipeline name '%s' is not kebab-case", name);
    Set<String> seen = new HashSet<>();
    for (Pass p : passes) {
      checkArgument(KEBAB.matcher(p.name()).matches(), "pass name '%s' is not kebab-case", p.name());
      checkArgument(seen.add(p.name()), "pipeline %s: pass %s appears twice", name, p.name());
    }
    this.name = name;
    this.passes = ImmutableList.copyOf(passes);
  }

  public static PassPipeline of(String name, Pass... passes) {
    return new PassPipeline(name, List.of(passes));
  }

  @Override
  public String name() {
    return name;
  }

  public ImmutableList<Pass> passes() {
    return passes;
  }

  /**
   * Runs every pass, verifying after each.
   *
   * @throws HloVerifier.VerificationError naming the pass whose output broke an invariant
   * @throws IllegalArgumentException from a pass that refused the module, prefixed with its name
   *     unless the message already starts with it
   */
  @Override
  public HloModule run(HloModule module) {
    HloModule current = module;
    for (Pass p : passes) {
      try {
        current = p.run(current);
      } catch (IllegalArgumentException e) {
        if (e.getMessage() != null && e.getMessage().startsWith(p.name() + ":")) {
          throw e;
        }
        throw new IllegalArgumentException(p.name() + ": " + e.getMessage(), e);
      }
      try {
        HloVerifier.verify(current);
      } catch (HloVerifier.VerificationError e) {
        throw new HloVerifier.VerificationError("pipeline " + name + ": pass " + p.name()
            + " produced an invalid module " + current.name() + ": " + e.getMessage());
      }
    }
    return current;
  }
}
