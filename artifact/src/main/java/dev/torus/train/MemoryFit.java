package dev.torus.train;

import static com.google.common.base.Preconditions.checkArgument;

import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.Manifest;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a train step fits its engine's devices, decided from the manifest's per-device memory
 * (the compiler's liveness analysis: arguments, plus outputs not donated to an argument, plus the
 * peak of temporaries) before any weight is put in.
 */
public final class MemoryFit {
  private MemoryFit() {}

  /** Bytes one device needs to run {@code entry}; empty when the manifest carries no memory figures. */
  public static Optional<Long> bytesPerDevice(EntryPoint entry) {
    return Optional.ofNullable(entry.memory()).map(m -> m.peakBytes(entry.donatedBytes()));
  }

  /**
   * Refuses {@code manifest}'s main entry point when it needs more than {@code memory} per device,
   * naming both figures and the ways out. Does nothing when the manifest has no memory figures.
   *
   * @throws DoesNotFitException when it does not fit
   */
  public static void check(Manifest manifest, DeviceMemory memory) {
    EntryPoint main = manifest.entryPoint(EntryPoint.MAIN);
    Optional<Long> needed = bytesPerDevice(main);
    if (needed.isEmpty() || needed.get() <= memory.bytes()) {
      return;
    }
    EntryPoint.ProgramMemory m = main.memory();
    checkArgument(m != null, "no memory figures");
    throw new DoesNotFitException(String.format(Locale.ROOT,
        "train step %s needs %s GiB per device, %s has %s GiB (%s); the step's figures are the compiler's: arguments"
            + " %s GiB + outputs not donated %s GiB + peak temporaries %s GiB. Shorten --seq, spread it over more devices"
            + " (--ring, --fsdp), take a smaller --batch with --accumulate, or add --force to run anyway",
        manifest.name(), DeviceMemory.gib(needed.get()), memory.device(), DeviceMemory.gib(memory.bytes()),
        memory.source(), DeviceMemory.gib(m.argumentBytes()), DeviceMemory.gib(m.outputBytes() - main.donatedBytes()),
        DeviceMemory.gib(m.peakTemporaryBytes())));
  }
}
