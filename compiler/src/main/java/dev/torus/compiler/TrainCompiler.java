package dev.torus.compiler;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.torus.artifact.DType;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.Manifest;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSpec;
import dev.torus.compiler.emit.ArtifactEmitter;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.compiler.train.AdamW;
import dev.torus.compiler.train.LossGradients;
import dev.torus.compiler.train.StepOptions;
import dev.torus.compiler.train.TrainStep;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import dev.torus.dsl.hf.HfModels;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiles a training step ({@link TrainStep}) to an artifact. Inputs: {@code tokens} and
 * {@code targets} (role {@code targets}) sharded like the forward's tokens, {@code step} (s32, 1-based),
 * the weights (role {@code weight}, with their Hugging Face names), then {@code m.<weight>} and
 * {@code v.<weight>} (role {@code state}, f32). Outputs: {@code loss} (role {@code loss}),
 * {@code grad_norm} and {@code learning_rate} (role {@code metric}), then the new weights and moments
 * under the inputs' names. The manifest's model record adds {@code "task": "train"} and the optimizer.
 */
public final class TrainCompiler {
  /** The name of the eval entry point. */
  public static final String EVAL = "eval";

  private TrainCompiler() {}

  public static ForwardCompiler.Compiled compile(ModelSpec model, RunShape shape, AdamW optimizer) {
    return compile(model, shape, optimizer, false);
  }

  /**
   * The train step, and with {@code eval} a second entry point {@value #EVAL}: the same tokens,
   * targets and weights to the loss alone (no update), for an eval loss on held-out data.
   */
  public static ForwardCompiler.Compiled compile(ModelSpec model, RunShape shape, AdamW optimizer, boolean eval) {
    return compile(model, shape, optimizer, eval, StepOptions.DEFAULT);
  }

  /**
   * {@link #compile(ModelSpec, RunShape, AdamW, boolean)} with micro-batches and a compute precision:
   * with {@code accumulate} K the step's {@code tokens} and {@code targets} are {@code [K B, S]} (K
   * micro-batches of the shape's batch B stacked along the rows; per device K times the local rows,
   * micro-batch k the local rows {@code [k b, (k+1) b)}), the eval entry point keeps {@code [B, S]};
   * the model record adds {@code "accumulate"}, {@code "precision"} and {@code "remat"} when they are not the defaults.
   */
  public static ForwardCompiler.Compiled compile(ModelSpec model, RunShape shape, AdamW optimizer, boolean eval,
      StepOptions options) {
    TrainStep.Program p = TrainStep.build(model, shape, optimizer, options);
    List<Long> ids = List.of((long) shape.batch(), (long) shape.sequence());
    List<TensorSpec> microBatch = List.of(ForwardCompiler.sequenceSharded("tokens", Role.TOKENS, DType.S32, shape, ids),
        ForwardCompiler.sequenceSharded("targets", Role.TARGETS, DType.S32, shape, ids));
    List<TensorSpec> inputs = new ArrayList<>();
    microBatch.forEach(t -> inputs.add(rowsTimes(t, options.accumulate())));
    inputs.addAll(ForwardCompiler.documentInputs(shape));
    inputs.add(TensorSpec.replicated("step", Role.STEP, DType.S32, List.of()));
    List<TensorSpec> outputs = new ArrayList<>();
    outputs.add(TensorSpec.replicated("loss", Role.LOSS, DType.F32, List.of()));
    outputs.add(TensorSpec.replicated("grad_norm", Role.METRIC, DType.F32, List.of()));
    outputs.add(TensorSpec.replicated("learning_rate", Role.METRIC, DType.F32, List.of()));
    List<TensorSpec> weights = new ArrayList<>();
    List<TensorSpec> state = new ArrayList<>();
    for (WeightSpec w : p.weights()) {
      weights.add(ForwardCompiler.weightSpec(w.name(), Role.WEIGHT, w, w.dtype(), shape));
    }
    for (String moment : List.of("m.", "v.")) {
      for (WeightSpec w : p.weights()) {
        state.add(ForwardCompiler.weightSpec(moment + w.name(), Role.STATE, w, DType.F32, shape));
      }
    }
    inputs.addAll(weights);
    inputs.addAll(state);
    outputs.addAll(weights);
    outputs.addAll(state);
    JsonMapper json = JsonMapper.builder().build();
    ObjectNode record = json.valueToTree(new ForwardCompiler.ModelRecord(model, shape));
    record.put("task", "train");
    record.set("optimizer", json.valueToTree(optimizer));
    if (!options.isDefault()) {
      record.put("accumulate", options.accumulate());
      record.put("precision", options.precision().spelling());
      record.put("remat", options.remat().label());
    }
    if (options.target() != dev.torus.compiler.hardware.Target.DEFAULT) {
      record.put(ForwardCompiler.TARGET, options.target().label());
    }
    if (HfModels.hasConfigJson(model)) {  // the config.json of the checkpoints a training session saves
      record.set("hfConfig", HfModels.configJson(model));
    }
    // The new weights and moments live in the buffers of the old ones: per step only the batch goes
    // in and a few scalars come out, and the state is not held twice.
    EntryPoint step = EntryPoint.of(EntryPoint.MAIN, inputs, outputs).withDonations(
        Stream.concat(weights.stream(), state.stream()).map(t -> new EntryPoint.Donation(t.name(), t.name())).toList());
    Manifest manifest = Manifest.builder().torusVersion(Torus.VERSION).name(p.module().name())
        .model(record)
        .mesh(ForwardCompiler.mesh(shape))
        .tokenLayout(shape.layout())
        .blockSize("blockQ", shape.blocks().query()).blockSize("blockKv", shape.blocks().keyValue())
        .blockSize("chunk", shape.blocks().chunk())
        .entryPoint(step)
        .build();
    HloModule main = p.module().withAliases(ArtifactEmitter.aliases(step));
    if (!eval) {
      return new ForwardCompiler.Compiled(main, manifest);
    }
    List<TensorSpec> evalInputs = new ArrayList<>(microBatch);
    evalInputs.addAll(ForwardCompiler.documentInputs(shape));
    evalInputs.addAll(weights);
    EntryPoint evalEntry = EntryPoint.of(EVAL, evalInputs, outputs.subList(0, 1));
    return new ForwardCompiler.Compiled(manifest.withEntryPoints(ImmutableList.of(step, evalEntry)),
        ImmutableMap.of(EntryPoint.MAIN, main, EVAL, LossGradients.buildLoss(model, shape).module()));
  }

  /** {@code spec} with {@code times} as many rows, globally and per device (the same sharding). */
  private static TensorSpec rowsTimes(TensorSpec spec, int times) {
    if (times == 1) {
      return spec;
    }
    List<Long> global = new ArrayList<>(spec.globalShape());
    List<Long> local = new ArrayList<>(spec.perDeviceShape());
    global.set(0, global.get(0) * times);
    local.set(0, local.get(0) * times);
    return TensorSpec.sharded(spec.name(), spec.role(), spec.dtype(), global, local, spec.sharding());
  }
}
