package dev.torus.hf;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Hugging Face RoPE scaling other than the default, as {@code rope_parameters} (5.x) or
 * {@code rope_scaling} (4.x) state it: its {@code rope_type} and the settings that type reads
 * ({@link #KEYS}). {@code originalMaxPositionEmbeddings} is filled with the config's
 * {@code max_position_embeddings} when absent, as {@code transformers} does.
 *
 * @param type {@code linear}, {@code dynamic}, {@code llama3}, {@code yarn} or {@code longrope}
 * @param factor the scaling factor; null only for yarn and longrope without one
 * @param originalMaxPositionEmbeddings the pretraining context (llama3, yarn, longrope), else null
 * @param lowFreqFactor llama3's {@code low_freq_factor}, else null
 * @param highFreqFactor llama3's {@code high_freq_factor}, else null
 * @param attentionFactor yarn's or longrope's {@code attention_factor} when given, else null
 * @param betaFast yarn's {@code beta_fast} when given, else null
 * @param betaSlow yarn's {@code beta_slow} when given, else null
 * @param mscale yarn's {@code mscale} when given, else null
 * @param mscaleAllDim yarn's {@code mscale_all_dim} when given, else null
 * @param truncate yarn's {@code truncate} when given, else null
 * @param shortFactor longrope's {@code short_factor}, else empty
 * @param longFactor longrope's {@code long_factor}, else empty
 */
public record HfRopeScaling(String type, @Nullable Double factor, @Nullable Integer originalMaxPositionEmbeddings,
    @Nullable Double lowFreqFactor, @Nullable Double highFreqFactor, @Nullable Double attentionFactor,
    @Nullable Double betaFast, @Nullable Double betaSlow, @Nullable Double mscale, @Nullable Double mscaleAllDim,
    @Nullable Boolean truncate, List<Double> shortFactor, List<Double> longFactor) {

  /** The settings each {@code rope_type} reads besides {@code rope_type}, {@code rope_theta} and {@code partial_rotary_factor}. */
  public static final ImmutableMap<String, ImmutableSet<String>> KEYS = ImmutableMap.of(
      "linear", ImmutableSet.of("factor"),
      "dynamic", ImmutableSet.of("factor"),
      "llama3", ImmutableSet.of("factor", "low_freq_factor", "high_freq_factor", "original_max_position_embeddings"),
      "yarn", ImmutableSet.of("factor", "original_max_position_embeddings", "attention_factor", "beta_fast",
          "beta_slow", "mscale", "mscale_all_dim", "truncate"),
      "longrope", ImmutableSet.of("factor", "original_max_position_embeddings", "attention_factor", "short_factor",
          "long_factor"));

  /** The settings each {@code rope_type} cannot do without. */
  static final ImmutableMap<String, ImmutableSet<String>> REQUIRED = ImmutableMap.of(
      "linear", ImmutableSet.of("factor"),
      "dynamic", ImmutableSet.of("factor"),
      "llama3", ImmutableSet.of("factor", "low_freq_factor", "high_freq_factor"),
      "yarn", ImmutableSet.of(),
      "longrope", ImmutableSet.of("short_factor", "long_factor"));

  public HfRopeScaling {
    checkArgument(KEYS.containsKey(type), "rope_type '%s' is not one of %s", type, KEYS.keySet());
    shortFactor = ImmutableList.copyOf(shortFactor);
    longFactor = ImmutableList.copyOf(longFactor);
    checkArgument(factor == null || (factor > 0 && Double.isFinite(factor)), "rope factor must be > 0, got %s", factor);
  }
}
