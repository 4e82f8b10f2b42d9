package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.Npy;
import dev.torus.cli.SamplePrograms;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.compiler.train.LossGradients;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.harness.XlaHarness;
import dev.torus.harness.XlaHarness.Output;
import dev.torus.harness.XlaHarness.Program;
import dev.torus.harness.XlaHarness.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Logit soft-capping (Gemma 2's): attention scores {@code s -> c tanh(s / c)} inside the blockwise
 * online-softmax loop and the output logits {@code z -> c' tanh(z / c')}, on random weights large
 * enough that both caps bend the numbers. Forward logits, run by real XLA on one device and on rings
 * of 4 (contiguous and striped), against the dense NumPy reference ({@code numpy_llama.llama_forward});
 * one train step's loss and every gradient (blockwise attention backward with the cap's derivative,
 * blockwise cross-entropy of capped logits) against torch autograd of the same model written below,
 * on one device and a striped ring of 4.
 */
class LogitSoftCapTest {
  static final Path WORK = Path.of("target/xla-harness/logit-soft-cap").toAbsolutePath();
  static final double LOGITS_TOLERANCE = 1e-4;
  static final int BATCH = 2;
  static final int SEQ = 32;
  static final int VOCAB = 128;

  static ModelSpec model() {
    return Presets.llama("softcap", VOCAB, 64, 2, 4, 2, 128, 1e-6, 10000).logitSoftCap(1.0).finalLogitSoftCap(1.5)
        .build();
  }

  @Test
  void softCappedLogitsAndGradientsMatchNumpyAndTorch() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    ModelSpec model = model();
    ModelSpec uncapped = model.toBuilder().logitSoftCap(null).finalLogitSoftCap(null).build();
    DslModelRuns.Runs runs = DslModelRuns.runOnRings(harness, model, "softcap", VOCAB, BATCH, SEQ, 17,
        BlockSizes.of(8, 16, 8), WORK);
    List<RunShape> shapes = runs.shapes();
    Map<String, Path> files = runs.files();
    Path tokens = runs.tokens();
    Path targets = runs.targets();
    List<Program> programs = runs.programs();

    // The dense NumPy reference, with the caps and without them (the caps must matter).
    Program one = programs.get(0);
    List<Program> references = new ArrayList<>();
    for (ModelSpec m : List.of(model, uncapped)) {
      Map<String, Object> args = SamplePrograms.forwardSample(m, shapes.get(0)).referenceArgs();
      Path out = WORK.resolve("numpy." + (m == model ? "capped" : "uncapped") + ".npy");
      references.add(new Program("numpy_" + (m == model ? "capped" : "uncapped"), one.hlo(), 1, one.inputs(),
          List.of(Output.first(out))).withReference(Reference.of("llama_forward", args)));
    }
    XlaHarness.Summary numpy = harness.reference(references, WORK);
    references.forEach(p -> assertTrue(numpy.program(p.id()).ok(), p.id() + ": " + numpy.program(p.id()).error()));
    float[] capped = Npy.read(references.get(0).outputs().get(0).npy()).toFloats();
    float[] plain = Npy.read(references.get(1).outputs().get(0).npy()).toFloats();
    double capEffect = DslModelRuns.relativeMaxDifference(capped, plain);
    System.out.printf(Locale.ROOT, "[softcap] the caps change the NumPy logits by %.2e (max rel.)%n", capEffect);
    assertTrue(capEffect > 100 * LOGITS_TOLERANCE, "the caps hardly change the logits: " + capEffect);
    DslModelRuns.assertLogitsMatchNumpy("softcap", "soft-capped logits", runs, capped, LOGITS_TOLERANCE, WORK);

    // torch autograd of the same model: loss and every gradient.
    Path description = WORK.resolve("model.json");
    DslModelRuns.JSON.writeValue(description.toFile(), DslModelRuns.describe(model, files));
    Path torchOut = WORK.resolve("torch");
    Files.createDirectories(torchOut);
    DslModelRuns.python(harness, WORK, "torch_grads", TORCH_GRADS, description.toString(), tokens.toString(),
        targets.toString(), torchOut.toString());
    assertGradients("softcap", model, runs.gradShapes(), WORK, torchOut);
  }

  /** The loss and every gradient of the programs {@code grads0...} (in {@code dir}) against torch's in {@code torchOut}. */
  static void assertGradients(String tag, ModelSpec model, List<RunShape> gradShapes, Path dir, Path torchOut)
      throws Exception {
    float torchLoss = Npy.read(torchOut.resolve("loss.npy")).toFloats()[0];
    for (int k = 0; k < gradShapes.size(); k++) {
      String id = "grads" + k;
      float loss = Npy.read(dir.resolve(id + ".loss.npy")).toFloats()[0];
      assertTrue(Math.abs(loss - torchLoss) <= TrainGradientTest.LOSS_TOLERANCE * Math.abs(torchLoss),
          id + ": loss " + loss + " vs torch " + torchLoss);
      double worst = 0;
      List<WeightSpec> weights = LossGradients.build(model, gradShapes.get(k)).weights();
      for (WeightSpec w : weights) {
        float[] ours = Npy.read(dir.resolve(id + "." + w.name() + ".grad.npy")).toFloats();
        float[] theirs = Npy.read(torchOut.resolve(w.name() + ".grad.npy")).toFloats();
        double rel = Differences.relativeL2(ours, theirs);
        worst = Math.max(worst, rel);
        assertTrue(rel <= TrainGradientTest.GRAD_TOLERANCE, id + " " + w.name() + ": relative L2 " + rel);
      }
      System.out.printf(Locale.ROOT, "[%s] ring %d %-10s loss %.6f vs torch %.6f; %d gradients, worst rel. L2 %.2e%n",
          tag, gradShapes.get(k).ring(), gradShapes.get(k).layout().label(), loss, torchLoss, weights.size(), worst);
    }
  }

  /**
   * torch autograd (float64) of the Torus decoder as {@link DslModelRuns#describe} describes it:
   * RMSNorm, q/k RMSNorm per head, rotate-half RoPE (a per-layer base where the layer RoPE applies),
   * grouped-query attention with soft-capped scores and a sliding window in the layers its pattern
   * marks, SwiGLU, soft-capped logits; mean cross-entropy over all tokens. Writes loss.npy and
   * NAME.grad.npy per weight.
   */
  static final String TORCH_GRADS = """
      import json, sys
      import numpy as np
      import torch
      torch.set_default_dtype(torch.float64)
      cfg = json.load(open(sys.argv[1]))
      tokens = torch.tensor(np.load(sys.argv[2]).astype(np.int64))
      targets = torch.tensor(np.load(sys.argv[3]).astype(np.int64))
      out = sys.argv[4]
      W = {n: torch.tensor(np.load(p).astype(np.float64), requires_grad=True) for n, p in cfg["weights"].items()}
      B, S = tokens.shape
      H, KV, D = cfg["heads"], cfg["kv_heads"], cfg["head_dim"]

      def rms(x, w, eps):
          return x / torch.sqrt((x * x).mean(-1, keepdim=True) + eps) * w

      def rope(x, theta):
          inv = 1.0 / theta ** (torch.arange(0, D, 2) / D)
          ang = torch.arange(S)[:, None] * inv[None, :]
          emb = torch.cat([ang, ang], -1)[None, :, None, :]
          x1, x2 = x[..., : D // 2], x[..., D // 2:]
          return x * torch.cos(emb) + torch.cat([-x2, x1], -1) * torch.sin(emb)

      def marked(key, i):
          p = cfg.get(key)
          return p is not None and p[i % len(p)]

      x = W["embed_tokens.weight"][tokens]
      for i in range(cfg["depth"]):
          lw = lambda n: W["layers." + n][i]
          h = rms(x, lw("input_layernorm.weight"), cfg["eps"])
          q = (h @ lw("self_attn.q_proj.weight").T).view(B, S, H, D)
          k = (h @ lw("self_attn.k_proj.weight").T).view(B, S, KV, D)
          v = (h @ lw("self_attn.v_proj.weight").T).view(B, S, KV, D)
          if "qk_norm_eps" in cfg:
              q = rms(q, lw("self_attn.q_norm.weight"), cfg["qk_norm_eps"])
              k = rms(k, lw("self_attn.k_norm.weight"), cfg["qk_norm_eps"])
          theta = cfg["layer_rope_theta"] if marked("layer_rope_layers", i) else cfg["rope_theta"]
          q, k = rope(q, theta), rope(k, theta)
          k, v = k.repeat_interleave(H // KV, dim=2), v.repeat_interleave(H // KV, dim=2)
          s = torch.einsum("bqhd,bkhd->bhqk", q, k) * cfg["scale"]
          if "soft_cap" in cfg:
              s = cfg["soft_cap"] * torch.tanh(s / cfg["soft_cap"])
          pos = torch.arange(S)
          visible = pos[:, None] >= pos[None, :]
          if marked("window_layers", i):
              visible &= (pos[:, None] - pos[None, :]) < cfg["window"]
          s = s.masked_fill(~visible, float("-inf"))
          a = torch.einsum("bhqk,bkhd->bqhd", torch.softmax(s, -1), v).reshape(B, S, H * D)
          x = x + a @ lw("self_attn.o_proj.weight").T
          f = rms(x, lw("post_attention_layernorm.weight"), cfg["eps"])
          g = f @ lw("mlp.gate_proj.weight").T
          x = x + (torch.nn.functional.silu(g) * (f @ lw("mlp.up_proj.weight").T)) @ lw("mlp.down_proj.weight").T
      x = rms(x, W["norm.weight"], cfg["eps"])
      logits = x @ (W["embed_tokens.weight"] if cfg["tied"] else W["lm_head.weight"]).T
      if "final_soft_cap" in cfg:
          logits = cfg["final_soft_cap"] * torch.tanh(logits / cfg["final_soft_cap"])
      loss = torch.nn.functional.cross_entropy(logits.reshape(B * S, -1), targets.reshape(-1))
      loss.backward()
      np.save(out + "/loss.npy", np.array([loss.item()], np.float32))
      for n, t in W.items():
          np.save(out + "/" + n + ".grad.npy", t.grad.numpy().astype(np.float32))
      """;
}
