package dev.torus.compiler.hardware;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Optional;

/**
 * A Cloud TPU topology by its Cloud name ({@code v4-8}, {@code v5litepod-256}, ...): the device type
 * and how many devices libtpu lists for it. On v4 and v5p a device is a TensorCore (a v5p-8 has 4
 * chips, so 4 devices); on v5e and v6e it is a chip.
 *
 * @param name the Cloud name, as {@code --topology} takes it
 * @param hardware the device type
 * @param devices how many devices the topology lists
 */
public record Topology(String name, Hardware hardware, int devices) {

  /** The {@code --topology} names of docs/ARCHITECTURE.md ("Fixed interfaces"), sorted by name. */
  public static final ImmutableSortedMap<String, Topology> BY_NAME = ImmutableSortedMap.of(
      "v4-8", new Topology("v4-8", Hardware.TPU_V4, 8),
      "v4-1024", new Topology("v4-1024", Hardware.TPU_V4, 1024),
      "v5litepod-8", new Topology("v5litepod-8", Hardware.TPU_V5E, 8),
      "v5litepod-256", new Topology("v5litepod-256", Hardware.TPU_V5E, 256),
      "v5p-8", new Topology("v5p-8", Hardware.TPU_V5P, 4),
      "v6e-8", new Topology("v6e-8", Hardware.TPU_V6E, 8));

  /** The topology called {@code name}, if it is one of {@link #BY_NAME}. */
  public static Optional<Topology> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** The known names, comma-separated, for help and error messages. */
  public static String names() {
    return String.join(", ", BY_NAME.keySet());
  }

  /** E.g. "8 TPU v4 TensorCores". */
  public String description() {
    return devices + " " + hardware.device() + "s";
  }
}
