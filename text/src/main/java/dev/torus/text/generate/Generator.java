package dev.torus.text.generate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSpec;
import dev.torus.text.Tokenizer;
import dev.torus.train.GenerationFeeds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Text in, text out over a generate artifact ({@link GenerationFeeds}) and the model's {@link Tokenizer}:
 * prompts run in batches of the artifact's batch (a short last batch is filled with copies of its first prompt,
 * whose output is dropped), prompts of different lengths together (right-padded; each row sees only its own
 * tokens), the next token chosen by a {@link Sampler}, text streamed through a {@link Listener} as it becomes
 * final, stopping on EOS, a stop string or length. Closing closes the feeds (and their engine) and the tokenizer.
 * Not safe for concurrent use.
 */
public final class Generator implements AutoCloseable {
  /** Receives each prompt's text as it becomes final; {@code prompt} is the index in the list given. */
  @FunctionalInterface
  public interface Listener {
    void text(int prompt, String text);

    /** A listener that drops the text. */
    Listener NONE = (prompt, text) -> { };
  }

  private final GenerationFeeds feeds;
  private final Tokenizer tokenizer;
  private final EosIds eos;
  private final long cacheBytes;
  private boolean closed;

  private Generator(GenerationFeeds feeds, Tokenizer tokenizer, EosIds eos) {
    this.feeds = feeds;
    this.tokenizer = tokenizer;
    this.eos = eos;
    this.cacheBytes = cacheBytes(feeds);
  }

  /** A generator that owns {@code feeds} and {@code tokenizer}; {@code eos} ends a sequence. */
  public static Generator of(GenerationFeeds feeds, Tokenizer tokenizer, EosIds eos) {
    checkNotNull(feeds, "feeds");
    checkNotNull(tokenizer, "tokenizer");
    checkNotNull(eos, "eos");
    return new Generator(feeds, tokenizer, eos);
  }

  /** The KV cache's bytes: every {@code kv_cache} input of the prefill, at its global shape and dtype. */
  public static long cacheBytes(GenerationFeeds feeds) {
    long bytes = 0;
    for (TensorSpec spec : feeds.engine().artifact().manifest().entryPoint(EntryPoint.MAIN).inputs()) {
      if (spec.role() == Role.KV_CACHE) {
        bytes += HostTensor.elementCount(spec.globalShape()) * spec.dtype().byteSize();
      }
    }
    return bytes;
  }

  public Tokenizer tokenizer() {
    return tokenizer;
  }

  public GenerationFeeds feeds() {
    return feeds;
  }

  public long cacheBytes() {
    return cacheBytes;
  }

  /**
   * Encodes {@code prompts} (with the tokenizer's special tokens, as transformers' default) and generates; see
   * {@link #generateIds}.
   */
  public ImmutableList<Generation> generate(List<String> prompts, SamplingOptions options, Listener listener) {
    List<int[]> ids = new ArrayList<>();
    for (String p : prompts) {
      ids.add(tokenizer.encode(p, true));
    }
    return generateIds(ids, options, listener);
  }

  /**
   * Generates a continuation of each prompt (token ids), streaming text to {@code listener}. A prompt that is
   * empty or longer than the artifact's prompt length fails naming it before any work; a prompt generates at
   * most {@code options.maxNewTokens()} tokens and at most as many as its cache row has room for.
   */
  public ImmutableList<Generation> generateIds(List<int[]> prompts, SamplingOptions options, Listener listener) {
    checkState(!closed, "the generator is closed");
    checkNotNull(options, "options");
    checkNotNull(listener, "listener");
    checkArgument(!prompts.isEmpty(), "no prompt given");
    for (int i = 0; i < prompts.size(); i++) {
      int n = prompts.get(i).length;
      checkArgument(n >= 1, "prompt %s encodes to no token", i);
      checkArgument(n <= feeds.promptLength() && n < feeds.maxLength(),
          "prompt %s has %s tokens; the generate artifact takes prompts of 1 to %s tokens and a cache of %s (raise"
              + " --max-len)", i, n, Math.min(feeds.promptLength(), feeds.maxLength() - 1), feeds.maxLength());
    }
    ImmutableList.Builder<Generation> out = ImmutableList.builder();
    for (int from = 0; from < prompts.size(); from += feeds.batch()) {
      out.addAll(batch(prompts.subList(from, Math.min(prompts.size(), from + feeds.batch())), from, options,
          listener));
    }
    return out.build();
  }

  private List<Generation> batch(List<int[]> real, int first, SamplingOptions options, Listener listener) {
    int batch = feeds.batch();
    int[][] tokens = new int[batch][];
    int[] lengths = new int[batch];
    Sampler sampler = new Sampler(options, batch);
    TextStream[] streams = new TextStream[batch];
    StopConditions[] stops = new StopConditions[batch];
    int[][] generated = new int[batch][];
    int[] count = new int[batch];
    FinishReason[] reasons = new FinishReason[batch];
    for (int b = 0; b < batch; b++) {
      tokens[b] = b < real.size() ? real.get(b) : real.get(0);
      lengths[b] = tokens[b].length;
      sampler.observe(b, tokens[b]);
      streams[b] = TextStream.of(tokenizer, options.stopStrings());
      int room = feeds.maxLength() - lengths[b];
      stops[b] = new StopConditions(eos, Math.min(options.maxNewTokens(), room));
      generated[b] = new int[stops[b].maxNewTokens()];
    }
    long t0 = System.nanoTime();
    float[][] logits = feeds.prefill(tokens, lengths);
    long t1 = System.nanoTime();
    long decodeTokens = 0;
    long firstStepTokens = 0;
    long t1b = 0;   // when the first decode step returned
    int[] next = new int[batch];
    int[] positions = new int[batch];
    while (true) {
      boolean active = false;
      for (int b = 0; b < batch; b++) {
        if (reasons[b] != null) {
          continue;
        }
        int token = sampler.next(b, logits[b]);
        generated[b][count[b]++] = token;
        String piece = eos.ids().contains(token) ? "" : streams[b].add(token);
        if (b < real.size() && !piece.isEmpty()) {
          listener.text(first + b, piece);
        }
        Optional<FinishReason> reason = stops[b].after(token, count[b], streams[b]);
        if (reason.isPresent()) {
          reasons[b] = reason.get();
          String rest = streams[b].finish();
          if (b < real.size() && !rest.isEmpty()) {
            listener.text(first + b, rest);
          }
        } else {
          active = true;
        }
        next[b] = token;
        positions[b] = lengths[b] + count[b] - 1;
      }
      if (!active) {
        break;
      }
      for (int b = 0; b < batch; b++) {
        if (reasons[b] != null) {  // a finished row decodes its last token again in place; its output is unused
          positions[b] = Math.min(positions[b], feeds.maxLength() - 1);
        } else {
          decodeTokens++;
        }
      }
      logits = feeds.decode(next, positions);
      if (t1b == 0) {
        t1b = System.nanoTime();
        firstStepTokens = decodeTokens;
      }
    }
    long t2 = System.nanoTime();
    double prefillMillis = (t1 - t0) / 1e6;
    double firstDecodeMillis = t1b == 0 ? 0 : (t1b - t1) / 1e6;
    double rate = decodeTokens == 0 ? 0 : decodeTokens > firstStepTokens
        ? (decodeTokens - firstStepTokens) / ((t2 - t1b) / 1e9) : decodeTokens / ((t2 - t1) / 1e9);
    List<Generation> out = new ArrayList<>();
    for (int b = 0; b < real.size(); b++) {
      out.add(new Generation(streams[b].text(), ImmutableIntArray.copyOf(Arrays.copyOf(generated[b], count[b])),
          reasons[b], lengths[b], prefillMillis, firstDecodeMillis, rate, cacheBytes));
    }
    return out;
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      try {
        feeds.close();
      } finally {
        tokenizer.close();
      }
    }
  }
}
