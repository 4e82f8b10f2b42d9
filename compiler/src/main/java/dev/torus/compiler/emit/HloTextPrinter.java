package dev.torus.compiler.emit;

import static java.util.stream.Collectors.joining;

import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.Computation;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Literal;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.TupleShape;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints a module as XLA HLO text that XLA's own parser reads back. Deterministic: the same module
 * gives the same bytes (instructions in their stored topological order, names as built, constants
 * in full, never elided). The header carries the entry's donations ({@code input_output_alias},
 * may-alias, as JAX writes donated arguments), the entry layout and, when above one,
 * {@code num_partitions}; then every instruction is sharded {@code {manual}}, so the module compiles
 * as written with XLA's SPMD pipeline ({@code use_spmd_partitioning}, N partitions).
 */
public final class HloTextPrinter {
  private HloTextPrinter() {}

  public static String print(HloModule module) {
    StringBuilder out = new StringBuilder();
    Computation entry = module.entry();
    String params = entry.parameterShapes().stream().map(s -> s.toHlo()).collect(joining(", "));
    out.append("HloModule ").append(module.name());
    if (!module.aliases().isEmpty()) {
      boolean tuple = entry.resultShape() instanceof TupleShape;
      out.append(", input_output_alias={ ").append(module.aliases().stream()
          .map(a -> (tuple ? "{" + a.output() + "}" : "{}") + ": (" + a.parameter() + ", {}, may-alias)")
          .collect(joining(", "))).append(" }");
    }
    out.append(", entry_computation_layout={(").append(params).append(")->")
        .append(entry.resultShape().toHlo()).append('}');
    if (module.numPartitions() > 1) {
      out.append(", num_partitions=").append(module.numPartitions());
    }
    out.append("\n");
    for (Computation c : module.computations()) {
      out.append('\n');
      out.append(c == entry ? "ENTRY " : "").append(c.name()).append(" {\n");
      for (Instruction i : c.instructions()) {
        out.append("  ").append(i == c.root() ? "ROOT " : "").append(line(i, module.numPartitions() > 1)).append('\n');
      }
      out.append("}\n");
    }
    return out.toString();
  }

  /**
   * One instruction as XLA prints it: {@code name = shape opcode(operands), attributes}; with
   * {@code manual}, sharded {@code {manual}} (a tuple: every leaf).
   */
  static String line(Instruction i, boolean manual) {
    String operands = i.operands().stream().map(Instruction::name).collect(joining(", "));
    List<String> attrs = new ArrayList<>(attributes(i));
    if (manual) {
      attrs.add("sharding=" + manualSharding(i.shape()));
    }
    i.opName().ifPresent(n -> attrs.add("metadata={op_name=\"" + n.replace("\"", "\\\"") + "\"}"));
    String head = i.name() + " = " + i.shape().toHlo() + " " + i.opcode().hloName() + "(" + operandText(i, operands) + ")";
    return attrs.isEmpty() ? head : head + ", " + String.join(", ", attrs);
  }

  /**
   * {@code {manual}} for an array, one per leaf for a tuple: each device runs the program on its
   * own piece, so XLA's SPMD partitioner leaves every instruction as written.
   */
  private static String manualSharding(Shape shape) {
    int leaves = shape.leaves().size();
    return shape instanceof TupleShape
        ? Stream.generate(() -> "{manual}").limit(leaves).collect(joining(", ", "{", "}")) : "{manual}";
  }

  private static String operandText(Instruction i, String operands) {
    return switch (i.attrs()) {
      case Attrs.Parameter p -> Integer.toString(p.number());
      case Attrs.Constant c -> literal(c.literal());
      default -> operands;
    };
  }

  private static List<String> attributes(Instruction i) {
    List<String> a = new ArrayList<>();
    switch (i.opcode()) {
      case BROADCAST, TRANSPOSE, CONCATENATE, REDUCE ->
          a.add("dimensions=" + braces(i.attrs(Attrs.Dimensions.class).dims().stream()));
      case COMPARE -> a.add("direction=" + i.attrs(Attrs.Compare.class).direction());
      case DOT -> {
        Attrs.Dot d = i.attrs(Attrs.Dot.class);
        if (!d.lhsBatch().isEmpty()) {
          a.add("lhs_batch_dims=" + braces(d.lhsBatch().stream()));
        }
        a.add("lhs_contracting_dims=" + braces(d.lhsContracting().stream()));
        if (!d.rhsBatch().isEmpty()) {
          a.add("rhs_batch_dims=" + braces(d.rhsBatch().stream()));
        }
        a.add("rhs_contracting_dims=" + braces(d.rhsContracting().stream()));
        if (d.precision() != Attrs.Precision.DEFAULT) {
          String p = d.precision().name().toLowerCase(java.util.Locale.ROOT);
          a.add("operand_precision={" + p + "," + p + "}");
        }
      }
      case IOTA -> a.add("iota_dimension=" + i.attrs(Attrs.Iota.class).dimension());
      case SLICE -> {
        Attrs.Slice s = i.attrs(Attrs.Slice.class);
        List<String> ranges = new ArrayList<>();
        for (int d = 0; d < s.starts().size(); d++) {
          long stride = s.strides().get(d);
          ranges.add("[" + s.starts().get(d) + ":" + s.limits().get(d) + (stride == 1 ? "" : ":" + stride) + "]");
        }
        a.add("slice={" + String.join(", ", ranges) + "}");
      }
      case DYNAMIC_SLICE -> a.add("dynamic_slice_sizes=" + braces(i.attrs(Attrs.DynamicSlice.class).sizes().stream()));
      case GET_TUPLE_ELEMENT -> a.add("index=" + i.attrs(Attrs.TupleIndex.class).index());
      case GATHER -> {
        Attrs.Gather g = i.attrs(Attrs.Gather.class);
        a.add("offset_dims=" + braces(g.offsetDims().stream()));
        a.add("collapsed_slice_dims=" + braces(g.collapsedSliceDims().stream()));
        a.add("start_index_map=" + braces(g.startIndexMap().stream()));
        a.add("index_vector_dim=" + g.indexVectorDim());
        a.add("slice_sizes=" + braces(g.sliceSizes().stream()));
      }
      case SCATTER -> {
        Attrs.Scatter s = i.attrs(Attrs.Scatter.class);
        a.add("update_window_dims=" + braces(s.updateWindowDims().stream()));
        a.add("inserted_window_dims=" + braces(s.insertedWindowDims().stream()));
        a.add("scatter_dims_to_operand_dims=" + braces(s.scatterDimsToOperandDims().stream()));
        a.add("index_vector_dim=" + s.indexVectorDim());
      }
      case WHILE -> {
        a.add("condition=" + i.called().get(0).name());
        a.add("body=" + i.called().get(1).name());
      }
      case CUSTOM_CALL -> {
        Attrs.CustomCall cc = i.attrs(Attrs.CustomCall.class);
        a.add("custom_call_target=\"" + cc.target() + "\"");
        a.add("operand_layout_constraints=" + braces(i.operands().stream().map(o -> o.shape().toHlo())));
        a.add(cc.typedFfi() ? "api_version=API_VERSION_TYPED_FFI" : "api_version=API_VERSION_STATUS_RETURNING");
        a.add("backend_config=" + cc.backendConfig());
      }
      case CONDITIONAL -> a.add("branch_computations=" + braces(i.called().stream().map(Computation::name)));
      case REDUCE_SCATTER, ALL_GATHER, ALL_REDUCE, COLLECTIVE_PERMUTE -> a.addAll(collective(i));
      default -> { }
    }
    if (i.opcode() == dev.torus.compiler.ir.Opcode.REDUCE || i.opcode() == dev.torus.compiler.ir.Opcode.SCATTER) {
      a.add("to_apply=" + i.called().get(0).name());
    }
    return a;
  }

  private static List<String> collective(Instruction i) {
    Attrs.Collective c = i.attrs(Attrs.Collective.class);
    List<String> a = new ArrayList<>();
    if (c.channelId() > 0) {
      a.add("channel_id=" + c.channelId());
    }
    switch (i.opcode()) {
      case COLLECTIVE_PERMUTE -> a.add("source_target_pairs=" + braces(c.pairs().stream()));
      default -> {
        a.add("replica_groups=" + braces(c.groups().stream().map(g -> braces(g.stream()))));
        if (i.opcode() != dev.torus.compiler.ir.Opcode.ALL_REDUCE) {
          a.add("dimensions={" + c.dimension() + "}");
        }
        a.add("use_global_device_ids=true");
        if (!i.called().isEmpty()) {
          a.add("to_apply=" + i.called().get(0).name());
        }
      }
    }
    return a;
  }

  /** A literal in full, nested by dimension: {@code {{1, 2}, {3, 4}}}; scalars bare. */
  static String literal(Literal literal) {
    ArrayShape s = literal.shape();
    if (s.isScalar()) {
      return LiteralText.hlo(s.elementType(), literal.values().get(0));
    }
    StringBuilder out = new StringBuilder();
    nest(literal, 0, 0, out);
    return out.toString();
  }

  private static int nest(Literal literal, int dim, int offset, StringBuilder out) {
    ArrayShape s = literal.shape();
    out.append('{');
    long n = s.dim(dim);
    for (long k = 0; k < n; k++) {
      if (k > 0) {
        out.append(", ");
      }
      if (dim == s.rank() - 1) {
        out.append(LiteralText.hlo(s.elementType(), literal.values().get(offset++)));
      } else {
        offset = nest(literal, dim + 1, offset, out);
      }
    }
    out.append('}');
    return offset;
  }

  private static String braces(Stream<?> items) {
    return items.map(String::valueOf).collect(joining(",", "{", "}"));
  }
}
