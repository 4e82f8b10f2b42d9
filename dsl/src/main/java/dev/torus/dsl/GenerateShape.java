package dev.torus.dsl;

import static com.google.common.base.Preconditions.checkArgument;

import dev.torus.artifact.TokenLayout;

/**
 * The shape of a generate program pair (prefill and decode): the prompt's run shape ({@code batch}
 * prompts of up to {@code sequence} tokens, right-padded, on a ring of {@code ring} devices) and the
 * KV cache's capacity {@code maxLength} (prompt and generated tokens together). On a ring the cache
 * is split along the sequence: device r holds prompt chunk r in its local slots
 * {@code [0, P/R)}, and the token at position {@code P + t} (t >= 0) lives on device {@code t mod R}
 * at local slot {@code P/R + t div R}.
 */
public record GenerateShape(RunShape prompt, int maxLength) {
  public GenerateShape {
    checkArgument(prompt != null, "prompt shape missing");
    int ring = prompt.ring();
    checkArgument(prompt.layout() == TokenLayout.CONTIGUOUS || ring == 1,
        "generate: the %s token layout is not supported; the KV cache needs --layout contiguous", prompt.layout().label());
    checkArgument(prompt.dp() == 1, "generate: --dp %s is not supported (data-parallel decoding); use --dp 1", prompt.dp());
    checkArgument(prompt.fsdp() == 1, "generate: --fsdp %s is not supported; use --fsdp 1", prompt.fsdp());
    checkArgument(!prompt.packed(), "generate: packed documents are not supported; a batch row is one prompt");
    checkArgument(maxLength > 0, "generate: --max-len %s must be positive", maxLength);
    checkArgument(prompt.sequence() <= maxLength, "generate: the prompt length %s is longer than --max-len %s",
        prompt.sequence(), maxLength);
    checkArgument(maxLength % ring == 0, "generate: --max-len %s must be a multiple of the ring size %s", maxLength,
        ring);
    checkArgument((maxLength / ring) % prompt.blocks().keyValue() == 0,
        "generate: the KV cache's %s slots per device (--max-len %s / ring %s) must be a multiple of the key/value "
            + "block %s", maxLength / ring, maxLength, ring, prompt.blocks().keyValue());
  }

  /** The cache slots each device holds, {@code maxLength / ring}. */
  public int localCache() {
    return maxLength / prompt.ring();
  }

  /** The prompt tokens each device holds, {@code P / ring}. */
  public int localPrompt() {
    return prompt.localSequence();
  }
}
