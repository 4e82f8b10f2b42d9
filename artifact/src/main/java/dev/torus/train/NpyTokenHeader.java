package dev.torus.train;

import dev.torus.artifact.InvalidNpyException;
import dev.torus.artifact.Npy;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The header of a {@code .npy} file of token ids: element type, number of ids (the array flattened in C
 * order) and the byte offset where they start. The header is {@link Npy#readHeader}'s; element types
 * other than int32, uint16, uint32 and int64 are refused naming the file, and every refusal is an
 * {@link InvalidTokenFileException}.
 */
record NpyTokenHeader(TokenEncoding encoding, long tokenCount, long dataStart) {
  /** Reads only the header of {@code file}, open as {@code channel}; the ids stay on disk. */
  static NpyTokenHeader read(FileChannel channel, Path file) throws IOException {
    Npy.Header header;
    try {
      header = Npy.readHeader(channel, file);
    } catch (InvalidNpyException e) {
      throw new InvalidTokenFileException(e.getMessage());
    }
    String descr = header.descr();
    TokenEncoding encoding = TokenEncoding.ofNpyDescr(descr).orElseThrow(() -> unsupported(descr, file));
    long tokenCount = header.elementCount();
    long dataBytes = Math.multiplyExact(tokenCount, encoding.byteSize());
    long fileSize = channel.size();
    if (dataBytes > fileSize - header.dataStart()) {
      throw new InvalidTokenFileException(file + ": data: truncated .npy file: " + tokenCount + " "
          + encoding.numpyName() + " ids need " + (header.dataStart() + dataBytes) + " bytes, the file has " + fileSize);
    }
    return new NpyTokenHeader(encoding, tokenCount, header.dataStart());
  }

  private static InvalidTokenFileException unsupported(String descr, Path file) {
    String hint = "";
    if (descr.startsWith(">")) {
      hint = " (big-endian data: save a.astype(a.dtype.newbyteorder('<')))";
    } else if (descr.matches("[<|=][iu][1248]")) {
      hint = " (convert with a.astype(np.int32))";
    }
    return new InvalidTokenFileException(file + ": descr: token ids of .npy element type '" + descr
        + "' are not supported" + hint + "; supported: " + TokenEncoding.npyChoices());
  }
}
