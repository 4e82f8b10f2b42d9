package dev.torus.artifact;

/**
 * A {@code manifest.json} that does not describe a valid artifact: a field of the wrong JSON type,
 * a missing or unknown field, or values that contradict each other (a shape that does not divide
 * over its mesh axis, a donation of an input that does not exist). The message names the file and
 * the field by its path, e.g. {@code entryPoints[0].inputs[2].perDeviceShape}, and what was
 * expected. An {@link IllegalArgumentException}, so callers that refuse bad arguments refuse bad
 * manifests alike.
 */
public final class InvalidManifestException extends IllegalArgumentException {
  public InvalidManifestException(String message) {
    super(message);
  }
}
