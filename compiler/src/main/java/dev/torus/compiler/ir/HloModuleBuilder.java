package dev.torus.compiler.ir;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds one {@link HloModule}: hands out {@link XlaBuilder}s for its computations, keeps every
 * instruction and computation name unique across the module (XLA requires it) and numbers channel
 * ids. Names are deterministic: the same building steps give the same names.
 */
public final class HloModuleBuilder {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
  private static final Set<String> RESERVED =
      Set.of("f32", "bf16", "f16", "f64", "s8", "s16", "s32", "s64", "u8", "u16", "u32", "u64", "pred", "token", "ENTRY", "ROOT");

  private final String name;
  private final int numPartitions;
  private final UniqueNames names = new UniqueNames();
  private long nextChannelId = 1;
  private String opName;

  /** A builder for module {@code name} that XLA runs as {@code numPartitions} SPMD partitions. */
  public HloModuleBuilder(String name, int numPartitions) {
    checkName(name, "module");
    checkArgument(numPartitions >= 1, "module %s: num_partitions %s must be at least 1", name, numPartitions);
    this.name = name;
    this.numPartitions = numPartitions;
  }

  public String name() {
    return name;
  }

  public int numPartitions() {
    return numPartitions;
  }

  /** A builder for a new computation of this module. */
  public XlaBuilder computation(String computationName) {
    return new XlaBuilder(this, uniqueName(computationName));
  }

  /** Builds, verifies and returns the module whose entry is {@code entry}. */
  public HloModule build(Computation entry) {
    HloModule module = HloModule.of(name, entry, numPartitions);
    HloVerifier.verify(module);
    return module;
  }

  /** {@code base} if unused, else {@code base.1}, {@code base.2}, ... */
  String uniqueName(String base) {
    checkName(base, "instruction or computation");
    return names.unique(base);
  }

  /** Frees a name taken by an instruction that was renamed before anything used it. */
  void release(String name) {
    names.release(name);
  }

  void setOpName(String name) {
    this.opName = name;
  }

  String opName() {
    return opName;
  }

  long nextChannelId() {
    return nextChannelId++;
  }

  private static void checkName(String name, String what) {
    checkArgument(name != null && NAME.matcher(name).matches() && !RESERVED.contains(name),
        "%s name '%s' is not a valid HLO name: use letters, digits, '_', '.', '-', start with a letter or '_', and avoid type names",
        what, name);
  }
}
