package dev.torus.train;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A training run's metrics as JSON lines: one object per line, appended and flushed as each step
 * ends, so a trainer can tail the file while the run goes on.
 *
 * <p>A train line is {@code {"kind": "train", "step", "loss", "gradNorm", "learningRate",
 * "stepSeconds", "tokens", "tokensPerSecond", "mfu", ["evalLoss"], "time"}}; an eval line is
 * {@code {"kind": "eval", "step", "evalLoss", "time"}}. {@code time} is an ISO-8601 instant.
 * {@code mfu} is null when unknown; {@code evalLoss} is omitted when absent; other non-finite
 * numbers are written as the strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}.
 *
 * <p>A resumed run appends to the same file. {@link #read} makes sense of that: when a run resumed
 * from an earlier checkpoint repeats a step, the lines of the abandoned run from that step on are
 * dropped.
 */
public final class MetricsLog implements AutoCloseable {
  /** The {@code kind} of a line: what it records. */
  private enum Kind {
    TRAIN("train"),
    EVAL("eval");

    final String json;

    Kind(String json) {
      this.json = json;
    }
  }

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  /** Bytes no line of this log reaches; a longer unterminated tail is not a cut-off line. */
  private static final int LONGEST_LINE = 4096;

  private final Path file;
  private final Writer out;
  private final Clock clock;
  private boolean closed;

  private MetricsLog(Path file, Writer out, Clock clock) {
    this.file = file;
    this.out = out;
    this.clock = clock;
  }

  /**
   * Opens {@code jsonl} for appending, creating it and its parent directories when missing. An
   * unterminated last line (a run killed while writing it) is cut off, so the appended lines start
   * on a line of their own.
   */
  public static MetricsLog open(Path jsonl) throws IOException {
    return open(jsonl, Clock.systemUTC());
  }

  /** {@link #open(Path)} with the clock that stamps each line's {@code time}. */
  static MetricsLog open(Path jsonl, Clock clock) throws IOException {
    checkNotNull(jsonl, "jsonl");
    Path parent = jsonl.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    cutUnterminatedLastLine(jsonl);
    Writer out =
        Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    return new MetricsLog(jsonl, out, clock);
  }

  /** The file this log appends to. */
  public Path file() {
    return file;
  }

  /** Appends a train line for {@code m}. */
  public void write(StepMetrics m) throws IOException {
    ObjectNode line = line(Kind.TRAIN, m.step());
    putNumber(line, "loss", m.loss());
    putNumber(line, "gradNorm", m.gradNorm());
    putNumber(line, "learningRate", m.learningRate());
    putNumber(line, "stepSeconds", m.stepSeconds());
    line.put("tokens", m.tokens());
    putNumber(line, "tokensPerSecond", m.tokensPerSecond());
    if (Double.isNaN(m.mfu())) {
      line.putNull("mfu");
    } else {
      putNumber(line, "mfu", m.mfu());
    }
    if (m.evalLoss() != null) {
      putNumber(line, "evalLoss", m.evalLoss());
    }
    append(stamped(line));
  }

  /** Appends an eval line: the evaluation loss measured after training step {@code step}. */
  public void writeEval(int step, double evalLoss) throws IOException {
    checkArgument(step >= 0, "step must be >= 0, got %s", step);
    ObjectNode line = line(Kind.EVAL, step);
    putNumber(line, "evalLoss", evalLoss);
    append(stamped(line));
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      out.close();
    }
  }

  /**
   * The run's history in step order: one entry per train line, its {@code evalLoss} taken from the
   * last eval line of the same step when there is one (an eval line for a step without a train
   * line is not returned). A train line for step {@code s} ends the run that wrote the lines
   * before it for steps {@code >= s}: those lines, train and eval, are dropped.
   *
   * @throws IOException when the file cannot be read or a line is not a valid train or eval line;
   *     the message names the file and the line number
   */
  public static ImmutableList<StepMetrics> read(Path jsonl) throws IOException {
    TreeMap<Integer, StepMetrics> train = new TreeMap<>();
    Map<Integer, Double> eval = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        number++;
        if (text.isBlank()) {
          continue;
        }
        try {
          JsonNode line = JSON.readTree(text);
          if (line == null || !line.isObject()) {
            throw new MalformedLine("expected a JSON object");
          }
          int step = step(line);
          switch (kind(line)) {
            case TRAIN -> {
              train.tailMap(step, true).clear();
              eval.keySet().removeIf(s -> s >= step);
              train.put(step, trainMetrics(line, step));
            }
            case EVAL -> eval.put(step, number(line, "evalLoss"));
          }
        } catch (JsonProcessingException e) {
          throw new IOException(jsonl + ":" + number + ": not JSON: " + e.getOriginalMessage(), e);
        } catch (MalformedLine e) {
          throw new IOException(jsonl + ":" + number + ": " + e.getMessage());
        }
      }
    }
    ImmutableList.Builder<StepMetrics> history = ImmutableList.builder();
    for (StepMetrics m : train.values()) {
      Double evalLoss = eval.get(m.step());
      history.add(evalLoss == null ? m : m.withEvalLoss(evalLoss));
    }
    return history.build();
  }

  private static ObjectNode line(Kind kind, int step) {
    ObjectNode line = JSON.createObjectNode();
    line.put("kind", kind.json);
    line.put("step", step);
    return line;
  }

  private ObjectNode stamped(ObjectNode line) {
    line.put("time", Instant.now(clock).toString());
    return line;
  }

  private void append(ObjectNode line) throws IOException {
    checkState(!closed, "metrics log %s is closed", file);
    out.write(JSON.writeValueAsString(line));
    out.write('\n');
    out.flush();
  }

  /** Puts {@code value} as a JSON number, or as "NaN", "Infinity", "-Infinity" when not finite. */
  private static void putNumber(ObjectNode line, String field, double value) {
    if (Double.isFinite(value)) {
      line.put(field, value);
    } else {
      line.put(field, Double.toString(value));
    }
  }

  private static StepMetrics trainMetrics(JsonNode line, int step) throws MalformedLine {
    JsonNode tokens = line.get("tokens");
    if (tokens == null || !tokens.canConvertToLong() || !tokens.isIntegralNumber() || tokens.asLong() < 0) {
      throw new MalformedLine("field 'tokens' must be an integer >= 0, got " + tokens);
    }
    JsonNode evalLoss = line.get("evalLoss");
    return new StepMetrics(
        step,
        number(line, "loss"),
        number(line, "gradNorm"),
        number(line, "learningRate"),
        number(line, "stepSeconds"),
        tokens.asLong(),
        number(line, "tokensPerSecond"),
        line.hasNonNull("mfu") ? number(line, "mfu") : Double.NaN,
        evalLoss == null || evalLoss.isNull() ? null : number(line, "evalLoss"));
  }

  private static Kind kind(JsonNode line) throws MalformedLine {
    JsonNode kind = line.get("kind");
    for (Kind k : Kind.values()) {
      if (kind != null && kind.isTextual() && kind.asText().equals(k.json)) {
        return k;
      }
    }
    throw new MalformedLine("field 'kind' must be \"train\" or \"eval\", got " + kind);
  }

  private static int step(JsonNode line) throws MalformedLine {
    JsonNode step = line.get("step");
    if (step == null || !step.isIntegralNumber() || !step.canConvertToInt() || step.asInt() < 0) {
      throw new MalformedLine("field 'step' must be an integer >= 0, got " + step);
    }
    return step.asInt();
  }

  /** A number field: a JSON number, or one of the strings "NaN", "Infinity", "-Infinity". */
  private static double number(JsonNode line, String field) throws MalformedLine {
    JsonNode value = line.get(field);
    if (value != null && value.isNumber()) {
      return value.asDouble();
    }
    if (value != null && value.isTextual()) {
      switch (value.asText()) {
        case "NaN" -> {
          return Double.NaN;
        }
        case "Infinity" -> {
          return Double.POSITIVE_INFINITY;
        }
        case "-Infinity" -> {
          return Double.NEGATIVE_INFINITY;
        }
        default -> {}
      }
    }
    throw new MalformedLine(
        "field '" + field + "' must be a number (or \"NaN\", \"Infinity\", \"-Infinity\"), got " + value);
  }

  /**
   * Removes the bytes after the last newline of {@code file}, if it exists and has any. A tail
   * longer than any line this class writes is refused: the file is then not a metrics log.
   */
  private static void cutUnterminatedLastLine(Path file) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long size = channel.size();
      ByteBuffer tail = ByteBuffer.allocate((int) Math.min(size, LONGEST_LINE));
      while (tail.hasRemaining() && channel.read(tail, size - tail.capacity() + tail.position()) >= 0) {}
      byte[] bytes = tail.array();
      int last = bytes.length - 1;
      while (last >= 0 && bytes[last] != '\n') {
        last--;
      }
      if (last < 0 && size > bytes.length) {
        throw new IOException(file + ": last line is unterminated and longer than " + LONGEST_LINE
            + " bytes; expected a metrics log of JSON lines");
      }
      long keep = size - bytes.length + last + 1;
      if (keep < size) {
        channel.truncate(keep);
      }
    }
  }

  /** A line that parsed as JSON but is not a train or eval line; the message says why. */
  private static final class MalformedLine extends Exception {
    MalformedLine(String message) {
      super(message);
    }
  }
}
