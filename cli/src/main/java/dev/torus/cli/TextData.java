package dev.torus.cli;

import dev.torus.text.TextDocuments;
import dev.torus.text.TokenCache;
import dev.torus.text.Tokenizer;
import dev.torus.train.TokenFileType;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Text and JSONL training data (issue 15): with a model directory that holds a {@code tokenizer.json},
 * {@code --data} and {@code --eval-data} text is tokenized once into the token cache
 * ({@code OUT/tokens/<sha256>.bin}, or {@code ~/.cache/torus/tokens} without {@code --out}) and read from
 * there as token files. Without a tokenizer a {@code .txt} file stays the byte-level path (bytes as ids);
 * JSONL needs the tokenizer. Each choice is printed.
 */
final class TextData {
  private TextData() {}

  /** {@code o} with its text data replaced by token cache files; {@code o} itself when no data is text. */
  static Trainer.Options tokenize(Trainer.Options o, @Nullable Path modelDir, String textField, PrintWriter out)
      throws IOException {
    boolean dataText = isText(o.data());
    boolean evalText = isText(o.evalData());
    if (!dataText && !evalText) {
      return o;
    }
    if (modelDir == null || !Tokenizer.isPresent(modelDir)) {
      String why = modelDir == null ? "a built-in model has no tokenizer" : "model directory " + modelDir + " has no "
          + Tokenizer.TOKENIZER_JSON;
      for (Path text : new Path[] {dataText ? o.data() : null, evalText ? o.evalData() : null}) {
        if (text != null && !(Files.isRegularFile(text) && name(text).endsWith(TextDocuments.TXT_SUFFIX))) {
          throw new UsageException(text + " is text to tokenize, but " + why + "; give a model directory with a"
              + " tokenizer.json, or token files (.npy, .bin)");
        }
        if (text != null) {
          out.printf(Locale.ROOT, "data: %s is read as bytes (%s)%n", text, why);
        }
      }
      return o;
    }
    Path cache = o.out() != null ? o.out().resolve("tokens")
        : Path.of(System.getProperty("user.home"), ".cache", "torus", "tokens");
    try (Tokenizer tokenizer = Tokenizer.open(modelDir)) {
      TokenFileType type = TokenCache.typeFor(tokenizer.vocabSize());
      Path data = dataText ? cached(tokenizer, o.data(), textField, cache, out) : o.data();
      Path eval = evalText ? cached(tokenizer, o.evalData(), textField, cache, out) : o.evalData();
      for (Path tokens : new Path[] {dataText ? null : data, evalText ? null : eval}) {
        if (tokens != null && name(tokens).endsWith(".bin") && o.dataType() != type) {
          throw new UsageException(tokens + " is read as " + o.dataType().text() + " (--data-dtype), but the"
              + " tokenized text is " + type.text() + "; give both as text or both as token files");
        }
      }
      return o.withData(data, type, eval);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static Path cached(Tokenizer tokenizer, Path text, String textField, Path cache, PrintWriter out)
      throws IOException {
    TokenCache.Entry entry = TokenCache.tokenize(tokenizer, TextDocuments.of(text, textField), cache);
    out.printf(Locale.ROOT, "data: %s tokenized with %s: %,d tokens (%s%s) in %s%n", text,
        tokenizer.directory().resolve(Tokenizer.TOKENIZER_JSON), entry.tokens(), entry.type().text(),
        entry.reused() ? ", reused" : String.format(Locale.ROOT, ", %,d documents", entry.documents()), entry.file());
    out.flush();
    return entry.file();
  }

  /** A text file, or a directory with text files and no token files. */
  private static boolean isText(@Nullable Path data) throws IOException {
    if (data == null) {
      return false;
    }
    if (Files.isDirectory(data)) {
      try (Stream<Path> entries = Files.list(data)) {
        if (entries.anyMatch(f -> name(f).endsWith(".npy") || name(f).endsWith(".bin"))) {
          return false;
        }
      }
      return TextDocuments.isText(data);
    }
    String name = name(data);
    return !name.endsWith(".npy") && !name.endsWith(".bin");
  }

  private static String name(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT);
  }
}
