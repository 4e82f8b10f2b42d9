package dev.torus.cli;

import static com.google.common.base.Preconditions.checkArgument;

import dev.torus.artifact.Artifact;
import dev.torus.artifact.HostTensor;
import dev.torus.compiler.TrainCompiler;
import dev.torus.compiler.train.AdamW;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import dev.torus.artifact.TokenLayout;
import dev.torus.runtime.TrainingSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Trains a model on the CPU through TensorFlow Java: the compiled train step (a ring program as its
 * single-device emulation) run once per step, its new weights and moments fed back in. Data is bytes:
 * by default a copy task (a random pattern of 8 letters from {@code a..h}, repeated), or windows of a
 * file. Batch {@code k} depends only on the seed and {@code k}, so a resumed run continues the same
 * loss curve. A checkpoint is a Hugging Face model directory ({@code config.json},
 * {@code model.safetensors}) with {@code optimizer/m} and {@code optimizer/v} (same names) and
 * {@code trainer.json} (the next step and the seed).
 */
public final class Trainer {
  /** How to train; {@code data}, {@code out} and {@code resume} may be null; {@code fsdp} shards weights and moments over the ring. */
  public record Options(int steps, int batch, int seq, int ring, TokenLayout layout, BlockSizes blocks, AdamW optimizer,
      long seed, Path data, Path out, Path resume, int fsdp) {
    public Options {
      checkArgument(steps >= 1, "--steps must be at least 1, got %s", steps);
      checkArgument(batch >= 1 && seq >= 2, "batch %s and sequence %s: need at least 1 and 2", batch, seq);
    }
  }

  /** One step's figures. */
  public record Step(int step, float loss, float gradNorm, float learningRate, double millis) {}

  public static final String TRAINER_JSON = TrainingSession.TRAINER_JSON;

  private Trainer() {}

  /**
   * Runs {@code o.steps()} steps from {@code checkpoint} (a model directory; null: random weights from
   * the seed) or from {@code o.resume()}, reporting each step to {@code progress}.
   */
  public static List<Step> train(ModelSpec model, Path checkpoint, Options o, Path workDir, Consumer<Step> progress)
      throws IOException {
    RunShape shape = RunShape.ring(o.batch(), o.seq(), o.blocks(), o.ring(), o.layout(), 1).withFsdp(o.fsdp());
    Artifact artifact = TrainCompiler.compile(model, shape, o.optimizer()).write(workDir.resolve("artifact"),
        shape.devices() > 1);
    Path from = o.resume() != null ? o.resume() : checkpoint;
    if (from == null) {
      from = workDir.resolve("init");
      RandomCheckpoint.write(model, from, o.seed());
    }
    byte[] corpus = o.data() == null ? null : Files.readAllBytes(o.data());
    checkArgument(corpus == null || corpus.length > o.seq(), "--data %s has %s bytes; it needs more than the sequence %s",
        o.data(), corpus == null ? 0 : corpus.length, o.seq());
    List<Step> steps = new ArrayList<>();
    try (TrainingSession session = o.resume() != null ? TrainingSession.resume(artifact, from)
        : TrainingSession.start(artifact, from)) {
      int first = session.nextStep();
      for (int k = first; k < first + o.steps(); k++) {
        long t0 = System.nanoTime();
        HostTensor[] batch = batch(o, corpus, k);
        TrainingSession.Step s = session.step(batch[0], batch[1]);
        Step step = new Step(k, s.loss(), s.gradNorm(), s.learningRate(), (System.nanoTime() - t0) / 1e6);
        steps.add(step);
        progress.accept(step);
      }
      if (o.out() != null) {
        session.save(o.out(), Map.of("seed", o.seed()));
      }
    }
    return steps;
  }

  /** Tokens and next-token targets {@code [B, S]} of step {@code k}: a function of the seed and k only. */
  public static HostTensor[] batch(Options o, byte[] corpus, int k) {
    SplittableRandom random = new SplittableRandom(o.seed() * 1_000_003L + k);
    int[] tokens = new int[o.batch() * o.seq()];
    int[] targets = new int[o.batch() * o.seq()];
    for (int row = 0; row < o.batch(); row++) {
      int[] text = new int[o.seq() + 1];
      if (corpus == null) {
        int[] pattern = new int[8];
        for (int i = 0; i < pattern.length; i++) {
          pattern[i] = 'a' + random.nextInt(8);
        }
        for (int i = 0; i < text.length; i++) {
          text[i] = pattern[i % pattern.length];
        }
      } else {
        int start = random.nextInt(corpus.length - o.seq());
        for (int i = 0; i < text.length; i++) {
          text[i] = corpus[start + i] & 0xff;
        }
      }
      System.arraycopy(text, 0, tokens, row * o.seq(), o.seq());
      System.arraycopy(text, 1, targets, row * o.seq(), o.seq());
    }
    return new HostTensor[] {HostTensor.ofInts(tokens, o.batch(), o.seq()), HostTensor.ofInts(targets, o.batch(), o.seq())};
  }
}
