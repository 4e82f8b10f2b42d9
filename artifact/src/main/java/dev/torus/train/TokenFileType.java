package dev.torus.train;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The element type of a headerless {@code .bin} token file: a flat little-endian array of unsigned ids, as
 * nanoGPT and Megatron write them ({@code uint16} for vocabularies up to 65,536).
 */
public enum TokenFileType {
  UINT16(TokenEncoding.UINT16),
  UINT32(TokenEncoding.UINT32);

  private final TokenEncoding encoding;

  TokenFileType(TokenEncoding encoding) {
    this.encoding = encoding;
  }

  /** {@code "uint16"} or {@code "uint32"} (any case); anything else fails naming the text and both choices. */
  public static TokenFileType parse(String text) {
    for (TokenFileType type : values()) {
      if (type.text().equalsIgnoreCase(text.strip())) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "token file type '" + text + "' is not one of "
            + Arrays.stream(values()).map(TokenFileType::text).collect(Collectors.joining(", ")));
  }

  /** The lower-case name NumPy gives the type: {@code uint16}, {@code uint32}. */
  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Bytes per token id. */
  public int byteSize() {
    return encoding.byteSize();
  }

  TokenEncoding encoding() {
    return encoding;
  }
}
