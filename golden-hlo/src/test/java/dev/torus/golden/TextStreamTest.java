package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.torus.harness.XlaHarness;
import dev.torus.text.Tokenizer;
import dev.torus.text.generate.TextStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Streaming detokenization with a byte-level BPE tokenizer trained here on English text only, so emoji, CJK
 * and accented characters are split into byte tokens: the streamed pieces join to transformers' decode of the
 * whole id list, no piece holds a replacement character, what was emitted is always a prefix of the final
 * text, and a stop string ends the text before it without ever being emitted.
 */
class TextStreamTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path WORK = Path.of("target", "text-stream").toAbsolutePath();
  static final List<String> STRINGS = List.of(
      "Ring attention 😀 shards the sequence: 中文字符, Größe, naïve café — done.",
      "🚀🚀 emoji 👩‍👩‍👧 family and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 math",
      "plain ascii only, with\nnew lines\tand tabs",
      "日本語のテキスト and Ελληνικά");
  static JsonNode expected;

  @BeforeAll
  static void trainTokenizerAndDecodeWithTransformers() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    Files.createDirectories(WORK);
    Path root = harness.project().repoRoot();
    JSON.writeValue(WORK.resolve("strings.json").toFile(), STRINGS);
    ArrayNode steps = JSON.createArrayNode();
    var make = steps.addObject().put("mode", "make").put("kind", "byte-level-bpe").put("vocabSize", 400)
        .put("out", WORK.resolve("bpe").toString());
    make.set("corpus", JSON.valueToTree(List.of(root.resolve("README.md").toString())));
    make.set("specialTokens", JSON.valueToTree(List.of("<|endoftext|>")));
    make.set("config", JSON.readTree("{\"eos_token\":\"<|endoftext|>\",\"tokenizer_class\":\"PreTrainedTokenizerFast\","
        + "\"clean_up_tokenization_spaces\":false}"));
    steps.addObject().put("mode", "encode").put("model", WORK.resolve("bpe").toString())
        .put("strings", WORK.resolve("strings.json").toString()).put("out", WORK.resolve("ids.json").toString());
    TokenizerParityTest.run(harness, steps, WORK);
    expected = JSON.readTree(WORK.resolve("ids.json").toFile());
  }

  static int[] ids(int i) {
    JsonNode a = expected.get(i).get("idsPlain");
    int[] out = new int[a.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = a.get(k).asInt();
    }
    return out;
  }

  @Test
  void streamedPiecesJoinToTransformersDecodeAndHoldBackSplitCharacters() throws Exception {
    int heldBack = 0;
    try (Tokenizer tokenizer = Tokenizer.open(WORK.resolve("bpe"))) {
      for (int i = 0; i < STRINGS.size(); i++) {
        int[] ids = ids(i);
        String whole = expected.get(i).get("decodedSkip").asText();
        assertEquals(STRINGS.get(i), whole, "the tokenizer round-trips string " + i);
        TextStream stream = TextStream.of(tokenizer, List.of());
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < ids.length; k++) {
          String piece = stream.add(ids[k]);
          assertFalse(piece.contains("\uFFFD"), "string " + i + " token " + k + " emitted a replacement character");
          out.append(piece);
          assertTrue(whole.startsWith(out.toString()), "string " + i + " token " + k + ": emitted '" + out
              + "' is not a prefix of the final text");
          if (tokenizer.decode(java.util.Arrays.copyOf(ids, k + 1), true).endsWith("\uFFFD")) {
            heldBack++;
          }
        }
        out.append(stream.finish());
        assertEquals(whole, out.toString(), "string " + i);
        assertEquals(whole, stream.text());
        assertEquals(Optional.empty(), stream.stopString());
      }
    }
    System.out.println("tokens that ended inside a split UTF-8 character: " + heldBack);
    assertTrue(heldBack >= 10, "the strings should split characters over tokens: " + heldBack);
  }

  @Test
  void aStopStringEndsTheTextBeforeItAndIsNeverEmitted() throws Exception {
    try (Tokenizer tokenizer = Tokenizer.open(WORK.resolve("bpe"))) {
      String whole = STRINGS.get(0);
      for (String stop : List.of("中文", "Größe", "sequence:", "😀")) {
        TextStream stream = TextStream.of(tokenizer, List.of("never there", stop));
        StringBuilder out = new StringBuilder();
        int[] ids = ids(0);
        int k = 0;
        while (stream.stopString().isEmpty()) {
          out.append(stream.add(ids[k++]));
          assertFalse(out.toString().contains(stop), stop + ": emitted " + out);
        }
        String before = whole.substring(0, whole.indexOf(stop));
        assertEquals(Optional.of(stop), stream.stopString());
        assertEquals(before, out.toString(), stop + ": all text before the stop string is out when it stops");
        assertEquals(before, stream.text());
        assertEquals("", stream.finish());
        int next = ids[k];
        assertThrows(IllegalStateException.class, () -> stream.add(next));
      }
      // a partial stop string at the end is held back until finish
      TextStream stream = TextStream.of(tokenizer, List.of(". The end"));
      StringBuilder out = new StringBuilder();
      for (int id : ids(0)) {
        out.append(stream.add(id));
      }
      assertEquals(whole.substring(0, whole.length() - 1), out.toString());
      assertEquals(".", stream.finish());
    }
  }
}
