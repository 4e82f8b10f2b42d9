package dev.torus.text.generate;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import dev.torus.text.Tokenizer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One sequence's generated text, given token by token, handing out only text that is final: after each token
 * the whole generated id list is decoded (as transformers' {@code TextStreamer} does, so a decoder that joins
 * or strips across tokens gives the same text as one decode at the end) and the new part is emitted, except a
 * tail that may still change: trailing U+FFFD characters (a multi-byte UTF-8 character whose bytes are split
 * over tokens decodes to replacement characters until its last byte arrives) and a tail that could be the
 * start of a stop string. Once the text contains a stop string the stream stops: its text ends before the stop
 * string and later tokens are refused. {@link #finish} emits what was held back. Not thread-safe.
 */
public final class TextStream {
  /** Decodes a sequence's generated ids to text (special tokens skipped). */
  @FunctionalInterface
  public interface Decoder {
    String decode(int[] ids);
  }

  private static final char REPLACEMENT = '\uFFFD';

  private final Decoder decoder;
  private final ImmutableList<String> stopStrings;
  private int[] ids = new int[16];
  private int count;
  private String text = "";
  private int emitted;
  private String stopString;
  private boolean finished;

  public TextStream(Decoder decoder, List<String> stopStrings) {
    this.decoder = checkNotNull(decoder, "decoder");
    this.stopStrings = ImmutableList.copyOf(stopStrings);
  }

  /** A stream decoding with {@code tokenizer}, skipping special tokens (so EOS adds no text). */
  public static TextStream of(Tokenizer tokenizer, List<String> stopStrings) {
    checkNotNull(tokenizer, "tokenizer");
    return new TextStream(ids -> tokenizer.decode(ids, true), stopStrings);
  }

  /** Appends one generated token; returns the text that became final (often empty). */
  public String add(int token) {
    checkState(!finished && stopString == null, "the text stream has %s; no token can be added",
        finished ? "finished" : "stopped at stop string " + stopString);
    if (count == ids.length) {
      ids = Arrays.copyOf(ids, count * 2);
    }
    ids[count++] = token;
    text = decoder.decode(Arrays.copyOf(ids, count));
    int from = Math.max(0, emitted - longestStop());
    int first = -1;
    for (String stop : stopStrings) {
      int at = text.indexOf(stop, from);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
        stopString = stop;
      }
    }
    if (first >= 0) {
      text = text.substring(0, first);
    }
    if (stopString != null) {
      return emitTo(text.length());
    }
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == REPLACEMENT) {
      end--;
    }
    end -= stopPrefixLength(text, end);
    return emitTo(end);
  }

  /** Ends the stream; returns the text still held back (trailing replacement characters, a partial stop string). */
  public String finish() {
    finished = true;
    return emitTo(text.length());
  }

  /** The text so far (ending before a stop string, once one was seen). */
  public String text() {
    return text;
  }

  /** The stop string that ended the text, if one did. */
  public Optional<String> stopString() {
    return Optional.ofNullable(stopString);
  }

  /** The tokens added so far. */
  public int[] ids() {
    return Arrays.copyOf(ids, count);
  }

  private String emitTo(int end) {
    if (end <= emitted || end > text.length()) {
      return "";
    }
    String out = text.substring(emitted, end);
    emitted = end;
    return out;
  }

  private int longestStop() {
    int n = 0;
    for (String s : stopStrings) {
      n = Math.max(n, s.length());
    }
    return n;
  }

  /** The length of the longest tail of {@code text[0, end)} that is a proper prefix of a stop string. */
  private int stopPrefixLength(String s, int end) {
    int best = 0;
    for (String stop : stopStrings) {
      for (int n = Math.min(stop.length() - 1, end); n > best; n--) {
        if (s.regionMatches(end - n, stop, 0, n)) {
          best = n;
          break;
        }
      }
    }
    return best;
  }
}
