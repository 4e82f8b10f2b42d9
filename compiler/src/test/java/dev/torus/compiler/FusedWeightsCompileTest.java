package dev.torus.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSpec;
import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.lower.ModelWeights;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The phi3-mini preset compiles, its q/k/v and gate/up weights named as row ranges of the fused tensors. */
class FusedWeightsCompileTest {
  @Test
  void phi3MiniWeightsAreRowsOfItsFusedTensors() {
    ModelSpec phi3 = Presets.named("phi3-mini");
    ForwardCompiler.Compiled c = ForwardCompiler.compile(phi3,
        RunShape.ring(1, 4096, BlockSizes.uniform(512), 4, TokenLayout.STRIPED, 1), false);
    Map<String, String> rows = new LinkedHashMap<>();
    for (TensorSpec s : c.manifest().entryPoint(EntryPoint.MAIN).inputs()) {
      if (s.role() == Role.WEIGHT && s.hfRows() != null) {
        rows.put(s.name(), s.hfName().replaceAll(".*\\.(\\w+)\\.weight", "$1") + s.hfRows());
      }
    }
    assertEquals(Map.of("layers.self_attn.q_proj.weight", "qkv_proj[0, 3072]",
        "layers.self_attn.k_proj.weight", "qkv_proj[3072, 6144]",
        "layers.self_attn.v_proj.weight", "qkv_proj[6144, 9216]",
        "layers.mlp.gate_proj.weight", "gate_up_proj[0, 8192]",
        "layers.mlp.up_proj.weight", "gate_up_proj[8192, 16384]"), rows);
    // The checkpoint holds each fused tensor once, with all its parts' rows; the rest as before.
    Map<String, List<Long>> stored = new LinkedHashMap<>();
    ModelWeights.stored(phi3).forEach(t -> stored.put(t.hfName(), t.layerShape()));
    assertEquals(List.of(9216L, 3072L), stored.get("model.layers.{layer}.self_attn.qkv_proj.weight"));
    assertEquals(List.of(16384L, 3072L), stored.get("model.layers.{layer}.mlp.gate_up_proj.weight"));
    assertEquals(List.of("model.embed_tokens.weight", "model.layers.{layer}.input_layernorm.weight",
        "model.layers.{layer}.self_attn.qkv_proj.weight", "model.layers.{layer}.self_attn.o_proj.weight",
        "model.layers.{layer}.post_attention_layernorm.weight", "model.layers.{layer}.mlp.gate_up_proj.weight",
        "model.layers.{layer}.mlp.down_proj.weight", "model.norm.weight", "lm_head.weight"), List.copyOf(stored.keySet()));
  }
}
