package dev.torus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The smallest tokenizer a byte vocabulary can have: byte-level BPE with 256 tokens (token id = byte value,
 * spelt with GPT-2's byte-to-unicode map) and no merges, so any text encodes and decodes exactly. The demo's
 * tiny model (vocabulary 256) gets it so that {@code generate} has text to work with.
 */
final class ByteTokenizer {
  private ByteTokenizer() {}

  /** GPT-2's {@code bytes_to_unicode}: the printable character that spells each byte. */
  static char[] byteSymbols() {
    char[] symbols = new char[256];
    int next = 256;
    for (int b = 0; b < 256; b++) {
      boolean printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
      symbols[b] = printable ? (char) b : (char) next++;
    }
    return symbols;
  }

  /** Writes {@code tokenizer.json} and {@code tokenizer_config.json} into {@code dir}. */
  static void write(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode().put("version", "1.0");
    root.putNull("truncation");
    root.putNull("padding");
    root.putArray("added_tokens");
    root.putNull("normalizer");
    root.putObject("pre_tokenizer").put("type", "ByteLevel").put("add_prefix_space", false).put("trim_offsets", true)
        .put("use_regex", true);
    root.putNull("post_processor");
    root.putObject("decoder").put("type", "ByteLevel").put("add_prefix_space", true).put("trim_offsets", true)
        .put("use_regex", true);
    ObjectNode model = root.putObject("model").put("type", "BPE");
    model.putNull("dropout");
    model.putNull("unk_token");
    model.putNull("continuing_subword_prefix");
    model.putNull("end_of_word_suffix");
    model.put("fuse_unk", false).put("byte_fallback", false).put("ignore_merges", false);
    ObjectNode vocab = model.putObject("vocab");
    char[] symbols = byteSymbols();
    for (int b = 0; b < 256; b++) {
      vocab.put(String.valueOf(symbols[b]), b);
    }
    model.putArray("merges");
    Files.createDirectories(dir);
    json.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("tokenizer.json").toFile(), root);
    Files.writeString(dir.resolve("tokenizer_config.json"), "{\"tokenizer_class\": \"PreTrainedTokenizerFast\","
        + " \"clean_up_tokenization_spaces\": false}\n");
  }
}
