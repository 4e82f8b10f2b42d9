package dev.torus.cli;

import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.train.AdamW;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code torus train --model M --steps N [...]}: trains on the CPU through TensorFlow Java, printing the loss per step. */
@Command(name = "train", customSynopsis = "torus train --model M --steps N [options]",
    description = {"train a model on the CPU (byte-level copy task or a text file), printing the loss per step", "",
        "Compiles one training step (loss, gradients, clipping, AdamW) and runs it N times on the CPU through"
            + " TensorFlow Java, feeding the new weights and moments back each step. Tokens are bytes: the model's"
            + " vocabulary must hold 256 ids."})
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--model", paramLabel = "M", required = true, completionCandidates = OptionTypes.ModelNames.class,
      description = "a built-in model (e.g. tiny) or a Hugging Face directory to start from")
  String modelName;

  @Option(names = "--steps", paramLabel = "N", required = true, converter = OptionTypes.Positive.class,
      description = "steps to run")
  int steps;

  @Option(names = "--batch", paramLabel = "B", defaultValue = "4", converter = OptionTypes.Positive.class,
      description = "sequences per step (default ${DEFAULT-VALUE})")
  int batch;

  @Option(names = "--seq", paramLabel = "S", defaultValue = "64", converter = OptionTypes.Positive.class,
      description = "tokens per sequence (default ${DEFAULT-VALUE})")
  int seq;

  @Option(names = "--ring", paramLabel = "R", defaultValue = "1", converter = OptionTypes.Positive.class,
      description = "train on a ring of R devices, run as its single-device emulation (needs --emulate)")
  int ring;

  @Option(names = "--layout", paramLabel = "L", defaultValue = "striped",
      completionCandidates = OptionTypes.LayoutNames.class,
      description = "${COMPLETION-CANDIDATES}: the token layout on the ring (default ${DEFAULT-VALUE})")
  TokenLayout layout;

  @Option(names = "--emulate", description = "run a ring's train step as its emulation of all devices")
  boolean emulate;

  @Option(names = "--fsdp", paramLabel = "F", defaultValue = "1", converter = OptionTypes.Positive.class,
      description = "shard weights and moments over the ring: 1 (default) or the ring size")
  int fsdp;

  @Option(names = "--block", paramLabel = "K", converter = OptionTypes.Positive.class,
      description = "query, key/value and chunk block (default min(16, S / R))")
  Integer block;

  @Option(names = "--lr", paramLabel = "X", defaultValue = "3e-3",
      description = "peak learning rate (default ${DEFAULT-VALUE}); warmup then cosine to X / 10 over the N steps")
  double learningRate;

  @Option(names = "--warmup", paramLabel = "W", defaultValue = "5",
      description = "warmup steps (default ${DEFAULT-VALUE})")
  int warmup;

  @Option(names = "--data", paramLabel = "FILE",
      description = "train on windows of this file's bytes (default: a copy task it generates)")
  Path data;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
      description = "seed of the initial weights and of the batches (default ${DEFAULT-VALUE})")
  int seed;

  @Option(names = "--out", paramLabel = "DIR", description = "save a checkpoint there at the end: config.json,"
      + " model.safetensors (Hugging Face names), optimizer/m and optimizer/v, trainer.json")
  Path checkpointOut;

  @Option(names = "--resume", paramLabel = "DIR",
      description = "continue from a checkpoint --out wrote (weights, moments, step, seed)")
  Path resume;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ModelSpec model = ModelSource.resolve(modelName, null);
    if (model.vocabSize() < 256) {
      throw new UsageException("--model " + model.name() + " has a vocabulary of " + model.vocabSize()
          + "; byte-level training needs at least 256");
    }
    if (ring > 1 && !emulate) {
      throw new UsageException("--ring " + ring + " compiles an SPMD train step for " + ring + " devices; add"
          + " --emulate to run its single-device emulation here");
    }
    int blockSize = block != null ? block : Math.max(1, Math.min(16, seq / ring));
    if (data != null && !Files.isRegularFile(data)) {
      throw new UsageException("--data " + data + " is not a file");
    }
    if (resume != null && !Files.isRegularFile(resume.resolve(Trainer.TRAINER_JSON))) {
      throw new UsageException("--resume " + resume + " has no " + Trainer.TRAINER_JSON + "; give a directory"
          + " that train --out wrote");
    }
    Trainer.Options options;
    try {
      AdamW optimizer = new AdamW(learningRate, learningRate / 10, warmup, Math.max(steps, warmup + 1), 0.9, 0.95,
          1e-8, 0.1, 1.0);
      options = new Trainer.Options(steps, batch, seq, ring, layout, BlockSizes.uniform(blockSize), optimizer, seed,
          data, checkpointOut, resume, fsdp);
      RunShape.ring(options.batch(), seq, options.blocks(), ring, layout, 1).withFsdp(options.fsdp());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    Path checkpoint = Presets.isPreset(modelName) ? null : Path.of(modelName);
    out.printf(Locale.ROOT, "training %s for %d steps: batch %d x %d tokens on %s, AdamW peak lr %.3g (warmup %d)%n",
        model.name(), steps, options.batch(), seq, ring == 1 ? "one device" : "an emulated ring of " + ring
            + " (" + layout.label() + ")", learningRate, warmup);
    Path work = Files.createTempDirectory("torus-train-");
    List<Trainer.Step> done = Trainer.train(model, checkpoint, options, work, s -> out.printf(Locale.ROOT,
        "step %4d  loss %.4f  grad norm %.3f  lr %.2e  (%.0f ms)%n", s.step(), s.loss(), s.gradNorm(), s.learningRate(),
        s.millis()));
    double firstLoss = done.get(0).loss();
    double last = done.get(done.size() - 1).loss();
    out.printf(Locale.ROOT, "loss %.4f -> %.4f%s%n", firstLoss, last,
        options.out() != null ? "; checkpoint in " + options.out() : "");
    return 0;
  }
}
