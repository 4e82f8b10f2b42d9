package dev.torus.train;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One file of token ids ({@code .npy}, or headerless {@code .bin}), memory-mapped read-only in windows of at
 * most {@code windowBytes} (a mapped buffer cannot exceed 2 GiB), so a file of any size is read without
 * copying it to the heap. Ids that are negative or over {@link Integer#MAX_VALUE} are refused when read.
 * Safe for concurrent reads.
 */
final class TokenFile {
  static final String NPY_SUFFIX = ".npy";
  static final String BIN_SUFFIX = ".bin";

  private final Path path;
  private final TokenEncoding encoding;
  private final long length;
  private final long windowTokens;
  private final ImmutableList<ByteBuffer> windows;

  private TokenFile(
      Path path, TokenEncoding encoding, long length, long windowTokens, ImmutableList<ByteBuffer> windows) {
    this.path = path;
    this.encoding = encoding;
    this.length = length;
    this.windowTokens = windowTokens;
    this.windows = windows;
  }

  /** Whether {@code file}'s name ends in a suffix {@link #open} reads. */
  static boolean isTokenFile(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(NPY_SUFFIX) || name.endsWith(BIN_SUFFIX);
  }

  /**
   * Maps {@code file}: a {@code .npy} by its header, a {@code .bin} as a flat array of {@code binType}.
   * {@code windowBytes} must be a positive multiple of 8.
   */
  static TokenFile open(Path file, TokenFileType binType, long windowBytes) throws IOException {
    checkArgument(windowBytes > 0 && windowBytes % 8 == 0 && windowBytes <= Integer.MAX_VALUE,
        "window of %s bytes: expected a positive multiple of 8 below 2 GiB", windowBytes);
    String name = file.getFileName().toString();
    if (!isTokenFile(file)) {
      throw new InvalidTokenFileException(file + ": file name: token files end in " + NPY_SUFFIX + " or " + BIN_SUFFIX);
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long fileSize = channel.size();
      TokenEncoding encoding;
      long dataStart;
      long length;
      if (name.endsWith(NPY_SUFFIX)) {
        NpyTokenHeader header = NpyTokenHeader.read(channel, file);
        encoding = header.encoding();
        dataStart = header.dataStart();
        length = header.tokenCount();
      } else {
        encoding = binType.encoding();
        if (fileSize % encoding.byteSize() != 0) {
          throw new InvalidTokenFileException(
              file + ": data: " + fileSize + " bytes is not a whole number of " + binType.text() + " token ids ("
                  + encoding.byteSize() + " bytes each); is the file truncated, or written with another type?");
        }
        dataStart = 0;
        length = fileSize / encoding.byteSize();
      }
      long windowTokens = windowBytes / encoding.byteSize();
      ImmutableList.Builder<ByteBuffer> windows = ImmutableList.builder();
      for (long first = 0; first < length; first += windowTokens) {
        long bytes = Math.min(windowTokens, length - first) * encoding.byteSize();
        windows.add(channel
            .map(FileChannel.MapMode.READ_ONLY, dataStart + first * encoding.byteSize(), bytes)
            .order(ByteOrder.LITTLE_ENDIAN));
      }
      return new TokenFile(file, encoding, length, windowTokens, windows.build());
    }
  }

  Path path() {
    return path;
  }

  long length() {
    return length;
  }

  /** Copies ids [start, start + count) of this file into {@code into} from {@code offset}. */
  void read(long start, int[] into, int offset, int count) {
    checkArgument(start >= 0 && count >= 0 && start + count <= length,
        "%s: tokens [%s, %s) are outside the file's %s tokens", path, start, start + count, length);
    int size = encoding.byteSize();
    int done = 0;
    while (done < count) {
      long position = start + done;
      ByteBuffer window = windows.get((int) (position / windowTokens));
      int first = (int) (position % windowTokens);
      int n = (int) Math.min(count - done, windowTokens - first);
      for (int i = 0; i < n; i++) {
        long id = encoding.id(window, (first + i) * size);
        if (id < 0 || id > Integer.MAX_VALUE) {
          throw new InvalidDataException(
              path + " token " + (position + i) + ": id " + id + " is not a token id (ids are 0 to "
                  + Integer.MAX_VALUE + ", stored as " + encoding.numpyName() + ")");
        }
        into[offset + done + i] = (int) id;
      }
      done += n;
    }
  }
}
