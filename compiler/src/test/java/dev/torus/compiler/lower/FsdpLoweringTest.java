package dev.torus.compiler.lower;

import static dev.torus.compiler.lower.ProgramNames.LAYERS;
import static dev.torus.compiler.lower.ProgramNames.backward;
import static dev.torus.compiler.lower.ProgramNames.body;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.torus.artifact.DType;
import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.train.AdamW;
import dev.torus.compiler.train.TrainStep;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How weights are split for FSDP, and what the layer loop gathers (the numbers: golden-hlo's FsdpTest). */
class FsdpLoweringTest {
  static RunShape ring(int n, int fsdp) {
    return RunShape.ring(1, n * 64, BlockSizes.uniform(64), n, TokenLayout.STRIPED, 1).withFsdp(fsdp);
  }

  @Test
  void aWeightShardsAlongItsFirstDimensionThatDivides() {
    Map<String, WeightSpec> w = ModelWeights.of(Presets.llama2_7b()).stream()
        .collect(Collectors.toMap(WeightSpec::name, x -> x));
    RunShape pod = ring(1024, 1024);
    assertEquals(1, Fsdp.shardedDim(w.get("layers.self_attn.q_proj.weight"), pod));   // [32, 4096, 4096]
    assertEquals(2, Fsdp.shardedDim(w.get("layers.mlp.gate_proj.weight"), pod));      // [32, 11008, 4096]
    assertEquals(1, Fsdp.shardedDim(w.get("embed_tokens.weight"), pod));             // [32000, 4096]
    assertEquals(List.of(32L, 11008L, 4L), Fsdp.localShape(w.get("layers.mlp.gate_proj.weight"), pod));
    assertEquals(-1, Fsdp.shardedDim(w.get("layers.mlp.gate_proj.weight"), ring(1024, 1)));
  }

  @Test
  void aBf16TrainStepGathersEachLayersWeightsOncePerLoopIteration() {
    ModelSpec bf16 = Presets.tiny().toBuilder().paramType(DType.BF16).build();
    HloModule m = TrainStep.build(bf16, ring(2, 2), AdamW.llamaDefaults(3e-4, 10, 100)).module();
    // 7 matrices and 2 norm weights per layer: the forward layer loop gathers the next layer's (no
    // other gathers in it), the backward loop each layer's again.
    Map<String, Long> gathers = m.computations().stream().collect(Collectors.toMap(c -> c.name(),
        c -> c.instructions().stream().filter(i -> i.opcode() == Opcode.ALL_GATHER).count()));
    assertEquals(9L, gathers.get(body(LAYERS)), gathers.toString());
    assertEquals(9L, gathers.get(body(backward(LAYERS))), gathers.toString());
  }
}
