package dev.torus.compiler.ir;

/**
 * HLO opcodes Torus emits, named exactly as XLA names them in HLO text, with their StableHLO names.
 * Only the plain (synchronous) collectives exist here: XLA turns them into start/done pairs when it
 * schedules, and explicit async forms cannot travel through StableHLO.
 */
public enum Opcode {
  PARAMETER("parameter", null, Kind.OTHER),
  CONSTANT("constant", "stablehlo.constant", Kind.OTHER),

  ABS("abs", "stablehlo.abs", Kind.UNARY),
  NEGATE("negate", "stablehlo.negate", Kind.UNARY),
  EXPONENTIAL("exponential", "stablehlo.exponential", Kind.UNARY),
  LOG("log", "stablehlo.log", Kind.UNARY),
  SQRT("sqrt", "stablehlo.sqrt", Kind.UNARY),
  RSQRT("rsqrt", "stablehlo.rsqrt", Kind.UNARY),
  TANH("tanh", "stablehlo.tanh", Kind.UNARY),
  LOGISTIC("logistic", "stablehlo.logistic", Kind.UNARY),
  SINE("sine", "stablehlo.sine", Kind.UNARY),
  COSINE("cosine", "stablehlo.cosine", Kind.UNARY),
  FLOOR("floor", "stablehlo.floor", Kind.UNARY),
  NOT("not", "stablehlo.not", Kind.UNARY),

  ADD("add", "stablehlo.add", Kind.BINARY),
  SUBTRACT("subtract", "stablehlo.subtract", Kind.BINARY),
  MULTIPLY("multiply", "stablehlo.multiply", Kind.BINARY),
  DIVIDE("divide", "stablehlo.divide", Kind.BINARY),
  REMAINDER("remainder", "stablehlo.remainder", Kind.BINARY),
  MAXIMUM("maximum", "stablehlo.maximum", Kind.BINARY),
  MINIMUM("minimum", "stablehlo.minimum", Kind.BINARY),
  POWER("power", "stablehlo.power", Kind.BINARY),
  AND("and", "stablehlo.and", Kind.BINARY),
  OR("or", "stablehlo.or", Kind.BINARY),

  COMPARE("compare", "stablehlo.compare", Kind.OTHER),
  SELECT("select", "stablehlo.select", Kind.OTHER),
  CONVERT("convert", "stablehlo.convert", Kind.OTHER),
  BROADCAST("broadcast", "stablehlo.broadcast_in_dim", Kind.OTHER),
  RESHAPE("reshape", "stablehlo.reshape", Kind.OTHER),
  TRANSPOSE("transpose", "stablehlo.transpose", Kind.OTHER),
  DOT("dot", "stablehlo.dot_general", Kind.OTHER),
  REDUCE("reduce", "stablehlo.reduce", Kind.OTHER),
  IOTA("iota", "stablehlo.iota", Kind.OTHER),
  SLICE("slice", "stablehlo.slice", Kind.OTHER),
  DYNAMIC_SLICE("dynamic-slice", "stablehlo.dynamic_slice", Kind.OTHER),
  DYNAMIC_UPDATE_SLICE("dynamic-update-slice", "stablehlo.dynamic_update_slice", Kind.OTHER),
  CONCATENATE("concatenate", "stablehlo.concatenate", Kind.OTHER),
  GATHER("gather", "stablehlo.gather", Kind.OTHER),
  SCATTER("scatter", "stablehlo.scatter", Kind.OTHER),
  TUPLE("tuple", null, Kind.OTHER),
  GET_TUPLE_ELEMENT("get-tuple-element", null, Kind.OTHER),
  WHILE("while", "stablehlo.while", Kind.OTHER),
  CONDITIONAL("conditional", "stablehlo.case", Kind.OTHER),
  PARTITION_ID("partition-id", "stablehlo.partition_id", Kind.OTHER),
  /** A backend's own kernel by name ({@link Attrs.CustomCall}): XLA's cuDNN fused attention, Torus's CPU decode attention. */
  CUSTOM_CALL("custom-call", "stablehlo.custom_call", Kind.OTHER),
  /**
   * XLA's optimization barrier: a tuple in, the same values out. Nothing computed after it can move
   * before it and nothing it reads can move after it, so it orders a schedule (an identity for the
   * numbers). StableHLO takes and returns the tuple's leaves.
   */
  OPTIMIZATION_BARRIER("opt-barrier", "stablehlo.optimization_barrier", Kind.OTHER),

  COLLECTIVE_PERMUTE("collective-permute", "stablehlo.collective_permute", Kind.COLLECTIVE),
  ALL_GATHER("all-gather", "stablehlo.all_gather", Kind.COLLECTIVE),
  ALL_REDUCE("all-reduce", "stablehlo.all_reduce", Kind.COLLECTIVE),
  REDUCE_SCATTER("reduce-scatter", "stablehlo.reduce_scatter", Kind.COLLECTIVE);

  /** How shape rules and printers treat an opcode. */
  public enum Kind { UNARY, BINARY, COLLECTIVE, OTHER }

  private final String hloName;
  private final String stableHloName;
  private final Kind kind;

  Opcode(String hloName, String stableHloName, Kind kind) {
    this.hloName = hloName;
    this.stableHloName = stableHloName;
    this.kind = kind;
  }

  /** The name in HLO text, e.g. {@code dynamic-slice}. */
  public String hloName() {
    return hloName;
  }

  /** The StableHLO operation name, or null where the op has no StableHLO counterpart (tuples are flattened). */
  public String stableHloName() {
    return stableHloName;
  }

  public Kind kind() {
    return kind;
  }

  public boolean isElementwise() {
    return kind == Kind.UNARY || kind == Kind.BINARY;
  }

  public boolean isCollective() {
    return kind == Kind.COLLECTIVE;
  }

  @Override
  public String toString() {
    return hloName;
  }
}
