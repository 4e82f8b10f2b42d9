package dev.torus.golden;

import dev.torus.harness.XlaHarness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.DType;
import dev.torus.artifact.Npy;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.lower.LayerLowering;
import dev.torus.compiler.lower.ModelWeights;
import dev.torus.dsl.Attention;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.FeedForward;
import dev.torus.dsl.Layer;
import dev.torus.dsl.RunShape;
import dev.torus.dsl.tensor.Tensor;
import dev.torus.dsl.tensor.Tensors;
import dev.torus.harness.XlaHarness.Input;
import dev.torus.harness.XlaHarness.Output;
import dev.torus.harness.XlaHarness.Program;
import dev.torus.harness.XlaHarness.Reference;
import dev.torus.harness.XlaHarness.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Attention, a feedforward and a user's own tensor-DSL layer, each compiled as a program of its
 * own, run by XLA and compared with NumPy.
 */
class StandaloneLayerTest {
  static final Path WORK = Path.of("target/xla-harness/layers").toAbsolutePath();

  record Case(Layer layer, Reference reference) {}

  @Test
  void layersStandAloneAndMatchNumPy() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    Attention gqa = Attention.heads(4, 16).withKvHeads(2);
    Layer attention = Layer.attention("attn", 64, gqa);
    Layer custom = Layer.of(Tensors.define("gated_scale", 64, t -> {
      Tensor x = t.input();
      return x.mul(x.linear(t.param("w", 64, 64)).sigmoid()).mul(t.param("scale", 64)).add(x.mean());
    }));
    List<Case> cases = List.of(
        new Case(attention, Reference.of("attention_layer", Map.of("names", names(attention), "heads", 4, "kv_heads", 2,
            "head_dim", 16, "causal", true))),
        new Case(Layer.feedForward("mlp", 64, FeedForward.swiglu(96)), Reference.of("feedforward_layer")),
        new Case(custom, Reference.of("gated_scale_layer")));
    RunShape shape = RunShape.of(2, 32, BlockSizes.of(8, 16, 8));
    List<Program> xla = new ArrayList<>();
    List<Program> numpy = new ArrayList<>();
    for (Case c : cases) {
      LayerLowering.LayerProgram p = LayerLowering.lower(c.layer, shape, DType.F32);
      String id = c.layer.name();
      Path hlo = WORK.resolve(id + ".hlo");
      Files.writeString(hlo, HloTextPrinter.print(p.module()));
      List<Input> inputs = new ArrayList<>();
      for (Instruction param : p.module().entry().parameters()) {
        Path file = WORK.resolve(id + "." + param.name() + ".npy");
        Npy.write(file, BlockwiseForwardTest.randomInput(param, null));
        inputs.add(Input.replicated(file));
      }
      xla.add(new Program(id, hlo, 1, inputs, List.of(Output.first(WORK.resolve(id + ".xla.npy")))));
      numpy.add(new Program(id, hlo, 1, inputs, List.of(Output.first(WORK.resolve(id + ".numpy.npy"))))
          .withReference(c.reference));
    }
    Summary run = harness.run(xla, WORK);
    Summary ref = harness.reference(numpy, WORK);
    for (Case c : cases) {
      String id = c.layer.name();
      assertTrue(run.program(id).ran() && ref.program(id).ran(), id + ": " + run.program(id).error() + " / "
          + ref.program(id).error());
      RealXlaGoldenTest.assertClose(Npy.read(WORK.resolve(id + ".numpy.npy")).toFloats(),
          Npy.read(WORK.resolve(id + ".xla.npy")).toFloats(), 1e-4, id);
    }
  }

  private static List<String> names(Layer layer) {
    return ModelWeights.params(layer).stream().map(ModelWeights.LayerParam::name).toList();
  }
}
