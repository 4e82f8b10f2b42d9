package dev.torus.train;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The memory one device of an {@link Engine} can give a program.
 *
 * @param bytes bytes per device
 * @param device what the devices are ("cpu", "TPU v4")
 * @param source where the figure comes from, for the message that refuses a run
 */
public record DeviceMemory(long bytes, String device, String source) {
  /** The host memory file read for CPU devices. */
  static final Path MEMINFO = Path.of("/proc/meminfo");

  public DeviceMemory {
    checkArgument(bytes > 0, "device memory of %s: %s bytes, expected more than 0", device, bytes);
  }

  /**
   * The host's available memory ({@code MemAvailable} of /proc/meminfo) shared by {@code devices}
   * devices that live in it (CPU devices, or the emulated devices of one program); empty where the
   * host does not say.
   */
  public static Optional<DeviceMemory> hostShare(String device, int devices, String what) {
    checkArgument(devices >= 1, "%s devices share the host's memory, expected at least 1", devices);
    return hostAvailableBytes().map(available -> new DeviceMemory(available / devices, device, String.format(
        Locale.ROOT, "host MemAvailable %s GiB / %d %s", gib(available), devices, what)));
  }

  /** {@code MemAvailable} of /proc/meminfo in bytes, empty when there is no such file or line. */
  static Optional<Long> hostAvailableBytes() {
    if (!Files.isReadable(MEMINFO)) {
      return Optional.empty();
    }
    try {
      for (String line : Files.readAllLines(MEMINFO)) {
        if (line.startsWith("MemAvailable:")) {
          String[] parts = line.trim().split("\\s+");
          return Optional.of(Long.parseLong(parts[1]) * 1024);
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + MEMINFO + ": " + e.getMessage(), e);
    }
  }

  /** Bytes in GiB with two decimals, as the messages print them. */
  public static String gib(long bytes) {
    return String.format(Locale.ROOT, "%.2f", bytes / (double) (1L << 30));
  }
}
