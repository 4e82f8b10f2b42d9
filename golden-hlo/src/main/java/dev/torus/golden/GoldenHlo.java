package dev.torus.golden;

import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.emit.StableHloPrinter;
import dev.torus.compiler.ir.HloModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * Golden-file testing for compiled programs, usable from any JUnit test on any model:
 *
 * <pre>{@code
 * GoldenHlo.assertMatches(module, Path.of("src/test/golden"));   // <name>.hlo and <name>.stablehlo.mlir
 * }</pre>
 *
 * A mismatch fails with a readable line diff. Run with {@code -Dgolden.update=true} to rewrite the
 * files from the current compiler output instead (then read the diff and commit it on purpose).
 */
public final class GoldenHlo {
  /** The system property that turns comparison into rewriting. */
  public static final String UPDATE_PROPERTY = "golden.update";

  private GoldenHlo() {}

  /** Compares the module's HLO text and StableHLO with {@code dir/<module name>.hlo} and {@code .stablehlo.mlir}. */
  public static void assertMatches(HloModule module, Path dir) {
    assertMatches(HloTextPrinter.print(module), hloFile(module, dir));
    assertMatches(StableHloPrinter.print(module), dir.resolve(module.name() + ".stablehlo.mlir"));
  }

  public static Path hloFile(HloModule module, Path dir) {
    return dir.resolve(module.name() + ".hlo");
  }

  /** Compares {@code actual} with the golden file's bytes (or rewrites the file in update mode). */
  public static void assertMatches(String actual, Path goldenFile) {
    try {
      if (updating()) {
        Files.createDirectories(goldenFile.toAbsolutePath().getParent());
        if (!Files.exists(goldenFile) || !Files.readString(goldenFile).equals(actual)) {
          Files.writeString(goldenFile, actual);
        }
        return;
      }
      if (!Files.exists(goldenFile)) {
        throw new AssertionFailedError("golden file " + goldenFile + " does not exist; create it with -D"
            + UPDATE_PROPERTY + "=true and commit it");
      }
      String expected = Files.readString(goldenFile);
      if (!expected.equals(actual)) {
        throw new AssertionFailedError("compiler output differs from golden file " + goldenFile + ":\n"
            + diff(expected, actual) + "If the change is intended, rerun with -D" + UPDATE_PROPERTY
            + "=true, read the diff and say why in the commit.", expected, actual);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write golden file " + goldenFile, e);
    }
  }

  public static boolean updating() {
    return Boolean.getBoolean(UPDATE_PROPERTY);
  }

  /**
   * The differing middle of two texts, with two lines of context: lines only in the golden file
   * start with '-', lines only in the new output with '+'.
   */
  static String diff(String expected, String actual) {
    List<String> e = expected.lines().toList();
    List<String> a = actual.lines().toList();
    int head = 0;
    while (head < e.size() && head < a.size() && e.get(head).equals(a.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < e.size() - head && tail < a.size() - head
        && e.get(e.size() - 1 - tail).equals(a.get(a.size() - 1 - tail))) {
      tail++;
    }
    StringBuilder out = new StringBuilder("@@ golden line " + (head + 1) + " @@\n");
    for (int i = Math.max(0, head - 2); i < head; i++) {
      out.append("  ").append(e.get(i)).append('\n');
    }
    for (int i = head; i < e.size() - tail; i++) {
      out.append("- ").append(e.get(i)).append('\n');
    }
    for (int i = head; i < a.size() - tail; i++) {
      out.append("+ ").append(a.get(i)).append('\n');
    }
    for (int i = e.size() - tail; i < Math.min(e.size(), e.size() - tail + 2); i++) {
      out.append("  ").append(e.get(i)).append('\n');
    }
    if (e.size() == a.size() && head == e.size()) {
      out.append("(the texts differ only in line endings or a final newline)\n");
    }
    return out.toString();
  }
}
