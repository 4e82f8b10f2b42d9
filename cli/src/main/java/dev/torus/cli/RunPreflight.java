package dev.torus.cli;

import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.HostTensor;
import dev.torus.compiler.lower.ModelWeights;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.dsl.ModelSpec;
import dev.torus.hf.Checkpoint;
import dev.torus.hf.InvalidCheckpointException;
import dev.torus.hf.TensorInfo;
import dev.torus.train.DoesNotFitException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The checks a run makes before expensive work: every weight of the checkpoint against the shape its
 * config implies (before compiling), the parameter bytes and the compiled program's memory against
 * this machine's free memory (refused with "needs X GB, this machine has Y GB free" unless forced),
 * and a lower bound on the time the CPU needs.
 */
final class RunPreflight {
  /**
   * The CPU rate the time estimate assumes: 10^11 FLOP/s, what a fast many-core CPU sustains in
   * XLA's f32 matmuls, so the estimate is a lower bound on most machines.
   */
  static final double CPU_FLOPS_PER_SECOND = 1e11;
  /** A CPU run estimated to take longer (one hour) is refused unless forced. */
  static final double MAX_CPU_SECONDS = 3600;
  private static final int PROBLEMS_SHOWN = 3;

  private RunPreflight() {}

  /**
   * Every weight {@code model} takes is in {@code checkpoint}, with the shape the config implies and
   * a floating-point type; the refusal names the tensors, their shapes and the expected ones.
   */
  static void checkWeights(ModelSpec model, Checkpoint checkpoint) {
    List<String> problems = new ArrayList<>();
    for (ModelWeights.StoredTensor w : ModelWeights.stored(model)) {
      int layers = w.perLayer() ? model.depth() : 1;
      for (int layer = 0; layer < layers; layer++) {
        String name = w.hfName(layer);
        String expected = HostTensor.typeString(model.paramType(), w.layerShape());
        if (!checkpoint.tensorNames().contains(name)) {
          problems.add("tensor '" + name + "' is missing (expected " + expected + ")");
          continue;
        }
        TensorInfo info = checkpoint.info(name);
        if (!info.shape().equals(w.layerShape())) {
          problems.add("tensor '" + name + "' has shape " + info.type() + ", expected "
              + HostTensor.typeString(info.dtype(), w.layerShape()));
        } else if (!info.dtype().isFloating()) {
          problems.add("tensor '" + name + "' is " + info.type() + ", expected floating point (f32, bf16 or f16)");
        }
      }
    }
    if (!problems.isEmpty()) {
      String shown = String.join("; ", problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size())));
      throw new InvalidCheckpointException("checkpoint " + checkpoint.dir() + " does not match its "
          + Checkpoint.CONFIG + " (width " + model.width() + ", " + model.depth() + " layers, vocabulary "
          + model.vocabSize() + "): " + shown + (problems.size() > PROBLEMS_SHOWN
              ? "; and " + (problems.size() - PROBLEMS_SHOWN) + " more" : "")
          + "; the config and the safetensors must come from the same save_pretrained");
    }
  }

  /** Bytes of all of {@code model}'s parameters in its parameter type; an impossible size is refused. */
  static long parameterBytes(ModelSpec model) {
    long bytes = 0;
    try {
      for (WeightSpec w : ModelWeights.of(model)) {
        long elements = 1;
        for (long d : w.shape()) {
          elements = Math.multiplyExact(elements, d);
        }
        bytes = Math.addExact(bytes, Math.multiplyExact(elements, (long) w.dtype().byteSize()));
      }
    } catch (ArithmeticException e) {
      throw new DoesNotFitException("model " + model.name() + " has more than 2^63 bytes of parameters (width "
          + model.width() + ", " + model.depth() + " layers, vocabulary " + model.vocabSize() + "); check its config");
    }
    return bytes;
  }

  /**
   * Bytes a CPU run of {@code main} on {@code devices} (its single-device emulation when more than
   * one) needs: the weights once, each device's arguments, output and peak temporaries besides the
   * weights, and the host copy of the logits. Empty when the manifest has no memory figures.
   */
  static OptionalLong runBytes(EntryPoint main, long weightBytes, int devices) {
    if (main.memory() == null) {
      return OptionalLong.empty();
    }
    long perDevice = main.memory().peakBytes(0) - weightBytes;
    long logits = main.outputs().get(0).asGlobal().perDeviceBytes();
    return OptionalLong.of(weightBytes + devices * Math.max(0, perDevice) + logits);
  }

  /**
   * Refuses (exit 3) when {@code neededBytes} exceed this machine's free memory, unless {@code
   * force}; {@code what} names what needs it ("the weights of llama2-7b").
   */
  static void checkMemory(String what, long neededBytes, boolean force) {
    OptionalLong free = MachineMemory.availableBytes();
    if (force || free.isEmpty() || neededBytes <= free.getAsLong()) {
      return;
    }
    throw new DoesNotFitException(what + " needs " + MachineMemory.gigabytes(neededBytes) + ", this machine has "
        + MachineMemory.gigabytes(free.getAsLong()) + " free (MemAvailable); free memory, choose fewer tokens,"
        + " or pass --force to try anyway");
  }

  /**
   * FLOPs of the forward pass on {@code batch} sequences of {@code seq} tokens: two per parameter
   * and token outside the embedding, plus causal attention's scores and weighted sum.
   */
  static double forwardFlops(ModelSpec model, long batch, long seq) {
    double parameters = 0;
    for (WeightSpec w : ModelWeights.of(model)) {
      parameters += w.shape().stream().mapToDouble(Long::doubleValue).reduce(1, (a, b) -> a * b);
    }
    double embedding = (double) model.vocabSize() * model.width();
    double queryWidth = (double) model.attention().heads() * model.attention().headDim();
    return 2 * (parameters - embedding) * batch * seq + 2.0 * model.depth() * batch * seq * seq * queryWidth;
  }

  /**
   * The seconds a CPU needs at least for the forward pass; refused (exit 3) above {@link
   * #MAX_CPU_SECONDS} unless {@code force}.
   */
  static double checkCpuTime(ModelSpec model, long batch, long seq, boolean force) {
    double flops = forwardFlops(model, batch, seq);
    double seconds = flops / CPU_FLOPS_PER_SECOND;
    if (seconds > MAX_CPU_SECONDS && !force) {
      throw new DoesNotFitException(String.format(Locale.ROOT, "%d x %d tokens of %s need about %.3g TFLOP, at least"
          + " %s on a CPU at %.0f GFLOP/s; run fewer tokens, use pod-run on accelerators, or pass --force to run"
          + " anyway", batch, seq, model.name(), flops / 1e12, duration(seconds), CPU_FLOPS_PER_SECOND / 1e9));
    }
    return seconds;
  }

  /** "42 s", "12 min", "3.5 h". */
  static String duration(double seconds) {
    return seconds < 120 ? String.format(Locale.ROOT, "%.0f s", seconds)
        : seconds < 7200 ? String.format(Locale.ROOT, "%.0f min", seconds / 60)
        : String.format(Locale.ROOT, "%.1f h", seconds / 3600);
  }
}
