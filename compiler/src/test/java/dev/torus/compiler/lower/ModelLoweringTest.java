package dev.torus.compiler.lower;

import static dev.torus.compiler.lower.ProgramNames.MLP_OP;
import static dev.torus.compiler.lower.ProgramNames.SCORES;
import static dev.torus.compiler.lower.ProgramNames.SELF_ATTENTION_OP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.compiler.analysis.BufferAnalysis;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.Instruction;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import org.junit.jupiter.api.Test;

class ModelLoweringTest {
  private static HloModule forward(ModelSpec m, int seq, int block) {
    return ModelLowering.forward(m, RunShape.of(1, seq, BlockSizes.uniform(block)), false).module();
  }

  @Test
  void theProgramDoesNotGrowWithDepthOrSequence() {
    int depth1 = forward(Presets.tiny().toBuilder().depth(1).build(), 64, 16).allInstructions().size();
    int depth32 = forward(Presets.tiny().toBuilder().depth(32).build(), 64, 16).allInstructions().size();
    int long8k = forward(Presets.tiny().toBuilder().depth(1).build(), 8192, 256).allInstructions().size();
    assertEquals(depth1, depth32);
    assertEquals(depth1, long8k);
  }

  @Test
  void theLargestIntermediateBufferGrowsLinearlyWithTheSequence() {
    ModelSpec m = Presets.tiny();
    BufferAnalysis.Buffer at4k = BufferAnalysis.largestIntermediate(forward(m, 4096, 512)).orElseThrow();
    BufferAnalysis.Buffer at8k = BufferAnalysis.largestIntermediate(forward(m, 8192, 512)).orElseThrow();
    double growth = (double) at8k.bytes() / at4k.bytes();
    assertTrue(growth <= 2.1, "largest buffer grew " + growth + "x: " + at4k + " -> " + at8k);
    for (Instruction i : forward(m, 8192, 512).allInstructions()) {
      if (i.shape() instanceof ArrayShape s) {
        assertTrue(s.dims().stream().filter(d -> d == 8192).count() <= 1, "an [S, S] buffer: " + i);
      }
    }
  }

  @Test
  void instructionsCarryTheirLayerAsMetadata() {
    HloModule m = forward(Presets.tiny(), 64, 16);
    assertTrue(m.allInstructions().stream().anyMatch(i -> i.opName().orElse("").equals(SELF_ATTENTION_OP)
        && i.name().startsWith(SCORES)));
    assertTrue(m.allInstructions().stream().anyMatch(i -> i.opName().orElse("").equals(MLP_OP)));
  }

  @Test
  void weightsAreNamedAndShapedAsHuggingFaceStoresThem() {
    var weights = ModelWeights.of(Presets.tiny());
    assertEquals("model.embed_tokens.weight", weights.get(0).hfName());
    WeightSpec q = weights.stream().filter(w -> w.name().equals("layers.self_attn.k_proj.weight")).findFirst().orElseThrow();
    assertEquals("model.layers.1.self_attn.k_proj.weight", q.hfName(1));
    assertEquals(java.util.List.of(2L, 32L, 64L), q.shape());
    assertEquals("lm_head.weight", weights.get(weights.size() - 1).hfName());
    assertTrue(ModelWeights.of(Presets.tiny().toBuilder().tiedEmbeddings(true).build()).stream()
        .noneMatch(w -> w.name().equals("lm_head.weight")));
  }
}
