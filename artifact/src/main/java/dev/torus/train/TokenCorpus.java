package dev.torus.train;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A read-only stream of token ids from one file or from the {@code .npy} and {@code .bin} files directly
 * inside a directory, concatenated in name order. A {@code .npy} holds int32, uint16, uint32 or int64 ids
 * (any shape, read flattened in C order); a {@code .bin} is a headerless little-endian array of the type given
 * at {@link #open}. Files are memory-mapped, never read whole into the heap, and may exceed 2 GiB; positions
 * are longs. Safe for concurrent reads. After {@link #close} reads fail; the mappings themselves are released
 * when the corpus is garbage-collected (Java has no explicit unmap).
 */
public final class TokenCorpus implements AutoCloseable {
  /** Bytes of one mapped window: a mapped buffer cannot exceed 2 GiB. */
  static final long WINDOW_BYTES = 1L << 30;

  private final Path path;
  private final boolean directory;
  private final ImmutableList<TokenFile> tokenFiles;
  /** starts[i] is the corpus position of file i's first token; starts[n] is the corpus length. */
  private final long[] starts;
  private volatile boolean closed;

  private TokenCorpus(Path path, boolean directory, ImmutableList<TokenFile> tokenFiles) {
    this.path = path;
    this.directory = directory;
    this.tokenFiles = tokenFiles;
    this.starts = new long[tokenFiles.size() + 1];
    for (int i = 0; i < tokenFiles.size(); i++) {
      starts[i + 1] = starts[i] + tokenFiles.get(i).length();
    }
  }

  /**
   * Opens {@code path}: a {@code .npy} or {@code .bin} file, or a directory whose {@code .npy} and {@code .bin}
   * files (others are ignored; empty ones are allowed) make the corpus in name order. {@code binType} is the
   * element type of {@code .bin} files. A corpus without tokens is refused.
   */
  public static TokenCorpus open(Path path, TokenFileType binType) throws IOException {
    return open(path, binType, WINDOW_BYTES);
  }

  /** {@link #open(Path, TokenFileType)} mapping windows of {@code windowBytes} (a positive multiple of 8). */
  static TokenCorpus open(Path path, TokenFileType binType, long windowBytes) throws IOException {
    checkNotNull(path, "path");
    checkNotNull(binType, "binType");
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString(), null, "no token file or directory here");
    }
    boolean directory = Files.isDirectory(path);
    List<Path> files = directory ? tokenFilesIn(path) : List.of(path);
    ImmutableList.Builder<TokenFile> tokenFiles = ImmutableList.builder();
    for (Path file : files) {
      tokenFiles.add(TokenFile.open(file, binType, windowBytes));
    }
    TokenCorpus corpus = new TokenCorpus(path, directory, tokenFiles.build());
    if (corpus.length() == 0) {
      throw new InvalidTokenFileException(path + ": data: the corpus has no tokens ("
          + (directory ? files.size() + " files, all" : "the file is") + " empty)");
    }
    return corpus;
  }

  private static List<Path> tokenFilesIn(Path directory) throws IOException {
    List<Path> files;
    try (Stream<Path> entries = Files.list(directory)) {
      files = entries
          .filter(f -> Files.isRegularFile(f) && TokenFile.isTokenFile(f))
          .sorted(Comparator.comparing(f -> f.getFileName().toString()))
          .toList();
    }
    if (files.isEmpty()) {
      throw new InvalidTokenFileException(directory + ": files: no token files (names ending in "
          + TokenFile.NPY_SUFFIX + " or " + TokenFile.BIN_SUFFIX + ") directly inside the directory");
    }
    return files;
  }

  /** Tokens in the corpus. */
  public long length() {
    return starts[starts.length - 1];
  }

  /** The files of the corpus in reading order. */
  public ImmutableList<Path> files() {
    return tokenFiles.stream().map(TokenFile::path).collect(ImmutableList.toImmutableList());
  }

  /** One line for logs: "12,345,678 tokens in 3 files under data/" or "1,234 tokens in data/train.bin". */
  public String description() {
    String tokens = String.format(Locale.ROOT, "%,d tokens", length());
    if (!directory) {
      return tokens + " in " + path;
    }
    String under = path.toString().endsWith("/") ? path.toString() : path + "/";
    return tokens + " in " + tokenFiles.size() + (tokenFiles.size() == 1 ? " file" : " files") + " under " + under;
  }

  /** Tokens [start, start + count) of the corpus, across file boundaries. */
  public int[] read(long start, int count) {
    checkState(!closed, "%s: the corpus is closed", path);
    if (start < 0 || count < 0 || start > length() - count) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: tokens [%d, %d) are outside the corpus of %d tokens", path, start, start + count, length()));
    }
    int[] out = new int[count];
    int done = 0;
    int file = fileOf(start);
    while (done < count) {
      long inFile = start + done - starts[file];
      int n = (int) Math.min(count - done, tokenFiles.get(file).length() - inFile);
      tokenFiles.get(file).read(inFile, out, done, n);
      done += n;
      file++;
    }
    return out;
  }

  /** Where corpus position {@code position} is: the file and the token index inside it ("data/b.bin token 1234"). */
  public String locate(long position) {
    checkArgument(position >= 0 && position < length(),
        "%s: position %s is outside the corpus of %s tokens", path, position, length());
    int file = fileOf(position);
    return tokenFiles.get(file).path() + " token " + (position - starts[file]);
  }

  /** The index of the file that holds {@code position} (skipping empty files). */
  private int fileOf(long position) {
    int i = Arrays.binarySearch(starts, position);
    if (i < 0) {
      return -i - 2;
    }
    while (i + 1 < starts.length - 1 && starts[i + 1] == position) {
      i++;
    }
    return Math.min(i, tokenFiles.size() - 1);
  }

  @Override
  public void close() {
    closed = true;
  }

  @Override
  public String toString() {
    return "TokenCorpus[" + description() + "]";
  }
}
