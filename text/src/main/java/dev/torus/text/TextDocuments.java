package dev.torus.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Documents of a text corpus: a {@code .txt} file (documents separated by blank lines: lines that are empty
 * or only whitespace; a document's lines are joined by {@code \n}), a {@code .jsonl} file (one JSON object
 * per non-blank line, the document in its string field {@code textField}), or a directory of such files
 * (those directly inside, in name order). Files are UTF-8 and read line by line, never whole.
 */
public final class TextDocuments {
  /** Plain text, documents separated by blank lines. */
  public static final String TXT_SUFFIX = ".txt";
  /** JSON Lines, one document per line. */
  public static final String JSONL_SUFFIX = ".jsonl";
  /** The JSONL field read unless another is named. */
  public static final String DEFAULT_TEXT_FIELD = "text";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ImmutableList<Path> files;
  private final String textField;

  private TextDocuments(ImmutableList<Path> files, String textField) {
    this.files = files;
    this.textField = textField;
  }

  /** Whether {@code file}'s name makes it a text corpus file. */
  public static boolean isTextFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(TXT_SUFFIX) || name.endsWith(JSONL_SUFFIX);
  }

  /** Whether {@code data} is a text file, or a directory with text files directly inside. */
  public static boolean isText(Path data) throws IOException {
    if (!Files.isDirectory(data)) {
      return isTextFile(data);
    }
    return !textFilesIn(data).isEmpty();
  }

  /** The documents of {@code data} (a text file or a directory of them), JSONL text in {@code textField}. */
  public static TextDocuments of(Path data, String textField) throws IOException {
    ImmutableList<Path> files = Files.isDirectory(data) ? textFilesIn(data) : ImmutableList.of(data);
    if (files.isEmpty() || !files.stream().allMatch(TextDocuments::isTextFile)) {
      throw new IllegalArgumentException(data + ": expected a " + TXT_SUFFIX + " or " + JSONL_SUFFIX
          + " file, or a directory with such files directly inside");
    }
    return new TextDocuments(files, textField);
  }

  private static ImmutableList<Path> textFilesIn(Path directory) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.filter(f -> Files.isRegularFile(f) && isTextFile(f))
          .sorted(Comparator.comparing(f -> f.getFileName().toString()))
          .collect(ImmutableList.toImmutableList());
    }
  }

  /** The files, in reading order. */
  public ImmutableList<Path> files() {
    return files;
  }

  /** The JSONL field documents come from. */
  public String textField() {
    return textField;
  }

  /**
   * Gives every document to {@code sink} in order. Invalid UTF-8, a JSONL line that is not an object, or
   * one without the string field fails naming the file and the line.
   */
  public void forEach(Consumer<String> sink) throws IOException {
    for (Path file : files) {
      boolean jsonl = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(JSONL_SUFFIX);
      try (BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
          StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
        if (jsonl) {
          readJsonl(file, reader, sink);
        } else {
          readText(file, reader, sink);
        }
      } catch (CharacterCodingException e) {
        throw new IOException(file + ": not UTF-8 text (" + e.getMessage() + ")", e);
      }
    }
  }

  private static void readText(Path file, BufferedReader reader, Consumer<String> sink) throws IOException {
    StringBuilder document = new StringBuilder();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank()) {
        if (!document.isEmpty()) {
          sink.accept(document.toString());
          document.setLength(0);
        }
      } else {
        if (!document.isEmpty()) {
          document.append('\n');
        }
        document.append(line);
      }
    }
    if (!document.isEmpty()) {
      sink.accept(document.toString());
    }
  }

  private void readJsonl(Path file, BufferedReader reader, Consumer<String> sink) throws IOException {
    long lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(file + " line " + lineNumber + ": invalid JSON ("
            + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
      }
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException(file + " line " + lineNumber + ": expected a JSON object with a string field '"
            + textField + "'");
      }
      JsonNode text = node.get(textField);
      if (text == null || !text.isTextual()) {
        throw new IllegalArgumentException(file + " line " + lineNumber + ": no string field '" + textField
            + "' (fields: " + ImmutableList.copyOf(node.fieldNames()) + "; pick another with --text-field)");
      }
      sink.accept(text.asText());
    }
  }
}
