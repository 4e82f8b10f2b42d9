package dev.torus.examples.bench;

import dev.torus.artifact.DType;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.ir.HloModuleBuilder;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.Shape;
import dev.torus.compiler.ir.XlaBuilder;
import dev.torus.compiler.lower.AttentionLowering;
import dev.torus.compiler.lower.LoweringContext;
import dev.torus.compiler.lower.RingLayout;
import dev.torus.compiler.lower.SequenceShard;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.RunShape;
import dev.torus.dsl.TokenLayout;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes Torus's causal attention core as HLO text for {@code bench/attention_cpu.py}: inputs
 * {@code q [1, H, 1, S, D]} (pre-scaled) and {@code k, v [1, H, S, D]} (f32), output
 * {@code [1, H, 1, S, D]}; and its ring form per device. Usage:
 * {@code AttentionBenchPrograms OUT_DIR HEADS HEAD_DIM BLOCK_Q BLOCK_KV (S | ring:N:L:LAYOUT)...}.
 */
public final class AttentionBenchPrograms {
  private AttentionBenchPrograms() {}

  public static HloModule causalCore(int heads, int dim, int seq, BlockSizes blocks) {
    HloModuleBuilder module = new HloModuleBuilder("torus_attention_s" + seq, 1);
    LoweringContext ctx = new LoweringContext(module, DType.F32);
    XlaBuilder b = module.computation("main");
    Instruction q = b.parameter(0, Shape.array(DType.F32, 1, heads, 1, seq, dim), "q");
    Instruction k = b.parameter(1, Shape.array(DType.F32, 1, heads, seq, dim), "k");
    Instruction v = b.parameter(2, Shape.array(DType.F32, 1, heads, seq, dim), "v");
    b.withOpName("attention");
    SequenceShard shard = SequenceShard.local(b.iota(Shape.array(DType.S32, seq), 0));
    Instruction out = AttentionLowering.core(ctx, b, q, k, v, shard, true, blocks);
    return module.build(b.build(out));
  }

  /**
   * The per-device SPMD program of causal ring attention over {@code ring} devices, each holding
   * {@code local} tokens in the given layout: inputs {@code q [1, H, 1, L, D]} (pre-scaled),
   * {@code k, v [1, H, L, D]} (this device's shard), output {@code [1, H, 1, L, D]}.
   */
  public static HloModule ringCausalCore(int heads, int dim, int ring, int local, BlockSizes blocks, TokenLayout layout) {
    RunShape shape = RunShape.ring(1, ring * local, blocks, ring, layout, 1);
    HloModuleBuilder module = new HloModuleBuilder("torus_ring" + ring + "_" + layout.label() + "_l" + local, ring);
    LoweringContext ctx = new LoweringContext(module, DType.F32);
    XlaBuilder b = module.computation("main");
    Instruction q = b.parameter(0, Shape.array(DType.F32, 1, heads, 1, local, dim), "q");
    Instruction k = b.parameter(1, Shape.array(DType.F32, 1, heads, local, dim), "k");
    Instruction v = b.parameter(2, Shape.array(DType.F32, 1, heads, local, dim), "v");
    b.withOpName("attention");
    SequenceShard shard = RingLayout.shard(b, shape);
    Instruction out = AttentionLowering.core(ctx, b, q, k, v, shard, true, blocks);
    return module.build(b.build(out));
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    int heads = Integer.parseInt(args[1]);
    int dim = Integer.parseInt(args[2]);
    BlockSizes blocks = BlockSizes.of(Integer.parseInt(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[3]));
    for (int i = 5; i < args.length; i++) {
      if (args[i].startsWith("ring:")) {   // ring:N:L:layout
        String[] r = args[i].split(":");
        int n = Integer.parseInt(r[1]);
        int local = Integer.parseInt(r[2]);
        TokenLayout layout = TokenLayout.of(r[3]);
        Files.writeString(out.resolve("torus_ring" + n + "_" + layout.label() + "_l" + local + ".hlo"),
            HloTextPrinter.print(ringCausalCore(heads, dim, n, local, blocks, layout)));
        continue;
      }
      int seq = Integer.parseInt(args[i]);
      Files.writeString(out.resolve("torus_attention_s" + seq + ".hlo"), HloTextPrinter.print(causalCore(heads, dim, seq, blocks)));
    }
  }
}
