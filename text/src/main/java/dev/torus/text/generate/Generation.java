package dev.torus.text.generate;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.primitives.ImmutableIntArray;

/**
 * One prompt's generated text.
 *
 * @param text the generated text (special tokens skipped; ending before a stop string where one stopped it)
 * @param tokenIds the generated ids, an EOS that ended it included (as transformers' {@code generate} returns them)
 * @param finishReason why it stopped
 * @param promptTokens the prompt's length in tokens
 * @param prefillMillis the prefill of the batch this prompt ran in, in milliseconds (on an engine that compiles a
 *     program at its first call, as TensorFlow Java does, that compile included)
 * @param firstDecodeMillis the batch's first decode step, in milliseconds (likewise with the decode program's
 *     compile where the engine compiles at the first call); 0 where no decode step ran
 * @param decodeTokensPerSecond the batch's decode rate: tokens produced by decode steps (all rows) per second
 *     of decoding, from the second decode step on (the first one's compile left out; the first step alone where
 *     only one ran); 0 where no decode step ran
 * @param cacheBytes the KV cache the artifact preallocates (all layers, all rows, keys and values)
 */
public record Generation(String text, ImmutableIntArray tokenIds, FinishReason finishReason, int promptTokens,
    double prefillMillis, double firstDecodeMillis, double decodeTokensPerSecond, long cacheBytes) {
  public Generation {
    checkNotNull(text, "text");
    checkNotNull(tokenIds, "tokenIds");
    checkNotNull(finishReason, "finishReason");
  }
}
