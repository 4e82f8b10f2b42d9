package dev.torus.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.torus.artifact.TokenLayout;
import dev.torus.artifact.DType;
import dev.torus.dsl.tensor.Tensor;
import dev.torus.dsl.tensor.TensorFunction;
import dev.torus.dsl.tensor.Tensors;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ModelSpecTest {
  private static ModelSpec.Builder base() {
    return ModelSpec.builder("m").vocab(100).width(64).depth(2).heads(4).feedForward(FeedForward.swiglu(128));
  }

  private static void fails(String message, Executable e) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, e).getMessage());
  }

  @Test
  void aLlamaPresetIsOneComposition() {
    ModelSpec tiny = Presets.tiny();
    assertEquals(16, tiny.attention().headDim());
    assertEquals(2, tiny.attention().groupSize());
    assertEquals(Residual.SEQUENTIAL, tiny.block().residual());
    assertEquals(DType.BF16, Presets.named("llama2-7b").paramType());
    ModelSpec gptj = base().norm(Norm.layer(1e-5)).feedForward(FeedForward.gelu(256)).residual(Residual.PARALLEL)
        .attentionBias(true, true).tiedEmbeddings(true).build();
    assertEquals(null, gptj.block().ffnNorm());
  }

  @Test
  void familyPresetsAreCompositionsOfParts() throws Exception {
    Attention llama32 = Presets.named("llama3.2-1b").attention();
    assertEquals(new RopeScaling.Llama3(32, 1, 4, 8192), llama32.ropeScaling());
    assertEquals(64, llama32.headDim());
    Attention qwen25 = Presets.named("qwen2.5-7b").attention();
    assertEquals(List.of(true, false, 7), List.of(qwen25.qkvBias(), qwen25.outBias(), qwen25.groupSize()));
    Attention qwen3 = Presets.named("qwen3-8b").attention();
    assertEquals(Norm.rms(1e-6), qwen3.qkNorm());
    assertEquals(128, qwen3.headDim());
    assertEquals(null, Presets.named("llama3-8b").attention().ropeScaling());
    // the manifest records the spec as JSON and reads it back to recompile
    ObjectMapper json = JsonMapper.builder().build();
    for (String name : List.of("llama3.2-1b", "qwen3-8b")) {
      ModelSpec spec = Presets.named(name);
      assertEquals(spec, json.readValue(json.writeValueAsString(spec), ModelSpec.class), name);
    }
    ModelSpec yarn = base().ropeScaling(new RopeScaling.Yarn(4, 1024, 1.1, 32, 1, true)).queryScale(0.2).build();
    assertEquals(yarn, json.readValue(json.writeValueAsString(yarn), ModelSpec.class));
    assertEquals(false, json.writeValueAsString(Presets.tiny()).contains("qkNorm"), "unset parts are not written");
  }

  @Test
  void invalidCombinationsNameTheFieldAndTheNumbers() {
    fails("model m: heads 12 must divide width 1000 (or give the head dim)", () -> base().width(1000).heads(12).build());
    fails("model m: kv heads 3 must divide heads 4", () -> base().kvHeads(3).build());
    fails("model m: width 0 must be positive", () -> base().width(0).build());
    fails("model m: vocabulary size -5 must be positive", () -> base().vocab(-5).build());
    fails("model m: depth 0 must be positive", () -> base().depth(0).build());
    fails("feedforward hidden size 0 must be positive", () -> base().feedForward(FeedForward.swiglu(0)).build());
    fails("model m: parameter type s32 must be f32 or bf16", () -> base().paramType(DType.S32).build());
    fails("rotate-half RoPE needs an even head dim, got 15", () -> base().headDim(15).build());
    fails("norm eps 0.0 must be in (0, 1)", () -> Norm.rms(0));
    fails("unknown built-in model 'gpt5'; known: tiny, llama2-7b, llama2-13b, llama2-70b, mistral-7b, llama-3b, llama-7b, llama-13b, llama-30b, llama-65b, llama3-8b, llama3.2-1b, qwen2.5-7b, qwen3-8b, gemma2-9b, gemma3-4b, phi3-mini (or a Hugging Face model directory)",
        () -> Presets.named("gpt5"));
  }

  @Test
  void runShapesMustTileTheSequence() {
    fails("sequence length 100 must be a multiple of the query block 16", () -> RunShape.of(1, 100, BlockSizes.of(16, 4, 4)));
    fails("key/value block 64 is larger than the sequence length 32", () -> RunShape.of(1, 32, BlockSizes.of(32, 64, 32)));
    fails("feedforward chunk 0 must be positive", () -> BlockSizes.of(16, 16, 0));
    fails("batch 0 must be positive", () -> RunShape.of(0, 32, BlockSizes.uniform(32)));
    assertEquals(64, RunShape.of(1, 64, BlockSizes.uniform(64)).blocks().query());
  }

  @Test
  void ringShapesNameWhatDoesNotDivideWhat() {
    fails("sequence length 100 must be a multiple of the ring size 3",
        () -> RunShape.ring(1, 100, BlockSizes.uniform(4), 3, TokenLayout.STRIPED, 1));
    fails("per-device sequence length 16 must be a multiple of the query block 12",
        () -> RunShape.ring(1, 64, BlockSizes.of(12, 4, 4), 4, TokenLayout.CONTIGUOUS, 1));
    fails("key/value block 32 is larger than the per-device sequence length 16",
        () -> RunShape.ring(1, 64, BlockSizes.of(16, 32, 16), 4, TokenLayout.CONTIGUOUS, 1));
    fails("batch 3 must be a multiple of the data-parallel size 2",
        () -> RunShape.ring(3, 64, BlockSizes.uniform(8), 4, TokenLayout.CONTIGUOUS, 2));
    fails("ring size 0 must be positive", () -> RunShape.ring(1, 64, BlockSizes.uniform(8), 0, TokenLayout.CONTIGUOUS, 1));
    fails("token layout 'diagonal' is neither contiguous nor striped", () -> TokenLayout.of("diagonal"));
    RunShape s = RunShape.ring(4, 96, BlockSizes.uniform(8), 3, TokenLayout.STRIPED, 2);
    assertEquals(6, s.devices());
    assertEquals(32, s.localSequence());
    assertEquals(2, s.localBatch());
    assertEquals(2 + 3 * 7, TokenLayout.STRIPED.position(2, 3, 32, 7));
    assertEquals(2 * 32 + 7, TokenLayout.CONTIGUOUS.position(2, 3, 32, 7));
  }

  @Test
  void tensorFunctionsCheckShapesWhereTheyAreWritten() {
    TensorFunction ok = Tensors.define("scaled", 8, t -> t.input().silu().mul(t.param("scale", 8)));
    assertEquals(1, ok.params().size());
    fails("tensor function bad: linear: input [...,8] does not match weight 'w' [4,6] (expected last dimension 6)",
        () -> Tensors.define("bad", 8, t -> t.input().linear(t.param("w", 4, 6))));
    fails("tensor function bad: ADD: shapes [...,8] and [3] do not broadcast",
        () -> Tensors.define("bad", 8, t -> t.input().add(t.param("b", 3))));
    fails("tensor function bad: the output must have shape [..., 8] like the input, got [...,4]",
        () -> Tensors.define("bad", 8, t -> t.input().linear(t.param("w", 4, 8))));
    fails("tensor function bad: parameter p declared as [8] and as [4]", () -> Tensors.define("bad", 8, t -> {
      Tensor a = t.param("p", 8);
      return t.input().mul(a).mul(t.param("p", 4));
    }));
  }
}
