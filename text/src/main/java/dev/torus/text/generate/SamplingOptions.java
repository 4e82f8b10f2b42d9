package dev.torus.text.generate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * How the next token is chosen, as transformers' {@code generate} takes it: {@code temperature} 0 is greedy
 * (argmax after the repetition penalty); above 0 samples after the repetition penalty, temperature, top-k and
 * top-p, in that order. Every bad value fails naming the option (with its CLI spelling) and the range.
 *
 * @param temperature 0 (greedy) or a finite value above 0 that divides the logits
 * @param topK keep the {@code topK} largest logits and their ties; 0 keeps all
 * @param topP keep the smallest set of most probable tokens whose probabilities add up to at least
 *     {@code topP}, in (0, 1]; 1 keeps all
 * @param repetitionPenalty above 0; the logit of each token already in the prompt or output is divided by it
 *     when positive and multiplied by it when negative; 1 changes nothing
 * @param seed the random stream's seed: the same seed, prompts and batch give the same draws
 * @param maxNewTokens the most tokens generated per sequence, at least 1
 * @param stopStrings generation of a sequence stops once its text contains one of these (non-empty) strings,
 *     and its text ends before it
 */
public record SamplingOptions(double temperature, int topK, double topP, double repetitionPenalty, long seed,
    int maxNewTokens, ImmutableList<String> stopStrings) {
  /** Greedy, no penalty, seed 0, 32 new tokens, no stop strings. */
  public static final SamplingOptions GREEDY = new SamplingOptions(0, 0, 1, 1, 0, 32, ImmutableList.of());

  public SamplingOptions {
    checkArgument(Double.isFinite(temperature) && temperature >= 0,
        "--temperature %s: expected 0 (greedy) or a finite value above 0", temperature);
    checkArgument(topK >= 0, "--top-k %s: expected 0 (keep all) or a positive count", topK);
    checkArgument(topP > 0 && topP <= 1, "--top-p %s: expected a value in (0, 1] (1 keeps all)", topP);
    checkArgument(Double.isFinite(repetitionPenalty) && repetitionPenalty > 0,
        "--repetition-penalty %s: expected a finite value above 0 (1 is no penalty)", repetitionPenalty);
    checkArgument(maxNewTokens >= 1, "--max-new-tokens %s: expected at least 1", maxNewTokens);
    checkNotNull(stopStrings, "stopStrings");
    for (String s : stopStrings) {
      checkArgument(!s.isEmpty(), "--stop: a stop string must not be empty");
    }
  }

  /** Whether the next token is the argmax (temperature 0). */
  public boolean greedy() {
    return temperature == 0;
  }

  public SamplingOptions withTemperature(double t) {
    return new SamplingOptions(t, topK, topP, repetitionPenalty, seed, maxNewTokens, stopStrings);
  }

  public SamplingOptions withTopK(int k) {
    return new SamplingOptions(temperature, k, topP, repetitionPenalty, seed, maxNewTokens, stopStrings);
  }

  public SamplingOptions withTopP(double p) {
    return new SamplingOptions(temperature, topK, p, repetitionPenalty, seed, maxNewTokens, stopStrings);
  }

  public SamplingOptions withRepetitionPenalty(double penalty) {
    return new SamplingOptions(temperature, topK, topP, penalty, seed, maxNewTokens, stopStrings);
  }

  public SamplingOptions withSeed(long s) {
    return new SamplingOptions(temperature, topK, topP, repetitionPenalty, s, maxNewTokens, stopStrings);
  }

  public SamplingOptions withMaxNewTokens(int n) {
    return new SamplingOptions(temperature, topK, topP, repetitionPenalty, seed, n, stopStrings);
  }

  public SamplingOptions withStopStrings(List<String> stops) {
    checkNotNull(stops, "stopStrings");
    return new SamplingOptions(temperature, topK, topP, repetitionPenalty, seed, maxNewTokens,
        ImmutableList.copyOf(stops));
  }
}
