package dev.torus.text.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.torus.text.Tokenizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sampler's rules on hand-made logits (the numbers against transformers' own processors are in
 * golden-hlo's SamplingParityTest), the options' errors, stop conditions and where EOS ids come from.
 */
class SamplerTest {
  private static final float NEG = Float.NEGATIVE_INFINITY;

  private static SamplingOptions sampling() {
    return SamplingOptions.GREEDY.withTemperature(1);
  }

  @Test
  void badOptionsNameTheOption() {
    assertMessage("--temperature -1.0", () -> SamplingOptions.GREEDY.withTemperature(-1));
    assertMessage("--temperature NaN", () -> SamplingOptions.GREEDY.withTemperature(Double.NaN));
    assertMessage("--top-k -2", () -> SamplingOptions.GREEDY.withTopK(-2));
    assertMessage("--top-p 0.0", () -> SamplingOptions.GREEDY.withTopP(0));
    assertMessage("--top-p 1.5", () -> SamplingOptions.GREEDY.withTopP(1.5));
    assertMessage("--repetition-penalty 0.0", () -> SamplingOptions.GREEDY.withRepetitionPenalty(0));
    assertMessage("--max-new-tokens 0", () -> SamplingOptions.GREEDY.withMaxNewTokens(0));
    assertMessage("--stop", () -> SamplingOptions.GREEDY.withStopStrings(List.of("ok", "")));
  }

  private static void assertMessage(String start, Runnable r) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
    assertTrue(e.getMessage().startsWith(start), e.getMessage());
  }

  @Test
  void greedyTakesTheFirstLargestLogitAfterThePenalty() {
    Sampler s = new Sampler(SamplingOptions.GREEDY, 1);
    assertEquals(1, s.next(0, new float[] {0, 2, 2, -1}));
    Sampler penalised = new Sampler(SamplingOptions.GREEDY.withRepetitionPenalty(2), 1);
    penalised.observe(0, 1);
    // 2 / 2 = 1 < 1.5: token 1 loses to token 2 once seen
    assertEquals(2, penalised.next(0, new float[] {0, 2, 1.5f, -1}));
  }

  @Test
  void repetitionPenaltyDividesPositiveAndMultipliesNegativeLogitsOncePerToken() {
    BitSet seen = new BitSet();
    seen.set(0);
    seen.set(2);
    seen.set(7);  // outside the vocabulary: ignored
    float[] out = Sampler.process(SamplingOptions.GREEDY.withRepetitionPenalty(1.5), new float[] {3, 3, -3, -3}, seen);
    assertArrayEquals(new float[] {2, 3, -4.5f, -3}, out);
  }

  @Test
  void temperatureThenTopKKeepsTies() {
    float[] out = Sampler.process(sampling().withTemperature(2).withTopK(2), new float[] {1, 3, 3, 2, 3}, new BitSet());
    // the 2nd largest is 1.5 (a tie of three): all three stay
    assertArrayEquals(new float[] {NEG, 1.5f, 1.5f, NEG, 1.5f}, out);
  }

  @Test
  void topPKeepsTheSmallestSetReachingP() {
    float[] logits = logs(0.5, 0.3, 0.15, 0.05);
    assertKept(new boolean[] {true, true, false, false}, Sampler.process(sampling().withTopP(0.75), logits, new BitSet()));
    assertKept(new boolean[] {true, true, true, false}, Sampler.process(sampling().withTopP(0.85), logits, new BitSet()));
    // the most probable token always stays
    assertKept(new boolean[] {true, false, false, false}, Sampler.process(sampling().withTopP(0.01), logits, new BitSet()));
    double[] p = Sampler.probabilities(Sampler.process(sampling().withTopP(0.75), logits, new BitSet()));
    assertEquals(0.625, p[0], 1e-6);
    assertEquals(0.375, p[1], 1e-6);
  }

  private static float[] logs(double... p) {
    float[] out = new float[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = (float) Math.log(p[i]);
    }
    return out;
  }

  private static void assertKept(boolean[] kept, float[] scores) {
    for (int i = 0; i < kept.length; i++) {
      assertEquals(kept[i], scores[i] != NEG, "token " + i + " kept");
    }
  }

  @Test
  void theSameSeedGivesTheSameDrawsAndEachSequenceItsOwnStream() {
    float[] logits = new float[50];  // uniform
    int[] a = draws(new Sampler(sampling().withSeed(7), 2), 0, logits, 200);
    int[] b = draws(new Sampler(sampling().withSeed(7), 2), 0, logits, 200);
    assertArrayEquals(a, b);
    assertNotEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(draws(new Sampler(sampling().withSeed(8), 2), 0,
        logits, 200)));
    // sequence 1 draws the same whether or not sequence 0 drew in between
    Sampler interleaved = new Sampler(sampling().withSeed(7), 2);
    int[] one = new int[200];
    for (int i = 0; i < one.length; i++) {
      interleaved.next(0, logits);
      one[i] = interleaved.next(1, logits);
    }
    assertArrayEquals(draws(new Sampler(sampling().withSeed(7), 2), 1, logits, 200), one);
    assertNotEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(one));
  }

  private static int[] draws(Sampler s, int sequence, float[] logits, int n) {
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = s.next(sequence, logits);
    }
    return out;
  }

  @Test
  void drawsFollowTheProbabilities() {
    float[] logits = logs(0.5, 0.3, 0.15, 0.05);
    Sampler s = new Sampler(sampling().withSeed(3), 1);
    int n = 100_000;
    int[] counts = new int[4];
    for (int i = 0; i < n; i++) {
      counts[s.next(0, logits)]++;
    }
    double[] p = {0.5, 0.3, 0.15, 0.05};
    for (int i = 0; i < 4; i++) {
      // 5 standard deviations of a binomial frequency
      assertEquals(p[i], counts[i] / (double) n, 5 * Math.sqrt(p[i] * (1 - p[i]) / n), "token " + i);
    }
  }

  @Test
  void aNanLogitFailsNamingSequenceAndToken() {
    Sampler s = new Sampler(SamplingOptions.GREEDY, 3);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.next(2, new float[] {0, Float.NaN}));
    assertEquals("sequence 2: the logit of token 1 is NaN", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> s.next(3, new float[] {0}));
  }

  @Test
  void stopConditionsInOrderEosStopStringLength() {
    StopConditions stop = new StopConditions(new EosIds(com.google.common.collect.ImmutableSet.of(2, 5), "test"), 3);
    TextStream plain = new TextStream(ids -> "x".repeat(ids.length), List.of());
    plain.add(0);
    assertEquals(Optional.of(FinishReason.EOS), stop.after(5, 3, plain));
    assertEquals(Optional.empty(), stop.after(0, 2, plain));
    assertEquals(Optional.of(FinishReason.LENGTH), stop.after(0, 3, plain));
    TextStream stopped = new TextStream(ids -> "ab".repeat(ids.length), List.of("ba"));
    stopped.add(0);
    assertEquals(Optional.empty(), stop.after(0, 1, stopped));
    stopped.add(0);
    assertEquals(Optional.of(FinishReason.STOP_STRING), stop.after(0, 2, stopped));
    assertEquals("a", stopped.text());
  }

  /** A word-level tokenizer.json written by hand: "a", "b", and "</s>" as the special EOS token. */
  private static Path model(Path dir, String tokenizerConfig) throws Exception {
    Files.writeString(dir.resolve("tokenizer.json"), """
        {"version": "1.0", "truncation": null, "padding": null,
         "added_tokens": [{"id": 2, "content": "</s>", "single_word": false, "lstrip": false, "rstrip": false,
                           "normalized": false, "special": true}],
         "normalizer": null, "pre_tokenizer": {"type": "Whitespace"}, "post_processor": null, "decoder": null,
         "model": {"type": "WordLevel", "vocab": {"a": 0, "b": 1, "</s>": 2}, "unk_token": "a"}}
        """);
    Files.writeString(dir.resolve("tokenizer_config.json"), tokenizerConfig);
    return dir;
  }

  @Test
  void eosIdsFromGenerationConfigElseConfigElseTokenizer(@TempDir Path dir) throws Exception {
    model(dir, "{\"eos_token\": \"</s>\"}");
    try (Tokenizer tokenizer = Tokenizer.open(dir)) {
      assertEquals(ImmutableList.of(2), EosIds.read(dir, tokenizer).ids().asList());
      Files.writeString(dir.resolve("config.json"), "{\"eos_token_id\": 1}");
      assertEquals(ImmutableList.of(1), EosIds.read(dir, tokenizer).ids().asList());
      Files.writeString(dir.resolve("generation_config.json"), "{\"eos_token_id\": [0, 2]}");
      EosIds eos = EosIds.read(dir, tokenizer);
      assertEquals(ImmutableList.of(0, 2), eos.ids().asList());
      assertTrue(eos.source().endsWith("generation_config.json"), eos.source());
      Files.writeString(dir.resolve("generation_config.json"), "{\"eos_token_id\": null}");
      assertEquals(ImmutableList.of(1), EosIds.read(dir, tokenizer).ids().asList());
      Files.writeString(dir.resolve("generation_config.json"), "{\"eos_token_id\": \"</s>\"}");
      Exception e = assertThrows(java.io.IOException.class, () -> EosIds.read(dir, tokenizer));
      assertTrue(e.getMessage().contains("generation_config.json: eos_token_id \"</s>\" is not"), e.getMessage());
    }
  }

  @Test
  void noEosAnywhereIsEmpty(@TempDir Path dir) throws Exception {
    model(dir, "{}");
    try (Tokenizer tokenizer = Tokenizer.open(dir)) {
      assertTrue(EosIds.read(dir, tokenizer).ids().isEmpty());
    }
  }
}
