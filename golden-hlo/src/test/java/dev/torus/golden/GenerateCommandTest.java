package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.cli.TorusCli;
import dev.torus.harness.PythonProject;
import dev.torus.harness.XlaHarness;
import dev.torus.text.ChatTemplate;
import dev.torus.text.Tokenizer;
import dev.torus.text.generate.EosIds;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ./torus generate} on a random-weight LLaMA checkpoint made by transformers with a byte-level BPE
 * tokenizer trained here: greedy text equals transformers' {@code generate(do_sample=False)} decoded (each
 * prompt alone, one prompt and a batch of two of different lengths, one device and an emulated ring of 2),
 * a stop string ends the text before it,
 * seeded sampling is reproducible, and each bad input fails before any work with a message that names it.
 */
class GenerateCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path WORK = Path.of("target", "generate-command").toAbsolutePath();
  static final Path MODEL = WORK.resolve("model");
  static final int NEW_TOKENS = 20;
  static final List<String> PROMPTS = List.of("The ring passes keys", "Torus compiles a model, and then the ring of"
      + " devices shares the sequence so that");
  static final String CHAT_TEMPLATE = "{% for m in messages %}<{{ m['role'] }}> {{ m['content'] }}\n{% endfor %}"
      + "{% if add_generation_prompt %}<assistant>:{% endif %}";
  /** Transformers' text for PROMPTS, then for PROMPTS.get(0) wrapped in the chat template. */
  static List<String> expected = new ArrayList<>();
  static List<int[]> generated = new ArrayList<>();
  static EosIds eos;

  @BeforeAll
  static void makeModelAndAskTransformers() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    deleteTree(WORK.resolve("one"));  // an artifact a former run compiled for other prompts
    ArrayNode steps = JSON.createArrayNode();
    ObjectNode config = HfReference.tinyConfig("generate_cli", "{\"num_hidden_layers\":2,\"num_key_value_heads\":2,"
        + "\"initStd\":0.15,\"seed\":7,\"vocab_size\":300,\"max_position_embeddings\":256}");
    Path configFile = WORK.resolve("config.json");
    JSON.writeValue(configFile.toFile(), config);
    steps.addObject().put("mode", "make-checkpoint").put("out", MODEL.toString()).put("config", configFile.toString());
    HfReference.runBatch(harness, steps, WORK);
    tokenizer(harness);
    List<int[]> ids = new ArrayList<>();
    try (Tokenizer tokenizer = Tokenizer.open(MODEL)) {
      eos = EosIds.read(MODEL, tokenizer);
      for (String p : PROMPTS) {
        ids.add(tokenizer.encode(p, true));
      }
      String chat = tokenizer.chatTemplate().orElseThrow().render(List.of(ChatTemplate.Message.user(PROMPTS.get(0))),
          true);
      assertEquals("<user> " + PROMPTS.get(0) + "\n<assistant>:", chat);
      ids.add(tokenizer.encode(chat, false));
      steps = JSON.createArrayNode();
      ObjectNode gen = steps.addObject().put("mode", "generate").put("model", MODEL.toString())
          .put("new_tokens", NEW_TOKENS).put("out", WORK.resolve("generate.json").toString());
      ArrayNode prompts = gen.putArray("prompts");
      for (int[] p : ids) {
        ArrayNode row = prompts.addArray();
        Arrays.stream(p).forEach(row::add);
      }
      HfReference.runBatch(harness, steps, WORK);
      JsonNode results = JSON.readTree(WORK.resolve("generate.json").toFile()).get("results");
      for (int b = 0; b < ids.size(); b++) {
        generated.add(ints(results.get(b).get("generated")));
        List<Integer> until = new ArrayList<>();
        for (JsonNode t : results.get(b).get("generated")) {
          if (eos.ids().contains(t.asInt())) {
            break;  // transformers ran on without EOS; Torus stops there, and EOS adds no text
          }
          until.add(t.asInt());
        }
        for (JsonNode m : results.get(b).get("margins")) {
          assertTrue(m.asDouble() > 1e-3, "transformers' top-2 margin " + m + " is too small for a greedy comparison");
        }
        expected.add(tokenizer.decode(until.stream().mapToInt(Integer::intValue).toArray(), true));
      }
    }
  }

  /** A byte-level BPE tokenizer (300 ids) trained on a fixed paragraph, written into the model directory. */
  static void tokenizer(XlaHarness harness) throws Exception {
    tokenizer(harness, WORK, MODEL);
  }

  /** {@link #tokenizer(XlaHarness)} written into {@code model}, its corpus, request and log in {@code work}. */
  static void tokenizer(XlaHarness harness, Path work, Path model) throws Exception {
    ArrayNode steps = JSON.createArrayNode();
    ObjectNode make = steps.addObject().put("mode", "make").put("kind", "byte-level-bpe").put("vocabSize", 300)
        .put("out", model.toString());
    // a fixed corpus, so the tokenizer (and with it the test's tokens) does not change when the README does
    Path corpus = work.resolve("corpus.txt");
    Files.writeString(corpus, ("Ring Attention shards the sequence over a ring of devices. Each device keeps its query"
        + " block while key and value blocks travel around the ring, and blockwise attention runs on the block in"
        + " hand. The prefill writes the cache; the decode appends one token per sequence and attends to it.\n")
        .repeat(40), StandardCharsets.UTF_8);
    make.set("corpus", JSON.valueToTree(List.of(corpus.toString())));
    make.set("specialTokens", JSON.valueToTree(List.of("<|endoftext|>")));
    ObjectNode tokenizerConfig = (ObjectNode) JSON.readTree("{\"eos_token\":\"<|endoftext|>\","
        + "\"tokenizer_class\":\"PreTrainedTokenizerFast\",\"clean_up_tokenization_spaces\":false}");
    tokenizerConfig.put("chat_template", CHAT_TEMPLATE);
    make.set("config", tokenizerConfig);
    Path request = work.resolve("tokenizer-request.json");
    JSON.writeValue(request.toFile(), JSON.createObjectNode().set("steps", steps));
    Process p = harness.project()
        .process(harness.python(), PythonProject.Module.TOKENIZER_REFERENCE, List.of("batch", "--request",
            request.toString()))
        .redirectErrorStream(true).redirectOutput(work.resolve("tokenizer.log").toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
      String log = Files.readString(work.resolve("tokenizer.log"), StandardCharsets.UTF_8);
      if (p.isAlive() || p.exitValue() != 3 || "true".equals(System.getenv("CI"))) {
        p.destroyForcibly();
        fail("tokenizer_reference failed:\n" + log);
      }
      abort("Hugging Face tokenizers unavailable; " + PythonProject.INSTALL_HINT + "\n" + log);
    }
  }

  static void deleteTree(Path dir) throws java.io.IOException {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  static int firstIndex(int[] a, int value) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == value) {
        return i;
      }
    }
    return -1;
  }

  static int[] ints(JsonNode array) {
    int[] out = new int[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asInt();
    }
    return out;
  }

  record Result(int code, String out, String err) {}

  static Result torus(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = TorusCli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static List<String> args(String... more) {
    List<String> a = new ArrayList<>(List.of("generate", "--model", MODEL.toString(), "--max-new-tokens",
        String.valueOf(NEW_TOKENS)));
    a.addAll(List.of(more));
    return a;
  }

  static Result torus(List<String> args) {
    return torus(args.toArray(String[]::new));
  }

  @Test
  void greedyTextEqualsTransformersGenerate() throws Exception {
    Result r = torus(args("--prompt", PROMPTS.get(0), "--artifact", WORK.resolve("one").toString()));
    assertEquals(0, r.code(), r.err());
    System.out.println("[generate] one prompt: " + r.out().strip() + "\n" + r.err().strip());
    assertEquals(expected.get(0) + "\n", r.out(), "greedy text vs transformers");
    assertTrue(r.err().contains("prefill") && r.err().contains("tokens/s") && r.err().contains("KV cache"), r.err());
    // the second run reuses the compiled artifact
    Result again = torus(args("--prompt", PROMPTS.get(0), "--artifact", WORK.resolve("one").toString()));
    assertEquals(r.out(), again.out());
    assertTrue(!again.err().contains("compiled"), again.err());
    // a stop string taken from the middle of the greedy text (two characters without U+FFFD)
    String text = expected.get(0);
    int at = 4;
    while (text.substring(at, at + 2).contains("\uFFFD")) {
      at++;
    }
    String stop = text.substring(at, at + 2);
    Path promptFile = WORK.resolve("prompt.txt");
    Files.writeString(promptFile, PROMPTS.get(0), StandardCharsets.UTF_8);
    Result stopped = torus(args("--prompt-file", promptFile.toString(), "--artifact", WORK.resolve("one").toString(),
        "--stop", stop));
    assertEquals(0, stopped.code(), stopped.err());
    assertEquals(text.substring(0, text.indexOf(stop)) + "\n", stopped.out(), "stopped at '" + stop + "'");
    assertTrue(stopped.err().contains("(stop)"), stopped.err());
  }

  @Test
  void aBatchOfTwoLengthsOnOneDeviceAndOnAnEmulatedRingEqualsEachPromptAlone() {
    for (List<String> where : List.of(List.<String>of(), List.of("--ring", "2", "--emulate"))) {
      List<String> a = args("--prompt", PROMPTS.get(0), "--prompt", PROMPTS.get(1));
      a.addAll(where);
      Result r = torus(a);
      assertEquals(0, r.code(), r.err());
      String want = "--- prompt 0 ---\n" + expected.get(0) + "\n--- prompt 1 ---\n" + expected.get(1) + "\n";
      assertEquals(want, r.out(), "batch " + where);
      System.out.println("[generate] batch " + where + ": " + r.err().strip());
    }
  }

  @Test
  void theCpuDecodeKernelThroughTheJaxEngineGivesTheSameText() {
    Result r = torus(args("--prompt", PROMPTS.get(0), "--prompt", PROMPTS.get(1), "--devices", "cpu",
        "--cpu-decode-kernel"));
    assertEquals(0, r.code(), r.err());
    assertEquals("--- prompt 0 ---\n" + expected.get(0) + "\n--- prompt 1 ---\n" + expected.get(1) + "\n", r.out(),
        "greedy text with the CPU decode kernel vs transformers");
    System.out.println("[generate] --devices cpu --cpu-decode-kernel: " + r.err().strip());
  }

  @Test
  void chatWrapsThePromptInTheTemplate() {
    Result r = torus(args("--prompt", PROMPTS.get(0), "--chat"));
    assertEquals(0, r.code(), r.err());
    assertEquals(expected.get(2) + "\n", r.out(), "greedy text of the chat-wrapped prompt vs transformers");
  }

  @Test
  void anEosIdFromGenerationConfigEndsTheSequence() throws Exception {
    // the model's own greedy token at step k (its first occurrence, k >= 2) made its EOS in a copy of the model
    int[] g = generated.get(0);
    int k = 2;
    while (k < g.length && (firstIndex(g, g[k]) < k || eos.ids().contains(g[k]))) {
      k++;
    }
    assertTrue(k < g.length - 1, "a token that first occurs after step 2: " + Arrays.toString(g));
    Path copy = WORK.resolve("eos-model");
    Files.createDirectories(copy);
    try (var files = Files.list(MODEL)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, copy.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.writeString(copy.resolve("generation_config.json"), "{\"eos_token_id\": [" + g[k] + "]}");
    List<String> a = args("--prompt", PROMPTS.get(0));
    a.set(2, copy.toString());
    Result r = torus(a);
    assertEquals(0, r.code(), r.err());
    String want;
    try (Tokenizer tokenizer = Tokenizer.open(copy)) {
      want = tokenizer.decode(Arrays.copyOf(g, k), true);
    }
    assertEquals(want + "\n", r.out(), "the text before EOS id " + g[k] + " (step " + k + ")");
    assertTrue(r.err().contains(" " + (k + 1) + " new token(s) (eos)"), r.err());
  }

  @Test
  void seededSamplingIsReproducible() {
    String artifact = WORK.resolve("one").toString();
    List<String> sample = List.of("--prompt", PROMPTS.get(0), "--artifact", artifact, "--temperature", "1.5",
        "--top-k", "50", "--top-p", "0.95", "--repetition-penalty", "1.1");
    List<String> a = args(sample.toArray(String[]::new));
    a.addAll(List.of("--seed", "5"));
    Result first = torus(a);
    Result second = torus(a);
    assertEquals(0, first.code(), first.err());
    assertEquals(first.out(), second.out());
    List<String> b = args(sample.toArray(String[]::new));
    b.addAll(List.of("--seed", "6"));
    Result other = torus(b);
    assertEquals(0, other.code(), other.err());
    assertNotEquals(first.out(), other.out(), "another seed, other draws");
    assertNotEquals(expected.get(0) + "\n", first.out(), "sampling at temperature 1.5 is not greedy");
  }

  @Test
  void badInputFailsBeforeAnyWorkNamingIt() throws Exception {
    Result tooLong = torus(args("--prompt", PROMPTS.get(1), "--max-len", "8"));
    assertEquals(2, tooLong.code());
    assertTrue(tooLong.err().contains("--max-len 8 leaves no room"), tooLong.err());

    Path bare = WORK.resolve("no-tokenizer");
    Files.createDirectories(bare);
    Files.copy(MODEL.resolve("config.json"), bare.resolve("config.json"), StandardCopyOption.REPLACE_EXISTING);
    Result noTokenizer = torus("generate", "--model", bare.toString(), "--prompt", "hi");
    assertEquals(2, noTokenizer.code());
    assertTrue(noTokenizer.err().contains("has no tokenizer.json"), noTokenizer.err());

    Path noChat = WORK.resolve("no-chat");
    Files.createDirectories(noChat);
    for (String f : List.of("config.json", "tokenizer.json")) {
      Files.copy(MODEL.resolve(f), noChat.resolve(f), StandardCopyOption.REPLACE_EXISTING);
    }
    Files.writeString(noChat.resolve("tokenizer_config.json"), "{\"tokenizer_class\": \"PreTrainedTokenizerFast\"}");
    Result chat = torus("generate", "--model", noChat.toString(), "--prompt", "hi", "--chat");
    assertEquals(2, chat.code());
    assertTrue(chat.err().contains("--chat: " + noChat + " has no chat template"), chat.err());

    Result huge = torus(args("--prompt", "hi", "--max-len", "200000000"));
    assertEquals(3, huge.code(), huge.err());
    assertTrue(huge.err().contains("KV cache of 1 x 200000000 tokens"), huge.err());

    Result topP = torus(args("--prompt", "hi", "--top-p", "0"));
    assertEquals(2, topP.code());
    assertTrue(topP.err().contains("--top-p 0.0: expected a value in (0, 1]"), topP.err());

    Result kernelOnTf = torus(args("--prompt", "hi", "--cpu-decode-kernel"));
    assertEquals(2, kernelOnTf.code());
    assertTrue(kernelOnTf.err().contains("--cpu-decode-kernel runs in the JAX engine on CPU devices: add --devices cpu"),
        kernelOnTf.err());

    Result none = torus("generate", "--model", MODEL.toString());
    assertEquals(2, none.code());
    assertTrue(none.err().contains("--prompt TEXT or --prompt-file F"), none.err());
  }
}
