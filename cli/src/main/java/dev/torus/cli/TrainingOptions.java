package dev.torus.cli;

import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.hardware.Hardware;
import dev.torus.compiler.train.AdamW;
import dev.torus.compiler.lower.Remat;
import dev.torus.compiler.train.StepOptions;
import dev.torus.compiler.train.TrainPrecision;
import dev.torus.dsl.ModelSpec;
import dev.torus.train.TokenFileType;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options {@code torus train} and {@code torus pod-train} share: the model, the run shape, the optimizer, the data, the run directory. */
final class TrainingOptions {
  @Option(names = "--model", paramLabel = "M", required = true, completionCandidates = OptionTypes.ModelNames.class,
      description = "a built-in model (e.g. tiny; random weights from --seed) or a Hugging Face directory to start from")
  String modelName;

  @Option(names = "--steps", paramLabel = "N", required = true, converter = OptionTypes.Positive.class,
      description = "steps to run (after --resume's step, N more)")
  int steps;

  @Option(names = "--batch", paramLabel = "B", defaultValue = "4", converter = OptionTypes.Positive.class,
      description = "sequences per step, over all devices (default ${DEFAULT-VALUE})")
  int batch;

  @Option(names = "--seq", paramLabel = "S", defaultValue = "64", converter = OptionTypes.Positive.class,
      description = "tokens per sequence (default ${DEFAULT-VALUE})")
  int seq;

  @Option(names = "--ring", paramLabel = "R", defaultValue = "1", converter = OptionTypes.Positive.class,
      description = "devices the sequence is sharded over (default ${DEFAULT-VALUE})")
  int ring;

  @Option(names = "--dp", paramLabel = "D", defaultValue = "1", converter = OptionTypes.Positive.class,
      description = "data-parallel rings; the batch is split over them (default ${DEFAULT-VALUE})")
  int dp;

  @Option(names = "--fsdp", paramLabel = "F", defaultValue = "1", converter = OptionTypes.Positive.class,
      description = "shard weights and moments: 1 (default), the ring size, the data-parallel size or their"
          + " product (over every device)")
  int fsdp;

  @Option(names = "--layout", paramLabel = "L", defaultValue = "striped",
      completionCandidates = OptionTypes.LayoutNames.class,
      description = "${COMPLETION-CANDIDATES}: the token layout on the ring (default ${DEFAULT-VALUE})")
  TokenLayout layout;

  @Mixin BlockOptions blockOptions;

  @Option(names = "--lr", paramLabel = "X", defaultValue = "3e-3",
      description = "peak learning rate (default ${DEFAULT-VALUE}): linear warmup, then cosine decay to --min-lr")
  double learningRate;

  @Option(names = "--min-lr", paramLabel = "X", description = "the learning rate at the last step (default --lr / 10)")
  Double minLearningRate;

  @Option(names = "--warmup", paramLabel = "W", defaultValue = "5", description = "warmup steps (default ${DEFAULT-VALUE})")
  int warmup;

  @Option(names = "--decay-steps", paramLabel = "T",
      description = "steps of the cosine schedule (default: the run's last step); resumed runs keep the same value")
  Integer decaySteps;

  @Option(names = "--weight-decay", paramLabel = "X", defaultValue = "0.1",
      description = "AdamW's decoupled weight decay (default ${DEFAULT-VALUE})")
  double weightDecay;

  @Option(names = "--clip", paramLabel = "X", defaultValue = "1.0",
      description = "clip the global gradient norm to X (default ${DEFAULT-VALUE})")
  double clip;

  @Option(names = "--accumulate", paramLabel = "K", defaultValue = "1", converter = OptionTypes.Positive.class,
      description = "micro-batches of --batch rows per optimizer step, looped over inside the one step program"
          + " (gradients summed in f32, then one clip and update; default ${DEFAULT-VALUE})")
  int accumulate;

  @Option(names = "--precision", paramLabel = "P", defaultValue = "f32",
      description = "f32 (default) or bf16-mixed: the forward and backward in bf16 (bf16 matmul operands, f32"
          + " accumulation), the weights, AdamW moments and update in f32")
  String precision;

  @Option(names = "--remat", paramLabel = "POLICY", defaultValue = "layer-inputs",
      description = "what the layer loop keeps for the backward: layer-inputs (default: each layer's input only; the"
          + " backward recomputes the layer), projections (also every projection and MLP product and the"
          + " attention output: more memory, no recomputed products) or none (every residual: the most memory,"
          + " nothing recomputed)")
  String remat;

  @Option(names = "--force", description = "run even when the train step's memory per device (the manifest's) exceeds"
      + " what the engine's devices have")
  boolean force;

  @Option(names = "--data", paramLabel = "DATA", description = "token files (.npy int32/uint16/uint32/int64, .bin"
      + " flat uint16 or uint32, or a directory of them); or text (.txt: documents split at blank lines, .jsonl: one"
      + " document per line, or a directory of them) tokenized once with the model directory's tokenizer.json into"
      + " OUT/tokens (EOS after each document); without a tokenizer a .txt file is read as bytes (default: a copy task)")
  Path data;

  @Option(names = "--data-dtype", paramLabel = "T", defaultValue = "uint16",
      description = "uint16 (default) or uint32: the element type of .bin token files")
  String dataType;

  @Option(names = "--documents", paramLabel = "EOS_ID", description = "pack documents: each ends with token id"
      + " EOS_ID in --data and --eval-data (kept at its end); attention stays within a document, positions restart"
      + " at each, an EOS predicts nothing")
  Integer documentsEos;

  @Option(names = "--text-field", paramLabel = "NAME", defaultValue = "text",
      description = "the field of each JSONL line that holds a document (default ${DEFAULT-VALUE})")
  String textField;

  @Option(names = "--eval-data", paramLabel = "DATA", description = "held-out data for the eval loss, as --data")
  Path evalData;

  @Option(names = "--eval-every", paramLabel = "K", defaultValue = "0",
      description = "eval loss every K steps and at the last (default ${DEFAULT-VALUE}: only with --eval-data, at the end)")
  int evalEvery;

  @Option(names = "--eval-batches", paramLabel = "N", defaultValue = "4", converter = OptionTypes.Positive.class,
      description = "batches per eval (default ${DEFAULT-VALUE})")
  int evalBatches;

  @Option(names = "--save-every", paramLabel = "K", defaultValue = "0",
      description = "a checkpoint every K steps (default ${DEFAULT-VALUE}: at the end only); needs --out")
  int saveEvery;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
      description = "seed of the initial weights and of the batches (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--out", paramLabel = "DIR", description = "the run directory: metrics.jsonl, loss.svg and"
      + " checkpoints/step-NNNNNNNN (sharded: each process writes its pieces)")
  Path out;

  @Option(names = "--resume", paramLabel = "DIR",
      description = "continue from a run directory's newest checkpoint, or from one checkpoint directory")
  Path resume;

  @Option(names = "--hardware", paramLabel = "H", completionCandidates = OptionTypes.HardwareNames.class,
      description = "the device whose peak FLOP/s MFU is measured against (default: no MFU)")
  Hardware hardware;

  /** The options as the trainer takes them; refuses bad combinations with the option's name. */
  Trainer.Options toOptions(ModelSpec model) {
    if (data != null && !Files.exists(data)) {
      throw new UsageException("--data " + data + " does not exist");
    }
    if (evalData != null && !Files.exists(evalData)) {
      throw new UsageException("--eval-data " + evalData + " does not exist");
    }
    if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
      throw new UsageException("--out " + out + " is a file; give a run directory");
    }
    if (saveEvery > 0 && out == null) {
      throw new UsageException("--save-every needs --out (where the checkpoints go)");
    }
    if (evalEvery > 0 && evalData == null) {
      throw new UsageException("--eval-every needs --eval-data");
    }
    try {
      int total = decaySteps != null ? decaySteps : Math.max(steps, warmup + 1);
      AdamW optimizer = new AdamW(learningRate, minLearningRate != null ? minLearningRate : learningRate / 10, warmup,
          total, 0.9, 0.95, 1e-8, weightDecay, clip);
      Trainer.Options o = new Trainer.Options(steps, batch, seq, ring, dp, fsdp, layout, blockOptions.blocks(seq / ring),
          optimizer, seed, data, TokenFileType.parse(dataType), evalData, evalData != null && evalEvery == 0 ? steps : evalEvery,
          evalBatches, saveEvery, out, resume, hardware == null ? Double.NaN : hardware.peakFlops(),
          new StepOptions(accumulate, TrainPrecision.parse(precision), Remat.parse(remat)), !force);
      if (documentsEos != null) {
        if (data == null) {
          throw new UsageException("--documents needs --data (token files whose documents end with id "
              + documentsEos + ")");
        }
        if (documentsEos < 0 || documentsEos >= model.vocabSize()) {
          throw new UsageException("--documents " + documentsEos + ": the end-of-sequence id must be in the model's"
              + " vocabulary [0, " + model.vocabSize() + ")");
        }
        o = o.withDocuments(documentsEos);
      }
      o.shape();
      return o;
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
