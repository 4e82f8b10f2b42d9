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
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.torus.artifact.TensorSource;
import dev.torus.hf.InvalidCheckpointException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The {@code ./torus run} code path: compile a model for the tokens' shape (on one device or a ring),
 * write the artifact, stream the checkpoint's weights by the manifest's names into TensorFlow, run
 * on the CPU through TensorFlow Java (a ring program as its emulation of all devices).
 */
public final class ModelRunner {
  private ModelRunner() {}

  /**
   * How to run: block sizes (null for {@link #defaultBlocks} of the per-device length) and the ring
   * (1: one device). A ring program runs as its single-device emulation of all N devices through
   * TensorFlow Java, with the tokens in the layout's device order. {@code force} runs even when the
   * memory pre-flight says this machine has too little free memory; {@code ignoreUnused} runs even
   * when the checkpoint holds tensors the model does not read (by default they are refused).
   */
  public record Options(BlockSizes blocks, int ring, TokenLayout layout, boolean force, boolean ignoreUnused) {
    public Options(BlockSizes blocks, int ring, TokenLayout layout) {
      this(blocks, ring, layout, false, false);
    }

    public static Options singleDevice(BlockSizes blocks) {
      return new Options(blocks, 1, TokenLayout.CONTIGUOUS);
    }
  }

  /** The logits and where the time went (milliseconds; loading includes starting TensorFlow). */
  public record Result(HostTensor logits, Artifact artifact, double compileMs, double loadMs, double runMs) {}

  /** What a caller does with the logits while TensorFlow holds them (any size; valid during the call). */
  @FunctionalInterface
  public interface LogitsUse<T> {
    T apply(TensorSource logits) throws IOException;
  }

  /**
   * A run whose logits went to a {@link LogitsUse}: its value, the model that ran (the LM head
   * untied when the checkpoint says so), notes for the user, and the times as in {@link Result}.
   */
  public record Streamed<T>(T value, ModelSpec model, Artifact artifact, ImmutableList<String> notes,
      double compileMs, double loadMs, double runMs) {}

  /**
   * Runs {@code model} with the weights of {@code checkpointDir} on {@code tokens s32[batch, S]}.
   * Before compiling, every weight of the checkpoint is checked against the shape the model implies,
   * and the parameter bytes against the machine's free memory; before loading, the compiled
   * program's memory figure too ({@link RunPreflight}).
   *
   * @param blocks block sizes, or null for {@link #defaultBlocks}
   * @throws IllegalArgumentException for tokens of the wrong rank or type, or ids outside the vocabulary
   */
  public static Result run(ModelSpec model, Path checkpointDir, HostTensor tokens, BlockSizes blocks, Path artifactDir)
      throws IOException {
    return run(model, checkpointDir, tokens, Options.singleDevice(blocks), artifactDir);
  }

  /** As {@link #run(ModelSpec, Path, HostTensor, Options, Path, LogitsUse, GracefulStop)}, the logits whole in host memory. */
  public static Result run(ModelSpec model, Path checkpointDir, HostTensor tokens, Options options, Path artifactDir)
      throws IOException {
    Streamed<HostTensor> r = run(model, checkpointDir, tokens, options, artifactDir, TensorSource::toHost,
        GracefulStop.never());
    return new Result(r.value(), r.artifact(), r.compileMs(), r.loadMs(), r.runMs());
  }

  /** As {@link #run(ModelSpec, Path, HostTensor, Options, Path, LogitsUse, GracefulStop)}, never stopped early. */
  public static <T> Streamed<T> run(ModelSpec model, Path checkpointDir, HostTensor tokens, Options options,
      Path artifactDir, LogitsUse<T> use) throws IOException {
    return run(model, checkpointDir, tokens, options, artifactDir, use, GracefulStop.never());
  }

  /**
   * Compiles {@code model} for the tokens' shape, feeds each weight from the checkpoint straight into
   * TensorFlow window by window (no whole host copy, any size), runs, and hands the logits to
   * {@code use}. Follows transformers where the checkpoint and config disagree: an {@code
   * lm_head.weight} that differs from the embedding is the head even under {@code
   * tie_word_embeddings}. Refuses, naming them, tensors the model does not read unless {@code
   * options.ignoreUnused()}. Stops between compiling, loading the weights and running when {@code
   * stop} is asked to ({@link GracefulStop.Stopped}), with TensorFlow's resources closed.
   */
  public static <T> Streamed<T> run(ModelSpec model, Path checkpointDir, HostTensor tokens, Options options,
      Path artifactDir, LogitsUse<T> use, GracefulStop stop) throws IOException {
    checkTokens(model, tokens);
    int batch = Math.toIntExact(tokens.shape().get(0));
    int seq = Math.toIntExact(tokens.shape().get(1));
    checkArgument(seq % options.ring() == 0, "sequence length %s must be a multiple of the ring size %s", seq, options.ring());
    BlockSizes blocks = options.blocks() == null ? defaultBlocks(seq / options.ring()) : options.blocks();
    RunShape shape = RunShape.ring(batch, seq, blocks, options.ring(), options.layout(), 1);
    List<String> notes = new ArrayList<>();
    try (Checkpoint checkpoint = Checkpoint.open(checkpointDir)) {
      RunPreflight.checkWeights(model, checkpoint);
      long weightBytes = RunPreflight.parameterBytes(model);
      RunPreflight.checkMemory("the weights of " + model.name(), weightBytes, options.force());
      if (model.tiedEmbeddings() && CheckpointWeights.hasSeparateHead(checkpoint)) {
        model = model.toBuilder().tiedEmbeddings(false).build();
        notes.add("the config ties the LM head to the embedding (tie_word_embeddings), but the checkpoint's "
            + CheckpointWeights.HEAD + " differs from " + CheckpointWeights.EMBEDDING + "; it is the head, as"
            + " transformers loads it (set tie_word_embeddings to false to silence this)");
      }
      long t0 = System.nanoTime();
      Artifact artifact = ForwardCompiler.compile(model, shape, false).write(artifactDir, shape.devices() > 1);
      long t1 = System.nanoTime();
      stop.throwIfRequested("after compiling, before loading the weights");
      EntryPoint main = artifact.manifest().entryPoint(EntryPoint.MAIN);
      OptionalLong needed = RunPreflight.runBytes(main, weightBytes, shape.devices());
      if (needed.isPresent()) {
        RunPreflight.checkMemory("running " + model.name() + " on " + batch + " x " + seq + " tokens",
            needed.getAsLong(), options.force());
      }
      checkUnused(main, checkpoint, model.name(), options.ignoreUnused(), notes);
      widening(main, checkpoint).ifPresent(notes::add);
      T value;
      long t2;
      long t3;
      try (TorusRuntime runtime = TorusRuntime.cpu(); LoadedProgram program = runtime.load(artifact);
          LoadedProgram.Feed feed = program.feed()) {
        // Each weight streams from its file into a TensorFlow tensor: no host copy of it or of the model.
        for (TensorSpec spec : main.inputs()) {
          feed.set(spec.name(), spec.role() == Role.TOKENS ? tokens : CheckpointWeights.source(spec, checkpoint));
        }
        t2 = System.nanoTime();
        stop.throwIfRequested("after loading the weights, before running");
        value = feed.run(outputs -> use.apply(outputs.get(0)));  // the runtime puts logits back in sequence order
        t3 = System.nanoTime();
      }
      return new Streamed<>(value, model, artifact, ImmutableList.copyOf(notes), (t1 - t0) / 1e6, (t2 - t1) / 1e6,
          (t3 - t2) / 1e6);
    }
  }

  /**
   * Refuses the checkpoint tensors {@code main} does not read, naming them, unless {@code ignore}
   * (then a note names them).
   */
  static void checkUnused(EntryPoint main, Checkpoint checkpoint, String modelName, boolean ignore, List<String> notes) {
    ImmutableSortedSet<String> unused = CheckpointWeights.unused(main, checkpoint);
    if (unused.isEmpty()) {
      return;
    }
    String names = unused.size() + " tensor(s) that model " + modelName + " does not read: "
        + unused.stream().limit(8).collect(Collectors.joining(", ")) + (unused.size() > 8 ? ", ..." : "");
    if (!ignore) {
      throw new InvalidCheckpointException("checkpoint " + checkpoint.dir() + " holds " + names + "; Torus refuses"
          + " rather than ignore them (another architecture, or a config that does not match the weights?); pass"
          + " --ignore-unused to run without them");
    }
    notes.add("ignoring " + names);
  }

  /** A note when the checkpoint stores weights in another type than the program computes in. */
  private static Optional<String> widening(EntryPoint main, Checkpoint checkpoint) {
    long stored = 0;
    long fed = 0;
    Set<DType> storedTypes = new TreeSet<>();
    DType computed = null;
    for (TensorSpec spec : main.inputs()) {
      if (spec.role() == Role.WEIGHT) {
        String first = spec.hfName().replace(TensorSpec.LAYER, "0");
        DType type = checkpoint.info(first).dtype();
        storedTypes.add(type);
        long elements = HostTensor.elementCount(spec.globalShape());
        stored += elements * type.byteSize();
        fed += elements * spec.dtype().byteSize();
        computed = spec.dtype();
      }
    }
    if (computed == null || storedTypes.equals(Set.of(computed))) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "the checkpoint stores %s weights (%.2f GiB), the program computes"
        + " in %s: converted while loading to %.2f GiB", storedTypes.stream().map(DType::xlaName)
        .collect(Collectors.joining("+")), stored / GIB, computed.xlaName(), fed / GIB));
  }

  private static final double GIB = 1L << 30;

  /** Blocks of up to 512 tokens that tile {@code seq}: the largest divisor of seq not above 512. */
  public static BlockSizes defaultBlocks(int seq) {
    return BlockSizes.uniform(largestDivisor(seq, 512));
  }

  /**
   * {@link #defaultBlocks} with query and key/value blocks of up to {@code attentionCap} tokens (the
   * chunk stays at up to 512): {@code compile --target tpu} takes 1024, which the libtpu cost model
   * puts at 0.62-0.93x the time of 512 on v6e and v5e (bench/results/03-tpu-cost.md).
   */
  public static BlockSizes defaultBlocks(int seq, int attentionCap) {
    int attention = largestDivisor(seq, attentionCap);
    return BlockSizes.of(attention, attention, largestDivisor(seq, 512));
  }

  private static int largestDivisor(int seq, int cap) {
    int block = Math.min(seq, cap);
    while (seq % block != 0) {
      block--;
    }
    return block;
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
