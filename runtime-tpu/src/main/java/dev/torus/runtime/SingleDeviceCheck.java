package dev.torus.runtime;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses StableHLO text that a single-device {@code XlaCallModule} cannot run. Such a call has no
 * device assignment: XLA compiles a module with collectives and then kills the JVM with SIGSEGV in
 * {@code xla::DeviceAssignment::LogicalIdForDevice} when it runs one. So any collective op (in the
 * {@code stablehlo} or {@code mhlo} dialect, generic or pretty form) and any
 * {@code mhlo.num_partitions} or {@code mhlo.num_replicas} above 1 is refused. The check is textual
 * and conservative: a collective named in a comment or string is refused too. A call of one of Torus's
 * own CPU kernels ({@code --cpu-decode-kernel}), which only the JAX engine registers, is refused too.
 */
final class SingleDeviceCheck {
  /** Ops that exchange data between devices. */
  static final ImmutableList<String> COLLECTIVE_OPS =
      ImmutableList.of(
          "collective_permute", "all_reduce", "all_gather", "reduce_scatter", "all_to_all", "collective_broadcast");

  private static final Pattern COLLECTIVE =
      Pattern.compile("\\b(?:stablehlo|mhlo)\\.(" + String.join("|", COLLECTIVE_OPS) + ")\\b");
  private static final Pattern TORUS_KERNEL = Pattern.compile("call_target_name = \"(torus_\\w+)\"");
  private static final Pattern DEVICE_COUNT =
      Pattern.compile("\\bmhlo\\.(num_partitions|num_replicas)\\s*=\\s*(\\d+)");
  private static final String WHY =
      "a single-device XlaCallModule has no device assignment, and XLA would crash the JVM"
          + " (SIGSEGV in DeviceAssignment::LogicalIdForDevice). Compile with --emulate or run it with the XLA harness";

  private SingleDeviceCheck() {}

  /**
   * Throws {@link UnsupportedProgramException} if {@code mlirText} uses collectives or declares more
   * than one partition or replica; {@code what} names the program in the message.
   */
  static void check(String what, String mlirText) {
    Matcher collective = COLLECTIVE.matcher(mlirText);
    if (collective.find()) {
      throw new UnsupportedProgramException(
          what + " contains " + collective.group() + " (line " + lineOf(mlirText, collective.start())
              + "); the single-device CPU runtime cannot run collectives: " + WHY);
    }
    Matcher kernel = TORUS_KERNEL.matcher(mlirText);
    if (kernel.find()) {
      throw new UnsupportedProgramException(
          what + " calls Torus's CPU kernel " + kernel.group(1) + " (compiled with --cpu-decode-kernel), which only"
              + " the JAX engine runs: run it there (generate --devices cpu), or compile without --cpu-decode-kernel"
              + " for TensorFlow Java");
    }
    Matcher count = DEVICE_COUNT.matcher(mlirText);
    while (count.find()) {
      if (new BigInteger(count.group(2)).compareTo(BigInteger.ONE) > 0) {
        throw new UnsupportedProgramException(
            what + " declares mhlo." + count.group(1) + " = " + count.group(2) + " (line "
                + lineOf(mlirText, count.start()) + "); the single-device CPU runtime runs one device: " + WHY);
      }
    }
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
