package dev.torus.text;

/** A chat template that cannot be rendered, or that refused the conversation; the message names the template's source. */
public final class ChatTemplateException extends RuntimeException {
  ChatTemplateException(String source, String what) {
    super("chat template of " + source + " " + what);
  }
}
