package dev.torus.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.torus.artifact.InputFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What Torus reads of a model directory's tokenizer files besides the encoding itself: the token ids of
 * {@code tokenizer.json} (vocabulary and added tokens), the named special tokens of
 * {@code tokenizer_config.json} and the chat template ({@code chat_template.jinja} first, as transformers 5
 * saves it, else the config's {@code chat_template}).
 */
record TokenizerFiles(byte[] tokenizerJson, ImmutableMap<String, Integer> ids, int vocabSize,
    ImmutableMap<String, String> specialTokens, OptionalInt bosId, OptionalInt eosId,
    Optional<TemplateText> chatTemplate) {
  static final String TOKENIZER_CONFIG = "tokenizer_config.json";
  static final String CHAT_TEMPLATE_FILE = "chat_template.jinja";
  /** The named special tokens transformers passes to a chat template (its SPECIAL_TOKENS_ATTRIBUTES). */
  static final ImmutableList<String> SPECIAL_TOKEN_NAMES = ImmutableList.of(
      "bos_token", "eos_token", "unk_token", "sep_token", "pad_token", "cls_token", "mask_token");

  /** A chat template's text and the file it came from. */
  record TemplateText(String text, String source) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  static TokenizerFiles read(Path modelDir) throws IOException {
    Path tokenizerPath = modelDir.resolve(Tokenizer.TOKENIZER_JSON);
    byte[] bytes = InputFiles.read(tokenizerPath, InputFiles.Kind.TOKENIZER);
    JsonNode tokenizer = parse(tokenizerPath, bytes);
    Map<String, Integer> ids = new HashMap<>();
    JsonNode vocab = tokenizer.path("model").path("vocab");
    if (vocab.isObject()) {  // BPE, WordPiece, WordLevel: {token: id}
      for (Iterator<Map.Entry<String, JsonNode>> it = vocab.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        ids.put(e.getKey(), e.getValue().asInt());
      }
    } else if (vocab.isArray()) {  // Unigram: [[piece, score], ...], the id is the index
      for (int i = 0; i < vocab.size(); i++) {
        ids.putIfAbsent(vocab.get(i).path(0).asText(), i);
      }
    } else {
      throw new IOException(tokenizerPath + ": no model.vocab (expected an object of token ids or a Unigram list)");
    }
    for (JsonNode added : tokenizer.path("added_tokens")) {
      ids.put(added.path("content").asText(), added.path("id").asInt());
    }
    int vocabSize = ids.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    if (vocabSize <= 0) {
      throw new IOException(tokenizerPath + ": the vocabulary is empty");
    }

    Path configPath = modelDir.resolve(TOKENIZER_CONFIG);
    JsonNode config = Files.exists(configPath)
        ? parse(configPath, InputFiles.read(configPath, InputFiles.Kind.TOKENIZER))
        : JSON.createObjectNode();
    ImmutableMap.Builder<String, String> special = ImmutableMap.builder();
    for (String name : SPECIAL_TOKEN_NAMES) {
      tokenText(config.get(name)).ifPresent(text -> special.put(name, text));
    }
    ImmutableMap<String, String> specialTokens = special.buildOrThrow();
    ImmutableMap<String, Integer> idMap = ImmutableMap.copyOf(ids);
    OptionalInt bos = idOf(specialTokens.get("bos_token"), "bos_token", idMap, configPath);
    OptionalInt eos = idOf(specialTokens.get("eos_token"), "eos_token", idMap, configPath);
    return new TokenizerFiles(bytes, idMap, vocabSize, specialTokens, bos, eos,
        chatTemplate(modelDir, configPath, config));
  }

  OptionalInt tokenId(String token) {
    Integer id = ids.get(token);
    return id == null ? OptionalInt.empty() : OptionalInt.of(id);
  }

  private static JsonNode parse(Path file, byte[] bytes) throws IOException {
    JsonNode node;
    try {
      node = JSON.readTree(bytes);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw InputFiles.invalidJson(file.toString(), e);
    }
    if (node == null || !node.isObject()) {
      throw new IOException(file + ": expected a JSON object");
    }
    return node;
  }

  /** A special token as transformers saves it: a string, or an AddedToken object with {@code content}. */
  private static Optional<String> tokenText(JsonNode node) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (node.isTextual()) {
      return Optional.of(node.asText());
    }
    JsonNode content = node.get("content");
    return content != null && content.isTextual() ? Optional.of(content.asText()) : Optional.empty();
  }

  private static OptionalInt idOf(String token, String name, Map<String, Integer> ids, Path configPath)
      throws IOException {
    if (token == null) {
      return OptionalInt.empty();
    }
    Integer id = ids.get(token);
    if (id == null) {
      throw new IOException(configPath + ": " + name + " '" + token + "' is not a token of "
          + Tokenizer.TOKENIZER_JSON + " (neither in the vocabulary nor among the added tokens)");
    }
    return OptionalInt.of(id);
  }

  private static Optional<TemplateText> chatTemplate(Path modelDir, Path configPath, JsonNode config)
      throws IOException {
    Path file = modelDir.resolve(CHAT_TEMPLATE_FILE);
    if (Files.exists(file)) {
      return Optional.of(new TemplateText(
          new String(InputFiles.read(file, InputFiles.Kind.TOKENIZER), StandardCharsets.UTF_8), file.toString()));
    }
    JsonNode template = config.get("chat_template");
    if (template == null || template.isNull()) {
      return Optional.empty();
    }
    if (template.isTextual()) {
      return Optional.of(new TemplateText(template.asText(), configPath + " (chat_template)"));
    }
    if (template.isArray()) {  // [{"name": ..., "template": ...}]: transformers takes "default"
      for (JsonNode named : template) {
        if ("default".equals(named.path("name").asText())) {
          return Optional.of(new TemplateText(named.path("template").asText(),
              configPath + " (chat_template 'default')"));
        }
      }
      throw new IOException(configPath + ": chat_template lists " + template.size() + " named templates and none is"
          + " named 'default'");
    }
    throw new IOException(configPath + ": chat_template is a " + template.getNodeType()
        + "; expected a string or a list of {name, template}");
  }
}
