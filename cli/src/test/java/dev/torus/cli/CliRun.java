package dev.torus.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs {@code torus} in this JVM, as the launcher would, and keeps its exit code, stdout and stderr. */
final class CliRun {
  private CliRun() {}

  /** What one command did. */
  record Outcome(int code, String out, String err) {}

  /** {@code torus ARGS...}, its output captured. */
  static Outcome torus(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = TorusCli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
