package dev.torus.artifact;

/**
 * A {@code .npy} file that Torus cannot read as it is: no magic, an unknown format version, a
 * header without a readable {@code descr}, {@code fortran_order} or {@code shape}, an element type
 * Torus does not compute in, or fewer data bytes than the shape needs. The message names the file
 * and the field at fault ({@code magic}, {@code version}, {@code header}, {@code descr}, {@code
 * fortran_order}, {@code shape}, {@code data}) and what was expected. An {@link
 * IllegalArgumentException}, so callers that refuse bad arguments refuse bad files alike.
 */
public final class InvalidNpyException extends IllegalArgumentException {
  public InvalidNpyException(String message) {
    super(message);
  }
}
