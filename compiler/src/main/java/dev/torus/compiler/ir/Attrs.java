package dev.torus.compiler.ir;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;

/** The op-specific attributes of an {@link Instruction}; which record goes with which opcode is fixed by the builder. */
public sealed interface Attrs {

  /** Ops without attributes. */
  None NONE = new None();

  record None() implements Attrs {}

  /** {@code parameter(number)}. */
  record Parameter(int number) implements Attrs {
    public Parameter {
      checkArgument(number >= 0, "parameter number %s is negative", number);
    }
  }

  /** {@code constant(...)}: the value. */
  record Constant(Literal literal) implements Attrs {}

  /**
   * A list of dimension numbers: broadcast's operand-to-result mapping, transpose's permutation,
   * reduce's reduced dimensions, concatenate's, all-gather's and reduce-scatter's single dimension.
   */
  record Dimensions(ImmutableList<Integer> dims) implements Attrs {
    public static Dimensions of(int... dims) {
      return new Dimensions(ImmutableList.copyOf(com.google.common.primitives.Ints.asList(dims)));
    }
  }

  /** {@code compare(a, b), direction=LT}. */
  record Compare(ComparisonDirection direction) implements Attrs {}

  /** A comparison direction, printed as XLA prints it. */
  enum ComparisonDirection { EQ, NE, LT, LE, GT, GE }

  /**
   * dot's general dimension numbers (batch dimensions lead the result, then lhs then rhs free
   * dimensions) and the operand precision. {@link Precision#DEFAULT} lets the backend choose: TPUs
   * multiply f32 in one bf16 pass and GPUs in TF32; {@link Precision#HIGHEST} asks for full f32.
   */
  record Dot(
      ImmutableList<Integer> lhsBatch,
      ImmutableList<Integer> lhsContracting,
      ImmutableList<Integer> rhsBatch,
      ImmutableList<Integer> rhsContracting,
      Precision precision) implements Attrs {
    public Dot {
      checkArgument(lhsBatch.size() == rhsBatch.size(),
          "dot batch dimensions differ in count: lhs %s, rhs %s", lhsBatch, rhsBatch);
      checkArgument(lhsContracting.size() == rhsContracting.size(),
          "dot contracting dimensions differ in count: lhs %s, rhs %s", lhsContracting, rhsContracting);
      checkArgument(precision != null, "dot precision missing");
    }

    public static Dot of(int[] lhsBatch, int[] lhsContracting, int[] rhsBatch, int[] rhsContracting) {
      return new Dot(XlaBuilder.ints(lhsBatch), XlaBuilder.ints(lhsContracting),
          XlaBuilder.ints(rhsBatch), XlaBuilder.ints(rhsContracting), Precision.DEFAULT);
    }

    public Dot withPrecision(Precision p) {
      return new Dot(lhsBatch, lhsContracting, rhsBatch, rhsContracting, p);
    }

    /** No batch dimensions; contracts lhs dimension {@code lhs} with rhs dimension {@code rhs}. */
    public static Dot contracting(int lhs, int rhs) {
      return of(new int[0], new int[] {lhs}, new int[0], new int[] {rhs});
    }
  }

  /** A dot's operand precision, as XLA's PrecisionConfig names it. */
  enum Precision { DEFAULT, HIGH, HIGHEST }

  /** {@code iota(), iota_dimension=d}. */
  record Iota(int dimension) implements Attrs {}

  /** {@code slice={[start:limit:stride], ...}}. */
  record Slice(ImmutableList<Long> starts, ImmutableList<Long> limits, ImmutableList<Long> strides)
      implements Attrs {
    public Slice {
      checkArgument(starts.size() == limits.size() && limits.size() == strides.size(),
          "slice starts %s, limits %s and strides %s differ in length", starts, limits, strides);
    }
  }

  /** {@code dynamic_slice_sizes={...}}. */
  record DynamicSlice(ImmutableList<Long> sizes) implements Attrs {}

  /**
   * gather's dimension numbers (XLA semantics): the start index vector of each batch position lies
   * along {@code indexVectorDim} of the indices; operand dimensions {@code startIndexMap} are
   * indexed; a slice of {@code sliceSizes} is taken; {@code collapsedSliceDims} (size 1) are dropped
   * and the remaining slice dimensions appear at {@code offsetDims} of the result.
   */
  record Gather(ImmutableList<Integer> offsetDims, ImmutableList<Integer> collapsedSliceDims,
      ImmutableList<Integer> startIndexMap, int indexVectorDim, ImmutableList<Long> sliceSizes) implements Attrs {}

  /** {@code get-tuple-element(t), index=i}. */
  /**
   * scatter's dimension numbers (XLA semantics, the transpose of {@link Gather}'s): each update
   * window (the updates' {@code updateWindowDims}) is combined into the operand at the start index
   * of its batch position, with {@code insertedWindowDims} the operand dimensions the windows do not
   * span.
   */
  record Scatter(ImmutableList<Integer> updateWindowDims, ImmutableList<Integer> insertedWindowDims,
      ImmutableList<Integer> scatterDimsToOperandDims, int indexVectorDim) implements Attrs {}

  record TupleIndex(int index) implements Attrs {}

  /**
   * {@code custom-call(...), custom_call_target="target", backend_config={...}}: the backend kernel
   * {@code target}; every operand and result in the default (row-major) layout. Without
   * {@code typedFfi} (XLA's own kernels, API version 2) the configuration is a JSON object printed as
   * is; with it (a kernel registered through XLA's typed FFI, API version 4) it is the MLIR
   * dictionary of the handler's attributes that {@link #ffi} writes.
   */
  record CustomCall(String target, String backendConfig, boolean typedFfi) implements Attrs {
    public CustomCall {
      checkArgument(target != null && !target.isEmpty(), "custom-call target missing");
      checkArgument(backendConfig != null && backendConfig.startsWith("{"),
          "custom-call %s: backend_config must be a JSON object or MLIR dictionary, got %s", target, backendConfig);
    }

    /** An XLA kernel configured by a JSON object. */
    public CustomCall(String target, String backendConfig) {
      this(target, backendConfig, false);
    }

    /**
     * A typed-FFI kernel with attributes {@code attrs} (name to {@link Long}, an s64 attribute, or
     * {@link Float}, an f32 one), written {@code {block = 128 : i64, soft_cap = 0.000000e+00 : f32}}.
     */
    public static CustomCall ffi(String target, java.util.SortedMap<String, Number> attrs) {
      java.util.StringJoiner dict = new java.util.StringJoiner(", ", "{", "}");
      attrs.forEach((name, value) -> dict.add(name + " = " + switch (value) {
        case Long l -> l + " : i64";
        case Float f -> String.format(java.util.Locale.ROOT, "%e", f) + " : f32";
        default -> throw new IllegalArgumentException("custom-call " + target + ": attribute " + name
            + " must be a Long or a Float, got " + value.getClass().getSimpleName());
      }));
      return new CustomCall(target, dict.toString(), true);
    }
  }

  /**
   * A collective's communication pattern. {@code channelId > 0} makes it cross-partition (SPMD); 0
   * means none (cross-replica: in a one-replica module that silently moves zeros, so the verifier
   * refuses it when the module has several partitions). For collective-permute {@code pairs} holds
   * (source, target) partition ids and {@code groups} is empty; the other collectives use
   * {@code groups} (global device ids, {@code use_global_device_ids=true}) and, for all-gather and
   * reduce-scatter, {@code dimension}.
   */
  record Collective(
      long channelId,
      ImmutableList<ImmutableList<Integer>> groups,
      ImmutableList<SourceTarget> pairs,
      int dimension) implements Attrs {
    public Collective {
      checkArgument(channelId >= 0, "channel id %s is negative", channelId);
    }
  }

  /** One collective-permute pair: the data of {@code source} goes to {@code target}. */
  record SourceTarget(int source, int target) {
    @Override
    public String toString() {
      return "{" + source + "," + target + "}";
    }
  }
}
