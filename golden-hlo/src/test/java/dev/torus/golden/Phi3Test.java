package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.torus.artifact.Npy;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.GracefulStop;
import dev.torus.cli.ModelRunner;
import dev.torus.cli.RandomTensors;
import dev.torus.cli.Trainer;
import dev.torus.compiler.train.AdamW;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.FusedWeights;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RopeScaling;
import dev.torus.dsl.SlidingWindow;
import dev.torus.dsl.hf.HfModels;
import dev.torus.harness.XlaHarness;
import dev.torus.hf.Checkpoint;
import dev.torus.runtime.TfEngine;
import dev.torus.train.ShardedCheckpoint;
import dev.torus.train.TokenFileType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Phi-3 from Hugging Face: random-weight checkpoints made by transformers' own {@code Phi3ForCausalLM}
 * and {@code save_pretrained} (fused {@code qkv_proj} and {@code gate_up_proj}, partial RoPE; f32 with
 * LongRoPE and a sliding window, and bf16 with MQA), read into specs whose weights are row ranges of
 * the fused tensors. Logits through {@code ./torus run}'s code path on one device and an emulated
 * ring of 4 (striped) against transformers; then one train step from the f32 checkpoint, written back
 * with {@code checkpoint-to-hf}, loads in transformers with the same logits as in Torus.
 */
class Phi3Test {
  static final Path WORK = Path.of("target/hf-reference/phi3").toAbsolutePath();
  static final ObjectMapper JSON = new ObjectMapper();
  static final int BATCH = 2;
  static final int SEQ = 64;

  /** A checkpoint: its config overrides and its logits tolerance vs transformers. */
  record Case(String id, String overrides, double tolerance) {}

  /** f32: 2 layers, GQA, half the head rotated, LongRoPE (S = 64 > 32: long factors), window 12. */
  static final String F32 = "{\"model_type\":\"phi3\",\"num_hidden_layers\":2,\"num_key_value_heads\":2,"
      + "\"partial_rotary_factor\":0.5,\"sliding_window\":12,\"max_position_embeddings\":128,"
      + "\"original_max_position_embeddings\":32,\"pad_token_id\":null,\"eos_token_id\":2,\"rope_scaling\":"
      + "{\"rope_type\":\"longrope\",\"short_factor\":[1.0,1.1,1.2,1.3],\"long_factor\":[1.5,2.0,3.0,4.0]}}";

  static final List<Case> CASES = List.of(
      new Case("phi3_f32", F32, 1e-4),
      new Case("phi3_bf16_mqa", "{\"model_type\":\"phi3\",\"num_hidden_layers\":1,\"num_key_value_heads\":1,"
          + "\"partial_rotary_factor\":0.75,\"pad_token_id\":0,\"eos_token_id\":2,\"dtype\":\"bfloat16\"}", 2e-2));

  @Test
  void logitsMatchTransformersAndACheckpointWrittenBackLoadsInTransformers() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    ArrayNode steps = JSON.createArrayNode();
    for (Case c : CASES) {
      Npy.write(tokens(c.id), RandomTensors.randomTokens(c.id.length(), 128, BATCH, SEQ));
      TorchGradients.addReferenceSteps(steps, WORK, c.id, c.overrides, tokens(c.id), null, true);
    }
    HfReference.runBatch(harness, steps, WORK);

    for (Case c : CASES) {
      ModelSpec model = HfModels.fromDirectory(dir(c.id));
      assertEquals(FusedWeights.phi3(), model.fusedWeights(), c.id);
      assertEquals(c.id.equals("phi3_f32") ? 8 : 12, model.attention().rotaryDim(), c.id + " rotary dims of 16");
      if (c.id.equals("phi3_f32")) {
        assertEquals(SlidingWindow.everyLayer(12), model.attention().slidingWindow());
        assertTrue(model.attention().ropeScaling() instanceof RopeScaling.LongRope, "LongRoPE");
      }
      try (Checkpoint checkpoint = Checkpoint.open(dir(c.id))) {
        assertTrue(checkpoint.tensorNames().contains("model.layers.0.self_attn.qkv_proj.weight")
            && checkpoint.tensorNames().contains("model.layers.0.mlp.gate_up_proj.weight"), "fused in the checkpoint");
      }
      TorchGradients.assertLogitsMatch(String.format(Locale.ROOT, "[phi3] %-14s", c.id), model, WORK, c.id,
          tokens(c.id), c.tolerance, TokenLayout.STRIPED);
    }

    // One train step from the f32 checkpoint, then checkpoint-to-hf: the fused tensors are rebuilt.
    ModelSpec model = HfModels.fromDirectory(dir("phi3_f32"));
    Path run = WORK.resolve("train");
    AdamW adam = new AdamW(1e-2, 1e-3, 1, 2, 0.9, 0.95, 1e-8, 0.1, 1.0);
    Trainer.Options options = new Trainer.Options(1, BATCH, SEQ, 1, 1, 1, TokenLayout.CONTIGUOUS,
        BlockSizes.uniform(8), adam, 3, null, TokenFileType.UINT16, null, 0, 1, 0, run, null, Double.NaN);
    Trainer.train(model, dir("phi3_f32"), options, run, TfEngine::open, true, GracefulStop.never(), s -> { });
    Path trained = ShardedCheckpoint.latest(run.resolve(Trainer.CHECKPOINTS)).orElseThrow();
    Path back = WORK.resolve("phi3_trained_hf");
    ShardedCheckpoint.toHuggingFace(trained, back);
    try (Checkpoint original = Checkpoint.open(dir("phi3_f32")); Checkpoint written = Checkpoint.open(back)) {
      assertEquals(original.tensorNames(), written.tensorNames(), "the same tensors, fused as transformers stores them");
    }
    ArrayNode again = JSON.createArrayNode();
    again.addObject().put("mode", "logits").put("model", back.toString()).put("tokens", tokens("phi3_f32").toString())
        .put("out", WORK.resolve("phi3_trained.hf.npy").toString()).put("nonCausal", false);
    HfReference.runBatch(harness, again, WORK);
    ModelRunner.Result ours = ModelRunner.run(HfModels.fromDirectory(back), back, Npy.readIntegers(tokens("phi3_f32")),
        new ModelRunner.Options(BlockSizes.uniform(8), 1, TokenLayout.CONTIGUOUS), WORK.resolve("phi3_trained.ring1"));
    float[] before = Npy.read(WORK.resolve("phi3_f32.hf.npy")).toFloats();
    float[] after = Npy.read(WORK.resolve("phi3_trained.hf.npy")).toFloats();
    double moved = 0;
    for (int i = 0; i < before.length; i++) {
      moved = Math.max(moved, Math.abs(before[i] - after[i]));
    }
    assertTrue(moved > 1e-3, "the train step changed the logits (max change " + moved + ")");
    double rel = RealXlaGoldenTest.assertClose(after, ours.logits().toFloats(), 1e-4,
        "trained checkpoint written back: Torus vs transformers");
    System.out.printf(Locale.ROOT, "[phi3] trained, checkpoint-to-hf: logits moved by %.2e; Torus vs transformers "
        + "max rel. diff %.2e%n", moved, rel);
  }

  static Path dir(String id) {
    return WORK.resolve(id);
  }

  static Path tokens(String id) {
    return WORK.resolve(id + ".tokens.npy");
  }
}
