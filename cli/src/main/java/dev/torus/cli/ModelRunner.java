package dev.torus.cli;

import dev.torus.artifact.Role;
import static com.google.common.base.Preconditions.checkArgument;

import dev.torus.artifact.Artifact;
import dev.torus.artifact.DType;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.TensorSpec;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import dev.torus.artifact.TokenLayout;
import dev.torus.hf.Checkpoint;
import dev.torus.hf.CheckpointWeights;
import dev.torus.runtime.LoadedProgram;
import dev.torus.runtime.TorusRuntime;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The {@code ./torus run} code path: compile a model for the tokens' shape (on one device or a ring),
 * write the artifact, load the checkpoint's weights by the manifest's names, run on the CPU through
 * TensorFlow Java (a ring program as its emulation of all devices).
 */
public final class ModelRunner {
  private ModelRunner() {}

  /**
   * How to run: block sizes (null for {@link #defaultBlocks} of the per-device length) and the ring
   * (1: one device). A ring program runs as its single-device emulation of all N devices through
   * TensorFlow Java, with the tokens in the layout's device order.
   */
  public record Options(BlockSizes blocks, int ring, TokenLayout layout) {
    public static Options singleDevice(BlockSizes blocks) {
      return new Options(blocks, 1, TokenLayout.CONTIGUOUS);
    }
  }

  /** The logits and where the time went (milliseconds; loading includes starting TensorFlow). */
  public record Result(HostTensor logits, Artifact artifact, double compileMs, double loadMs, double runMs) {}

  /**
   * Runs {@code model} with the weights of {@code checkpointDir} on {@code tokens s32[batch, S]}.
   *
   * @param blocks block sizes, or null for {@link #defaultBlocks}
   * @throws IllegalArgumentException for tokens of the wrong rank or type, or ids outside the vocabulary
   */
  public static Result run(ModelSpec model, Path checkpointDir, HostTensor tokens, BlockSizes blocks, Path artifactDir)
      throws IOException {
    return run(model, checkpointDir, tokens, Options.singleDevice(blocks), artifactDir);
  }

  public static Result run(ModelSpec model, Path checkpointDir, HostTensor tokens, Options options, Path artifactDir)
      throws IOException {
    return run(model, checkpointDir, tokens, options, artifactDir, GracefulStop.never());
  }

  /**
   * As {@link #run(ModelSpec, Path, HostTensor, Options, Path)}, stopping between compiling, loading
   * the weights and running when {@code stop} is asked to ({@link GracefulStop.Stopped}), with
   * TensorFlow's resources closed.
   */
  public static Result run(ModelSpec model, Path checkpointDir, HostTensor tokens, Options options, Path artifactDir,
      GracefulStop stop) throws IOException {
    checkTokens(model, tokens);
    int batch = Math.toIntExact(tokens.shape().get(0));
    int seq = Math.toIntExact(tokens.shape().get(1));
    checkArgument(seq % options.ring() == 0, "sequence length %s must be a multiple of the ring size %s", seq, options.ring());
    BlockSizes blocks = options.blocks() == null ? defaultBlocks(seq / options.ring()) : options.blocks();
    RunShape shape = RunShape.ring(batch, seq, blocks, options.ring(), options.layout(), 1);
    long t0 = System.nanoTime();
    Artifact artifact = ForwardCompiler.compile(model, shape, false).write(artifactDir, shape.devices() > 1);
    long t1 = System.nanoTime();
    stop.throwIfRequested("after compiling, before loading the weights");
    EntryPoint main = artifact.manifest().entryPoint(EntryPoint.MAIN);
    HostTensor logits;
    long t2;
    long t3;
    try (TorusRuntime runtime = TorusRuntime.cpu(); LoadedProgram program = runtime.load(artifact);
        LoadedProgram.Feed feed = program.feed(); Checkpoint checkpoint = Checkpoint.open(checkpointDir)) {
      // Each weight goes straight into TensorFlow, so no host copy of the whole model is kept.
      for (TensorSpec spec : main.inputs()) {
        feed.set(spec.name(), spec.role() == Role.TOKENS ? tokens : CheckpointWeights.load(spec, checkpoint));
      }
      t2 = System.nanoTime();
      stop.throwIfRequested("after loading the weights, before running");
      logits = feed.run().get(0);  // the runtime puts tokens in the ring's layout and logits back
      t3 = System.nanoTime();
    }
    return new Result(logits, artifact, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
  }

  /** Blocks of up to 512 tokens that tile {@code seq}: the largest divisor of seq not above 512. */
  public static BlockSizes defaultBlocks(int seq) {
    int block = Math.min(seq, 512);
    while (seq % block != 0) {
      block--;
    }
    return BlockSizes.uniform(block);
  }

  private static void checkTokens(ModelSpec model, HostTensor tokens) {
    checkArgument(tokens.dtype() == DType.S32 && tokens.rank() == 2,
        "token ids must be int32 or int64 of shape [batch, sequence], got %s", HostTensor.typeString(tokens.dtype(), tokens.shape()));
    int[] ids = tokens.toInts();
    for (int i = 0; i < ids.length; i++) {
      long seqLen = tokens.shape().get(1);
      checkArgument(ids[i] >= 0 && ids[i] < model.vocabSize(),
          "token id %s at [%s, %s] is outside the vocabulary 0..%s of model %s", ids[i], i / seqLen, i % seqLen,
          model.vocabSize() - 1, model.name());
    }
  }
}
