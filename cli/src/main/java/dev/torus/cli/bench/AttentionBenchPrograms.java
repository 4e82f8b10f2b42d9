package dev.torus.cli.bench;

import dev.torus.artifact.DType;
import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.HloModuleBuilder;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.compiler.lower.BlockwiseAttention;
import dev.torus.compiler.lower.LoweringContext;
import dev.torus.compiler.lower.RingLayout;
import dev.torus.compiler.lower.SequenceShard;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.RunShape;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes Torus's causal attention core as HLO text for the attention benchmarks: inputs
 * {@code q [1, H, 1, S, D]} (pre-scaled) and {@code k, v [1, H, S, D]}, output {@code [1, H, 1, S, D]}
 * (f32); and its ring form per device. Usage:
 * {@code AttentionBenchPrograms OUT_DIR HEADS HEAD_DIM BLOCK_Q BLOCK_KV (S | ring:N:L:LAYOUT | f32 | bf16 | rowsum-mxu)...};
 * {@code rowsum-mxu} makes the programs after it compute the softmax row sums on the matrix unit
 * ({@link LoweringContext#rowSumInMatmul()});
 * {@code f32} (the default) or {@code bf16} sets the input type of the programs after it: bf16 inputs
 * feed the matmuls as they are, with f32 accumulation, and the file names end in {@code _bf16}.
 */
public final class AttentionBenchPrograms {
  private AttentionBenchPrograms() {}


  public static HloModule causalCore(int heads, int dim, int seq, BlockSizes blocks) {
    return causalCore(heads, dim, seq, blocks, DType.F32);
  }

  public static HloModule causalCore(int heads, int dim, int seq, BlockSizes blocks, DType type) {
    return causalCore(heads, dim, seq, blocks, type, false);
  }

  /** {@link #causalCore}, with the softmax row sums on the matrix unit when {@code rowSumInMatmul}. */
  public static HloModule causalCore(int heads, int dim, int seq, BlockSizes blocks, DType type, boolean rowSumInMatmul) {
    HloModuleBuilder module = new HloModuleBuilder("torus_attention_s" + seq + suffix(type), 1);
    LoweringContext ctx = new LoweringContext(module, type).rowSumInMatmul(rowSumInMatmul);
    XlaBuilder b = module.computation("main");
    Instruction q = b.parameter(0, Shape.array(type, 1, heads, 1, seq, dim), "q");
    Instruction k = b.parameter(1, Shape.array(type, 1, heads, seq, dim), "k");
    Instruction v = b.parameter(2, Shape.array(type, 1, heads, seq, dim), "v");
    b.withOpName("attention");
    SequenceShard shard = SequenceShard.local(b.iota(Shape.array(DType.S32, seq), 0));
    Instruction out = BlockwiseAttention.core(ctx, b, q, k, v, shard, true, blocks);
    return module.build(b.build(out));
  }

  /**
   * The per-device SPMD program of causal ring attention over {@code ring} devices, each holding
   * {@code local} tokens in the given layout: inputs {@code q [1, H, 1, L, D]} (pre-scaled),
   * {@code k, v [1, H, L, D]} (this device's shard), output {@code [1, H, 1, L, D]}.
   */
  public static HloModule ringCausalCore(int heads, int dim, int ring, int local, BlockSizes blocks, TokenLayout layout) {
    return ringCausalCore(heads, dim, ring, local, blocks, layout, DType.F32);
  }

  public static HloModule ringCausalCore(int heads, int dim, int ring, int local, BlockSizes blocks, TokenLayout layout,
      DType type) {
    return ringCausalCore(heads, dim, ring, local, blocks, layout, type, false);
  }

  /** {@link #ringCausalCore}, with the softmax row sums on the matrix unit when {@code rowSumInMatmul}. */
  public static HloModule ringCausalCore(int heads, int dim, int ring, int local, BlockSizes blocks, TokenLayout layout,
      DType type, boolean rowSumInMatmul) {
    RunShape shape = RunShape.ring(1, ring * local, blocks, ring, layout, 1);
    HloModuleBuilder module = new HloModuleBuilder(ringName(ring, layout, local) + suffix(type), ring);
    LoweringContext ctx = new LoweringContext(module, type).rowSumInMatmul(rowSumInMatmul);
    XlaBuilder b = module.computation("main");
    Instruction q = b.parameter(0, Shape.array(type, 1, heads, 1, local, dim), "q");
    Instruction k = b.parameter(1, Shape.array(type, 1, heads, local, dim), "k");
    Instruction v = b.parameter(2, Shape.array(type, 1, heads, local, dim), "v");
    b.withOpName("attention");
    SequenceShard shard = RingLayout.shard(b, shape);
    Instruction out = BlockwiseAttention.core(ctx, b, q, k, v, shard, true, blocks);
    return module.build(b.build(out));
  }

  private static String ringName(int ring, TokenLayout layout, int local) {
    return "torus_ring" + ring + "_" + layout.label() + "_l" + local;
  }

  private static String suffix(DType type) {
    return type == DType.F32 ? "" : "_" + type.xlaName();
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    int heads = Integer.parseInt(args[1]);
    int dim = Integer.parseInt(args[2]);
    BlockSizes blocks = BlockSizes.of(Integer.parseInt(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[3]));
    DType type = DType.F32;
    boolean rowSumInMatmul = false;
    for (int i = 5; i < args.length; i++) {
      if (args[i].equals("rowsum-mxu")) {
        rowSumInMatmul = true;
      } else if (args[i].equals("f32") || args[i].equals("bf16")) {
        type = DType.of(args[i]);
      } else if (args[i].startsWith("ring:")) {   // ring:N:L:layout
        String[] r = args[i].split(":");
        int n = Integer.parseInt(r[1]);
        int local = Integer.parseInt(r[2]);
        TokenLayout layout = TokenLayout.of(r[3]);
        HloModule m = ringCausalCore(heads, dim, n, local, blocks, layout, type, rowSumInMatmul);
        Files.writeString(out.resolve(m.name() + ".hlo"), HloTextPrinter.print(m));
      } else {
        HloModule m = causalCore(heads, dim, Integer.parseInt(args[i]), blocks, type, rowSumInMatmul);
        Files.writeString(out.resolve(m.name() + ".hlo"), HloTextPrinter.print(m));
      }
    }
  }
}
