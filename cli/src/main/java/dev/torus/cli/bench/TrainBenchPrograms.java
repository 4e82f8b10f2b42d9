package dev.torus.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.compiler.lower.Remat;
import dev.torus.compiler.train.AdamW;
import dev.torus.compiler.train.StepOptions;
import dev.torus.compiler.train.TrainStep;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.artifact.TokenLayout;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes Torus's train step for {@code bench/train_cpu.py}: {@code NAME.hlo} and {@code NAME.json}
 * (the model's sizes and the weights in parameter order). Usage: {@code TrainBenchPrograms OUT_DIR
 * NAME:WIDTH:DEPTH:HEADS:KV_HEADS:FFN:VOCAB:BATCH:SEQ:RING:BLOCK[:REMAT] ...}; contiguous ring, f32,
 * LLaMA architecture, AdamW with LLaMA's defaults (peak 3e-4, 10 warmup steps of 1000); REMAT is a
 * {@link Remat} label ({@code layer-inputs} when left out).
 */
public final class TrainBenchPrograms {
  private TrainBenchPrograms() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    ObjectMapper json = new ObjectMapper();
    for (int i = 1; i < args.length; i++) {
      String[] f = args[i].split(":");
      Remat remat = f.length > 11 ? Remat.parse(f[11]) : Remat.LAYER_INPUTS;
      int[] v = new int[10];
      for (int k = 1; k <= 10; k++) {
        v[k - 1] = Integer.parseInt(f[k]);
      }
      ModelSpec model = Presets.llama(f[0], v[5], v[0], v[1], v[2], v[3], v[4], 1e-6, 10000).build();
      RunShape shape = RunShape.ring(v[6], v[7], BlockSizes.uniform(v[9]), v[8], TokenLayout.CONTIGUOUS, 1);
      AdamW adam = AdamW.llamaDefaults(3e-4, 10, 1000);
      TrainStep.Program p = TrainStep.build(model, shape, adam, StepOptions.DEFAULT.withRemat(remat));
      Files.writeString(out.resolve(f[0] + ".hlo"), HloTextPrinter.print(p.module()));
      ObjectNode meta = json.createObjectNode().put("width", v[0]).put("depth", v[1]).put("heads", v[2])
          .put("kvHeads", v[3]).put("ffn", v[4]).put("vocab", v[5]).put("batch", v[6]).put("seq", v[7])
          .put("ring", v[8]).put("block", v[9]).put("eps", 1e-6).put("ropeTheta", 10000.0).put("remat", remat.label());
      meta.set("optimizer", json.valueToTree(adam));
      ArrayNode weights = meta.putArray("weights");
      for (WeightSpec w : p.weights()) {
        ArrayNode shapeNode = weights.addObject().put("name", w.name()).putArray("shape");
        w.shape().forEach(shapeNode::add);
      }
      json.writerWithDefaultPrettyPrinter().writeValue(out.resolve(f[0] + ".json").toFile(), meta);
    }
  }
}
