package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.harness.PythonProject;
import dev.torus.harness.XlaHarness;
import dev.torus.text.ChatTemplate;
import dev.torus.text.ChatTemplate.Message;
import dev.torus.text.ChatTemplateException;
import dev.torus.cli.RandomCheckpoint;
import dev.torus.cli.TorusCli;
import dev.torus.dsl.Presets;
import dev.torus.text.TextDocuments;
import dev.torus.text.TokenCache;
import dev.torus.text.Tokenizer;
import dev.torus.train.TokenCorpus;
import dev.torus.train.TokenFileType;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tokenizers in Java (DJL's Hugging Face tokenizers) against Hugging Face's own: three small tokenizers
 * trained here by the {@code tokenizers} package (byte-level BPE, SentencePiece-style Unigram with Metaspace,
 * LLaMA-style BPE with byte fallback), 1,000+ strings of edge cases, the ids with and without special tokens,
 * decoding with and without special tokens, and chat templates against {@code apply_chat_template}.
 */
class TokenizerParityTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path WORK = Path.of("target", "tokenizer-parity").toAbsolutePath();
  static final List<String> MODELS = List.of("byte-level-bpe", "unigram-metaspace", "llama-bpe");

  /** ChatML, written with whitespace control and indentation (trim_blocks and lstrip_blocks matter). */
  static final String CHATML = """
      {%- if messages[0]['role'] != 'system' %}
          {{- '<|im_start|>system\\nYou are a helpful assistant.<|im_end|>\\n' }}
      {%- endif %}
      {% for message in messages %}
          {{ '<|im_start|>' + message['role'] + '\\n' + message['content'] | trim + '<|im_end|>' }}
          {% if not loop.last %}{{ '\\n' }}{% endif %}
      {% endfor %}
      {% if add_generation_prompt %}
      {{ '\\n<|im_start|>assistant\\n' }}
      {% endif %}
      """;

  /** LLaMA 2's [INST] template as its tokenizer_config.json ships it. */
  static final String INST = "{% if messages[0]['role'] == 'system' %}{% set loop_messages = messages[1:] %}"
      + "{% set system_message = messages[0]['content'] %}{% else %}{% set loop_messages = messages %}"
      + "{% set system_message = false %}{% endif %}{% for message in loop_messages %}"
      + "{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}"
      + "{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}{% endif %}"
      + "{% if loop.index0 == 0 and system_message != false %}"
      + "{% set content = '<<SYS>>\\n' + system_message + '\\n<</SYS>>\\n\\n' + message['content'] %}"
      + "{% else %}{% set content = message['content'] %}{% endif %}{% if message['role'] == 'user' %}"
      + "{{ bos_token + '[INST] ' + content.strip() + ' [/INST]' }}{% elif message['role'] == 'assistant' %}"
      + "{{ ' '  + content.strip() + ' ' + eos_token }}{% endif %}{% endfor %}";

  /** A template that writes the messages with tojson (Python's json.dumps: separators, no HTML escaping). */
  static final String TOJSON = "{% for m in messages %}{{ m | tojson }}\n{% endfor %}{{ messages | tojson(indent=2) }}"
      + "{% if add_generation_prompt %}{{ eos_token }}>>{% endif %}";

  static List<String> strings;
  static List<List<Map<String, String>>> conversations;

  @BeforeAll
  static void trainTokenizersAndAskHuggingFace() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    Files.createDirectories(WORK);
    Path root = harness.project().repoRoot();
    Path extra = WORK.resolve("multilingual.txt");
    Files.writeString(extra, String.join(" ", TokenizerStrings.PIECES).repeat(20), StandardCharsets.UTF_8);
    List<String> corpus = List.of(root.resolve("README.md").toString(), root.resolve("docs/ARCHITECTURE.md").toString(),
        extra.toString());
    strings = TokenizerStrings.make(1_200, 18);
    JSON.writeValue(WORK.resolve("strings.json").toFile(), strings);
    conversations = List.of(
        List.of(msg("user", "Hello! 😀")),
        List.of(msg("system", "Be brief."), msg("user", "  What is a ring?  "),
            msg("assistant", "Devices in a cycle."), msg("user", "中文?")),
        List.of(msg("user", "a \"quoted\" <b>tag</b> & {{ not_a_variable }}\nline\ttab")),
        List.of(msg("user", "one"), msg("user", "two")));
    List<Map<String, Object>> chats = new ArrayList<>();
    for (List<Map<String, String>> c : conversations) {
      chats.add(Map.of("messages", c, "addGenerationPrompt", false));
      chats.add(Map.of("messages", c, "addGenerationPrompt", true));
    }
    JSON.writeValue(WORK.resolve("chats.json").toFile(), chats);

    ArrayNode steps = JSON.createArrayNode();
    make(steps, "byte-level-bpe", corpus, 700, List.of("<|endoftext|>", "<|im_start|>", "<|im_end|>"),
        "{\"bos_token\":null,\"eos_token\":\"<|im_end|>\",\"pad_token\":\"<|endoftext|>\"}", CHATML);
    make(steps, "unigram-metaspace", corpus, 500, List.of("<pad>", "</s>", "<unk>"),
        "{\"eos_token\":\"</s>\",\"unk_token\":\"<unk>\",\"pad_token\":\"<pad>\"}", TOJSON);
    make(steps, "llama-bpe", corpus, 800, List.of("<unk>", "<s>", "</s>"),
        "{\"bos_token\":\"<s>\",\"eos_token\":\"</s>\",\"unk_token\":\"<unk>\"}", INST);
    for (String model : MODELS) {
      steps.addObject().put("mode", "encode").put("model", dir(model).toString())
          .put("strings", WORK.resolve("strings.json").toString()).put("out", WORK.resolve(model + ".ids.json").toString());
      steps.addObject().put("mode", "chat").put("model", dir(model).toString())
          .put("chats", WORK.resolve("chats.json").toString()).put("out", WORK.resolve(model + ".chat.json").toString());
    }
    writeTextCorpus();
    steps.addObject().put("mode", "corpus").put("model", dir("byte-level-bpe").toString())
        .put("documents", WORK.resolve("documents.json").toString()).put("out", WORK.resolve("corpus.json").toString());
    run(harness, steps);
  }

  /** The documents of the text-data test, as a .txt file (blank-line separated), a .jsonl file and a list. */
  static final List<String> DOCUMENTS = List.of("First document.\nIts second line, 😀.", "Zweites Dokument: Größe",
      "第三个文件", "  indented line\n\tand a tab", "<|im_end|> is text here");

  private static void writeTextCorpus() throws Exception {
    JSON.writeValue(WORK.resolve("documents.json").toFile(), DOCUMENTS);
    Files.writeString(WORK.resolve("documents.txt"), "\n" + String.join("\n\n  \n", DOCUMENTS) + "\n\n",
        StandardCharsets.UTF_8);
    StringBuilder jsonl = new StringBuilder();
    for (String d : DOCUMENTS) {
      jsonl.append("{\"body\": ").append(JSON.writeValueAsString(d)).append(", \"id\": 1}\n\n");
    }
    Files.writeString(WORK.resolve("documents.jsonl"), jsonl.toString(), StandardCharsets.UTF_8);
  }

  private static void make(ArrayNode steps, String kind, List<String> corpus, int vocab, List<String> specials,
      String config, String template) throws Exception {
    ObjectNode c = (ObjectNode) JSON.readTree(config);
    c.put("tokenizer_class", "PreTrainedTokenizerFast").put("clean_up_tokenization_spaces", false)
        .put("chat_template", template);
    ObjectNode step = steps.addObject().put("mode", "make").put("kind", kind).put("vocabSize", vocab)
        .put("out", dir(kind).toString());
    step.set("corpus", JSON.valueToTree(corpus));
    step.set("specialTokens", JSON.valueToTree(specials));
    step.set("config", c);
  }

  /** A message as Python's dict keeps it: role first, then content. */
  static Map<String, String> msg(String role, String content) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("role", role);
    m.put("content", content);
    return m;
  }

  static Path dir(String model) {
    return WORK.resolve(model);
  }

  /** One tokenizer_reference batch; without transformers the test is skipped, or fails in CI. */
  static void run(XlaHarness harness, ArrayNode steps) throws Exception {
    run(harness, steps, WORK);
  }

  /** {@link #run(XlaHarness, ArrayNode)} with its request and log in {@code work}. */
  static void run(XlaHarness harness, ArrayNode steps, Path work) throws Exception {
    Path request = work.resolve("request.json");
    JSON.writeValue(request.toFile(), JSON.createObjectNode().set("steps", steps));
    Process p = harness.project()
        .process(harness.python(), PythonProject.Module.TOKENIZER_REFERENCE,
            List.of("batch", "--request", request.toString()))
        .redirectErrorStream(true).redirectOutput(work.resolve("batch.log").toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
      String log = Files.readString(work.resolve("batch.log"), StandardCharsets.UTF_8);
      if (p.isAlive() || p.exitValue() != 3 || "true".equals(System.getenv("CI"))) {
        p.destroyForcibly();
        fail("tokenizer_reference batch failed:\n" + log);
      }
      abort("Hugging Face tokenizers unavailable; " + PythonProject.INSTALL_HINT + "\n" + log);
    }
  }

  static int[] ints(JsonNode array) {
    int[] out = new int[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asInt();
    }
    return out;
  }

  @Test
  void idsAndTextEqualHuggingFaceOnOverAThousandStrings() throws Exception {
    assertTrue(strings.size() >= 1_000, "strings: " + strings.size());
    for (String model : MODELS) {
      JsonNode expected = JSON.readTree(WORK.resolve(model + ".ids.json").toFile());
      try (Tokenizer tokenizer = Tokenizer.open(dir(model))) {
        JsonNode first = expected.get(0);
        assertEquals(first.get("vocabSize").asInt(), tokenizer.vocabSize(), model + ": vocabulary size");
        assertEquals(first.get("bos").isNull() ? -1 : first.get("bos").asInt(), tokenizer.bos().orElse(-1), model + " BOS");
        assertEquals(first.get("eos").asInt(), tokenizer.eos().orElseThrow(), model + ": EOS");
        // an id past the tokenizer's vocabulary (a model's may be larger) decodes to no text, as in transformers
        JsonNode past = first.get("pastVocab");
        assertEquals(past.get("decoded").asText(), tokenizer.decode(ints(past.get("ids")), false), model + ": past vocab");
        int roundTrips = 0;
        for (int i = 0; i < strings.size(); i++) {
          String s = strings.get(i);
          JsonNode e = expected.get(i);
          String what = model + ", string " + i + " " + JSON.writeValueAsString(s.length() > 80 ? s.substring(0, 80) : s);
          int[] ids = tokenizer.encode(s, true);
          assertArrayEquals(ints(e.get("ids")), ids, what + ": ids with special tokens");
          assertArrayEquals(ints(e.get("rawIds")), ids, what + ": ids of the tokenizers package");
          assertArrayEquals(ints(e.get("idsPlain")), tokenizer.encode(s, false), what + ": ids without special tokens");
          assertEquals(e.get("decoded").asText(), tokenizer.decode(ids, false), what + ": decoded");
          assertEquals(e.get("decodedSkip").asText(), tokenizer.decode(ids, true), what + ": decoded, skipping special");
          if (model.equals("byte-level-bpe")) {
            assertEquals(s, tokenizer.decode(tokenizer.encode(s, false), false), what + ": round trip");
            roundTrips++;
          }
        }
        assertTrue(!model.equals("byte-level-bpe") || roundTrips == strings.size());
      }
    }
  }

  @Test
  void chatTemplatesRenderAsApplyChatTemplate() throws Exception {
    for (String model : MODELS) {
      JsonNode expected = JSON.readTree(WORK.resolve(model + ".chat.json").toFile());
      try (Tokenizer tokenizer = Tokenizer.open(dir(model))) {
        ChatTemplate template = tokenizer.chatTemplate().orElseThrow();
        int k = 0;
        for (List<Map<String, String>> c : conversations) {
          for (boolean prompt : new boolean[] {false, true}) {
            JsonNode e = expected.get(k++);
            List<Message> messages = c.stream().map(m -> new Message(m.get("role"), m.get("content"))).toList();
            String what = model + ", conversation " + (k - 1) / 2 + ", generation prompt " + prompt;
            if (e.isObject()) {
              ChatTemplateException thrown = assertThrows(ChatTemplateException.class,
                  () -> template.render(messages, prompt), what);
              assertTrue(thrown.getMessage().contains(e.get("error").asText()), what + ": " + thrown.getMessage());
              assertTrue(thrown.getMessage().contains("tokenizer_config.json"), thrown.getMessage());
            } else {
              assertEquals(e.asText(), template.render(messages, prompt), what);
            }
          }
        }
      }
    }
  }

  @Test
  void textAndJsonlBecomeTheTokenCacheHuggingFaceWouldWrite() throws Exception {
    List<Integer> expected = new ArrayList<>();
    JSON.readTree(WORK.resolve("corpus.json").toFile()).forEach(doc -> doc.forEach(id -> expected.add(id.asInt())));
    Path cache = WORK.resolve("cache");
    try (Tokenizer tokenizer = Tokenizer.open(dir("byte-level-bpe"))) {
      List<String> seen = new ArrayList<>();
      TextDocuments.of(WORK.resolve("documents.txt"), "text").forEach(seen::add);
      assertEquals(DOCUMENTS, seen, "documents of the .txt file");
      for (Path text : List.of(WORK.resolve("documents.txt"), WORK.resolve("documents.jsonl"))) {
        TokenCache.Entry entry = TokenCache.tokenize(tokenizer, TextDocuments.of(text, "body"), cache);
        assertEquals(TokenFileType.UINT16, entry.type());
        assertEquals(false, entry.reused());
        assertEquals(DOCUMENTS.size(), entry.documents());
        try (TokenCorpus corpus = TokenCorpus.open(entry.file(), entry.type())) {
          assertEquals(expected, Arrays.stream(corpus.read(0, (int) corpus.length())).boxed().toList(), text.toString());
        }
        assertEquals(true, TokenCache.tokenize(tokenizer, TextDocuments.of(text, "body"), cache).reused());
      }
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> TokenCache.tokenize(tokenizer, TextDocuments.of(WORK.resolve("documents.jsonl"), "text"), cache));
      assertEquals(WORK.resolve("documents.jsonl") + " line 1: no string field 'text' (fields: [body, id]; pick another"
          + " with --text-field)", e.getMessage());
      Path bad = WORK.resolve("bad.jsonl");
      Files.writeString(bad, "{\"text\": \"ok\"}\n{\"text\": \"cut\n");
      e = assertThrows(IllegalArgumentException.class, () -> TokenCache.tokenize(tokenizer, TextDocuments.of(bad, "text"),
          cache));
      assertTrue(e.getMessage().startsWith(bad + " line 2: invalid JSON"), e.getMessage());
    }
  }

  @Test
  void trainReadsJsonlThroughTheModelsTokenizerAndReusesTheCache() throws Exception {
    Path model = WORK.resolve("train-model");
    RandomCheckpoint.write(Presets.tiny().toBuilder().vocab(768).build(), model, 1);
    for (String file : List.of("tokenizer.json", "tokenizer_config.json")) {
      Files.copy(dir("byte-level-bpe").resolve(file), model.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    Path out = WORK.resolve("train-run");
    List<String> args = List.of("train", "--model", model.toString(), "--steps", "2", "--seq", "16", "--batch", "2",
        "--data", WORK.resolve("documents.jsonl").toString(), "--text-field", "body", "--out", out.toString(),
        "--force");
    String first = torus(args);
    assertTrue(first.contains("tokenized with " + model.resolve("tokenizer.json")) && first.contains(", 5 documents)"),
        first);
    String second = torus(args);
    assertTrue(second.contains(", reused) in " + out.resolve("tokens")), second);
  }

  private static String torus(List<String> args) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    java.io.PrintStream stream = new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8);
    int code = TorusCli.run(args, stream, stream);
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, text);
    return text;
  }

  @Test
  void aModelDirectoryWithoutTokenizerIsNamed() throws Exception {
    Path empty = Files.createDirectories(WORK.resolve("no-tokenizer"));
    NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> Tokenizer.open(empty));
    assertTrue(e.getMessage().contains("model directory " + empty + " has no tokenizer.json"), e.getMessage());
  }

  @Test
  void aTemplateJinjavaCannotRenderIsNamed() {
    ChatTemplate broken = ChatTemplate.of("{% for m in messages %}{{ m.content ", "model/tokenizer_config.json",
        Map.of());
    ChatTemplateException e = assertThrows(ChatTemplateException.class,
        () -> broken.render(List.of(Message.user("hi")), false));
    assertTrue(e.getMessage().startsWith("chat template of model/tokenizer_config.json "), e.getMessage());
  }
}
