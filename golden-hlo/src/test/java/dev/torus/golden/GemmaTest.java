package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSpec;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.RandomTensors;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.emit.StableHloPrinter;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.HloModuleBuilder;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.compiler.lower.Fsdp;
import dev.torus.compiler.lower.LoweringContext;
import dev.torus.compiler.lower.ModelWeights;
import dev.torus.compiler.lower.Remat;
import dev.torus.runtime.LoadedProgram;
import dev.torus.runtime.TorusRuntime;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.compiler.train.LossGradients;
import dev.torus.dsl.BlockSizes;
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
 * Gemma and Gemma 2 from Hugging Face: random-weight checkpoints made by transformers' own
 * {@code GemmaForCausalLM} and {@code Gemma2ForCausalLM} (soft-capping off) and {@code save_pretrained}
 * (transformers 5's config form; the 4.x form is read in {@code GemmaConfigsTest}), f32 and, for Gemma 2,
 * bf16, read into specs built from the DSL's parts ({@code (1 + w)} RMSNorm, GeGLU, embedding scale,
 * Gemma 2's post-sublayer norms, query scale and alternating windows). Logits through {@code ./torus
 * run}'s code path on one device and an emulated ring of 4 (striped) against transformers; one train
 * step's loss and every gradient (tied embeddings: the head's and the gather's summed), run by real XLA,
 * against torch autograd. Gemma's {@code pad_token_id} 0 occurs in the tokens: its embedding row gets
 * no gradient from its lookups (torch's {@code padding_idx}), only the tied head's.
 */
class GemmaTest {
  static final Path WORK = Path.of("target/hf-reference/gemma").toAbsolutePath();
  static final ObjectMapper JSON = new ObjectMapper();
  static final int BATCH = 2;
  /** Gemma's pad_token_id (its default). */
  static final int PAD = 0;
  /** bf16 weights or compute vs an f32 reference. */
  static final double BF16_TOLERANCE = 2e-2;
  static final int SEQ = 64;

  /**
   * A checkpoint, its logits tolerance, where its gradients run and their tolerance (bf16 weights: the
   * matmuls run in bf16, so a bf16 tolerance).
   */
  record Case(String id, String config, double logitsTolerance, int gradRing, TokenLayout gradLayout,
      double gradTolerance) {}

  static final String GEMMA2 = "\"model_type\":\"gemma2\",\"num_hidden_layers\":3,\"num_key_value_heads\":2,"
      + "\"head_dim\":16,\"sliding_window\":12,\"query_pre_attn_scalar\":24,\"attn_logit_softcapping\":null,"
      + "\"final_logit_softcapping\":null";

  static final List<Case> CASES = List.of(
      new Case("gemma_f32", "{\"model_type\":\"gemma\",\"num_hidden_layers\":2,\"num_key_value_heads\":1,"
          + "\"head_dim\":16}", 1e-4, 1, TokenLayout.CONTIGUOUS, TrainGradientTest.GRAD_TOLERANCE),
      new Case("gemma2_f32", "{" + GEMMA2 + "}", 1e-4, 4, TokenLayout.STRIPED, TrainGradientTest.GRAD_TOLERANCE),
      new Case("gemma2_bf16", "{" + GEMMA2 + ",\"dtype\":\"bfloat16\"}", BF16_TOLERANCE, 1, TokenLayout.CONTIGUOUS,
          BF16_TOLERANCE));

  @Test
  void logitsAndEveryGradientMatchTransformersGemma() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    ArrayNode steps = JSON.createArrayNode();
    for (Case c : CASES) {
      int[] ids = RandomTensors.randomTokens(c.id.length(), 128, BATCH, SEQ).toInts();
      for (int i = 0; i < ids.length; i += 7) {
        ids[i] = PAD;   // the padding token, in both rows, at every 7th position
      }
      Npy.write(tokens(c), HostTensor.ofInts(ids, BATCH, SEQ));
      Npy.write(targets(c), RandomTensors.randomTokens(c.id.length() + 1, 128, BATCH, SEQ));
      TorchGradients.addReferenceSteps(steps, WORK, c.id, c.config, tokens(c), targets(c), true);
    }
    HfReference.runBatch(harness, steps, WORK);

    List<Program> programs = new ArrayList<>();
    List<LossGradients.Program> compiled = new ArrayList<>();
    for (Case c : CASES) {
      ModelSpec model = HfModels.fromDirectory(dir(c));
      assertEquals(1.0, model.block().attentionNorm().weightOffset(), c.id);
      assertEquals(8.0, model.embeddingScale(), 1e-12, c.id);
      assertEquals(PAD, model.paddingToken(), c.id);
      if (c.id.startsWith("gemma2")) {
        assertEquals(SlidingWindow.pattern(12, List.of(true, false)), model.attention().slidingWindow(), c.id);
        assertEquals(1 / Math.sqrt(24), model.attention().queryScale(), 1e-15, c.id);
      }
      TorchGradients.assertLogitsMatch(String.format(Locale.ROOT, "[gemma] %-20s", c.id), model, WORK, c.id, tokens(c),
          c.logitsTolerance, TokenLayout.STRIPED);
      LossGradients.Program program = LossGradients.build(model,
          RunShape.ring(BATCH, SEQ, BlockSizes.of(8, 16, 8), c.gradRing, c.gradLayout, 1));
      compiled.add(program);
      Program gradients = TorchGradients.gradientProgram(WORK, c.id, program, c.gradRing, c.gradLayout, tokens(c),
          targets(c));
      if (model.paramType() == DType.BF16) {
        runOnTensorFlow(c, program);   // jaxlib's CPU dot has no bf16 x bf16 -> f32 (DotThunk)
      } else {
        programs.add(gradients);
      }
      if (c.id.equals("gemma2_f32")) {
        for (RunShape sharded : FSDP_SHAPES) {
          programs.add(fsdpProgram(c, model, sharded));
        }
      }
    }
    XlaHarness.Summary run = harness.run(programs, WORK);
    for (RunShape sharded : FSDP_SHAPES) {
      Case c = CASES.get(1);
      String id = fsdpId(c, sharded);
      assertTrue(run.program(id).ok(), id + ": " + run.program(id).error());
      double worst = 0;
      try (Checkpoint hfGrads = Checkpoint.open(WORK.resolve(c.id + ".hf-grads"))) {
        for (WeightSpec w : ModelWeights.of(HfModels.fromDirectory(dir(c)))) {
          double rel = Differences.relativeL2(Npy.read(WORK.resolve(id + "." + w.name() + ".grad.npy")).toFloats(),
              CheckpointWeights.load(TorchGradients.weightSpec(w, DType.F32), hfGrads).toFloats());
          assertTrue(rel <= c.gradTolerance, id + " " + w.name() + ": relative L2 " + rel);
          worst = Math.max(worst, rel);
        }
      }
      System.out.printf(Locale.ROOT, "[gemma] %-32s worst gradient relative L2 vs torch %.2e%n", id, worst);
    }
    for (int k = 0; k < CASES.size(); k++) {
      Case c = CASES.get(k);
      if (c.gradRing == 1 && compiled.get(k).weights().get(0).dtype() == DType.BF16) {
        assertTrue(Files.exists(WORK.resolve(c.id + ".loss.npy")), c.id);
      } else {
        assertTrue(run.program(c.id).ok(), c.id + ": " + run.program(c.id).error());
      }
      double lossTolerance = c.gradTolerance == TrainGradientTest.GRAD_TOLERANCE ? TrainGradientTest.LOSS_TOLERANCE
          : c.gradTolerance;
      TorchGradients.assertLossAndGradients(String.format(Locale.ROOT, "[gemma] %-20s ring %d", c.id, c.gradRing),
          WORK, c.id, compiled.get(k).weights(), lossTolerance, c.gradTolerance);
      if (c.id.equals("gemma_f32")) {
        System.out.printf(Locale.ROOT, "[gemma] %-20s bf16-mixed, tied: worst gradient relative L2 vs torch f32 %.2e%n",
            c.id, bf16MixedGradients(c, HfModels.fromDirectory(dir(c))));
      }
    }
  }

  /** Gemma 2's gradients again with weights sharded: a contiguous ring of 4 with FSDP 4, and dp 2 with FSDP 2. */
  static final List<RunShape> FSDP_SHAPES = List.of(
      RunShape.ring(BATCH, SEQ, BlockSizes.of(8, 16, 8), 4, TokenLayout.CONTIGUOUS, 1).withFsdp(4),
      RunShape.ring(BATCH, SEQ, BlockSizes.of(8, 16, 8), 1, TokenLayout.CONTIGUOUS, 2).withFsdp(2));

  private static String fsdpId(Case c, RunShape shape) {
    return c.id + ".ring" + shape.ring() + ".dp" + shape.dp() + ".fsdp" + shape.fsdp();
  }

  /** The gradient program of {@code shape} (contiguous tokens: no reordering), weights in and gradients out sharded. */
  private static Program fsdpProgram(Case c, ModelSpec model, RunShape shape) throws Exception {
    String id = fsdpId(c, shape);
    LossGradients.Program program = LossGradients.build(model, shape);
    Path hlo = WORK.resolve(id + ".grad.hlo");
    Files.writeString(hlo, HloTextPrinter.print(program.module()));
    int tokensDim = shape.ring() > 1 ? 1 : 0;
    List<Input> inputs = new ArrayList<>(List.of(Input.sharded(tokens(c), tokensDim),
        Input.sharded(targets(c), tokensDim)));
    List<Output> outputs = new ArrayList<>(List.of(Output.first(WORK.resolve(id + ".loss.npy"))));
    for (WeightSpec w : program.weights()) {
      int dim = Fsdp.shardedDim(w, shape);
      Path npy = WORK.resolve(c.id + "." + w.name() + ".npy");   // written for the one-device program
      inputs.add(dim < 0 ? Input.replicated(npy) : Input.sharded(npy, dim));
      Path out = WORK.resolve(id + "." + w.name() + ".grad.npy");
      outputs.add(dim < 0 ? Output.first(out) : Output.concat(out, dim));
    }
    return new Program(id, hlo, shape.devices(), inputs, outputs);
  }

  /**
   * Runs a one-device gradient program with bf16 weights through TensorFlow's XLA (the runtime's
   * path), writing the loss and gradients where the harness would.
   */
  private static void runOnTensorFlow(Case c, LossGradients.Program program) throws Exception {
    runOnTensorFlow(c, program.module(), program.weights(), c.id);
  }

  /** {@link #runOnTensorFlow(Case, LossGradients.Program)} for a module with weights {@code weights}, results under {@code id}. */
  private static void runOnTensorFlow(Case c, HloModule module, List<WeightSpec> weights, String id) throws Exception {
    List<TensorSpec> in = new ArrayList<>();
    List<HostTensor> args = new ArrayList<>();
    HostTensor tokens = Npy.readIntegers(tokens(c));
    in.add(TensorSpec.replicated("tokens", Role.TOKENS, DType.S32, tokens.shape()));
    in.add(TensorSpec.replicated("targets", Role.TARGETS, DType.S32, tokens.shape()));
    args.add(tokens);
    args.add(Npy.readIntegers(targets(c)));
    List<TensorSpec> out = new ArrayList<>(List.of(TensorSpec.replicated("loss", Role.LOSS, DType.F32, List.of())));
    try (Checkpoint checkpoint = Checkpoint.open(dir(c))) {
      for (WeightSpec w : weights) {
        in.add(TensorSpec.replicated(w.name(), Role.WEIGHT, w.dtype(), w.shape()));
        args.add(CheckpointWeights.load(TorchGradients.weightSpec(w, w.dtype()), checkpoint));
        out.add(TensorSpec.replicated(w.name() + "_grad", Role.WEIGHT, DType.F32, w.shape()));
      }
    }
    List<HostTensor> results;
    try (TorusRuntime runtime = TorusRuntime.cpu();
        LoadedProgram loaded = LoadedProgram.fromStableHlo(id, StableHloPrinter.print(module), in, out)) {
      results = loaded.run(args);
    }
    Npy.write(WORK.resolve(id + ".loss.npy"), results.get(0));
    for (int k = 0; k < weights.size(); k++) {
      Npy.write(WORK.resolve(id + "." + weights.get(k).name() + ".grad.npy"), results.get(k + 1));
    }
  }

  /**
   * bf16-mixed training of a tied f32 checkpoint, as {@code TrainStep} computes it: the f32 weights
   * rounded to bf16 for the forward and backward, the LM head's and the embedding gather's gradients
   * of the one rounded table summed (in f32) and widened back. Returns the worst relative L2 of the
   * gradients against torch's f32 ones (in {@code <id>.hf-grads}), each asserted within the bf16 tolerance.
   */
  private static double bf16MixedGradients(Case c, ModelSpec model) throws Exception {
    RunShape shape = RunShape.of(BATCH, SEQ, BlockSizes.of(8, 16, 8));
    ModelSpec rounded = model.toBuilder().paramType(DType.BF16).build();
    HloModuleBuilder module = new HloModuleBuilder(c.id + "_bf16_mixed_grad", 1);
    LoweringContext ctx = new LoweringContext(module, DType.BF16, true, Remat.LAYER_INPUTS);
    XlaBuilder b = module.computation("main");
    Instruction tokens = b.parameter(0, Shape.array(DType.S32, BATCH, SEQ), "tokens");
    Instruction targets = b.parameter(1, Shape.array(DType.S32, BATCH, SEQ), "targets");
    List<WeightSpec> weights = ModelWeights.of(model);
    java.util.Map<String, Instruction> forward = new java.util.LinkedHashMap<>();
    for (int k = 0; k < weights.size(); k++) {
      WeightSpec w = weights.get(k);
      forward.put(w.name(), b.convert(b.parameter(k + 2, Shape.array(DType.F32, w.shape()), w.name()), DType.BF16));
    }
    LossGradients.Emitted e = LossGradients.emit(ctx, b, rounded, shape, tokens, targets, forward);
    List<Instruction> outputs = new ArrayList<>(List.of(e.loss()));
    outputs.addAll(e.gradients());
    String id = c.id + "_bf16_mixed";
    runOnTensorFlow(c, module.build(b.build(b.tuple(outputs.toArray(Instruction[]::new)))), weights, id);
    double worst = 0;
    try (Checkpoint hfGrads = Checkpoint.open(WORK.resolve(c.id + ".hf-grads"))) {
      for (WeightSpec w : weights) {
        double rel = Differences.relativeL2(Npy.read(WORK.resolve(id + "." + w.name() + ".grad.npy")).toFloats(),
            CheckpointWeights.load(TorchGradients.weightSpec(w, DType.F32), hfGrads).toFloats());
        assertTrue(rel <= BF16_TOLERANCE, id + " " + w.name() + ": relative L2 " + rel);
        worst = Math.max(worst, rel);
      }
    }
    return worst;
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
}
