package dev.torus.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.artifact.DType;
import dev.torus.compiler.emit.StableHloPrinter;
import dev.torus.compiler.hardware.Target;
import dev.torus.compiler.lower.LayerLowering;
import dev.torus.compiler.lower.ModelWeights;
import dev.torus.dsl.Attention;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.Layer;
import dev.torus.dsl.RunShape;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the programs of the GPU check ({@code bench/gpu_check.py}): standalone causal
 * attention layers as StableHLO, with a JSON index of their shapes and parameter names. Usage:
 * {@code DeviceCheckPrograms OUT_DIR [f32,bf16] [cpu|gpu]} (parameter types, default f32; target, default
 * cpu: {@code gpu} writes {@code --target gpu} programs, cuDNN fused attention per block pair, ids ending {@code _gpu}).
 */
public final class DeviceCheckPrograms {
  private DeviceCheckPrograms() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    ObjectMapper json = new ObjectMapper();
    ArrayNode index = json.createArrayNode();
    int width = 2048;
    Attention attention = Attention.heads(16, 128).withKvHeads(16);
    DType[] types = args.length > 1 ? java.util.Arrays.stream(args[1].split(",")).map(DType::of).toArray(DType[]::new)
        : new DType[] {DType.F32};
    Target target = args.length > 2 ? Target.of(args[2]) : Target.DEFAULT;
    for (DType type : types)
    for (int seq : new int[] {4096, 16384}) {
      for (int block : new int[] {512, 1024}) {
        // gpu: query blocks of `block` against key blocks a quarter as long, so each query block merges
        // at least 4 fused calls (not one whole-sequence call).
        BlockSizes blocks = target.fusedAttention() ? BlockSizes.of(block, block / 4, block) : BlockSizes.uniform(block);
        String id = "attention_s" + seq + "_b" + block + (type == DType.F32 ? "" : "_" + type.xlaName())
            + (target.fusedAttention() ? "_" + target.label() : "");
        Layer layer = Layer.attention("attn", width, attention);
        LayerLowering.LayerProgram p = LayerLowering.lower(layer, RunShape.of(1, seq, blocks), type, target);
        Files.writeString(out.resolve(id + ".stablehlo.mlir"), StableHloPrinter.print(p.module()));
        ObjectNode e = index.addObject().put("id", id).put("seq", seq).put("block", block).put("width", width)
            .put("heads", attention.heads()).put("kvHeads", attention.kvHeads()).put("headDim", attention.headDim())
            .put("ropeTheta", attention.ropeTheta()).put("causal", attention.causal()).put("paramType", type.xlaName());
        ArrayNode params = e.putArray("params");
        for (ModelWeights.LayerParam w : p.weights()) {
          ArrayNode dims = params.addObject().put("name", w.name()).putArray("dims");
          for (long d : w.dims()) {
            dims.add(d);
          }
        }
      }
    }
    json.writerWithDefaultPrettyPrinter().writeValue(out.resolve("index.json").toFile(), index);
  }
}
