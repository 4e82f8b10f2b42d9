package dev.torus.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;

/** The memory this machine has free for a new program: Linux's {@code MemAvailable}. */
final class MachineMemory {
  private static final Path MEMINFO = Path.of("/proc/meminfo");

  private MachineMemory() {}

  /** {@code MemAvailable} in bytes, or empty where {@code /proc/meminfo} has none (not Linux). */
  static OptionalLong availableBytes() {
    try {
      for (String line : Files.readAllLines(MEMINFO)) {
        if (line.startsWith("MemAvailable:")) {
          String[] parts = line.substring("MemAvailable:".length()).trim().split("\\s+");
          return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
        }
      }
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
    return OptionalLong.empty();
  }

  /** Bytes as GB with one decimal ("12.3 GB", 10^9 bytes). */
  static String gigabytes(double bytes) {
    return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
  }
}
