package dev.torus.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.artifact.Npy;
import dev.torus.compiler.analysis.AttentionLoopRuns;
import dev.torus.compiler.analysis.CostAnalysis;
import dev.torus.compiler.analysis.LoopRunCosts;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.ir.ArrayShape;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.compiler.train.AdamW;
import dev.torus.compiler.train.TrainStep;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.train.DocumentPacking;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the two train steps of {@code bench/packed_cpu.py}: the tiny model on one device at
 * sequence S, packed documents ({@code packed.hlo}) and one causal sequence ({@code causal.hlo}), one
 * row of {@code DOCS} documents of random lengths that fill S exactly ({@code rows.*.npy}, the same
 * tokens and targets for both), and {@code packed.json}: each program's parameters in order and the
 * FLOPs {@link CostAnalysis} counts for it on these documents ({@link AttentionLoopRuns#packed}) and
 * as one causal sequence. Usage: {@code PackedBenchPrograms OUT_DIR S BLOCK DOCS [CHUNK]}: query and
 * key/value blocks of BLOCK, feedforward, norm and loss chunks of CHUNK tokens (default BLOCK).
 */
public final class PackedBenchPrograms {
  private PackedBenchPrograms() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    int seq = Integer.parseInt(args[1]);
    int block = Integer.parseInt(args[2]);
    int count = Integer.parseInt(args[3]);
    int chunk = args.length > 4 ? Integer.parseInt(args[4]) : block;
    Files.createDirectories(out);
    ModelSpec model = Presets.tiny();
    Random random = new Random(16);
    List<int[]> documents = new ArrayList<>();
    int left = seq;
    for (int d = 0; d < count; d++) {
      int length = d == count - 1 ? left : Math.max(1, (int) (left / (count - d) * (0.5 + random.nextDouble())));
      int[] doc = new int[length];
      for (int i = 0; i < length; i++) {
        doc[i] = i == length - 1 ? 0 : 1 + random.nextInt(model.vocabSize() - 1);
      }
      documents.add(doc);
      left -= length;
    }
    DocumentPacking.Rows rows = DocumentPacking.pack(documents, 1, seq, 0);
    Npy.write(out.resolve("rows.tokens.npy"), rows.tokensTensor());
    Npy.write(out.resolve("rows.targets.npy"), rows.targetsTensor());
    Npy.write(out.resolve("rows.segment_ids.npy"), rows.segmentIdsTensor());
    Npy.write(out.resolve("rows.positions.npy"), rows.positionsTensor());
    AdamW adam = AdamW.llamaDefaults(3e-4, 10, 1000);
    RunShape causal = RunShape.of(1, seq, BlockSizes.of(block, block, chunk));
    ObjectMapper json = new ObjectMapper();
    ObjectNode meta = json.createObjectNode().put("model", model.name()).put("seq", seq).put("block", block)
        .put("chunk", chunk).put("documents", count);
    for (RunShape shape : List.of(causal.packedDocuments(), causal)) {
      String name = shape.packed() ? "packed" : "causal";
      TrainStep.Program p = TrainStep.build(model, shape, adam);
      Files.writeString(out.resolve(name + ".hlo"), HloTextPrinter.print(p.module()));
      LoopRunCosts costs = LoopRunCosts.of(p.module(), AttentionLoopRuns.causal(shape, 0).keySet());
      Map<List<String>, Double> runs = shape.packed() ? AttentionLoopRuns.packed(shape, 0, rows.segmentIds())
          : AttentionLoopRuns.causal(shape, 0);
      ObjectNode side = meta.putObject(name).put("flops", costs.cost(runs).flops());
      ArrayNode weights = side.putArray("weights");
      p.weights().stream().map(WeightSpec::name).forEach(weights::add);
      ArrayNode parameters = side.putArray("parameters");
      for (Instruction parameter : p.module().entry().parameters()) {
        ArrayShape s = parameter.arrayShape();
        ObjectNode node = parameters.addObject().put("name", parameter.name())
            .put("dtype", s.elementType().name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode dims = node.putArray("shape");
        s.dims().forEach(dims::add);
      }
    }
    json.writerWithDefaultPrettyPrinter().writeValue(out.resolve("packed.json").toFile(), meta);
  }
}
