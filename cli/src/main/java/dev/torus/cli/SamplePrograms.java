package dev.torus.cli;


import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.GenerateCompiler;
import dev.torus.compiler.TrainCompiler;
import dev.torus.compiler.ir.Attrs.SourceTarget;
import dev.torus.compiler.ir.Attrs;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.lower.ModelLowering;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.compiler.samples.HloSamples;
import dev.torus.compiler.train.AdamW;
import dev.torus.dsl.Attention;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.GenerateShape;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import java.util.List;
import java.util.Map;

/**
 * The golden set: each program with how its inputs are split over its devices and its independent
 * NumPy reference (the HLO builder programs are {@link HloSamples}; the model programs come from the
 * compiler).
 */
public final class SamplePrograms {
  private SamplePrograms() {}

  /**
   * A sample program: how its inputs are split over its partitions ({@code inputShardedDims}, one
   * per parameter: the dimension split evenly over the devices, or null for a replicated input), how
   * outputs are gathered ({@code outputConcatDim}, or null: stacked per device), and the name and
   * arguments of its independent NumPy reference in {@code torus_harness.numpy_reference}
   * (null: no numeric reference). A sample that is not {@code runnable} is too large to execute on
   * the CPU here: real XLA parses it and compiles it for TPU only.
   */
  public record Sample(HloModule module, List<Integer> inputShardedDims, Integer outputConcatDim, String reference,
      Map<String, Object> referenceArgs, boolean runnable) {

    /** Every input split along dimension 0 on a multi-device program, outputs stacked. */
    public static Sample of(HloModule module, String reference, Map<String, Object> args) {
      Integer dim = module.numPartitions() == 1 ? null : 0;
      List<Integer> dims = java.util.Collections.nCopies(module.entry().parameters().size(), dim);
      return new Sample(module, dims, null, reference, args, true);
    }

    public Sample compileOnly() {
      return new Sample(module, inputShardedDims, outputConcatDim, reference, referenceArgs, false);
    }
  }

  /** The golden set, in a fixed order. */
  public static List<Sample> goldenSet() {
    return List.of(
        Sample.of(HloSamples.swigluMlp(8, 16, 32), "mlp_swiglu", Map.of()),
        Sample.of(HloSamples.stableSoftmax(4, 16), "softmax_stable", Map.of()),
        Sample.of(HloSamples.whileAccumulation(5, 8), "while_accumulate", Map.of("steps", 5)),
        ringSample(HloSamples.ringRotation(4, 3, 2, 8), 3, HloSamples.ringPairs(4)),
        Sample.of(HloSamples.collectiveRoundTrip(4, 8, 4), "collective_round_trip", Map.of()),
        forwardSample(Presets.tiny(), RunShape.of(1, 32, BlockSizes.of(8, 8, 16))),
        forwardSample(Presets.tiny(), RunShape.ring(1, 32, BlockSizes.uniform(8), 4, TokenLayout.CONTIGUOUS, 1)),
        forwardSample(Presets.tiny(), RunShape.ring(1, 32, BlockSizes.uniform(8), 4, TokenLayout.STRIPED, 1)),
        forwardSample(Presets.llama2_7b().toBuilder().depth(1).build(),
            RunShape.ring(1, 65536, BlockSizes.uniform(1024), 8, TokenLayout.STRIPED, 1)).compileOnly(),
        trainSample(Presets.tiny(), RunShape.ring(1, 32, BlockSizes.uniform(8), 4, TokenLayout.STRIPED, 1)),
        forwardSample(tinyMistral(), RunShape.ring(1, 64, BlockSizes.uniform(8), 4, TokenLayout.CONTIGUOUS, 1)),
        forwardSample(tinyGemma2Style(), RunShape.ring(1, 64, BlockSizes.uniform(8), 4, TokenLayout.CONTIGUOUS, 1)),
        decodeSample(Presets.tiny(), new GenerateShape(RunShape.ring(2, 32, BlockSizes.uniform(8), 4,
            TokenLayout.CONTIGUOUS, 1), 64)));
  }

  /**
   * A model's decode step over a KV cache sharded along the sequence (its generate artifact's
   * {@code decode.hlo}), compile-only here: its numbers are checked against Hugging Face's generate
   * and a full forward by the golden-hlo generate tests, which drive it with its prefill.
   */
  public static Sample decodeSample(ModelSpec model, GenerateShape shape) {
    HloModule m = GenerateCompiler.compile(model, shape, false).programs().get(GenerateCompiler.DECODE);  // as artifacts hold it
    return new Sample(m, java.util.Collections.nCopies(m.entry().parameters().size(), (Integer) null), null, null,
        Map.of(), false);
  }

  /**
   * The tiny model with Gemma 2's attention: a sliding window (12 tokens) in every other layer (local,
   * global, ...), attention scores soft-capped at 1 and the output logits at 2 (caps small enough to
   * bend the tiny model's numbers).
   */
  public static ModelSpec tinyGemma2Style() {
    return Presets.llama("tiny-gemma2-style", 256, 64, 2, 4, 2, 172, 1e-6, 10000)
        .slidingWindow(dev.torus.dsl.SlidingWindow.pattern(12, List.of(true, false)))
        .logitSoftCap(1.0).finalLogitSoftCap(2.0).build();
  }

  /**
   * The tiny model with Mistral's sliding window (12 tokens) in every layer: on a ring of 4 with 16
   * tokens per device, most held blocks lie wholly before every local query's window.
   */
  public static ModelSpec tinyMistral() {
    return Presets.llama("tiny-mistral", 256, 64, 2, 4, 2, 172, 1e-6, 10000)
        .slidingWindow(dev.torus.dsl.SlidingWindow.everyLayer(12)).build();
  }

  /**
   * A model's training step (loss, gradients, AdamW), compile-only here: its numbers are checked
   * against torch by the golden-hlo training tests, which build their own inputs.
   */
  public static Sample trainSample(ModelSpec model, RunShape shape) {
    HloModule m = TrainCompiler.compile(model, shape, AdamW.llamaDefaults(3e-4, 100, 10000)).module();  // as artifacts hold it
    List<Integer> dims = new java.util.ArrayList<>(java.util.Collections.nCopies(m.entry().parameters().size(),
        (Integer) null));
    if (shape.ring() > 1) {
      dims.set(0, 1);
      dims.set(1, 1);
    }
    return new Sample(m, dims, null, null, Map.of(), false);
  }

  /** A permute loop with its reference: {@code steps} applications of {@code pairs}. */
  public static Sample ringSample(HloModule module, int steps, List<SourceTarget> pairs) {
    List<List<Integer>> p = pairs.stream().map(st -> List.of(st.source(), st.target())).toList();
    return Sample.of(module, "permute_loop", Map.of("steps", steps, "pairs", p));
  }

  /**
   * A model's blockwise forward pass with the dense NumPy LLaMA reference's arguments; on a ring, the
   * tokens are split along the sequence and the logits gathered along it (the reference applies to
   * the contiguous layout, where device order is sequence order).
   */
  public static Sample forwardSample(ModelSpec model, RunShape shape) {
    ModelLowering.Forward f = ModelLowering.forward(model, shape, false);
    Attention a = model.attention();
    Map<String, Object> args = new java.util.LinkedHashMap<>();
    args.put("names", f.weights().stream().map(WeightSpec::name).toList());
    args.put("heads", a.heads());
    args.put("kv_heads", a.kvHeads());
    args.put("head_dim", a.headDim());
    args.put("causal", a.causal());
    args.put("eps", model.block().attentionNorm().eps());
    args.put("tied", model.tiedEmbeddings());
    args.put("norm", model.block().attentionNorm().kind() == dev.torus.dsl.Norm.Kind.RMS ? "rms" : "layer");
    args.put("residual", model.block().residual().name().toLowerCase(java.util.Locale.ROOT));
    args.put("ffn", model.block().ffn().kind().name().toLowerCase(java.util.Locale.ROOT));
    args.put("rope_theta", a.ropeTheta() == null ? 0.0 : a.ropeTheta());  // 0: no RoPE
    if (a.slidingWindow() != null) {
      args.put("window", a.slidingWindow().size());
      args.put("window_layers", a.slidingWindow().layers());
    }
    if (a.logitSoftCap() != null) {
      args.put("soft_cap", a.logitSoftCap());
    }
    if (model.finalLogitSoftCap() != null) {
      args.put("final_soft_cap", model.finalLogitSoftCap());
    }
    List<Integer> dims = new java.util.ArrayList<>(java.util.Collections.nCopies(f.weights().size() + 1, (Integer) null));
    if (shape.ring() == 1) {
      return new Sample(f.module(), dims, null, "llama_forward", args, true);
    }
    dims.set(0, 1);
    boolean sequenceOrder = shape.layout() == TokenLayout.CONTIGUOUS;
    return new Sample(f.module(), dims, 1, sequenceOrder ? "llama_forward" : null, sequenceOrder ? args : Map.of(), true);
  }

}
