package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.Npy;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.RandomTensors;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.lower.Remat;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.compiler.train.LossGradients;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.FeedForward;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.harness.XlaHarness;
import dev.torus.harness.XlaHarness.Input;
import dev.torus.harness.XlaHarness.Output;
import dev.torus.harness.XlaHarness.Program;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layer's backward runs the feedforward chunk by chunk of tokens, as its forward does: a
 * {@code ChunkedMap} is a {@code Scan}, whose backward is a loop over the same chunks in reverse
 * that re-traces one chunk, so no {@code [tokens, MLP width]} tensor of all of a device's tokens is
 * live. Checked two ways: the chunked gradients equal the unchunked ones (one chunk of all tokens) on
 * XLA CPU; and libtpu's buffer assignment (deviceless, v4-8) of the gradient program grows with the
 * MLP's width by weights only when chunked, by at least one {@code [tokens, width delta]} f32 tensor
 * when not.
 */
class ChunkedBackwardTest {
  /** f32, the same sums in another grouping: relative L2 per gradient tensor. */
  static final double TOLERANCE = 1e-6;

  @TempDir Path dir;

  @Test
  void chunkedGradientsEqualUnchunkedOnesForEveryPolicy() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    ModelSpec tiny = Presets.tiny();
    int batch = 2;
    int seq = 64;
    Path tokens = dir.resolve("tokens.npy");
    Path targets = dir.resolve("targets.npy");
    Npy.write(tokens, RandomTensors.randomTokens(21, tiny.vocabSize(), batch, seq));
    Npy.write(targets, RandomTensors.randomTokens(22, tiny.vocabSize(), batch, seq));
    List<Program> programs = new ArrayList<>();
    List<WeightSpec> weights = null;
    for (Remat remat : Remat.values()) {
      for (int chunk : new int[] {16, seq}) {
        RunShape shape = RunShape.of(batch, seq, BlockSizes.of(16, 16, chunk));
        LossGradients.Program p = LossGradients.build(tiny, shape, remat);
        weights = p.weights();
        String id = remat.label() + ".c" + chunk;
        Path hlo = dir.resolve(id + ".hlo");
        Files.writeString(hlo, HloTextPrinter.print(p.module()));
        List<Input> inputs = new ArrayList<>(List.of(Input.replicated(tokens), Input.replicated(targets)));
        List<Output> outputs = new ArrayList<>(List.of(Output.first(dir.resolve(id + ".loss.npy"))));
        int s = 300;
        for (WeightSpec w : p.weights()) {
          Path npy = dir.resolve(w.name() + ".npy");
          if (!Files.exists(npy)) {
            Npy.write(npy, RandomTensors.randomTensor(s, 0.2f, w.shape().stream().mapToLong(Long::longValue).toArray()));
          }
          s++;
          inputs.add(Input.replicated(npy));
          outputs.add(Output.first(dir.resolve(id + "." + w.name() + ".grad.npy")));
        }
        programs.add(new Program(id, hlo, 1, inputs, outputs));
      }
    }
    XlaHarness.Summary run = harness.run(programs, dir);
    for (Remat remat : Remat.values()) {
      String chunked = remat.label() + ".c16";
      String whole = remat.label() + ".c" + seq;
      assertTrue(run.program(chunked).ok(), chunked + ": " + run.program(chunked).error());
      assertTrue(run.program(whole).ok(), whole + ": " + run.program(whole).error());
      float a = Npy.read(dir.resolve(chunked + ".loss.npy")).toFloats()[0];
      float b = Npy.read(dir.resolve(whole + ".loss.npy")).toFloats()[0];
      assertEquals(b, a, TOLERANCE * Math.abs(b), remat.label() + ": loss");
      double worst = 0;
      for (WeightSpec w : weights) {
        double rel = Differences.relativeL2(Npy.read(dir.resolve(chunked + "." + w.name() + ".grad.npy")).toFloats(),
            Npy.read(dir.resolve(whole + "." + w.name() + ".grad.npy")).toFloats());
        worst = Math.max(worst, rel);
        assertTrue(rel <= TOLERANCE, remat.label() + " " + w.name() + ": chunks of 16 vs one chunk of " + seq
            + ", relative L2 " + rel);
      }
      System.out.printf(Locale.ROOT, "[chunked-backward] %-12s loss %.6f vs %.6f, worst gradient relative L2 %.2e%n",
          remat.label(), a, b, worst);
    }
  }

  @Test
  void libtpusBuffersGrowWithTheMlpWidthByWeightsOnlyWhenChunked() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Path work = Files.createDirectories(dir.resolve("tpu"));
    int ring = 8;
    int perDevice = 4096;
    int chunk = 128;
    int narrow = 172;
    int wide = 4 * narrow;
    List<Program> programs = new ArrayList<>();
    for (int ffn : new int[] {narrow, wide}) {
      ModelSpec m = Presets.tiny().toBuilder().feedForward(FeedForward.swiglu(ffn)).build();
      for (int c : new int[] {chunk, perDevice}) {
        RunShape shape = RunShape.ring(1, perDevice * ring, BlockSizes.of(chunk, chunk, c), ring,
            TokenLayout.STRIPED, 1);
        Path hlo = work.resolve("ffn" + ffn + "_c" + c + ".hlo");
        Files.writeString(hlo, HloTextPrinter.print(LossGradients.build(m, shape).module()));
        programs.add(Program.compileOnly("ffn" + ffn + "_c" + c, hlo, ring));
      }
    }
    XlaHarness.Summary tpu = harness.compileForTpu(programs, "v4-8", work);
    long oneTensor = 4L * perDevice * (wide - narrow);   // one f32 [tokens, width delta] of a device's tokens
    for (int c : new int[] {chunk, perDevice}) {
      long[] temp = new long[2];
      int k = 0;
      for (int ffn : new int[] {narrow, wide}) {
        XlaHarness.ProgramResult r = tpu.program("ffn" + ffn + "_c" + c);
        assertTrue(r.ok(), "ffn " + ffn + " chunk " + c + ": " + r.error());
        Map<String, Long> mem = r.memory();
        temp[k++] = mem.get("temp_size_in_bytes");
      }
      long growth = temp[1] - temp[0];
      System.out.printf(Locale.ROOT, "[chunked-backward] libtpu v4-8, %d tokens per device, chunk %d: temporaries %d"
          + " bytes at MLP %d, %d at MLP %d: +%d (one f32 [tokens, %d] is %d)%n", perDevice, c, temp[0], narrow,
          temp[1], wide, growth, wide - narrow, oneTensor);
      if (c == chunk) {
        assertTrue(growth < oneTensor / 4, "chunked: the temporaries grew by " + growth + " bytes with the MLP width,"
            + " a quarter of one [tokens, width delta] tensor is " + oneTensor / 4);
      } else {
        assertTrue(growth >= oneTensor, "one chunk of all tokens: the temporaries grew by only " + growth
            + " bytes; the check would not see a [tokens, MLP width] tensor");
      }
    }
  }
}
