package dev.torus.cli;

import dev.torus.artifact.HostTensor;
import dev.torus.artifact.InputFiles;
import dev.torus.artifact.Npy;
import dev.torus.artifact.RefusedFileException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A {@code --tokens-file}: token ids as int32 or int64 {@code .npy} of shape {@code [seq]} (one
 * sequence) or {@code [batch, seq]}, read as s32 {@code [batch, seq]}. The file must be a regular
 * file (links followed) of at most {@value #MAX_BYTES} bytes, checked before it is read, so a
 * device ({@code /dev/zero}), a FIFO or a huge file is refused by name instead of exhausting memory.
 */
final class TokensFile {
  /** 256 MiB: 32 million int64 ids, far more than a CPU run or one pod-run call takes. */
  static final long MAX_BYTES = 256L << 20;

  private TokensFile() {}

  /** The ids of {@code file} as s32 [batch, seq]; every refusal names {@code option} and the file. */
  static HostTensor read(Path file, String option) throws IOException {
    HostTensor ids;
    try {
      InputFiles.requireRegularFile(file, option, MAX_BYTES);
      ids = Npy.readIntegers(file);
    } catch (RefusedFileException e) {
      throw new UsageException(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new UsageException(option + " " + e.getMessage());
    }
    if (ids.rank() == 1) {
      ids = HostTensor.ofInts(ids.toInts(), 1, ids.shape().get(0));
    }
    if (ids.rank() != 2) {
      throw new UsageException(option + " " + file + " holds " + HostTensor.typeString(ids.dtype(), ids.shape())
          + "; expected token ids of shape [seq] or [batch, seq]");
    }
    if (ids.elementCount() == 0) {
      throw new UsageException(option + " " + file + " holds no tokens (shape " + ids.shape() + ")");
    }
    return ids;
  }
}
