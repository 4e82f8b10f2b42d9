package dev.torus.cli;

import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.harness.JaxEngine;
import dev.torus.harness.XlaHarness;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code torus pod-train}: the training loop on N devices and hosts through the JAX engine. */
@Command(name = "pod-train",
    customSynopsis = {"torus pod-train --model M --seq S --ring R [--dp D] [--fsdp F] [--batch B] --data DATA --steps N"
        + " --out DIR [options]",
        "                      [--devices cpu|jax] [--multi-process | --coordinator HOST:PORT --num-processes P --process-id I]"},
    description = {"train on N devices and hosts through JAX (PJRT): the compiled SPMD train step, state on the devices", "",
        "Compiles the train step and runs its SPMD program.hlo (N = ring x dp partitions) through the JAX engine, one"
            + " long-lived process per host. The weights, AdamW moments stay on the devices between steps (the step"
            + " donates them to its outputs); per step only this process's rows of the batch go in and the loss, gradient"
            + " norm and learning rate come out. Metrics go to DIR/metrics.jsonl and DIR/loss.svg, checkpoints to"
            + " DIR/checkpoints/step-NNNNNNNN (each process writes the pieces it owns; atomic).", "",
        "Multi-host: run the same command on every host with --multi-process (a Cloud TPU VM) or --coordinator,"
            + " --num-processes and --process-id; with --devices cpu each of P processes holds N / P virtual CPU devices."},
    footer = "Needs the venv of bash harness/python/setup.sh.")
final class PodTrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin TrainingOptions training;

  @Mixin ProcessOptions processOptions;

  @Option(names = "--devices", paramLabel = "D", defaultValue = "cpu",
      description = "cpu (default): N virtual CPU devices; jax: the devices JAX finds (a TPU VM's chips, GPUs)")
  PodRunCommand.Devices devices;

  @Option(names = "--cache-dir", paramLabel = "DIR",
      description = "persistent XLA compilation cache (default ~/.cache/torus/xla): a second run does not recompile")
  Path cacheDir;

  @Option(names = "--heartbeat", paramLabel = "SECONDS", defaultValue = "20", converter = OptionTypes.Positive.class,
      description = "multi-process: how long a silent process may go before the others stop (default ${DEFAULT-VALUE})")
  int heartbeatSeconds;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ModelSpec model = ModelSource.resolve(training.modelName, null);
    Trainer.Options options = TextData.tokenize(training.toOptions(model),
        Presets.isPreset(training.modelName) ? null : Path.of(training.modelName), training.textField, out);
    XlaHarness harness = XlaHarness.locate();
    String missing = harness.unavailableReason().orElse(null);
    if (missing != null) {
      throw new UsageException("the XLA harness is not available: " + missing + "; " + XlaHarness.INSTALL_HINT);
    }
    Path cache = cacheDir != null ? cacheDir : Path.of(System.getProperty("user.home"), ".cache", "torus", "xla");
    JaxEngine.Options engine = new JaxEngine.Options(devices == PodRunCommand.Devices.JAX, processOptions.processes(),
        cache, heartbeatSeconds);
    return TrainRun.run(out, "pod-train", model, options, Presets.isPreset(training.modelName) ? null
        : Path.of(training.modelName), false, a -> JaxEngine.start(harness, a, engine));
  }
}
