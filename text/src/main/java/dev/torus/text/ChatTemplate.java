package dev.torus.text;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.LegacyOverrides;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A Hugging Face chat template: Jinja text that turns a conversation into the model's prompt, rendered as
 * transformers' {@code apply_chat_template} renders it (trim_blocks and lstrip_blocks on; {@code raise_exception},
 * {@code strftime_now} and a {@code tojson} that writes Python's {@code json.dumps}; the tokenizer's named
 * special tokens such as {@code bos_token} in scope). Message text is never re-read as template text.
 */
public final class ChatTemplate {
  /** One message of a conversation. */
  public record Message(String role, String content) {
    public Message {
      checkNotNull(role, "role");
      checkNotNull(content, "content");
    }

    public static Message system(String content) {
      return new Message("system", content);
    }

    public static Message user(String content) {
      return new Message("user", content);
    }

    public static Message assistant(String content) {
      return new Message("assistant", content);
    }

    Map<String, Object> asMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("role", role);
      map.put("content", content);
      return map;
    }
  }

  private static final JinjavaConfig CONFIG = JinjavaConfig.newBuilder()
      .withTrimBlocks(true)
      .withLstripBlocks(true)
      .withNestedInterpretationEnabled(false)
      .withLegacyOverrides(LegacyOverrides.newBuilder()  // Jinja's semantics where jinjava keeps older ones
          .withParseWhitespaceControlStrictly(true)
          .withUseTrimmingForNotesAndExpressions(true)
          .withUseNaturalOperatorPrecedence(true)
          .withIterateOverMapKeys(true)
          .withEvaluateMapKeys(true)
          .withKeepNullableLoopValues(true)
          .withUsePyishObjectMapper(true)
          .build())
      .withMaxOutputSize(256L << 20)
      .build();

  private final String text;
  private final String source;
  private final ImmutableMap<String, String> specialTokens;

  private ChatTemplate(String text, String source, ImmutableMap<String, String> specialTokens) {
    this.text = text;
    this.source = source;
    this.specialTokens = specialTokens;
  }

  /**
   * The template {@code text}; {@code source} names where it came from in errors; {@code specialTokens}
   * ({@code bos_token} to its text, ...) are in scope when it renders.
   */
  public static ChatTemplate of(String text, String source, Map<String, String> specialTokens) {
    checkNotNull(text, "text");
    checkNotNull(source, "source");
    return new ChatTemplate(text, source, ImmutableMap.copyOf(specialTokens));
  }

  /** The prompt for {@code messages}; {@code addGenerationPrompt}: ending with the opening of the assistant's turn. */
  public String render(List<Message> messages, boolean addGenerationPrompt) {
    checkNotNull(messages, "messages");
    List<Map<String, Object>> maps = new ArrayList<>();
    for (Message m : messages) {
      maps.add(m.asMap());
    }
    return renderMessages(maps, addGenerationPrompt, ImmutableMap.of());
  }

  /**
   * The prompt for {@code messages} given as maps (for fields beyond role and content, such as tool calls);
   * {@code extra} adds or overrides variables, as keyword arguments of {@code apply_chat_template} do.
   * A conversation without messages, a template error or a {@code raise_exception} call fails naming the
   * template's source and the template's message.
   */
  public String renderMessages(List<? extends Map<String, ?>> messages, boolean addGenerationPrompt,
      Map<String, ?> extra) {
    checkNotNull(messages, "messages");
    checkNotNull(extra, "extra");
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("chat template of " + source + ": the conversation has no messages");
    }
    Map<String, Object> bindings = new LinkedHashMap<>(specialTokens);
    bindings.put("messages", ImmutableList.copyOf(messages));
    bindings.put("tools", null);
    bindings.put("documents", null);
    bindings.put("add_generation_prompt", addGenerationPrompt);
    bindings.putAll(extra);
    RenderResult result;
    try {
      result = engine().renderForResult(text, bindings);
    } catch (TemplateRaisedException e) {
      throw new ChatTemplateException(source, "raised: " + e.getMessage());
    } catch (RuntimeException e) {
      throw new ChatTemplateException(source, "cannot be rendered: " + e.getMessage());
    }
    List<TemplateError> errors = result.getErrors().stream()
        .filter(e -> e.getSeverity() == TemplateError.ErrorType.FATAL)
        .toList();
    if (!errors.isEmpty()) {
      TemplateRaisedException raised = raisedIn(errors);
      if (raised != null) {
        throw new ChatTemplateException(source, "raised: " + raised.getMessage());
      }
      throw new ChatTemplateException(source, "cannot be rendered by jinjava: " + errors.stream()
          .map(e -> "line " + e.getLineno() + ": " + e.getMessage())
          .collect(Collectors.joining("; ")));
    }
    return result.getOutput();
  }

  /** The template's text. */
  public String text() {
    return text;
  }

  /** Where the template came from (a file, or a file and its field). */
  public String source() {
    return source;
  }

  private static TemplateRaisedException raisedIn(List<TemplateError> errors) {
    for (TemplateError error : errors) {
      for (Throwable t = error.getException(); t != null; t = t.getCause()) {
        if (t instanceof TemplateRaisedException raised) {
          return raised;
        }
      }
    }
    return null;
  }

  private static Jinjava engine() {
    Jinjava jinjava = new Jinjava(CONFIG);
    jinjava.getGlobalContext().registerFunction(new ELFunctionDefinition("", "raise_exception",
        TemplateFunctions.class, "raiseException", Object.class));
    jinjava.getGlobalContext().registerFunction(new ELFunctionDefinition("", "strftime_now",
        TemplateFunctions.class, "strftimeNow", String.class));
    jinjava.getGlobalContext().registerFilter(new PythonJsonFilter());
    return jinjava;
  }
}
