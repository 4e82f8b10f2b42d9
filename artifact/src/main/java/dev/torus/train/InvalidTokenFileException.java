package dev.torus.train;

/**
 * A token file or directory that cannot be read as token ids: a {@code .npy} header without a
 * readable {@code descr}, {@code fortran_order} or {@code shape}, an element type that is not an
 * id type, a truncated file, a {@code .bin} file whose size is not a whole number of ids, or a
 * corpus without tokens. The message names the file and the field at fault and what was expected.
 * (An id out of range is an {@link InvalidDataException}.) An {@link IllegalArgumentException}, so
 * callers that refuse bad arguments refuse bad files alike.
 */
public final class InvalidTokenFileException extends IllegalArgumentException {
  public InvalidTokenFileException(String message) {
    super(message);
  }
}
