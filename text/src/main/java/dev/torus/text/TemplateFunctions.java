package dev.torus.text;

import java.time.ZonedDateTime;

/** The global functions transformers gives a chat template, as static methods jinjava calls. */
public final class TemplateFunctions {
  private TemplateFunctions() {}

  /** {@code raise_exception(message)}: ends the rendering with the template's message. */
  public static Object raiseException(Object message) {
    throw new TemplateRaisedException(String.valueOf(message));
  }

  /** {@code strftime_now(format)}: the local time now in Python's {@code strftime} format. */
  public static String strftimeNow(String format) {
    return PythonStrftime.format(ZonedDateTime.now(), format);
  }
}
