package dev.torus.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Gemma's DSL parts: they survive {@link ModelSpec#toBuilder} and a manifest's JSON, are left out of
 * the JSON of models without them (so older manifests and their hashes do not change), and bad
 * values are refused naming the part and the number.
 */
class GemmaPartsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static ModelSpec gemma2() {
    Norm norm = Norm.rms(1e-6).withWeightOffset(1);
    return ModelSpec.builder("g2").vocab(256).width(48).depth(3).heads(4).kvHeads(2).headDim(16).norm(norm)
        .feedForward(FeedForward.geglu(96)).embeddingScale(Math.sqrt(48)).postAttentionNorm(norm)
        .postFeedForwardNorm(norm).queryScale(0.2).slidingWindow(SlidingWindow.pattern(32, List.of(true, false)))
        .tiedEmbeddings(true).paddingToken(0).build();
  }

  @Test
  void partsSurviveToBuilderAndJson() throws Exception {
    ModelSpec m = gemma2();
    assertEquals(m, m.toBuilder().build());
    assertEquals(m, JSON.readValue(JSON.writeValueAsString(m), ModelSpec.class));
    assertEquals(Norm.rms(1e-6).withWeightOffset(1), m.block().postAttentionNorm());
    assertTrue(m.block().ffn().gated());
    assertEquals((float) Math.sqrt(48), m.appliedEmbeddingScale(), 0);
  }

  @Test
  void modelsWithoutThemWriteTheSameJsonAsBefore() throws Exception {
    String tiny = JSON.writeValueAsString(Presets.tiny());
    for (String part : List.of("weightOffset", "embeddingScale", "postAttentionNorm", "postFfnNorm", "paddingToken")) {
      assertFalse(tiny.contains(part), part + " in " + tiny);
    }
    assertEquals(Presets.tiny(), JSON.readValue(tiny, ModelSpec.class));
    assertEquals(1.0, Presets.tiny().appliedEmbeddingScale());
  }

  @Test
  void badValuesAreRefusedByName() {
    assertEquals("norm weight offset NaN must be a finite number",
        assertThrows(IllegalArgumentException.class, () -> Norm.rms(1e-6).withWeightOffset(Double.NaN)).getMessage());
    assertEquals("model g2: embedding scale -1.0 must be a positive number", assertThrows(
        IllegalArgumentException.class, () -> gemma2().toBuilder().embeddingScale(-1.0).build()).getMessage());
    assertEquals("model g2: padding token 256 must be a token id in [0, 256)", assertThrows(
        IllegalArgumentException.class, () -> gemma2().toBuilder().paddingToken(256).build()).getMessage());
    assertEquals("model g2: post-attention and post-feedforward norms need sequential residuals", assertThrows(
        IllegalArgumentException.class, () -> gemma2().toBuilder().residual(Residual.PARALLEL).build()).getMessage());
  }
}
