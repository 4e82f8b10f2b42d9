package dev.torus.hf;

import static dev.torus.hf.HfConfigFields.GELU_TANH;
import static dev.torus.hf.HfConfigFields.GEMMA;
import static dev.torus.hf.HfConfigFields.GEMMA2;
import static dev.torus.hf.HfConfigFields.GEMMA2_LIKE;
import static dev.torus.hf.HfConfigFields.GEMMA3;
import static dev.torus.hf.HfConfigFields.GEMMA3_LOCAL_ROPE_THETA;
import static dev.torus.hf.HfConfigFields.GEMMA3_ROPE_THETA;
import static dev.torus.hf.HfConfigFields.GEMMA3_SLIDING_WINDOW_PATTERN;
import static dev.torus.hf.HfConfigFields.HIDDEN_ACT;
import static dev.torus.hf.HfConfigFields.HIDDEN_ACTS;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a {@code config.json} that only the Gemma family reads, or reads its own way: the MLP
 * activation's two names, Gemma 2 and 3's soft caps, their windowed layers ({@code layer_types},
 * Gemma 3's {@code sliding_window_pattern}) and Gemma 3's RoPE by layer type. {@link HfConfigFields}
 * holds the rules of every other field and the typed readers these use.
 */
final class HfGemmaFields {
  private final HfConfigFields fields;
  private final JsonNode root;

  HfGemmaFields(HfConfigFields fields, JsonNode root) {
    this.fields = fields;
    this.root = root;
  }

  /**
   * The MLP gate's activation: {@code hidden_act} (default {@code silu}; Gemma's {@code gelu_pytorch_tanh}),
   * Gemma 2's {@code hidden_activation}; the other of the two names, which that model type does not read,
   * is accepted only when null or equal.
   */
  String hiddenAct(String modelType) {
    String field = GEMMA2_LIKE.contains(modelType) ? "hidden_activation" : "hidden_act";
    String unread = GEMMA2_LIKE.contains(modelType) ? "hidden_act" : "hidden_activation";
    String act = fields.string(field, modelType.startsWith(GEMMA) ? GELU_TANH : HIDDEN_ACT);
    if (!HIDDEN_ACTS.contains(act)) {
      throw fields.error(field + " '" + act + "' is not supported; Torus implements " + HIDDEN_ACTS
          + (act.equals("gelu") ? " ('gelu' is the exact erf GELU; Torus has the tanh approximation only)" : ""));
    }
    String other = fields.string(unread, null);
    if (other != null && !other.equals(act)) {
      throw fields.error(unread + " '" + other + "' and " + field + " '" + act + "' disagree; model_type '"
          + modelType + "' reads " + field + " only");
    }
    return act;
  }

  /**
   * A soft cap of Gemma 2 or 3 ({@code attn_logit_softcapping}, {@code final_logit_softcapping}):
   * the field's value, none when it is null, and when it is left out Gemma 2's default
   * ({@code gemma2Default}) or none (Gemma 3). Null for the other model types, which refuse the field.
   */
  @Nullable Double softCap(String modelType, String field, double gemma2Default) {
    if (!GEMMA2_LIKE.contains(modelType)) {
      return null;
    }
    if (!root.has(field)) {
      return GEMMA2.equals(modelType) ? gemma2Default : null;
    }
    return root.get(field).isNull() ? null : fields.positiveNumber(field, null);
  }

  /**
   * Gemma 3's windowed layers: {@code layer_types}, else every layer but each
   * {@code sliding_window_pattern}-th (default 6) windowed ({@code Gemma3TextConfig}'s rule); when
   * both are given they must agree.
   */
  java.util.List<Boolean> gemma3WindowedLayers(int depth) {
    int pattern = fields.positiveInt("sliding_window_pattern", GEMMA3_SLIDING_WINDOW_PATTERN);
    java.util.List<Boolean> byTypes = windowedLayers(depth, l -> (l + 1) % pattern != 0);
    if (fields.present("layer_types") && fields.present("sliding_window_pattern")) {
      for (int l = 0; l < depth; l++) {
        if (byTypes.get(l) != ((l + 1) % pattern != 0)) {
          throw fields.error("layer_types " + root.get("layer_types") + " and sliding_window_pattern " + pattern
              + " disagree at layer " + l);
        }
      }
    }
    return byTypes;
  }

  /** Gemma 3's RoPE: the global layers' base and scaling, the windowed layers' base. */
  record Gemma3Rope(double theta, @Nullable HfRopeScaling scaling, double localTheta) {}

  /**
   * Gemma 3's RoPE, from 5.x's {@code rope_parameters} keyed by layer type ({@code full_attention}:
   * base and scaling; {@code sliding_attention}: base, plain RoPE only) or from 4.x's
   * {@code rope_theta}, {@code rope_scaling} and {@code rope_local_base_freq} (defaults 1e6, none,
   * 1e4); where both forms name a value they must agree.
   */
  Gemma3Rope gemma3Rope(int maxPositions) {
    JsonNode parameters = root.path("rope_parameters");
    boolean byLayerType = parameters.isObject()
        && (parameters.has("full_attention") || parameters.has("sliding_attention"));
    if (!byLayerType) {   // 4.x (or a flat 5.x object for the global layers)
      Double local = fields.present("rope_local_base_freq") ? fields.positiveNumber("rope_local_base_freq", null)
          : null;
      return new Gemma3Rope(fields.ropeThetaOr(GEMMA3_ROPE_THETA), fields.ropeScaling(GEMMA3, maxPositions),
          local == null ? GEMMA3_LOCAL_ROPE_THETA : local);
    }
    for (Iterator<String> it = parameters.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!key.equals("full_attention") && !key.equals("sliding_attention")) {
        throw fields.error("rope_parameters." + key + " is not supported; Gemma 3 reads 'full_attention' and "
            + "'sliding_attention'");
      }
    }
    if (fields.present("rope_scaling")) {
      throw fields.error("rope_scaling " + root.get("rope_scaling") + " next to rope_parameters by layer type is"
          + " not supported; give the global layers' scaling in rope_parameters.full_attention");
    }
    JsonNode full = parameters.path("full_attention");
    JsonNode sliding = parameters.path("sliding_attention");
    HfRopeScaling scaling = full.isObject()
        ? new HfRopeFields("rope_parameters.full_attention", full, fields::error).scaling(maxPositions) : null;
    if (sliding.isObject() && !HfRopeFields.DEFAULT.equals(
        new HfRopeFields("rope_parameters.sliding_attention", sliding, fields::error).type())) {
      throw fields.error("rope_parameters.sliding_attention " + sliding + " is not supported: Torus implements plain"
          + " RoPE in Gemma 3's sliding-window layers (rope_type 'default')");
    }
    if (sliding.isObject()) {
      new HfRopeFields("rope_parameters.sliding_attention", sliding, fields::error).scaling(maxPositions);
    }
    double theta = agreeing("rope_theta", objectTheta("rope_parameters.full_attention", full), GEMMA3_ROPE_THETA);
    double local = agreeing("rope_local_base_freq", objectTheta("rope_parameters.sliding_attention", sliding),
        GEMMA3_LOCAL_ROPE_THETA);
    return new Gemma3Rope(theta, scaling, local);
  }

  /** {@code fromObject} (a rope object's base) or the top-level {@code field}; both given, they must agree. */
  private double agreeing(String field, @Nullable Double fromObject, double absent) {
    Double top = fields.present(field) ? fields.positiveNumber(field, null) : null;
    if (top != null && fromObject != null && top.doubleValue() != fromObject.doubleValue()) {
      throw fields.error(field + " " + top + " and rope_parameters' " + fromObject + " disagree");
    }
    return fromObject != null ? fromObject : top != null ? top : absent;
  }

  /** The {@code rope_theta} of a rope object {@code rope} named {@code name}, or null. */
  private @Nullable Double objectTheta(String name, JsonNode rope) {
    if (!rope.isObject()) {
      if (!rope.isMissingNode() && !rope.isNull()) {
        throw fields.error(name + " " + rope + " is not supported; expected null or an object");
      }
      return null;
    }
    JsonNode theta = rope.path("rope_theta");
    if (theta.isMissingNode() || theta.isNull()) {
      return null;
    }
    if (!theta.isNumber() || !(theta.doubleValue() > 0) || !Double.isFinite(theta.doubleValue())) {
      throw fields.error(name + ".rope_theta must be a number > 0, got " + theta);
    }
    return theta.doubleValue();
  }

  /**
   * Windowed layers, one per layer: {@code layer_types} ({@code sliding_attention} or
   * {@code full_attention}), or when absent the layers {@code byDefault} marks (Gemma 2: every even layer).
   */
  java.util.List<Boolean> windowedLayers(int depth, java.util.function.IntPredicate byDefault) {
    java.util.List<Boolean> windowed = new java.util.ArrayList<>();
    if (!fields.present("layer_types")) {
      for (int l = 0; l < depth; l++) {
        windowed.add(byDefault.test(l));
      }
      return windowed;
    }
    JsonNode types = root.get("layer_types");
    if (!types.isArray() || types.size() != depth) {
      throw fields.error("layer_types " + types + " must list one type per layer (num_hidden_layers " + depth
          + ")");
    }
    for (JsonNode t : types) {
      if (!t.isTextual() || !(t.textValue().equals("sliding_attention") || t.textValue().equals("full_attention"))) {
        throw fields.error("layer_types entry " + t + " is not supported; expected 'sliding_attention' or"
            + " 'full_attention'");
      }
      windowed.add(t.textValue().equals("sliding_attention"));
    }
    return windowed;
  }
}
