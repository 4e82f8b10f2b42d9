package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.compiler.train.LossGradients;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import dev.torus.artifact.TokenLayout;
import dev.torus.dsl.hf.HfModels;
import dev.torus.cli.RandomTensors;
import dev.torus.harness.XlaHarness;
import dev.torus.harness.XlaHarness.Program;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The loss and every parameter's gradient of Torus's loss program, run by real XLA, against torch
 * autograd of Hugging Face's {@code LlamaForCausalLM} on the same checkpoint, tokens and targets.
 */
class TrainGradientTest {
  static final Path WORK = Path.of("target/hf-reference/grads").toAbsolutePath();
  static final ObjectMapper JSON = new ObjectMapper();
  /** Tolerance (docs/ARCHITECTURE.md, "Fixed interfaces"): f32 program vs reference (the loss). */
  static final double LOSS_TOLERANCE = 1e-4;
  /** Tolerance (docs/ARCHITECTURE.md, "Fixed interfaces"): gradients, relative L2 per tensor. */
  static final double GRAD_TOLERANCE = 1e-3;

  record Case(String id, String hf, int batch, int seq, BlockSizes blocks, int ring, TokenLayout layout) {
    Case(String id, String hf, int batch, int seq, BlockSizes blocks) {
      this(id, hf, batch, seq, blocks, 1, TokenLayout.CONTIGUOUS);
    }
  }

  static final List<Case> CASES = List.of(
      new Case("gqa_depth2", "{\"num_hidden_layers\":2,\"num_key_value_heads\":2}", 2, 32, BlockSizes.of(8, 16, 8)),
      new Case("mqa_tied", "{\"num_hidden_layers\":1,\"num_key_value_heads\":1,\"tie_word_embeddings\":true}", 1, 48,
          BlockSizes.of(16, 8, 16)),
      // Rings: every device computes its tokens' share; all-reduce sums loss and gradients.
      new Case("gqa_ring2_contiguous", "{\"num_hidden_layers\":2,\"num_key_value_heads\":2}", 1, 32,
          BlockSizes.uniform(8), 2, TokenLayout.CONTIGUOUS),
      new Case("mha_ring4_striped", "{\"num_hidden_layers\":1,\"num_key_value_heads\":4}", 2, 64,
          BlockSizes.uniform(8), 4, TokenLayout.STRIPED),
      // Families: Qwen3's q/k norm weights, attention biases and YaRN's attention factor; Qwen2's q/k/v biases on a ring.
      new Case("qwen3_yarn", HuggingFaceLogitsTest.QWEN3, 1, 32, BlockSizes.of(16, 8, 16)),
      new Case("qwen2_ring2_striped", HuggingFaceLogitsTest.QWEN2, 1, 32, BlockSizes.uniform(8), 2, TokenLayout.STRIPED));

  @Test
  void lossAndEveryGradientMatchTorchAutograd() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    ArrayNode steps = JSON.createArrayNode();
    for (Case c : CASES) {
      Npy.write(WORK.resolve(c.id + ".tokens.npy"), RandomTensors.randomTokens(c.id.length(), 128, c.batch, c.seq));
      Npy.write(WORK.resolve(c.id + ".targets.npy"), RandomTensors.randomTokens(c.id.length() + 1, 128, c.batch, c.seq));
      TorchGradients.addReferenceSteps(steps, WORK, c.id, c.hf, WORK.resolve(c.id + ".tokens.npy"),
          WORK.resolve(c.id + ".targets.npy"), false);
    }
    HfReference.runBatch(harness, steps, WORK);

    List<Program> programs = new ArrayList<>();
    List<LossGradients.Program> compiled = new ArrayList<>();
    for (Case c : CASES) {
      ModelSpec model = HfModels.fromDirectory(WORK.resolve(c.id));
      LossGradients.Program program = LossGradients.build(model,
          RunShape.ring(c.batch, c.seq, c.blocks, c.ring, c.layout, 1));
      compiled.add(program);
      // on a ring the host puts tokens (and targets) in device order, split along the sequence
      programs.add(TorchGradients.gradientProgram(WORK, c.id, program, c.ring, c.layout,
          WORK.resolve(c.id + ".tokens.npy"), WORK.resolve(c.id + ".targets.npy")));
    }
    XlaHarness.Summary run = harness.run(programs, WORK);
    for (int k = 0; k < CASES.size(); k++) {
      Case c = CASES.get(k);
      assertTrue(run.program(c.id).ok(), c.id + ": " + run.program(c.id).error());
      TorchGradients.Comparison cmp = TorchGradients.assertLossAndGradients(
          String.format(Locale.ROOT, "[grads] %-10s", c.id), WORK, c.id, compiled.get(k).weights(), LOSS_TOLERANCE,
          GRAD_TOLERANCE);
      cmp.relativeL2().forEach((name, rel) -> System.out.printf(Locale.ROOT, "[grads] %-10s %-40s relative L2 %.2e%n",
          c.id, name, rel));
    }
  }

  /** [B, S] ids in device order: contiguous as they are; striped, device r's tokens r, r + N, ... together. */
  static HostTensor deviceOrder(HostTensor ids, int ring, TokenLayout layout) {
    if (layout == TokenLayout.CONTIGUOUS) {
      return ids;
    }
    int[] in = toInts(ids);
    int batch = Math.toIntExact(ids.shape().get(0));
    int seq = Math.toIntExact(ids.shape().get(1));
    int local = seq / ring;
    int[] out = new int[in.length];
    for (int row = 0; row < batch; row++) {
      for (int j = 0; j < seq; j++) {
        out[row * seq + j] = in[row * seq + (j % local) * ring + j / local];
      }
    }
    return HostTensor.ofInts(out, batch, seq);
  }

  private static int[] toInts(HostTensor ids) {
    java.nio.IntBuffer buf = java.nio.ByteBuffer.wrap(ids.bytes()).order(java.nio.ByteOrder.LITTLE_ENDIAN).asIntBuffer();
    int[] out = new int[buf.remaining()];
    buf.get(out);
    return out;
  }
}
