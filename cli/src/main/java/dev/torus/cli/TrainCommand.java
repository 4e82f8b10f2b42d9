package dev.torus.cli;

import dev.torus.compiler.train.AdamW;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.Trainer;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code torus train --model M --steps N [...]}: trains on the CPU through TensorFlow Java, printing the loss per step. */
final class TrainCommand implements TorusCli.Command {
  static final Set<String> OPTIONS = Set.of("model", "steps", "batch", "seq", "ring", "layout", "emulate", "block", "lr",
      "warmup", "data", "seed", "out", "resume", "fsdp");

  @Override
  public String summary() {
    return "train a model on the CPU (byte-level copy task or a text file), printing the loss per step";
  }

  @Override
  public String usage() {
    return """
        usage: torus train --model M --steps N [options]
        Compiles one training step (loss, gradients, clipping, AdamW) and runs it N times on the CPU
        through TensorFlow Java, feeding the new weights and moments back each step. Tokens are bytes:
        the model's vocabulary must hold 256 ids.
          --model M       a built-in model (e.g. tiny) or a Hugging Face directory to start from
          --steps N       steps to run
          --batch B       sequences per step (default 4)
          --seq S         tokens per sequence (default 64)
          --ring R        train on a ring of R devices, run as its single-device emulation (needs --emulate)
          --layout L      contiguous or striped token layout on the ring (default striped)
          --emulate       run a ring's train step as its emulation of all devices
          --fsdp F        shard weights and moments over the ring: 1 (default) or the ring size
          --block K       query, key/value and chunk block (default min(16, S / R))
          --lr X          peak learning rate (default 3e-3); warmup then cosine to X / 10 over the N steps
          --warmup W      warmup steps (default 5)
          --data FILE     train on windows of this file's bytes (default: a copy task it generates)
          --seed S        seed of the initial weights and of the batches (default 0)
          --out DIR       save a checkpoint there at the end: config.json, model.safetensors (Hugging Face
                          names), optimizer/m and optimizer/v, trainer.json
          --resume DIR    continue from a checkpoint --out wrote (weights, moments, step, seed)
        """;
  }

  @Override
  public int run(List<String> argv, PrintStream out) throws Exception {
    Args args = new Args("train", argv, OPTIONS);
    ModelSpec model = ModelSource.resolve(args.required("model"), null);
    if (model.vocabSize() < 256) {
      throw new TorusCli.UsageException("--model " + model.name() + " has a vocabulary of " + model.vocabSize()
          + "; byte-level training needs at least 256");
    }
    int steps = args.requiredPositiveInt("steps");
    int ring = args.positiveInt("ring", 1);
    if (ring > 1 && !args.has("emulate")) {
      throw new TorusCli.UsageException("--ring " + ring + " compiles an SPMD train step for " + ring + " devices; add"
          + " --emulate to run its single-device emulation here");
    }
    int seq = args.positiveInt("seq", 64);
    int block = args.positiveInt("block", Math.max(1, Math.min(16, seq / ring)));
    TokenLayout layout;
    try {
      layout = TokenLayout.of(args.get("layout", "striped"));
    } catch (IllegalArgumentException e) {
      throw new TorusCli.UsageException("--layout takes contiguous or striped, got '" + args.get("layout", "") + "'");
    }
    double lr = Double.parseDouble(args.get("lr", "3e-3"));
    int warmup = args.intValue("warmup", 5);
    Path data = args.has("data") ? Path.of(args.get("data", null)) : null;
    if (data != null && !Files.isRegularFile(data)) {
      throw new TorusCli.UsageException("--data " + data + " is not a file");
    }
    Path resume = args.has("resume") ? Path.of(args.get("resume", null)) : null;
    if (resume != null && !Files.isRegularFile(resume.resolve(Trainer.TRAINER_JSON))) {
      throw new TorusCli.UsageException("--resume " + resume + " has no " + Trainer.TRAINER_JSON + "; give a directory"
          + " that train --out wrote");
    }
    AdamW optimizer;
    Trainer.Options options;
    try {
      optimizer = new AdamW(lr, lr / 10, warmup, Math.max(steps, warmup + 1), 0.9, 0.95, 1e-8, 0.1, 1.0);
      options = new Trainer.Options(steps, args.positiveInt("batch", 4), seq, ring, layout, BlockSizes.uniform(block),
          optimizer, args.intValue("seed", 0), data, args.has("out") ? Path.of(args.get("out", null)) : null, resume,
          args.positiveInt("fsdp", 1));
      dev.torus.dsl.RunShape.ring(options.batch(), seq, options.blocks(), ring, layout, 1).withFsdp(options.fsdp());
    } catch (IllegalArgumentException e) {
      throw new TorusCli.UsageException(e.getMessage());
    }
    Path checkpoint = Presets.isPreset(args.required("model")) ? null : Path.of(args.required("model"));
    out.printf(Locale.ROOT, "training %s for %d steps: batch %d x %d tokens on %s, AdamW peak lr %.3g (warmup %d)%n",
        model.name(), steps, options.batch(), seq, ring == 1 ? "one device" : "an emulated ring of " + ring
            + " (" + layout.label() + ")", lr, warmup);
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
