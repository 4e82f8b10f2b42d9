package dev.torus.golden;

import dev.torus.harness.XlaHarness;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** How tests that need real XLA treat a machine without the harness. */
public final class HarnessAssumptions {
  private HarnessAssumptions() {}

  /**
   * Returns if the harness is available; otherwise fails when env {@code CI} is {@code true} (so CI
   * cannot pass by skipping) and aborts (skips) the test elsewhere.
   */
  public static void requireOrSkip(XlaHarness harness) {
    Optional<String> reason = harness.unavailableReason();
    if (reason.isEmpty()) {
      return;
    }
    if ("true".equals(System.getenv("CI"))) {
      throw new IllegalStateException(
          "XLA harness required in CI: " + reason.get() + "; " + XlaHarness.INSTALL_HINT);
    }
    Assumptions.abort("XLA harness unavailable: " + reason.get() + "; " + XlaHarness.INSTALL_HINT);
  }
}
