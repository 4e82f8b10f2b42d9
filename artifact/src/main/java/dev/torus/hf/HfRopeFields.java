package dev.torus.hf;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads the RoPE object of a {@code config.json} ({@code rope_parameters} of 5.x or
 * {@code rope_scaling} of 4.x): its type, and for a scaled type the settings that type reads.
 * Every key the type does not read is refused by name.
 */
final class HfRopeFields {
  static final String DEFAULT = "default";
  private static final ImmutableSet<String> COMMON = ImmutableSet.of("rope_type", "type", "rope_theta", "partial_rotary_factor");

  private final String field;
  private final JsonNode rope;
  private final Function<String, InvalidCheckpointException> error;
  private final Map<String, String> aliases;

  HfRopeFields(String field, JsonNode rope, Function<String, InvalidCheckpointException> error) {
    this(field, rope, error, Map.of());
  }

  /**
   * With {@code aliases}: old type names read as the type they map to (Phi-3's {@code su} is
   * {@code longrope}), as the model type's config class renames them.
   */
  HfRopeFields(String field, JsonNode rope, Function<String, InvalidCheckpointException> error,
      Map<String, String> aliases) {
    this.field = field;
    this.rope = rope;
    this.error = error;
    this.aliases = aliases;
  }

  /** The rope type ({@code default} when the object names none). */
  String type() {
    JsonNode type = rope.has("rope_type") ? rope.get("rope_type") : rope.path("type");
    if (type.isMissingNode() || type.isNull()) {
      return DEFAULT;
    }
    if (type.isTextual() && aliases.containsKey(type.textValue())) {
      return aliases.get(type.textValue());
    }
    if (!type.isTextual() || !(type.textValue().equals(DEFAULT) || HfRopeScaling.KEYS.containsKey(type.textValue()))) {
      throw error.apply(field + " " + rope + " is not supported: rope_type " + type + "; Torus implements '"
          + DEFAULT + "' and " + HfRopeScaling.KEYS.keySet());
    }
    return type.textValue();
  }

  /** The scaling this object describes, or null for the default RoPE; checks every key. */
  @Nullable HfRopeScaling scaling(int maxPositionEmbeddings) {
    return scaling(maxPositionEmbeddings, null);
  }

  /**
   * As {@link #scaling(int)}; a non-null {@code originalOverride} is the pretraining context whatever
   * the object says (Phi-3's top-level {@code original_max_position_embeddings} wins, as in
   * {@code transformers}).
   */
  @Nullable HfRopeScaling scaling(int maxPositionEmbeddings, @Nullable Integer originalOverride) {
    String type = type();
    ImmutableSet<String> keys = type.equals(DEFAULT) ? ImmutableSet.of() : HfRopeScaling.KEYS.get(type);
    for (Iterator<Map.Entry<String, JsonNode>> it = rope.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!COMMON.contains(e.getKey()) && !keys.contains(e.getKey())) {
        throw error.apply(field + "." + e.getKey() + " = " + e.getValue() + " is not supported for rope_type '" + type
            + "'; Torus reads " + keys + " for it");
      }
    }
    if (type.equals(DEFAULT)) {
      return null;
    }
    for (String required : HfRopeScaling.REQUIRED.get(type)) {
      if (!rope.hasNonNull(required)) {
        throw error.apply(field + " has rope_type '" + type + "' but no " + required + "; it is required");
      }
    }
    Integer original = positiveInt("original_max_position_embeddings");
    if (original == null && keys.contains("original_max_position_embeddings")) {
      original = maxPositionEmbeddings;
    }
    if (originalOverride != null && keys.contains("original_max_position_embeddings")) {
      original = originalOverride;
    }
    try {
      return new HfRopeScaling(type, number("factor"), original, number("low_freq_factor"), number("high_freq_factor"),
          number("attention_factor"), number("beta_fast"), number("beta_slow"), number("mscale"),
          number("mscale_all_dim"), bool("truncate"), numbers("short_factor"), numbers("long_factor"));
    } catch (IllegalArgumentException e) {
      throw error.apply(field + ": " + e.getMessage());
    }
  }

  private @Nullable Double number(String key) {
    JsonNode n = rope.path(key);
    if (n.isMissingNode() || n.isNull()) {
      return null;
    }
    if (!n.isNumber() || !Double.isFinite(n.doubleValue())) {
      throw error.apply(field + "." + key + " must be a number, got " + n);
    }
    return n.doubleValue();
  }

  private @Nullable Integer positiveInt(String key) {
    JsonNode n = rope.path(key);
    if (n.isMissingNode() || n.isNull()) {
      return null;
    }
    if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() <= 0) {
      throw error.apply(field + "." + key + " must be an integer > 0, got " + n);
    }
    return n.intValue();
  }

  private @Nullable Boolean bool(String key) {
    JsonNode n = rope.path(key);
    if (n.isMissingNode() || n.isNull()) {
      return null;
    }
    if (!n.isBoolean()) {
      throw error.apply(field + "." + key + " must be true or false, got " + n);
    }
    return n.booleanValue();
  }

  private List<Double> numbers(String key) {
    JsonNode n = rope.path(key);
    List<Double> out = new ArrayList<>();
    if (n.isMissingNode() || n.isNull()) {
      return out;
    }
    if (!n.isArray()) {
      throw error.apply(field + "." + key + " must be a list of numbers, got " + n);
    }
    for (JsonNode v : n) {
      if (!v.isNumber() || !(v.doubleValue() > 0) || !Double.isFinite(v.doubleValue())) {
        throw error.apply(field + "." + key + " must hold numbers > 0, got " + v);
      }
      out.add(v.doubleValue());
    }
    return out;
  }
}
