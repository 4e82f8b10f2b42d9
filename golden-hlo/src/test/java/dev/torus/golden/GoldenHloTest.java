package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class GoldenHloTest {
  @TempDir Path dir;

  @Test
  void mismatchShowsTheChangedLinesAndHowToUpdate() throws Exception {
    Path file = dir.resolve("p.hlo");
    Files.writeString(file, "a\nb\nc\nd\ne\n");
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> withUpdate(false, () -> GoldenHlo.assertMatches("a\nb\nX\nd\ne\n", file)));
    assertTrue(e.getMessage().contains("@@ golden line 3 @@\n  a\n  b\n- c\n+ X\n  d\n  e\n"), e.getMessage());
    assertTrue(e.getMessage().contains("-Dgolden.update=true"), e.getMessage());
    assertEquals("a\nb\nc\nd\ne\n", e.getExpected().getValue());
  }

  @Test
  void missingFileSaysHowToCreateIt() {
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> withUpdate(false, () -> GoldenHlo.assertMatches("x", dir.resolve("none.hlo"))));
    assertTrue(e.getMessage().contains("does not exist; create it with -Dgolden.update=true"), e.getMessage());
  }

  @Test
  void updateModeRewritesTheFile() throws Exception {
    Path file = dir.resolve("sub/p.hlo");
    withUpdate(true, () -> GoldenHlo.assertMatches("new text\n", file));
    assertEquals("new text\n", Files.readString(file));
    withUpdate(false, () -> GoldenHlo.assertMatches("new text\n", file));
  }

  /** Runs {@code body} with update mode on or off, whatever the build was started with. */
  private static void withUpdate(boolean update, Runnable body) {
    String before = System.getProperty(GoldenHlo.UPDATE_PROPERTY);
    System.setProperty(GoldenHlo.UPDATE_PROPERTY, Boolean.toString(update));
    try {
      body.run();
    } finally {
      if (before == null) {
        System.clearProperty(GoldenHlo.UPDATE_PROPERTY);
      } else {
        System.setProperty(GoldenHlo.UPDATE_PROPERTY, before);
      }
    }
  }

  @Test
  void insertedLinesShowOnlyAsAdditions() {
    String d = GoldenHlo.diff("a\nb\nc\n", "a\nb\nnew\nc\n");
    assertEquals("@@ golden line 3 @@\n  a\n  b\n+ new\n  c\n", d);
  }
}
