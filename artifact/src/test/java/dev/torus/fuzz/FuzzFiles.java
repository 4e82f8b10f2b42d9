package dev.torus.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A scratch directory per fuzz test class, and JSON to and from text for seeds and mutants. */
public final class FuzzFiles {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private FuzzFiles() {}

  /** A new temporary directory whose name starts with {@code prefix}. */
  public static Path scratch(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes {@code dir} and everything under it. */
  public static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** A seed document parsed (the seed is written by the test, so it parses). */
  public static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A (mutated) document as compact text. */
  public static String text(JsonNode json) {
    try {
      return JSON.writeValueAsString(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
