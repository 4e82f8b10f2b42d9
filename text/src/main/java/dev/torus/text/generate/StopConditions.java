package dev.torus.text.generate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * When a sequence stops: on one of the model's EOS tokens, once its text holds a stop string (its
 * {@link TextStream} says so), or after {@code maxNewTokens} tokens, checked in that order after each token.
 *
 * @param eos the end-of-sequence ids
 * @param maxNewTokens the most tokens generated, at least 1 (the smaller of {@code --max-new-tokens} and the
 *     room left in the cache)
 */
public record StopConditions(EosIds eos, int maxNewTokens) {
  public StopConditions {
    checkNotNull(eos, "eos");
    checkArgument(maxNewTokens >= 1, "maxNewTokens %s: expected at least 1", maxNewTokens);
  }

  /**
   * Why the sequence stops after generating {@code token}, its {@code generated}-th token (counting from 1),
   * whose text is {@code stream} (with the token added); empty while it goes on.
   */
  public Optional<FinishReason> after(int token, int generated, TextStream stream) {
    if (eos.ids().contains(token)) {
      return Optional.of(FinishReason.EOS);
    }
    if (stream.stopString().isPresent()) {
      return Optional.of(FinishReason.STOP_STRING);
    }
    return generated >= maxNewTokens ? Optional.of(FinishReason.LENGTH) : Optional.empty();
  }
}
