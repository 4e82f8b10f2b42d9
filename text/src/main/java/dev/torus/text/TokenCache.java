package dev.torus.text;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import dev.torus.train.TokenFileType;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Text corpora tokenized once into headerless token files ({@code DIR/<sha256>.bin}, little-endian uint16 for
 * vocabularies up to 65,536 ids, else uint32) that {@code TokenCorpus} reads memory-mapped. Each document's ids
 * (without special tokens) are followed by the EOS id. The name hashes the tokenizer files, the JSONL field and
 * every input file's name and bytes, so a second run over the same input reuses the file and a changed input or
 * tokenizer makes a new one. A file is written under a temporary name and moved into place whole.
 */
public final class TokenCache {
  private static final String FORMAT = "torus-token-cache-1";

  /** A cache file: where it is, its element type, its tokens, its documents (-1 when reused) and whether it was there. */
  public record Entry(Path file, TokenFileType type, long tokens, long documents, boolean reused) {}

  private TokenCache() {}

  /** The element type for a vocabulary of {@code vocabSize} ids. */
  public static TokenFileType typeFor(int vocabSize) {
    return vocabSize <= 1 << 16 ? TokenFileType.UINT16 : TokenFileType.UINT32;
  }

  /**
   * The token file of {@code documents} under {@code directory}, written now unless it is there. A tokenizer
   * without an EOS token is refused: documents need an end marker.
   */
  public static Entry tokenize(Tokenizer tokenizer, TextDocuments documents, Path directory) throws IOException {
    checkNotNull(tokenizer, "tokenizer");
    int eos = tokenizer.eos().orElseThrow(() -> new IllegalArgumentException(tokenizer.directory().resolve(
        TokenizerFiles.TOKENIZER_CONFIG) + " names no eos_token; text documents need one to end them"));
    TokenFileType type = typeFor(tokenizer.vocabSize());
    Path file = directory.resolve(key(tokenizer, documents) + ".bin");
    if (Files.isRegularFile(file)) {
      long size = Files.size(file);
      return new Entry(file, type, size / type.byteSize(), -1, true);
    }
    Files.createDirectories(directory);
    Path partial = Files.createTempFile(directory, ".tokens-", ".partial");
    long[] counts = new long[1];
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 20)) {
      try {
        documents.forEach(text -> {
          try {
            for (int id : tokenizer.encode(text, false)) {
              write(out, id, type);
            }
            write(out, eos, type);
            counts[0]++;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    long tokens = Files.size(partial) / type.byteSize();
    if (counts[0] == 0) {
      Files.deleteIfExists(partial);
      throw new IllegalArgumentException(documents.files() + ": no documents (the text is empty)");
    }
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return new Entry(file, type, tokens, counts[0], false);
  }

  private static void write(OutputStream out, int id, TokenFileType type) throws IOException {
    out.write(id);
    out.write(id >>> 8);
    if (type == TokenFileType.UINT32) {
      out.write(id >>> 16);
      out.write(id >>> 24);
    }
  }

  /** SHA-256 of the format, the tokenizer files, the field and each input file's name and bytes. */
  static String key(Tokenizer tokenizer, TextDocuments documents) throws IOException {
    Hasher hasher = Hashing.sha256().newHasher();
    hasher.putString(FORMAT, StandardCharsets.UTF_8).putBytes(tokenizer.files().tokenizerJson());
    hasher.putString(String.valueOf(tokenizer.eos()), StandardCharsets.UTF_8);
    hasher.putString(documents.textField(), StandardCharsets.UTF_8);
    byte[] buffer = new byte[1 << 16];
    for (Path f : documents.files()) {
      hasher.putString(f.getFileName().toString(), StandardCharsets.UTF_8).putLong(Files.size(f));
      try (InputStream in = Files.newInputStream(f)) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          hasher.putBytes(buffer, 0, n);
        }
      }
    }
    return hasher.hash().toString();
  }
}
