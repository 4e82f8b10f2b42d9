package dev.torus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The usage errors of {@code train} and {@code pod-train}'s shared options: exit 2 and one line naming the option. */
class TrainingOptionsTest {
  @TempDir Path dir;

  @Test
  void badCombinationsAreRefusedNamingTheOption() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
    Path missing = dir.resolve("missing.npy");
    for (String command : List.of("train", "pod-train")) {
      assertRefused(command, "--save-every needs --out (where the checkpoints go)", "--save-every", "2");
      assertRefused(command, "--eval-every needs --eval-data", "--eval-every", "2");
      assertRefused(command, "--out " + file + " is a file; give a run directory", "--out", file.toString());
      assertRefused(command, "--data " + missing + " does not exist", "--data", missing.toString());
      assertRefused(command, "--eval-data " + missing + " does not exist", "--eval-data", missing.toString());
    }
  }

  private static void assertRefused(String command, String message, String... more) {
    List<String> args = new ArrayList<>(List.of(command, "--model", "tiny", "--steps", "1"));
    args.addAll(List.of(more));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = TorusCli.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals("torus " + command + ": " + message + "\n", err.toString(StandardCharsets.UTF_8), String.join(" ", args));
    assertEquals(2, code, String.join(" ", args));
  }
}
