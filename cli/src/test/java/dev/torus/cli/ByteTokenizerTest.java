package dev.torus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.torus.text.Tokenizer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's byte tokenizer, run by the tokenizers library: the ids are the UTF-8 bytes, and text round-trips. */
class ByteTokenizerTest {
  @Test
  void idsAreTheUtf8BytesAndTextRoundTrips(@TempDir Path dir) throws Exception {
    ByteTokenizer.write(dir);
    try (Tokenizer tokenizer = Tokenizer.open(dir)) {
      assertEquals(256, tokenizer.vocabSize());
      for (String s : List.of("", "Ring attention", "  two  spaces\n\ttab", "Größe 中文 😀", "\u0000\u007f\u00ad")) {
        int[] ids = tokenizer.encode(s, true);
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        int[] expected = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
          expected[i] = bytes[i] & 0xFF;
        }
        assertArrayEquals(expected, ids, s);
        assertEquals(s, tokenizer.decode(ids, true), s);
      }
    }
  }
}
