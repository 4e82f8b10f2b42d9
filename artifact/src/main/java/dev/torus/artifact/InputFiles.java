package dev.torus.artifact;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * The checks every file Torus reads whole gets before a byte of it is read, and the one way its
 * JSON files are parsed.
 *
 * <p>A {@link Kind} file (a model's {@code config.json} or safetensors index, an artifact's
 * manifest or program text) must be a regular file no larger than its kind's cap. A symbolic link
 * is followed only when it is one of the Hugging Face cache's own links: the link lies under a
 * {@code snapshots} directory of a cache repository and its target in that same repository's
 * {@code blobs} directory ({@code models--org--name/snapshots/REV/config.json ->
 * ../../blobs/HASH}). Any other link is refused, so a model directory cannot make Torus read a file
 * elsewhere (a token, a key). Directories, devices, FIFOs and sockets are refused before they are
 * opened. Every refusal is a {@link RefusedFileException} naming the file and what was expected;
 * no message, not even a JSON syntax error, quotes the file's content.
 */
public final class InputFiles {
  private static final long MIB = 1L << 20;

  /** The files read whole, each with its size cap. */
  public enum Kind {
    CONFIG("config", 1 * MIB),
    INDEX("safetensors index", 64 * MIB),
    MANIFEST("artifact manifest", 16 * MIB),
    PROGRAM("program text", 1024 * MIB),
    /** A model's tokenizer.json, tokenizer_config.json or chat template. */
    TOKENIZER("tokenizer file", 256 * MIB);

    private final String label;
    private final long maxBytes;

    Kind(String label, long maxBytes) {
      this.label = label;
      this.maxBytes = maxBytes;
    }

    /** What the file is, for messages ("config", "artifact manifest"). */
    public String label() {
      return label;
    }

    /** The largest file of this kind Torus reads. */
    public long maxBytes() {
      return maxBytes;
    }
  }

  private InputFiles() {}

  /** The bytes of {@code file}, after the checks of the class comment. */
  public static byte[] read(Path file, Kind kind) {
    checkNotNull(kind, "kind");
    requireFileOfKind(file, kind);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(Math.toIntExact(kind.maxBytes() + 1));
      if (bytes.length > kind.maxBytes()) {  // it grew after the check
        throw tooLarge(file, kind.label(), bytes.length, kind.maxBytes());
      }
      return bytes;
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /**
   * The JSON of {@code file} parsed by {@code json} (null for an empty file); a syntax error is
   * "file F: invalid JSON at line L, column C" with what kind of error it is, never the text there.
   */
  public static JsonNode readJson(Path file, Kind kind, ObjectMapper json) {
    byte[] bytes = read(file, kind);
    try {
      return json.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw invalidJson(file.toString(), e);
    } catch (java.io.CharConversionException e) {
      throw new RefusedFileException("file " + file + ": invalid JSON (the bytes are not text in UTF-8, UTF-16 or"
          + " UTF-32)", e);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** The message of {@code e} rewritten to name {@code source} and where the error is, without the text there. */
  public static RefusedFileException invalidJson(String source, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String what = e instanceof JsonEOFException ? "the text ends before the JSON value does"
        : e instanceof StreamConstraintsException ? "a value exceeds Jackson's limits (nesting depth, number or"
            + " string length)"
        : e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
            ? "a key appears twice in one object"
        : "unexpected text";
    String where = at == null || at.getLineNr() < 1 ? ""
        : String.format(Locale.ROOT, " at line %d, column %d", at.getLineNr(), at.getColumnNr());
    return new RefusedFileException("file " + source + ": invalid JSON" + where + " (" + what + ")", e);
  }

  /**
   * Checks that {@code file} (links followed) is a regular file of at most {@code maxBytes}, naming
   * it as {@code what} in the refusal; its size in bytes. For data files whose content is not
   * echoed in errors (token ids), where a link to the data is fine.
   */
  public static long requireRegularFile(Path file, String what, long maxBytes) {
    checkNotNull(file, "file");
    BasicFileAttributes attributes = attributes(file, what, true);
    checkKind(file, what, attributes);
    if (attributes.size() > maxBytes) {
      throw tooLarge(file, what, attributes.size(), maxBytes);
    }
    return attributes.size();
  }

  private static void requireFileOfKind(Path file, Kind kind) {
    checkNotNull(file, "file");
    BasicFileAttributes own = attributes(file, kind.label(), false);
    if (own.isSymbolicLink()) {
      Path target;
      try {
        target = file.toRealPath();
      } catch (IOException e) {
        throw new RefusedFileException(kind.label() + " " + file + " is a symbolic link to a file that does not exist");
      }
      if (!isHuggingFaceCacheLink(file, target)) {
        throw new RefusedFileException(kind.label() + " " + file + " is a symbolic link to " + target + "; Torus"
            + " follows only a Hugging Face cache's links from snapshots/ into the same repository's blobs/:"
            + " copy the file in place of the link");
      }
    }
    requireRegularFile(file, kind.label(), kind.maxBytes());
  }

  /** Whether {@code link} lies under {@code R/snapshots/} and {@code target} is {@code R/blobs/NAME}. */
  private static boolean isHuggingFaceCacheLink(Path link, Path target) {
    Path blobs = target.getParent();
    if (blobs == null || blobs.getFileName() == null || !blobs.getFileName().toString().equals("blobs")) {
      return false;
    }
    Path repository = blobs.getParent();
    Path linkDir;
    try {
      linkDir = link.toAbsolutePath().getParent().toRealPath();
    } catch (IOException e) {
      return false;
    }
    for (Path p = linkDir; p != null; p = p.getParent()) {
      if (p.getFileName() != null && p.getFileName().toString().equals("snapshots")) {
        return p.getParent() != null && p.getParent().equals(repository);
      }
    }
    return false;
  }

  private static BasicFileAttributes attributes(Path file, String what, boolean followLinks) {
    try {
      return followLinks ? Files.readAttributes(file, BasicFileAttributes.class)
          : Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      throw new RefusedFileException(what + " " + file + " does not exist");
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  private static void checkKind(Path file, String what, BasicFileAttributes attributes) {
    if (attributes.isDirectory()) {
      throw new RefusedFileException(what + " " + file + " is a directory, expected a file");
    }
    if (!attributes.isRegularFile()) {
      throw new RefusedFileException(what + " " + file + " is not a regular file (a device, FIFO or socket);"
          + " expected a file");
    }
  }

  private static RefusedFileException tooLarge(Path file, String what, long size, long maxBytes) {
    return new RefusedFileException(String.format(Locale.ROOT, "%s %s is %,d bytes, more than the %,d bytes"
        + " (%s) Torus reads for a %s", what, file, size, maxBytes, mebibytes(maxBytes), what));
  }

  private static String mebibytes(long bytes) {
    return bytes % MIB == 0 ? bytes / MIB + " MiB" : bytes + " bytes";
  }

  private static RefusedFileException unreadable(Path file, IOException e) {
    String reason = e instanceof AccessDeniedException ? "permission denied"
        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replace(file.toString() + ": ", "");
    return new RefusedFileException("cannot read " + file + ": " + reason, e);
  }
}
