package dev.torus.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A model directory's Hugging Face tokenizer: {@code tokenizer.json} run by the Rust {@code tokenizers}
 * library (through DJL), with {@code tokenizer_config.json}'s BOS and EOS tokens and chat template. Ids and
 * text equal what {@code tokenizers} and {@code transformers} give for the same files. Closing releases the
 * native tokenizer; use after close fails.
 */
public final class Tokenizer implements AutoCloseable {
  /** The tokenizer file a model directory must hold. */
  public static final String TOKENIZER_JSON = "tokenizer.json";

  private final Path directory;
  private final HuggingFaceTokenizer tokenizer;
  private final TokenizerFiles files;
  private volatile boolean closed;

  private Tokenizer(Path directory, HuggingFaceTokenizer tokenizer, TokenizerFiles files) {
    this.directory = directory;
    this.tokenizer = tokenizer;
    this.files = files;
  }

  /** Whether {@code modelDir} holds a {@code tokenizer.json}. */
  public static boolean isPresent(Path modelDir) {
    return Files.isRegularFile(modelDir.resolve(TOKENIZER_JSON));
  }

  /**
   * Opens the tokenizer of {@code modelDir}: its {@code tokenizer.json} (required), {@code tokenizer_config.json}
   * and {@code chat_template.jinja} (both optional). A missing or unreadable file, or a BOS/EOS token the
   * vocabulary does not hold, fails naming the file.
   */
  public static Tokenizer open(Path modelDir) throws IOException {
    checkNotNull(modelDir, "modelDir");
    Path json = modelDir.resolve(TOKENIZER_JSON);
    if (!Files.isDirectory(modelDir)) {
      throw new NoSuchFileException(modelDir.toString(), null, "not a model directory (expected a directory with "
          + TOKENIZER_JSON + ")");
    }
    if (!Files.isRegularFile(json)) {
      throw new NoSuchFileException(json.toString(), null, "model directory " + modelDir + " has no " + TOKENIZER_JSON
          + " (the fast tokenizer transformers' save_pretrained writes; a tokenizer.model or vocab.txt alone is not"
          + " read: load it with AutoTokenizer and save_pretrained it)");
    }
    TokenizerFiles files = TokenizerFiles.read(modelDir);
    HuggingFaceTokenizer tokenizer;
    try (InputStream in = new ByteArrayInputStream(files.tokenizerJson())) {
      tokenizer = HuggingFaceTokenizer.newInstance(in, NATIVE_OPTIONS);
    } catch (RuntimeException e) {
      throw new IOException(json + ": the tokenizers library cannot load it: " + e.getMessage(), e);
    }
    return new Tokenizer(modelDir, tokenizer, files);
  }

  /** No truncation, padding or length limit: the text is encoded whole. */
  private static final Map<String, String> NATIVE_OPTIONS = ImmutableMap.of(
      "addSpecialTokens", "true", "truncation", "false", "padding", "false", "modelMaxLength", "2147483647");

  /** The ids of {@code text}; {@code addSpecialTokens}: with the post-processor's tokens (e.g. BOS), as transformers' default. */
  public int[] encode(String text, boolean addSpecialTokens) {
    checkNotNull(text, "text");
    checkOpen();
    long[] ids = tokenizer.encode(text, addSpecialTokens, false).getIds();
    int[] out = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      out[i] = Math.toIntExact(ids[i]);
    }
    return out;
  }

  /**
   * The text of {@code ids}; {@code skipSpecialTokens}: without special tokens. An id at or past {@link #vocabSize}
   * has no text and is left out, as transformers' decode leaves it out: a model's vocabulary is often padded past its
   * tokenizer's, so a model may produce such ids. A negative id is an error.
   */
  public String decode(int[] ids, boolean skipSpecialTokens) {
    checkNotNull(ids, "ids");
    checkOpen();
    long[] longs = new long[ids.length];
    int n = 0;
    for (int i = 0; i < ids.length; i++) {
      checkArgument(ids[i] >= 0, "%s: token id %s at position %s is negative", directory, ids[i], i);
      if (ids[i] < vocabSize()) {
        longs[n++] = ids[i];
      }
    }
    return tokenizer.decode(n == ids.length ? longs : Arrays.copyOf(longs, n), skipSpecialTokens);
  }

  /** The BOS token's id, where {@code tokenizer_config.json} names one. */
  public OptionalInt bos() {
    return files.bosId();
  }

  /** The EOS token's id, where {@code tokenizer_config.json} names one. */
  public OptionalInt eos() {
    return files.eosId();
  }

  /** Ids the tokenizer can produce: one more than the largest id of the vocabulary and the added tokens. */
  public int vocabSize() {
    return files.vocabSize();
  }

  /** The id of one token of the vocabulary or the added tokens (e.g. {@code <|im_end|>}), if there is one. */
  public OptionalInt tokenId(String token) {
    return files.tokenId(token);
  }

  /** The named special tokens ({@code bos_token}, {@code eos_token}, ...) as a chat template sees them. */
  public ImmutableMap<String, String> specialTokens() {
    return files.specialTokens();
  }

  /** The model's chat template ({@code chat_template.jinja}, else {@code tokenizer_config.json}'s), if it has one. */
  public Optional<ChatTemplate> chatTemplate() {
    return files.chatTemplate().map(t -> ChatTemplate.of(t.text(), t.source(), files.specialTokens()));
  }

  /** The model directory. */
  public Path directory() {
    return directory;
  }

  TokenizerFiles files() {
    return files;
  }

  private void checkOpen() {
    checkState(!closed, "the tokenizer of %s is closed", directory);
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      tokenizer.close();
    }
  }

  @Override
  public String toString() {
    return "Tokenizer[" + directory + ", " + vocabSize() + " ids]";
  }
}
