package dev.torus.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsLogTest {
  @TempDir Path tmp;

  private static final Clock NOON = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);

  /** A step whose numbers all derive from {@code step} and {@code run}, so runs can be told apart. */
  static StepMetrics metrics(int step, int run) {
    return new StepMetrics(step, 10.0 / step + run, 1.5 + run, 3e-4, 0.25, 4096, 16384.0, 0.31, null);
  }

  @Test
  void writeThenReadRoundTrips() throws IOException {
    Path file = tmp.resolve("runs/a/metrics.jsonl");
    StepMetrics plain = new StepMetrics(1, 3.4121, 1.23, 2.95e-3, 0.412, 5086, 12345.6, 0.312, null);
    StepMetrics unknownMfu = new StepMetrics(2, 3.1, 0.9, 2.9e-3, 0.4, 5086, 12715.0, Double.NaN, null);
    StepMetrics withEval = new StepMetrics(3, Double.NaN, Double.POSITIVE_INFINITY, 2.8e-3, 0.4, 5086, 0, 0.3, 3.3);
    try (MetricsLog log = MetricsLog.open(file)) {
      log.write(plain);
      log.write(unknownMfu);
      log.write(withEval);
    }
    assertEquals(List.of(plain, unknownMfu, withEval), MetricsLog.read(file));
  }

  @Test
  void linesHaveTheDocumentedFields() throws IOException {
    Path file = tmp.resolve("metrics.jsonl");
    try (MetricsLog log = MetricsLog.open(file, NOON)) {
      log.write(new StepMetrics(7, 2.5, 1.0, 0.001, 0.5, 100, 200.0, Double.NaN, null));
      log.writeEval(7, 2.75);
    }
    assertEquals(
        List.of(
            "{\"kind\":\"train\",\"step\":7,\"loss\":2.5,\"gradNorm\":1.0,\"learningRate\":0.001,"
                + "\"stepSeconds\":0.5,\"tokens\":100,\"tokensPerSecond\":200.0,\"mfu\":null,"
                + "\"time\":\"2026-12-01T12:00:00Z\"}",
            "{\"kind\":\"eval\",\"step\":7,\"evalLoss\":2.75,\"time\":\"2026-12-01T12:00:00Z\"}"),
        Files.readAllLines(file));
  }

  @Test
  void eachLineIsOnDiskBeforeTheNextWrite() throws IOException {
    Path file = tmp.resolve("metrics.jsonl");
    try (MetricsLog log = MetricsLog.open(file)) {
      log.write(metrics(1, 0));
      assertEquals(1, Files.readAllLines(file).size());
      log.writeEval(1, 4.0);
      assertEquals(4.0, MetricsLog.read(file).get(0).evalLoss());
    }
  }

  @Test
  void resumedRunReplacesTheStepsItRepeats() throws IOException {
    Path file = tmp.resolve("metrics.jsonl");
    try (MetricsLog log = MetricsLog.open(file)) {
      for (int step = 1; step <= 10; step++) {
        log.write(metrics(step, 0));
        if (step % 4 == 0) {
          log.writeEval(step, 100 + step);
        }
      }
    }
    try (MetricsLog log = MetricsLog.open(file)) {
      for (int step = 6; step <= 12; step++) {
        log.write(metrics(step, 1));
      }
      log.writeEval(12, 7.0);
    }
    ImmutableList<StepMetrics> history = MetricsLog.read(file);
    List<StepMetrics> expected =
        IntStream.rangeClosed(1, 12).mapToObj(s -> s <= 5 ? metrics(s, 0) : metrics(s, 1)).toList();
    assertEquals(12, history.size());
    assertEquals(104.0, history.get(3).evalLoss());
    assertNull(history.get(7).evalLoss(), "step 8's eval belonged to the abandoned run");
    assertEquals(7.0, history.get(11).evalLoss());
    assertEquals(expected, history.stream().map(m -> m.withEvalLoss(null)).toList());
  }

  @Test
  void lastOccurrenceOfAStepWinsEvenWithoutLaterSteps() throws IOException {
    Path file = tmp.resolve("metrics.jsonl");
    try (MetricsLog log = MetricsLog.open(file)) {
      log.write(metrics(1, 0));
      log.write(metrics(2, 0));
      log.write(metrics(2, 1));
    }
    assertEquals(List.of(metrics(1, 0), metrics(2, 1)), MetricsLog.read(file));
  }

  @Test
  void openCutsALineACrashLeftUnfinished() throws IOException {
    Path file = tmp.resolve("metrics.jsonl");
    try (MetricsLog log = MetricsLog.open(file)) {
      log.write(metrics(1, 0));
    }
    Files.writeString(file, "{\"kind\":\"train\",\"st", StandardOpenOption.APPEND);
    try (MetricsLog log = MetricsLog.open(file)) {
      log.write(metrics(2, 0));
    }
    assertEquals(List.of(metrics(1, 0), metrics(2, 0)), MetricsLog.read(file));
  }

  @Test
  void openRefusesAFileThatIsNotJsonLines() throws IOException {
    Path file = tmp.resolve("weights.bin");
    Files.write(file, new byte[10_000]);
    IOException e = assertThrows(IOException.class, () -> MetricsLog.open(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertEquals(10_000, Files.size(file), "the file is left as it was");
  }

  @Test
  void malformedLinesNameFileAndLineNumber() throws IOException {
    String good = "{\"kind\":\"train\",\"step\":1,\"loss\":2.0,\"gradNorm\":1.0,\"learningRate\":0.1,"
        + "\"stepSeconds\":0.5,\"tokens\":10,\"tokensPerSecond\":20.0,\"mfu\":null}";
    assertMalformed(good + "\n\n{not json", ":3: not JSON");
    assertMalformed(good + "\n[1, 2]", ":2: expected a JSON object");
    assertMalformed(good + "\n{\"kind\":\"train\",\"step\":-1}", ":2: field 'step' must be an integer >= 0, got -1");
    assertMalformed("{\"kind\":\"test\",\"step\":1}", ":1: field 'kind' must be \"train\" or \"eval\", got \"test\"");
    assertMalformed(good.replace("\"loss\":2.0", "\"loss\":\"low\""), ":1: field 'loss' must be a number");
    assertMalformed(good.replace("\"tokens\":10", "\"tokens\":1.5"), ":1: field 'tokens' must be an integer >= 0");
    assertMalformed("{\"kind\":\"eval\",\"step\":1}", ":1: field 'evalLoss' must be a number");
  }

  private void assertMalformed(String content, String expected) throws IOException {
    Path file = tmp.resolve("bad.jsonl");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    IOException e = assertThrows(IOException.class, () -> MetricsLog.read(file));
    assertTrue(e.getMessage().startsWith(file + expected), e.getMessage());
  }

  @Test
  void writingAfterCloseFailsNamingTheFile() throws IOException {
    Path file = tmp.resolve("metrics.jsonl");
    MetricsLog log = MetricsLog.open(file);
    log.close();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> log.write(metrics(1, 0)));
    assertEquals("metrics log " + file + " is closed", e.getMessage());
  }
}
