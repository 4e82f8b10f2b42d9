package dev.torus.golden;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The strings the tokenizer parity test encodes: edge cases first, then random mixtures of them. */
final class TokenizerStrings {
  private TokenizerStrings() {}

  /** Pieces of text that tokenizers treat specially: scripts, emoji, combining marks, whitespace, special-token text. */
  static final List<String> PIECES = List.of(
      "hello", "world", " the", "Ring Attention", "tokens", "it's", "don't", "I'm", "we've", "3.14159", "1,000,000",
      "é", "e\u0301", "ñ", "ß", "Ω", "Ångström", "naïve café", "straße", "İstanbul", "ﬁ", "Ⅻ",
      "😀", "👍🏽", "👨\u200d👩\u200d👧\u200d👦", "🇯🇵", "❤️", "🤖",
      "中文", "日本語のテキスト", "한국어", "漢字かなカナ", "汉字",
      "العربية", "עברית", "हिन्दी", "ภาษาไทย", "Ελληνικά", "русский", "ᚠᚢᚦ",
      "a\u0308\u0301", "\u0301", "\u200b", "\u200d", "\ufeff", "\u00ad",
      " ", "  ", "   ", "\t", "\n", "\n\n", "\r\n", " \n ", "\u00a0", "\u3000", "\u2028", "\t\t  \n",
      "<|endoftext|>", "<|im_start|>", "<|im_end|>", "<s>", "</s>", "<unk>", "<pad>", "[INST]", "[/INST]",
      "<|im_start", "im_end|>", "< s >", "<<SYS>>", "{{ x }}", "{% if %}",
      "\\", "\"", "'", "`", "~", "@#$%^&*()", "->", "==", "!=", "...", "—", "–", "…", "«»", "„“", "¿¡",
      "x\u0000y", "\u0007", "\u007f", "￿", "\uffff", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "𐍈");

  /** At least {@code count} strings: the empty string, each piece alone, long inputs, then random mixtures. */
  static List<String> make(int count, long seed) {
    List<String> out = new ArrayList<>();
    out.add("");
    out.addAll(PIECES);
    out.add("a".repeat(20_000));
    out.add(" ".repeat(5_000));
    out.add("😀".repeat(3_000));
    out.add("The quick brown fox jumps over the lazy dog. ".repeat(1_000));
    out.add("中文 English mixed 😀\n".repeat(500));
    Random random = new Random(seed);
    while (out.size() < count) {
      StringBuilder s = new StringBuilder();
      int parts = 1 + random.nextInt(12);
      for (int i = 0; i < parts; i++) {
        s.append(PIECES.get(random.nextInt(PIECES.size())));
        if (random.nextInt(3) == 0) {
          s.append(' ');
        }
      }
      out.add(s.toString());
    }
    return out;
  }
}
