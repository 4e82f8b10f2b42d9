package dev.torus.cli;

import dev.torus.harness.XlaHarness;
import picocli.CommandLine.Option;

/** Where this process stands among the processes of a multi-host run ({@code pod-run}, {@code pod-train}). */
final class ProcessOptions {
  @Option(names = "--multi-process",
      description = "jax.distributed.initialize() with what JAX finds on a Cloud TPU VM")
  boolean multiProcess;

  @Option(names = "--coordinator", paramLabel = "HOST:PORT",
      description = "multi-host with explicit values: process 0's address (with --num-processes and --process-id)")
  String coordinator;

  @Option(names = "--num-processes", paramLabel = "P", converter = OptionTypes.Positive.class,
      description = "multi-host: how many processes run this command")
  Integer processCount;

  @Option(names = "--process-id", paramLabel = "I", description = "multi-host: this host's index, 0 to P - 1")
  Integer processId;

  /** This process's place among several, or null for one process. */
  XlaHarness.Processes processes() {
    boolean explicit = coordinator != null || processCount != null || processId != null;
    if (!explicit && !multiProcess) {
      return null;
    }
    if (explicit && multiProcess) {
      throw new UsageException("give --multi-process or --coordinator, --num-processes and --process-id, not both");
    }
    if (!explicit) {
      return new XlaHarness.Processes(null, null, null);
    }
    try {
      return new XlaHarness.Processes(UsageException.required(coordinator, "--coordinator"),
          processCount != null ? processCount : 1, processId != null ? processId : -1);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
