package dev.torus.text;

/** A template's own {@code raise_exception(message)}: the conversation is one it does not accept. */
final class TemplateRaisedException extends RuntimeException {
  TemplateRaisedException(String message) {
    super(message);
  }
}
