package dev.torus.text.generate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.BitSet;
import java.util.SplittableRandom;

/**
 * Chooses each sequence's next token from its logits as transformers' {@code generate} does: the repetition
 * penalty ({@code RepetitionPenaltyLogitsProcessor}) over the tokens the sequence has seen (prompt and
 * output), then, when sampling, {@code TemperatureLogitsWarper}, {@code TopKLogitsWarper} (ties with the k-th
 * largest logit are kept) and {@code TopPLogitsWarper} (min_tokens_to_keep 1), then a draw from the softmax;
 * greedy takes the first largest logit after the penalty. Logits are processed in f32, as torch does.
 *
 * <p>Sequence {@code b} of a batch draws from its own {@link SplittableRandom} stream, the {@code b}-th split of
 * a stream seeded with {@link SamplingOptions#seed}: the same seed gives the same draws, and a sequence's draws
 * do not depend on how many tokens the other sequences took. Not thread-safe.
 */
public final class Sampler {
  private final SamplingOptions options;
  private final SplittableRandom[] streams;
  private final BitSet[] seen;

  /** A sampler for {@code batch} sequences, none of which has seen a token yet. */
  public Sampler(SamplingOptions options, int batch) {
    this.options = checkNotNull(options, "options");
    checkArgument(batch >= 1, "batch %s: expected at least 1 sequence", batch);
    SplittableRandom root = new SplittableRandom(options.seed());
    streams = new SplittableRandom[batch];
    seen = new BitSet[batch];
    for (int b = 0; b < batch; b++) {
      streams[b] = root.split();
      seen[b] = new BitSet();
    }
  }

  public SamplingOptions options() {
    return options;
  }

  /** Records {@code tokens} (a prompt) as seen by sequence {@code sequence}, for the repetition penalty. */
  public void observe(int sequence, int... tokens) {
    checkSequence(sequence);
    for (int t : tokens) {
      checkArgument(t >= 0, "sequence %s: token id %s is negative", sequence, t);
      seen[sequence].set(t);
    }
  }

  /**
   * The next token of {@code sequence} from its logits over the vocabulary; the token is recorded as seen.
   * A NaN logit fails naming the sequence and the token.
   */
  public int next(int sequence, float[] logits) {
    checkSequence(sequence);
    checkNotNull(logits, "logits");
    checkArgument(logits.length > 0, "sequence %s: empty logits", sequence);
    for (int i = 0; i < logits.length; i++) {
      if (Float.isNaN(logits[i])) {
        throw new IllegalStateException("sequence " + sequence + ": the logit of token " + i + " is NaN");
      }
    }
    float[] scores = process(options, logits, seen[sequence]);
    int token = options.greedy() ? argmax(scores) : draw(probabilities(scores), streams[sequence].nextDouble());
    seen[sequence].set(token);
    return token;
  }

  /**
   * The logits after transformers' processors for {@code options}: the repetition penalty over {@code seen}, and
   * when not greedy temperature, top-k and top-p; a token filtered out gets {@code -Infinity}. A new array.
   */
  public static float[] process(SamplingOptions options, float[] logits, BitSet seen) {
    float[] s = logits.clone();
    if (options.repetitionPenalty() != 1) {
      float penalty = (float) options.repetitionPenalty();
      for (int t = seen.nextSetBit(0); t >= 0 && t < s.length; t = seen.nextSetBit(t + 1)) {
        s[t] = s[t] < 0 ? s[t] * penalty : s[t] / penalty;
      }
    }
    if (options.greedy()) {
      return s;
    }
    if (options.temperature() != 1) {
      float temperature = (float) options.temperature();
      for (int i = 0; i < s.length; i++) {
        s[i] = s[i] / temperature;
      }
    }
    if (options.topK() > 0 && options.topK() < s.length) {
      float[] sorted = s.clone();
      Arrays.sort(sorted);
      float kth = sorted[s.length - options.topK()];
      for (int i = 0; i < s.length; i++) {
        if (s[i] < kth) {
          s[i] = Float.NEGATIVE_INFINITY;
        }
      }
    }
    if (options.topP() < 1) {
      topP(s, options.topP());
    }
    return s;
  }

  /** TopPLogitsWarper: sorted ascending, a token whose cumulative probability is at most 1 - p is removed. */
  private static void topP(float[] s, double p) {
    Integer[] order = new Integer[s.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Float.compare(s[a], s[b]));
    float max = s[order[order.length - 1]];
    double sum = 0;
    for (float v : s) {
      sum += Math.exp((double) v - max);
    }
    float cut = (float) (1 - p);
    double cumulative = 0;
    for (int r = 0; r < order.length - 1; r++) {
      int i = order[r];
      cumulative += (float) (Math.exp((double) s[i] - max) / sum);
      if ((float) cumulative <= cut) {
        s[i] = Float.NEGATIVE_INFINITY;
      }
    }
  }

  /** The softmax of processed logits, in f64; filtered tokens get 0. */
  public static double[] probabilities(float[] scores) {
    float max = Float.NEGATIVE_INFINITY;
    for (float v : scores) {
      max = Math.max(max, v);
    }
    double[] p = new double[scores.length];
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      p[i] = scores[i] == Float.NEGATIVE_INFINITY ? 0 : Math.exp((double) scores[i] - max);
      sum += p[i];
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
    }
    return p;
  }

  /** The first index of the largest score. */
  static int argmax(float[] scores) {
    int best = 0;
    for (int i = 1; i < scores.length; i++) {
      if (scores[i] > scores[best]) {
        best = i;
      }
    }
    return best;
  }

  /** The token whose cumulative probability interval holds {@code u} in [0, 1). */
  static int draw(double[] p, double u) {
    double cumulative = 0;
    int last = -1;
    for (int i = 0; i < p.length; i++) {
      if (p[i] > 0) {
        cumulative += p[i];
        last = i;
        if (u < cumulative) {
          return i;
        }
      }
    }
    return last;
  }

  private void checkSequence(int sequence) {
    checkArgument(sequence >= 0 && sequence < streams.length, "sequence %s: expected one of [0, %s)", sequence,
        streams.length);
  }
}
