package dev.torus.compiler.lower;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.torus.artifact.DType;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * XLA's cuDNN fused attention ({@code --target gpu}, experimental) for one query block against one
 * key/value block, emitted as JAX's {@code jax._src.cudnn.fused_attention_stablehlo} emits it for the
 * {@code BNTH} layout: custom call {@value #FORWARD} on {@code q [B, Hq, Bq, D]}, {@code k, v
 * [B, Hkv, Bkv, D]} (grouped-query: query head h reads key/value head {@code h / G}) returning the
 * normalised block output, the rows' log-sum-exp {@code f32[B, Hq, Bq]} (cuDNN's softmax
 * statistics) and an empty scratch buffer; {@value #BACKWARD} takes q, k, v, the statistics, the
 * output's cotangent and the output, and returns dq, dk, dv and scratch. The scale is 1 (Torus scales
 * the queries before) and no mask is applied: only block pairs every query sees whole use it; the
 * masked blocks (the causal diagonal, packed documents, windows) stay on the XLA loop.
 *
 * <p>A block's output and log-sum-exp merge into the {@link OnlineSoftmax} state as a block whose
 * running max is its log-sum-exp, denominator 1 and accumulator its output ({@link #merge}), so the
 * XLA-loop blocks and the ring steps combine with it unchanged.
 */
public final class CudnnAttention {
  private CudnnAttention() {}

  /** XLA's forward custom-call target (XLA {@code kCudnnfMHASoftmaxCallTarget}). */
  public static final String FORWARD = "__cudnn$fmhaSoftmax";
  /** XLA's backward custom-call target (XLA {@code kCudnnfMHASoftmaxBackwardCallTarget}). */
  public static final String BACKWARD = "__cudnn$fmhaSoftmaxBackward";

  private static final JsonMapper JSON = new JsonMapper();

  /**
   * Why the block pairs of attention with these tiles cannot be cuDNN's, or null when they can:
   * soft-capped scores, operands other than bf16/f16, or a head dimension cuDNN's flash attention
   * does not take (a multiple of 8 up to 128).
   */
  static String unsupported(AttentionBlocks tiles, DType operands) {
    return unsupported(tiles.dim(), tiles.softCap(), operands);
  }

  /** {@link #unsupported(AttentionBlocks, DType)} for head dimension {@code dim} and soft cap {@code softCap} (null: none). */
  public static String unsupported(int dim, Double softCap, DType operands) {
    if (softCap != null) {
      return "soft-capped scores (cuDNN fused attention has no tanh cap)";
    }
    if (operands != DType.BF16 && operands != DType.F16) {
      return operands + " operands (cuDNN fused attention takes bf16 or f16; compile with --dtype bf16)";
    }
    if (dim % 8 != 0 || dim > 128) {
      return "head dimension " + dim + " (cuDNN flash attention takes a multiple of 8 up to 128)";
    }
    return null;
  }

  /** One block pair's output {@code [B, Hkv, G*Bq, D]} (operand type) and log-sum-exp {@code f32[B, Hkv, G*Bq]}. */
  record Block(Instruction values, Instruction logSumExp) {}

  /** The fused forward of query rows {@code [B, Hkv, G*Bq, D]} against keys and values {@code [B, Hkv, Bkv, D]}. */
  static Block forward(AttentionBlocks tiles, XlaBuilder b, Instruction rows, Instruction k, Instruction v) {
    ArrayShape r = rows.arrayShape();
    long batch = r.dim(0);
    long heads = (long) tiles.hkv() * tiles.group();
    long bq = tiles.blocks().query();
    DType t = r.elementType();
    Instruction q = b.reshape(rows, batch, heads, bq, tiles.dim());
    Shape result = Shape.tuple(List.of(Shape.array(t, batch, heads, bq, tiles.dim()),
        Shape.array(DType.F32, batch, heads, bq), Shape.array(DType.U8, 0)));
    Instruction call = b.customCall(List.of(q, k, v), result, new Attrs.CustomCall(FORWARD,
        backendConfig(batch, heads, bq, tiles.blocks().keyValue(), t, false)));
    return new Block(b.reshape(b.getTupleElement(call, 0), r.dims().stream().mapToLong(Long::longValue).toArray()),
        b.reshape(b.getTupleElement(call, 1), batch, tiles.hkv(), r.dim(2)));
  }

  /** One block pair's gradients: dq {@code [B, Hkv, G*Bq, D]}, dk and dv {@code [B, Hkv, Bkv, D]}, operand type. */
  record Gradients(Instruction dq, Instruction dk, Instruction dv) {}

  /**
   * The fused backward of one block pair given the whole attention's log-sum-exp {@code f32[B, Hkv, G*Bq]},
   * output and output cotangent {@code [B, Hkv, G*Bq, D]} of these query rows: the block pair's
   * share of dq, dk and dv (cuDNN recomputes the probabilities as {@code exp(s - lse)} and takes
   * {@code rowsum(dO * O)}, so with the whole attention's statistics the shares add up to the gradient).
   */
  static Gradients backward(AttentionBlocks tiles, XlaBuilder b, Instruction rows, Instruction k, Instruction v,
      Instruction logSumExp, Instruction output, Instruction dOutput) {
    ArrayShape r = rows.arrayShape();
    long batch = r.dim(0);
    long heads = (long) tiles.hkv() * tiles.group();
    long bq = tiles.blocks().query();
    DType t = r.elementType();
    ArrayShape q4 = Shape.array(t, batch, heads, bq, tiles.dim());
    Instruction q = b.reshape(rows, q4.dims().stream().mapToLong(Long::longValue).toArray());
    Instruction lse = b.reshape(logSumExp, batch, heads, bq);
    Instruction o = b.reshape(output, q4.dims().stream().mapToLong(Long::longValue).toArray());
    Instruction dO = b.reshape(dOutput, q4.dims().stream().mapToLong(Long::longValue).toArray());
    Shape result = Shape.tuple(List.of(q4, k.arrayShape(), v.arrayShape(), Shape.array(DType.U8, 0)));
    Instruction call = b.customCall(List.of(q, k, v, lse, dO, o), result, new Attrs.CustomCall(BACKWARD,
        backendConfig(batch, heads, bq, tiles.blocks().keyValue(), t, true)));
    return new Gradients(b.reshape(b.getTupleElement(call, 0), r.dims().stream().mapToLong(Long::longValue).toArray()),
        b.getTupleElement(call, 1), b.getTupleElement(call, 2));
  }

  /**
   * The online-softmax state {@code m, l [B, Hkv, R]}, {@code o [B, Hkv, R, D]} (f32) after a block
   * whose normalised output and log-sum-exp are {@code block}: the block counts as running max
   * {@code lse}, denominator 1 and accumulator its output.
   */
  static OnlineSoftmax.Step merge(XlaBuilder b, Block block, Instruction m, Instruction l, Instruction o) {
    ArrayShape rows = m.arrayShape();
    ArrayShape acc = o.arrayShape();
    Instruction lse = block.logSumExp();
    Instruction newMax = b.named("running_max", b.maximum(m, lse));
    Instruction correction = b.exponential(b.subtract(m, newMax));
    Instruction weight = b.exponential(b.subtract(lse, newMax));
    Instruction newL = b.named("running_denominator", b.add(b.multiply(l, correction), weight));
    Instruction values = Shapes.toF32(b, block.values());
    Instruction newO = b.named("accumulator", b.add(b.multiply(o, b.broadcast(correction, acc, 0, 1, 2)),
        b.multiply(values, b.broadcast(weight, acc, 0, 1, 2))));
    return new OnlineSoftmax.Step(newMax, newL, newO);
  }

  /**
   * XLA's {@code CudnnfMHABackendConfig} as JAX writes it for the {@code BNTH} layout: flash
   * attention, scale 1, no mask, no dropout, the {@code [B, Hq, Bq, Bkv]} score shape, and the dot
   * dimension numbers of the forward (or, {@code backward}, the gradient) products.
   */
  static String backendConfig(long batch, long heads, long seqQ, long seqKv, DType type, boolean backward) {
    Map<String, Object> algorithm = new LinkedHashMap<>();
    algorithm.put("algo_id", "0");
    algorithm.put("math_type", "TENSOR_OP_MATH");
    algorithm.put("tuning_knobs", Map.of("17", "1", "24", "0"));
    algorithm.put("is_cudnn_frontend", true);
    algorithm.put("workspace_size", "0");
    Map<String, Object> layout = new LinkedHashMap<>();
    layout.put("dim_level_types", List.of());
    layout.put("dim_unique", List.of());
    layout.put("dim_ordered", List.of());
    layout.put("minor_to_major", List.of("3", "2", "1", "0"));
    layout.put("tiles", List.of());
    layout.put("element_size_in_bits", "0");
    layout.put("memory_space", "0");
    layout.put("index_primitive_type", "PRIMITIVE_TYPE_INVALID");
    layout.put("pointer_primitive_type", "PRIMITIVE_TYPE_INVALID");
    layout.put("dynamic_shape_metadata_prefix_bytes", "0");
    Map<String, Object> scores = new LinkedHashMap<>();
    scores.put("element_type", type.xlaName().toUpperCase(java.util.Locale.ROOT));
    scores.put("dimensions", List.of(String.valueOf(batch), String.valueOf(heads), String.valueOf(seqQ),
        String.valueOf(seqKv)));
    scores.put("tuple_shapes", List.of());
    scores.put("layout", layout);
    scores.put("is_dynamic_dimension", List.of(false, false, false, false));
    Map<String, Object> fmha = new LinkedHashMap<>();
    fmha.put("algorithm", algorithm);
    fmha.put("fmha_scale", 1.0);
    fmha.put("intermediate_tensor_shape", scores);
    fmha.put("is_flash_attention", true);
    fmha.put("mask_type", "NO_MASK");
    if (backward) {   // BNTS,BNTH->BNSH; BNTS,BNSH->BNTH; BNTS,BNTH->BNSH; BNTH,BNSH->BNTS
      fmha.put("bmm1_grad_gemm1_dot_dimension_numbers", dims(2, 2));
      fmha.put("bmm1_grad_gemm2_dot_dimension_numbers", dims(3, 2));
      fmha.put("bmm2_grad_gemm1_dot_dimension_numbers", dims(2, 2));
      fmha.put("bmm2_grad_gemm2_dot_dimension_numbers", dims(3, 3));
    } else {   // BNTH,BNSH->BNTS; BNTS,BNSH->BNTH
      fmha.put("bmm1_dot_dimension_numbers", dims(3, 3));
      fmha.put("bmm2_dot_dimension_numbers", dims(3, 2));
    }
    fmha.put("dropout_rate", 0.0);
    fmha.put("seed", 42);
    fmha.put("sliding_window_length", 0);
    fmha.put("max_seg_per_batch", 1);
    fmha.put("is_paged_attention", false);
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("operation_queue_id", "0");
    config.put("cudnn_fmha_backend_config", fmha);
    try {
      return JSON.writeValueAsString(config);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Dot dimension numbers with batch dimensions (B, N) on both sides and the given contracting ones. */
  private static Map<String, Object> dims(int lhsContracting, int rhsContracting) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("lhs_contracting_dimensions", List.of(String.valueOf(lhsContracting)));
    d.put("rhs_contracting_dimensions", List.of(String.valueOf(rhsContracting)));
    d.put("lhs_batch_dimensions", List.of("0", "1"));
    d.put("rhs_batch_dimensions", List.of("0", "1"));
    return d;
  }
}
