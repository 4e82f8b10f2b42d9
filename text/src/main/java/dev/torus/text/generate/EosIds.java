package dev.torus.text.generate;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableSet;
import dev.torus.text.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A model's end-of-sequence ids, from the first place that names them, as transformers' {@code generate} reads
 * them: {@code generation_config.json}'s {@code eos_token_id} (an int or a list of ints), else
 * {@code config.json}'s, else the tokenizer's EOS token. An absent or null {@code eos_token_id} passes on to the
 * next place; any other value that is not an int or a list of ints fails naming the file. Empty where none
 * names one (generation then stops only on stop strings or length).
 *
 * @param ids the ids, in the order given
 * @param source where they came from (a file, or "the tokenizer"), for messages
 */
public record EosIds(ImmutableSet<Integer> ids, String source) {
  public static final String GENERATION_CONFIG = "generation_config.json";
  public static final String CONFIG = "config.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  public EosIds {
    checkNotNull(ids, "ids");
    checkNotNull(source, "source");
  }

  /** The EOS ids of {@code modelDir} (whose tokenizer is {@code tokenizer}). */
  public static EosIds read(Path modelDir, Tokenizer tokenizer) throws IOException {
    checkNotNull(modelDir, "modelDir");
    checkNotNull(tokenizer, "tokenizer");
    for (String name : new String[] {GENERATION_CONFIG, CONFIG}) {
      Path file = modelDir.resolve(name);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      JsonNode root;
      try {
        root = JSON.readTree(file.toFile());
      } catch (IOException e) {
        throw new IOException(file + ": not valid JSON: " + e.getMessage(), e);
      }
      JsonNode eos = root == null ? null : root.get("eos_token_id");
      if (eos == null || eos.isNull()) {
        continue;
      }
      return new EosIds(ids(eos, file), file.toString());
    }
    return new EosIds(tokenizer.eos().isPresent() ? ImmutableSet.of(tokenizer.eos().getAsInt()) : ImmutableSet.of(),
        "the tokenizer of " + modelDir);
  }

  private static ImmutableSet<Integer> ids(JsonNode eos, Path file) throws IOException {
    ImmutableSet.Builder<Integer> out = ImmutableSet.builder();
    for (JsonNode id : eos.isArray() ? eos : JSON.createArrayNode().add(eos)) {
      if (!id.isIntegralNumber() || !id.canConvertToInt() || id.intValue() < 0) {
        throw new IOException(file + ": eos_token_id " + eos + " is not a non-negative int or a list of them");
      }
      out.add(id.intValue());
    }
    return out.build();
  }
}
