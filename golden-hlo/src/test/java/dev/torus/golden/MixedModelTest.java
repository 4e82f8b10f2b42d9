package dev.torus.golden;


import dev.torus.artifact.Npy;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.LayerRope;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Norm;
import dev.torus.dsl.Presets;
import dev.torus.dsl.SlidingWindow;
import dev.torus.harness.XlaHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A model no Hugging Face family has, built from DSL parts: LLaMA attention with grouped queries,
 * Gemma's attention and final logit soft-capping, Qwen3's per-head q/k RMSNorm, a sliding window in
 * every other layer, and (Gemma 3's) a RoPE base of its own in the windowed layers. Its logits, run
 * by real XLA on one device and on rings of 4 (contiguous and striped), match the dense NumPy
 * reference written below; one train step's loss and every gradient match torch autograd
 * ({@link LogitSoftCapTest#TORCH_GRADS}) on one device and a striped ring of 4.
 */
class MixedModelTest {
  static final Path WORK = Path.of("target/xla-harness/mixed-model").toAbsolutePath();
  static final double LOGITS_TOLERANCE = 1e-4;
  static final int BATCH = 1;
  static final int SEQ = 32;
  static final int VOCAB = 96;

  static ModelSpec model() {
    return Presets.llama("mixed", VOCAB, 48, 3, 4, 2, 96, 1e-6, 10000)
        .headDim(16)
        .logitSoftCap(1.2)
        .finalLogitSoftCap(2.0)
        .qkNorm(Norm.rms(1e-6))
        .slidingWindow(SlidingWindow.pattern(6, List.of(true, false)))
        .layerRope(LayerRope.plain(100, List.of(true, false)))
        .build();
  }

  @Test
  void mixedModelMatchesNumpyAndTorch() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    ModelSpec model = model();
    DslModelRuns.Runs runs = DslModelRuns.runOnRings(harness, model, "mixed", VOCAB, BATCH, SEQ, 31,
        BlockSizes.of(4, 8, 8), WORK);
    Map<String, Path> files = runs.files();
    Path tokens = runs.tokens();
    Path targets = runs.targets();

    Path description = WORK.resolve("model.json");
    DslModelRuns.JSON.writeValue(description.toFile(), DslModelRuns.describe(model, files));
    Path reference = WORK.resolve("numpy.logits.npy");
    DslModelRuns.python(harness, WORK, "numpy_reference", NUMPY_REFERENCE, description.toString(), tokens.toString(),
        reference.toString());
    float[] numpy = Npy.read(reference).toFloats();
    DslModelRuns.assertLogitsMatchNumpy("mixed", "mixed model's logits", runs, numpy, LOGITS_TOLERANCE, WORK);

    Path torchOut = WORK.resolve("torch");
    Files.createDirectories(torchOut);
    DslModelRuns.python(harness, WORK, "torch_grads", LogitSoftCapTest.TORCH_GRADS, description.toString(),
        tokens.toString(), targets.toString(), torchOut.toString());
    LogitSoftCapTest.assertGradients("mixed", model, runs.gradShapes(), WORK, torchOut);
  }

  /**
   * The dense reference, float64, from the model's description: every [S, S] score matrix whole,
   * the window and the per-layer RoPE base chosen by each layer's index.
   */
  static final String NUMPY_REFERENCE = """
      import json, sys
      import numpy as np
      cfg = json.load(open(sys.argv[1]))
      tokens = np.load(sys.argv[2]).astype(np.int64)
      W = {n: np.load(p).astype(np.float64) for n, p in cfg["weights"].items()}
      B, S = tokens.shape
      H, KV, D = cfg["heads"], cfg["kv_heads"], cfg["head_dim"]

      def rms(x, w, eps):
          return x / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps) * w

      def rope(x, theta):
          inv = 1.0 / theta ** (np.arange(0, D, 2) / D)
          ang = np.arange(S)[:, None] * inv[None, :]
          emb = np.concatenate([ang, ang], -1)[None, :, None, :]
          x1, x2 = x[..., : D // 2], x[..., D // 2:]
          return x * np.cos(emb) + np.concatenate([-x2, x1], -1) * np.sin(emb)

      def softmax(s):
          e = np.exp(s - s.max(-1, keepdims=True))
          return e / e.sum(-1, keepdims=True)

      x = W["embed_tokens.weight"][tokens]
      for i in range(cfg["depth"]):
          lw = lambda n: W["layers." + n][i]
          local = i % 2 == 0   # the window and the local RoPE: layers 0, 2, ...
          assert cfg["window_layers"][i % len(cfg["window_layers"])] == local
          assert cfg["layer_rope_layers"][i % len(cfg["layer_rope_layers"])] == local
          h = rms(x, lw("input_layernorm.weight"), cfg["eps"])
          q = rms((h @ lw("self_attn.q_proj.weight").T).reshape(B, S, H, D), lw("self_attn.q_norm.weight"),
                  cfg["qk_norm_eps"])
          k = rms((h @ lw("self_attn.k_proj.weight").T).reshape(B, S, KV, D), lw("self_attn.k_norm.weight"),
                  cfg["qk_norm_eps"])
          v = (h @ lw("self_attn.v_proj.weight").T).reshape(B, S, KV, D)
          theta = cfg["layer_rope_theta"] if local else cfg["rope_theta"]
          q, k = rope(q, theta), rope(k, theta)
          k, v = np.repeat(k, H // KV, axis=2), np.repeat(v, H // KV, axis=2)
          s = np.einsum("bqhd,bkhd->bhqk", q, k) / np.sqrt(D)
          s = cfg["soft_cap"] * np.tanh(s / cfg["soft_cap"])
          gap = np.subtract.outer(np.arange(S), np.arange(S))
          visible = (gap >= 0) & ((gap < cfg["window"]) if local else True)
          s = np.where(visible, s, -np.inf)
          a = np.einsum("bhqk,bkhd->bqhd", softmax(s), v).reshape(B, S, H * D)
          x = x + a @ lw("self_attn.o_proj.weight").T
          f = rms(x, lw("post_attention_layernorm.weight"), cfg["eps"])
          g = f @ lw("mlp.gate_proj.weight").T
          x = x + (g / (1 + np.exp(-g)) * (f @ lw("mlp.up_proj.weight").T)) @ lw("mlp.down_proj.weight").T
      x = rms(x, W["norm.weight"], cfg["eps"])
      logits = x @ W["lm_head.weight"].T
      logits = cfg["final_soft_cap"] * np.tanh(logits / cfg["final_soft_cap"])
      np.save(sys.argv[3], logits.astype(np.float32))
      """;
}
