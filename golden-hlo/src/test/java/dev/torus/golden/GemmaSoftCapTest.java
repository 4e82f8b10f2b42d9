package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSpec;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.ModelRunner;
import dev.torus.cli.RandomTensors;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.compiler.train.LossGradients;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.LayerRope;
import dev.torus.dsl.RopeScaling;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import dev.torus.dsl.SlidingWindow;
import dev.torus.dsl.hf.HfModels;
import dev.torus.harness.XlaHarness;
import dev.torus.harness.XlaHarness.Input;
import dev.torus.harness.XlaHarness.Output;
import dev.torus.harness.XlaHarness.Program;
import dev.torus.hf.Checkpoint;
import dev.torus.hf.CheckpointWeights;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Gemma 2 and Gemma 3 (text) from Hugging Face, with logit soft-capping: random-weight f32
 * checkpoints made by transformers' own {@code Gemma2ForCausalLM} and {@code Gemma3ForCausalLM} (from a
 * {@code Gemma3TextConfig}; Gemma 3 soft-caps its logits only, as its transformers class does) and {@code save_pretrained} (transformers 5's config form; the 4.x forms
 * are read in {@code HfConfigTest}), with weights large enough that the caps bend the numbers (the
 * logits of transformers reach close to the final cap). Gemma 3's windowed layers rotate with their
 * own RoPE base, its global ones with linear scaling. Logits through {@code ./torus run}'s code path
 * on one device and an emulated ring of 4 (striped) against transformers; one train step's loss and
 * every gradient, run by real XLA, against torch autograd.
 */
class GemmaSoftCapTest {
  static final Path WORK = Path.of("target/hf-reference/gemma-softcap").toAbsolutePath();
  static final ObjectMapper JSON = new ObjectMapper();
  static final double LOGITS_TOLERANCE = 1e-4;
  static final int BATCH = 2;
  static final int SEQ = 64;

  /** A checkpoint (its config's overrides), its final soft cap, and where its gradients run. */
  record Case(String id, String hf, double finalCap, int gradRing, TokenLayout gradLayout) {}

  static final List<Case> CASES = List.of(
      new Case("gemma2_w12_depth2", "{\"model_type\":\"gemma2\",\"num_hidden_layers\":2,"
          + "\"num_key_value_heads\":2,\"head_dim\":16,\"query_pre_attn_scalar\":16,\"sliding_window\":12,"
          + "\"attn_logit_softcapping\":1.0,\"final_logit_softcapping\":1.5,\"initStd\":0.15}", 1.5, 1,
          TokenLayout.CONTIGUOUS),
      new Case("gemma3_w12_depth3", "{\"model_type\":\"gemma3_text\",\"num_hidden_layers\":3,"
          + "\"num_key_value_heads\":2,\"head_dim\":16,\"query_pre_attn_scalar\":12,\"sliding_window\":12,"
          + "\"layer_types\":[\"sliding_attention\",\"full_attention\",\"sliding_attention\"],"
          + "\"rope_parameters\":{\"full_attention\":{\"rope_type\":\"linear\",\"factor\":2.0,"
          + "\"rope_theta\":10000.0},\"sliding_attention\":{\"rope_type\":\"default\",\"rope_theta\":100.0}},"
          + "\"final_logit_softcapping\":2.0,\"initStd\":0.15}", 2.0, 4,
          TokenLayout.STRIPED));

  @Test
  void logitsAndEveryGradientMatchTransformersGemma() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    ArrayNode steps = JSON.createArrayNode();
    for (Case c : CASES) {
      ObjectNode config = HfReference.tinyConfig(c.id, c.hf);
      Path configFile = WORK.resolve(c.id + ".config.json");
      JSON.writeValue(configFile.toFile(), config);
      Npy.write(tokens(c), RandomTensors.randomTokens(c.id.length(), 128, BATCH, SEQ));
      Npy.write(targets(c), RandomTensors.randomTokens(c.id.length() + 1, 128, BATCH, SEQ));
      steps.addObject().put("mode", "make-checkpoint").put("out", dir(c).toString()).put("config", configFile.toString());
      steps.addObject().put("mode", "logits").put("model", dir(c).toString()).put("tokens", tokens(c).toString())
          .put("out", WORK.resolve(c.id + ".hf.npy").toString()).put("nonCausal", false);
      steps.addObject().put("mode", "grads").put("model", dir(c).toString()).put("tokens", tokens(c).toString())
          .put("targets", targets(c).toString()).put("out", WORK.resolve(c.id + ".hf-grads").toString());
    }
    HfReference.runBatch(harness, steps, WORK);

    List<Program> programs = new ArrayList<>();
    List<LossGradients.Program> compiled = new ArrayList<>();
    for (Case c : CASES) {
      ModelSpec model = HfModels.fromDirectory(dir(c));
      assertEquals(SlidingWindow.pattern(12, List.of(true, false)), model.attention().slidingWindow(), c.id);
      // Gemma3ForCausalLM applies no attention soft cap (its config's field is refused unless null).
      assertEquals(c.id.startsWith("gemma3") ? null : (Double) 1.0, model.attention().logitSoftCap(), c.id);
      assertEquals(c.finalCap, model.finalLogitSoftCap().doubleValue(), c.id);
      if (c.id.startsWith("gemma3")) {
        assertEquals(LayerRope.plain(100, List.of(true, false)), model.attention().layerRope(), c.id);
        assertEquals(new RopeScaling.Linear(2), model.attention().ropeScaling(), c.id);
        assertEquals(1.0, model.attention().qkNorm().weightOffset(), c.id);
      }
      float[] hf = Npy.read(WORK.resolve(c.id + ".hf.npy")).toFloats();
      double largest = 0;
      for (float z : hf) {
        largest = Math.max(largest, Math.abs(z));
      }
      assertTrue(largest <= c.finalCap && largest > 0.8 * c.finalCap,
          c.id + ": transformers' logits reach " + largest + ", not close to the final cap " + c.finalCap);
      for (int ring : new int[] {1, 4}) {
        TokenLayout layout = ring == 1 ? TokenLayout.CONTIGUOUS : TokenLayout.STRIPED;
        ModelRunner.Result r = ModelRunner.run(model, dir(c), Npy.readIntegers(tokens(c)),
            new ModelRunner.Options(BlockSizes.uniform(8), ring, layout), WORK.resolve(c.id + ".ring" + ring));
        double rel = RealXlaGoldenTest.assertClose(hf, r.logits().toFloats(), LOGITS_TOLERANCE,
            c.id + " on " + ring + " device(s) vs transformers");
        System.out.printf(Locale.ROOT, "[gemma] %-20s ring %d %-10s logits max rel. diff vs transformers %.2e%n",
            c.id, ring, layout.label(), rel);
      }
      LossGradients.Program program = LossGradients.build(model,
          RunShape.ring(BATCH, SEQ, BlockSizes.of(8, 16, 8), c.gradRing, c.gradLayout, 1));
      compiled.add(program);
      Path hlo = WORK.resolve(c.id + ".grad.hlo");
      Files.writeString(hlo, HloTextPrinter.print(program.module()));
      List<Input> inputs = new ArrayList<>();
      for (Path ids : List.of(tokens(c), targets(c))) {
        if (c.gradRing == 1) {
          inputs.add(Input.replicated(ids));
        } else {
          Path inOrder = WORK.resolve(ids.getFileName() + ".ring.npy");
          Npy.write(inOrder, TrainGradientTest.deviceOrder(Npy.readIntegers(ids), c.gradRing, c.gradLayout));
          inputs.add(Input.sharded(inOrder, 1));
        }
      }
      List<Output> outputs = new ArrayList<>(List.of(Output.first(WORK.resolve(c.id + ".loss.npy"))));
      try (Checkpoint checkpoint = Checkpoint.open(dir(c))) {
        for (WeightSpec w : program.weights()) {
          Path npy = WORK.resolve(c.id + "." + w.name() + ".npy");
          Npy.write(npy, CheckpointWeights.load(spec(w, w.dtype()), checkpoint));
          inputs.add(Input.replicated(npy));
          outputs.add(Output.first(WORK.resolve(c.id + "." + w.name() + ".grad.npy")));
        }
      }
      programs.add(new Program(c.id, hlo, c.gradRing, inputs, outputs));
    }
    XlaHarness.Summary run = harness.run(programs, WORK);
    for (int k = 0; k < CASES.size(); k++) {
      Case c = CASES.get(k);
      assertTrue(run.program(c.id).ok(), c.id + ": " + run.program(c.id).error());
      float loss = Npy.read(WORK.resolve(c.id + ".loss.npy")).toFloats()[0];
      float hfLoss = Npy.read(WORK.resolve(c.id + ".hf-grads/loss.npy")).toFloats()[0];
      System.out.printf(Locale.ROOT, "[gemma] %-20s ring %d loss %.6f vs torch %.6f%n", c.id, c.gradRing, loss,
          hfLoss);
      assertTrue(Math.abs(loss - hfLoss) <= TrainGradientTest.LOSS_TOLERANCE * Math.abs(hfLoss),
          c.id + ": loss " + loss + " vs " + hfLoss);
      double worst = 0;
      try (Checkpoint hfGrads = Checkpoint.open(WORK.resolve(c.id + ".hf-grads"))) {
        for (WeightSpec w : compiled.get(k).weights()) {
          float[] ours = Npy.read(WORK.resolve(c.id + "." + w.name() + ".grad.npy")).toFloats();
          float[] theirs = CheckpointWeights.load(spec(w, DType.F32), hfGrads).toFloats();
          double diff = 0;
          double norm = 0;
          for (int i = 0; i < theirs.length; i++) {
            diff += (ours[i] - theirs[i]) * (double) (ours[i] - theirs[i]);
            norm += theirs[i] * (double) theirs[i];
          }
          double rel = Math.sqrt(diff / norm);
          worst = Math.max(worst, rel);
          assertTrue(rel <= TrainGradientTest.GRAD_TOLERANCE, c.id + " " + w.name() + ": relative L2 " + rel);
        }
      }
      System.out.printf(Locale.ROOT, "[gemma] %-20s ring %d %d gradients, worst relative L2 vs torch %.2e%n", c.id,
          c.gradRing, compiled.get(k).weights().size(), worst);
    }
  }

  private static Path dir(Case c) {
    return WORK.resolve(c.id);
  }

  private static Path tokens(Case c) {
    return WORK.resolve(c.id + ".tokens.npy");
  }

  private static Path targets(Case c) {
    return WORK.resolve(c.id + ".targets.npy");
  }

  private static TensorSpec spec(WeightSpec w, DType type) {
    return TensorSpec.replicated(w.name(), Role.WEIGHT, type, w.shape()).withHfName(w.hfName(), false);
  }
}
