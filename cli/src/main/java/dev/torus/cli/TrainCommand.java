package dev.torus.cli;

import dev.torus.artifact.Artifact;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.runtime.TfEngine;
import dev.torus.train.Engine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code torus train --model M --steps N [...]}: the training loop on one CPU through TensorFlow Java. */
@Command(name = "train", customSynopsis = "torus train --model M --steps N [options]",
    description = {"train a model on the CPU through TensorFlow Java (the loop pod-train runs on a pod)", "",
        "Compiles one training step (loss, gradients, clipping, AdamW) and runs it N times on the CPU through"
            + " TensorFlow Java, the weights and moments kept in the engine between steps. A ring (--ring, --dp,"
            + " --fsdp) runs as its single-device emulation (--emulate). The loop, data, metrics and checkpoints are"
            + " pod-train's: the same options give the same losses on N devices."})
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin TrainingOptions training;

  @Option(names = "--emulate", description = "run a multi-device train step as its emulation of all devices")
  boolean emulate;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ModelSpec model = ModelSource.resolve(training.modelName, null);
    Trainer.Options options = TextData.tokenize(training.toOptions(model),
        Presets.isPreset(training.modelName) ? null : Path.of(training.modelName), training.textField, out);
    if (options.shape().devices() > 1 && !emulate) {
      throw new UsageException("--ring " + training.ring + " --dp " + training.dp + " compiles an SPMD train step for "
          + options.shape().devices() + " devices; add --emulate to run its single-device emulation here, or run it"
          + " on devices with torus pod-train");
    }
    return TrainRun.run(out, "train", model, options, Presets.isPreset(training.modelName) ? null
        : Path.of(training.modelName), true, (Function<Artifact, Engine>) TfEngine::open);
  }
}
