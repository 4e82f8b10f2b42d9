package dev.torus.compiler.emit;

import static java.util.stream.Collectors.joining;

import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.Computation;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Literal;
import dev.torus.compiler.ir.Opcode;
import dev.torus.compiler.ir.TupleShape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Prints a module as StableHLO MLIR text (what {@code XlaCallModule} and PJRT consume), from the
 * same IR as {@link HloTextPrinter}. Every op uses MLIR's generic form, which every StableHLO
 * parser accepts. Tuples do not exist in the output: a tuple value is the list of its leaves, so
 * {@code while} carries them as separate loop values, the entry takes and returns them flat, and
 * reducers, loop conditions, bodies and branches become inline regions. In a program of more than
 * one partition every argument, result and op is sharded {@code {manual}}, so the module compiles
 * as written with XLA's SPMD pipeline ({@code use_spmd_partitioning}, N partitions).
 */
public final class StableHloPrinter {
  /**
   * The sharding every value of a multi-device program carries: each device runs the program on
   * its own piece ({@code shard_map}'s body form), so XLA's SPMD partitioner leaves it as written.
   * Loops and conditionals carry one {@code {manual}} for all their results: XLA's export drops
   * loop-invariant operands of a {@code while} but would keep a per-result list as written.
   */
  static final String MANUAL = "mhlo.sharding = \"{manual}\"";

  /** Whether values carry {@link #MANUAL} (programs of more than one partition). */
  private final boolean manual;
  /** {@link #MANUAL} as a function argument or result attribute, or nothing. */
  private final String sharding;

  private StringBuilder out = new StringBuilder();
  private final Map<Instruction, List<Value>> values = new HashMap<>();
  private int next;

  private StableHloPrinter(boolean manual) {
    this.manual = manual;
    this.sharding = manual ? " {" + MANUAL + "}" : "";
  }

  /** An SSA value and its tensor type. */
  private record Value(String name, ArrayShape type) {}

  public static String print(HloModule module) {
    StableHloPrinter p = new StableHloPrinter(module.numPartitions() > 1);
    p.module(module);
    return p.out.toString();
  }

  private void module(HloModule module) {
    out.append("module @").append(symbol(module.name()))
        .append(" attributes {mhlo.num_partitions = ").append(module.numPartitions())
        .append(" : i32, mhlo.num_replicas = 1 : i32} {\n");
    Computation entry = module.entry();
    List<String> args = new ArrayList<>();
    int argNo = 0;
    Map<Integer, Integer> aliasedOutput = new HashMap<>();
    module.aliases().forEach(a -> aliasedOutput.put(a.parameter(), a.output()));
    for (Instruction p : entry.parameters()) {
      List<Value> flat = new ArrayList<>();
      Integer output = aliasedOutput.get(p.attrs(Attrs.Parameter.class).number());
      for (ArrayShape leaf : p.shape().leaves()) {
        Value v = new Value("%arg" + argNo++, leaf);
        flat.add(v);
        List<String> attrs = new ArrayList<>();
        if (manual) {
          attrs.add(MANUAL);
        }
        if (output != null) {
          attrs.add("tf.aliasing_output = " + output + " : i32");  // a donated argument, as JAX writes it
        }
        args.add(v.name + ": " + type(leaf) + (attrs.isEmpty() ? "" : " {" + String.join(", ", attrs) + "}"));
      }
      values.put(p, flat);
    }
    List<ArrayShape> results = entry.resultShape().leaves();
    out.append("  func.func public @main(").append(String.join(", ", args)).append(") -> (")
        .append(results.stream().map(r -> type(r) + sharding).collect(joining(", "))).append(") {\n");
    List<Value> root = body(entry, "    ");
    out.append("    return ").append(names(root)).append(" : ").append(types(root)).append("\n");
    out.append("  }\n}\n");
  }

  /** Emits every non-parameter instruction of {@code c} (parameters already bound) and returns the root's values. */
  private List<Value> body(Computation c, String indent) {
    for (Instruction i : c.instructions()) {
      if (i.opcode() != Opcode.PARAMETER) {
        values.put(i, emit(i, indent));
      }
    }
    return values.get(c.root());
  }

  private List<Value> emit(Instruction i, String indent) {
    List<Value> operands = i.operands().stream().flatMap(o -> values.get(o).stream()).toList();
    return switch (i.opcode()) {
      case TUPLE -> operands;
      case GET_TUPLE_ELEMENT -> tupleElement(i);
      case WHILE -> whileLoop(i, operands, indent);
      case CONDITIONAL -> conditional(i, indent);
      case CUSTOM_CALL -> customCall(i, operands, indent);
      case OPTIMIZATION_BARRIER -> barrier(operands, indent);
      default -> List.of(op(i, operands, indent));
    };
  }

  private List<Value> tupleElement(Instruction i) {
    TupleShape t = (TupleShape) i.operand(0).shape();
    int index = i.attrs(Attrs.TupleIndex.class).index();
    int from = 0;
    for (int k = 0; k < index; k++) {
      from += t.element(k).leaves().size();
    }
    return values.get(i.operand(0)).subList(from, from + t.element(index).leaves().size());
  }

  private Value op(Instruction i, List<Value> operands, String indent) {
    ArrayShape result = i.arrayShape();
    Value v = fresh(result);
    List<String> regions = switch (i.opcode()) {
      case REDUCE, ALL_REDUCE, REDUCE_SCATTER, SCATTER -> List.of(region(i.called().get(0), i.called().get(0).parameters()
          .stream().map(p -> List.of(fresh(p.arrayShape()))).toList(), indent));
      default -> List.of();
    };
    out.append(indent).append(v.name).append(" = \"").append(i.opcode().stableHloName()).append("\"(")
        .append(names(operands)).append(")");
    if (!regions.isEmpty()) {
      out.append(" (").append(String.join(", ", regions)).append(")");
    }
    String attrs = attributes(i);
    if (manual) {
      attrs = attrs.isEmpty() ? MANUAL : attrs + ", " + MANUAL;
    }
    if (!attrs.isEmpty()) {
      out.append(" {").append(attrs).append("}");
    }
    out.append(" : (").append(types(operands)).append(") -> ").append(type(result)).append('\n');
    return v;
  }

  private List<Value> whileLoop(Instruction i, List<Value> state, String indent) {
    List<String> regions = new ArrayList<>();
    for (Computation c : i.called()) {
      List<Value> args = state.stream().map(s -> fresh(s.type)).toList();
      regions.add(region(c, List.of(args), indent));
    }
    return multiResult(indent, "stablehlo.while", state, regions, state.stream().map(Value::type).toList());
  }

  private List<Value> conditional(Instruction i, String indent) {
    List<String> regions = new ArrayList<>();
    for (int b = 0; b < i.called().size(); b++) {
      Computation branch = i.called().get(b);
      values.put(branch.parameters().get(0), values.get(i.operand(b + 1)));
      regions.add(region(branch, null, indent));
    }
    return multiResult(indent, "stablehlo.case", values.get(i.operand(0)), regions, i.shape().leaves());
  }

  /**
   * {@code stablehlo.custom_call} as JAX's {@code mlir.custom_call} writes it: API version 2 and the
   * backend config as a string (API version 4 and a dictionary for a typed-FFI kernel), default
   * layouts; a tuple result becomes one result per leaf.
   */
  private List<Value> customCall(Instruction i, List<Value> operands, String indent) {
    Attrs.CustomCall cc = i.attrs(Attrs.CustomCall.class);
    List<ArrayShape> resultTypes = i.shape().leaves();
    String base = "%" + next++;
    List<Value> results = resultValues(base, resultTypes);
    String resultList = resultList(resultTypes);
    // A typed-FFI kernel (API version 4) takes its attributes as a dictionary, XLA's own kernels a string.
    String config = cc.typedFfi() ? cc.backendConfig()
        : "\"" + cc.backendConfig().replace("\\", "\\5C").replace("\"", "\\22") + "\"";
    out.append(indent).append(base).append(resultTypes.size() == 1 ? "" : ":" + resultTypes.size())
        .append(" = \"stablehlo.custom_call\"(").append(names(operands)).append(") {api_version = ")
        .append(cc.typedFfi() ? 4 : 2).append(" : i32, ")
        .append("backend_config = ").append(config).append(", call_target_name = \"").append(cc.target())
        .append("\", operand_layouts = [").append(operands.stream().map(o -> layout(o.type)).collect(joining(", ")))
        .append("], result_layouts = [").append(resultTypes.stream().map(StableHloPrinter::layout).collect(joining(", ")))
        .append("]").append(manual ? ", " + MANUAL : "").append("} : (").append(types(operands)).append(") -> ")
        .append(resultList).append('\n');
    return results;
  }

  /** {@code stablehlo.optimization_barrier}: the tuple's leaves in, the same leaves out. */
  private List<Value> barrier(List<Value> operands, String indent) {
    String base = "%" + next++;
    List<ArrayShape> resultTypes = operands.stream().map(o -> o.type).toList();
    List<Value> results = resultValues(base, resultTypes);
    String resultList = resultList(resultTypes);
    out.append(indent).append(base).append(operands.size() == 1 ? "" : ":" + operands.size())
        .append(" = \"stablehlo.optimization_barrier\"(").append(names(operands)).append(")")
        .append(manual ? " {" + MANUAL + "}" : "").append(" : (").append(types(operands)).append(") -> ")
        .append(resultList).append('\n');
    return results;
  }

  /** An op's results named {@code base} (one result) or {@code base#k}, of the given types. */
  private static List<Value> resultValues(String base, List<ArrayShape> types) {
    List<Value> results = new ArrayList<>();
    for (int k = 0; k < types.size(); k++) {
      results.add(new Value(types.size() == 1 ? base : base + "#" + k, types.get(k)));
    }
    return results;
  }

  /** The result type list after {@code ->}: one type bare, several in parentheses. */
  private static String resultList(List<ArrayShape> types) {
    return types.size() == 1 ? type(types.get(0)) : types.stream().map(StableHloPrinter::type).collect(joining(", ", "(", ")"));
  }

  /** The default (row-major) layout of {@code s} as a custom call's layout attribute. */
  private static String layout(ArrayShape s) {
    int rank = s.rank();
    String minorToMajor = java.util.stream.IntStream.range(0, rank).map(d -> rank - 1 - d).mapToObj(String::valueOf)
        .collect(joining(", "));
    return rank == 0 ? "dense<> : tensor<0xindex>" : "dense<[" + minorToMajor + "]> : tensor<" + rank + "xindex>";
  }

  private List<Value> multiResult(String indent, String opName, List<Value> operands, List<String> regions,
      List<ArrayShape> resultTypes) {
    String base = "%" + next++;
    List<Value> results = resultValues(base, resultTypes);
    String resultList = resultList(resultTypes);
    out.append(indent).append(base).append(resultTypes.size() == 1 ? "" : ":" + resultTypes.size())
        .append(" = \"").append(opName).append("\"(").append(names(operands)).append(") (")
        .append(String.join(", ", regions)).append(")").append(manual ? " {" + MANUAL + "}" : "")
        .append(" : (").append(types(operands)).append(") -> ")
        .append(resultList).append('\n');
    return results;
  }

  /**
   * Emits computation {@code c} as a region. With {@code blockArgs} its parameters become the
   * block's arguments (one list of leaf values per parameter); without, they must already be bound.
   */
  private String region(Computation c, List<List<Value>> blockArgs, String indent) {
    StringBuilder saved = out;
    out = new StringBuilder();
    String inner = indent + "  ";
    out.append("{\n");
    if (blockArgs != null) {
      List<Instruction> params = c.parameters();
      for (int p = 0; p < params.size(); p++) {
        values.put(params.get(p), blockArgs.get(p));
      }
      List<Value> flat = blockArgs.stream().flatMap(List::stream).toList();
      out.append(indent).append("^bb0(")
          .append(flat.stream().map(v -> v.name + ": " + type(v.type)).collect(joining(", "))).append("):\n");
    }
    List<Value> root = body(c, inner);
    out.append(inner).append("\"stablehlo.return\"(").append(names(root)).append(") : (")
        .append(types(root)).append(") -> ()\n").append(indent).append('}');
    String region = out.toString();
    out = saved;
    return region;
  }

  private static String attributes(Instruction i) {
    return switch (i.opcode()) {
      case CONSTANT -> "value = " + dense(i.attrs(Attrs.Constant.class).literal());
      case COMPARE -> "comparison_direction = #stablehlo<comparison_direction " + i.attrs(Attrs.Compare.class).direction()
          + ">, compare_type = #stablehlo<comparison_type " + compareType(i.operand(0).arrayShape().elementType()) + ">";
      case BROADCAST -> "broadcast_dimensions = " + i64s(i.attrs(Attrs.Dimensions.class).dims().stream());
      case TRANSPOSE -> "permutation = " + i64s(i.attrs(Attrs.Dimensions.class).dims().stream());
      case REDUCE -> "dimensions = " + i64s(i.attrs(Attrs.Dimensions.class).dims().stream());
      case CONCATENATE -> "dimension = " + i.attrs(Attrs.Dimensions.class).dims().get(0) + " : i64";
      case IOTA -> "iota_dimension = " + i.attrs(Attrs.Iota.class).dimension() + " : i64";
      case DOT -> dot(i.attrs(Attrs.Dot.class));
      case SLICE -> {
        Attrs.Slice s = i.attrs(Attrs.Slice.class);
        yield "limit_indices = " + i64s(s.limits().stream()) + ", start_indices = " + i64s(s.starts().stream())
            + ", strides = " + i64s(s.strides().stream());
      }
      case DYNAMIC_SLICE -> "slice_sizes = " + i64s(i.attrs(Attrs.DynamicSlice.class).sizes().stream());
      case GATHER -> {
        Attrs.Gather g = i.attrs(Attrs.Gather.class);
        yield "dimension_numbers = #stablehlo.gather<offset_dims = " + g.offsetDims() + ", collapsed_slice_dims = "
            + g.collapsedSliceDims() + ", start_index_map = " + g.startIndexMap() + ", index_vector_dim = "
            + g.indexVectorDim() + ">, indices_are_sorted = false, slice_sizes = " + i64s(g.sliceSizes().stream());
      }
      case SCATTER -> {
        Attrs.Scatter s = i.attrs(Attrs.Scatter.class);
        yield "indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = "
            + s.updateWindowDims() + ", inserted_window_dims = " + s.insertedWindowDims()
            + ", scatter_dims_to_operand_dims = " + s.scatterDimsToOperandDims() + ", index_vector_dim = "
            + s.indexVectorDim() + ">, unique_indices = false";
      }
      case COLLECTIVE_PERMUTE -> {
        Attrs.Collective c = i.attrs(Attrs.Collective.class);
        List<List<Integer>> pairs = c.pairs().stream().map(p -> List.of(p.source(), p.target())).toList();
        yield channel(c) + "source_target_pairs = " + denseI64(pairs, 2);
      }
      case ALL_REDUCE -> collective(i.attrs(Attrs.Collective.class), "");
      case ALL_GATHER -> collective(i.attrs(Attrs.Collective.class),
          "all_gather_dim = " + i.attrs(Attrs.Collective.class).dimension() + " : i64, ");
      case REDUCE_SCATTER -> collective(i.attrs(Attrs.Collective.class),
          "scatter_dimension = " + i.attrs(Attrs.Collective.class).dimension() + " : i64, ");
      default -> "";
    };
  }

  private static String collective(Attrs.Collective c, String dimension) {
    List<List<Integer>> groups = new ArrayList<>(c.groups());
    return dimension + channel(c) + "replica_groups = " + denseI64(groups, groups.get(0).size())
        + ", use_global_device_ids";
  }

  private static String channel(Attrs.Collective c) {
    return c.channelId() > 0 ? "channel_handle = #stablehlo.channel_handle<handle = " + c.channelId() + ", type = 1>, " : "";
  }

  private static String dot(Attrs.Dot d) {
    List<String> parts = new ArrayList<>();
    if (!d.lhsBatch().isEmpty()) {
      parts.add("lhs_batching_dimensions = " + d.lhsBatch());
      parts.add("rhs_batching_dimensions = " + d.rhsBatch());
    }
    parts.add("lhs_contracting_dimensions = " + d.lhsContracting());
    parts.add("rhs_contracting_dimensions = " + d.rhsContracting());
    String dims = "dot_dimension_numbers = #stablehlo.dot<" + String.join(", ", parts) + ">";
    if (d.precision() == Attrs.Precision.DEFAULT) {
      return dims;
    }
    String p = "#stablehlo<precision " + d.precision() + ">";
    return dims + ", precision_config = [" + p + ", " + p + "]";
  }

  private static String compareType(DType t) {
    return switch (t) {
      case F32, BF16, F16 -> "FLOAT";
      case S32 -> "SIGNED";
      case U32, U8, PRED -> "UNSIGNED";
    };
  }

  /** A dense elements attribute with its type; a splat when every element is equal. */
  static String dense(Literal literal) {
    ArrayShape s = literal.shape();
    DType t = s.elementType();
    double first = literal.values().length() > 0 ? literal.values().get(0) : 0;
    boolean splat = literal.values().stream().allMatch(v -> Double.compare(v, first) == 0);
    String body;
    if (s.isScalar() || splat) {
      body = LiteralText.mlir(t, first);
    } else {
      StringBuilder b = new StringBuilder();
      nest(literal, 0, 0, b);
      body = b.toString();
    }
    return "dense<" + body + "> : " + type(s);
  }

  private static int nest(Literal literal, int dim, int offset, StringBuilder out) {
    ArrayShape s = literal.shape();
    out.append('[');
    for (long k = 0; k < s.dim(dim); k++) {
      if (k > 0) {
        out.append(", ");
      }
      if (dim == s.rank() - 1) {
        out.append(LiteralText.mlir(s.elementType(), literal.values().get(offset++)));
      } else {
        offset = nest(literal, dim + 1, offset, out);
      }
    }
    out.append(']');
    return offset;
  }

  private static String denseI64(List<List<Integer>> rows, int width) {
    String body = rows.stream().map(r -> r.stream().map(String::valueOf).collect(joining(", ", "[", "]")))
        .collect(joining(", ", "[", "]"));
    return "dense<" + body + "> : tensor<" + rows.size() + "x" + width + "xi64>";
  }

  private static String i64s(Stream<? extends Number> xs) {
    String list = xs.map(String::valueOf).collect(joining(", "));
    return list.isEmpty() ? "array<i64>" : "array<i64: " + list + ">";
  }

  /** {@code tensor<4x8xf32>}; scalars {@code tensor<f32>}. */
  static String type(ArrayShape s) {
    String dims = s.dims().stream().map(d -> d + "x").collect(joining());
    return "tensor<" + dims + elementType(s.elementType()) + ">";
  }

  static String elementType(DType t) {
    return switch (t) {
      case F32 -> "f32";
      case BF16 -> "bf16";
      case F16 -> "f16";
      case S32 -> "i32";
      case U32 -> "ui32";
      case U8 -> "ui8";
      case PRED -> "i1";
    };
  }

  private Value fresh(ArrayShape type) {
    return new Value("%" + next++, type);
  }

  private static String names(List<Value> vs) {
    return vs.stream().map(Value::name).collect(joining(", "));
  }

  private static String types(List<Value> vs) {
    return vs.stream().map(v -> type(v.type)).collect(joining(", "));
  }

  private static String symbol(String name) {
    return name.matches("[A-Za-z_][A-Za-z0-9_$.]*") ? name : "\"" + name + "\"";
  }

}
