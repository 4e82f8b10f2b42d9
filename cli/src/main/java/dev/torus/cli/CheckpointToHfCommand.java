package dev.torus.cli;

import dev.torus.train.ShardedCheckpoint;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code torus checkpoint-to-hf CHECKPOINT --out DIR}: a training checkpoint as a Hugging Face model directory. */
@Command(name = "checkpoint-to-hf", customSynopsis = "torus checkpoint-to-hf CHECKPOINT --out DIR [--force]",
    description = {"turn a training checkpoint into a Hugging Face model directory", "",
        "CHECKPOINT is a run directory (its newest checkpoint) or one checkpoints/step-NNNNNNNN directory that train or"
            + " pod-train wrote. The weights' pieces are put back together one tensor at a time and written with their"
            + " Hugging Face names to DIR/model.safetensors, next to the model's config.json: torus run and"
            + " transformers load DIR."})
final class CheckpointToHfCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "CHECKPOINT", description = "a run directory or a checkpoint directory")
  Path checkpoint;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "the Hugging Face directory to write")
  Path out;

  @Option(names = "--force", description = "write into DIR even when it exists and is not empty")
  boolean force;

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    if (!Files.isDirectory(checkpoint)) {
      throw new UsageException("CHECKPOINT " + checkpoint + " is not a directory");
    }
    if (Files.exists(out) && !force && (!Files.isDirectory(out) || Files.list(out).findAny().isPresent())) {
      throw new UsageException("--out " + out + " exists and is not an empty directory; add --force to write into it");
    }
    Path dir;
    try {
      dir = Trainer.checkpointToResume(checkpoint);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage().replace("--resume", "CHECKPOINT"));
    }
    ShardedCheckpoint.toHuggingFace(dir, out);
    stdout.println("checkpoint-to-hf: " + dir + " -> " + out + " (config.json, model.safetensors)");
    return 0;
  }
}
