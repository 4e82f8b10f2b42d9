package dev.torus.cli;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import dev.torus.artifact.Artifact;
import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.TrainCompiler;
import dev.torus.compiler.train.AdamW;
import dev.torus.compiler.train.StepOptions;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.RunShape;
import dev.torus.train.BatchSource;
import dev.torus.train.ByteBatches;
import dev.torus.train.CorpusBatches;
import dev.torus.train.DocumentBatches;
import dev.torus.train.Engine;
import dev.torus.train.LossCurve;
import dev.torus.train.MetricsLog;
import dev.torus.train.ShardedCheckpoint;
import dev.torus.train.StepMetrics;
import dev.torus.train.TokenCorpus;
import dev.torus.train.TokenFileType;
import dev.torus.train.TrainingSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The training loop of {@code torus train} and {@code torus pod-train}: compiles the train step,
 * starts a {@link TrainingSession} on an {@link Engine} (TensorFlow Java on one CPU, or the JAX
 * engine on N devices and hosts), and runs it: one batch per step (row r of step k a function of the
 * seed, k and r), the eval loss every K steps, a sharded checkpoint every K steps and at the end,
 * metrics in {@code out/metrics.jsonl} and a loss curve {@code out/loss.svg}. A stop request
 * ({@link GracefulStop}: Ctrl-C, SIGTERM) ends the loop after the step in flight with a checkpoint;
 * with several processes, after the same step in all of them ({@link Engine#proposeStop}), even when
 * only one got the signal.
 */
public final class Trainer {
  /** The run directory's metrics log. */
  public static final String METRICS = "metrics.jsonl";
  /** The run directory's loss curve. */
  public static final String LOSS_CURVE = "loss.svg";
  /** The run directory's checkpoints folder. */
  public static final String CHECKPOINTS = "checkpoints";

  /**
   * How to train. {@code data} null: the byte-level copy task; a directory, {@code .npy} or {@code .bin}:
   * token files; another file: its bytes. {@code out} null: no metrics files or checkpoints.
   * {@code resume}: a run directory (its newest checkpoint) or one checkpoint directory. {@code batch}
   * is the rows of one micro-batch: a step takes {@code stepOptions.accumulate()} times as many.
   * {@code checkFit}: refuse a step that does not fit the engine's devices before anything is put in.
   * {@code documents}: the end-of-sequence id that ends each document of the data and the eval data;
   * the step is compiled for packed documents and each row is cut into its documents
   * ({@link DocumentBatches}); empty: one text per row.
   */
  public record Options(int steps, int batch, int seq, int ring, int dp, int fsdp, TokenLayout layout, BlockSizes blocks,
      AdamW optimizer, long seed, @Nullable Path data, TokenFileType dataType, @Nullable Path evalData, int evalEvery,
      int evalBatches, int saveEvery, @Nullable Path out, @Nullable Path resume, double peakFlopsPerDevice,
      StepOptions stepOptions, boolean checkFit, OptionalInt documents) {
    /** Plain rows (no packed documents). */
    public Options(int steps, int batch, int seq, int ring, int dp, int fsdp, TokenLayout layout, BlockSizes blocks,
        AdamW optimizer, long seed, @Nullable Path data, TokenFileType dataType, @Nullable Path evalData, int evalEvery,
        int evalBatches, int saveEvery, @Nullable Path out, @Nullable Path resume, double peakFlopsPerDevice,
        StepOptions stepOptions, boolean checkFit) {
      this(steps, batch, seq, ring, dp, fsdp, layout, blocks, optimizer, seed, data, dataType, evalData, evalEvery,
          evalBatches, saveEvery, out, resume, peakFlopsPerDevice, stepOptions, checkFit, OptionalInt.empty());
    }

    /** One micro-batch per step in f32, with the fit check. */
    public Options(int steps, int batch, int seq, int ring, int dp, int fsdp, TokenLayout layout, BlockSizes blocks,
        AdamW optimizer, long seed, @Nullable Path data, TokenFileType dataType, @Nullable Path evalData, int evalEvery,
        int evalBatches, int saveEvery, @Nullable Path out, @Nullable Path resume, double peakFlopsPerDevice) {
      this(steps, batch, seq, ring, dp, fsdp, layout, blocks, optimizer, seed, data, dataType, evalData, evalEvery,
          evalBatches, saveEvery, out, resume, peakFlopsPerDevice, StepOptions.DEFAULT, true);
    }

    public Options {
      checkArgument(steps >= 1, "--steps must be at least 1, got %s", steps);
      checkArgument(batch >= 1 && seq >= 2, "batch %s and sequence %s: need at least 1 and 2", batch, seq);
      checkArgument(evalEvery >= 0 && saveEvery >= 0 && evalBatches >= 1, "--eval-every %s, --save-every %s and eval"
          + " batches %s: expected >= 0, >= 0 and >= 1", evalEvery, saveEvery, evalBatches);
      checkArgument(documents != null && (documents.isEmpty() || documents.getAsInt() >= 0),
          "--documents %s: expected an end-of-sequence id of 0 or more", documents);
    }

    /** These options with other step options (micro-batches, precision). */
    public Options withStepOptions(StepOptions newStepOptions) {
      return new Options(steps, batch, seq, ring, dp, fsdp, layout, blocks, optimizer, seed, data, dataType, evalData,
          evalEvery, evalBatches, saveEvery, out, resume, peakFlopsPerDevice, newStepOptions, checkFit, documents);
    }

    /** These options reading {@code newData} and {@code newEvalData} ({@code .bin} files of {@code newType}). */
    public Options withData(@Nullable Path newData, TokenFileType newType, @Nullable Path newEvalData) {
      return new Options(steps, batch, seq, ring, dp, fsdp, layout, blocks, optimizer, seed, newData, newType, newEvalData,
          evalEvery, evalBatches, saveEvery, out, resume, peakFlopsPerDevice, stepOptions, checkFit);
    }

    /** These options with the fit check on or off. */
    public Options withCheckFit(boolean newCheckFit) {
      return new Options(steps, batch, seq, ring, dp, fsdp, layout, blocks, optimizer, seed, data, dataType, evalData,
          evalEvery, evalBatches, saveEvery, out, resume, peakFlopsPerDevice, stepOptions, newCheckFit, documents);
    }

    /** These options with packed documents, each ending with id {@code eos}. */
    public Options withDocuments(int eos) {
      return new Options(steps, batch, seq, ring, dp, fsdp, layout, blocks, optimizer, seed, data, dataType, evalData,
          evalEvery, evalBatches, saveEvery, out, resume, peakFlopsPerDevice, stepOptions, checkFit, OptionalInt.of(eos));
    }

    /** The run shape these options compile (of one micro-batch). */
    public RunShape shape() {
      RunShape shape = RunShape.ring(batch, seq, blocks, ring, layout, dp).withFsdp(fsdp);
      return documents.isPresent() ? shape.packedDocuments() : shape;
    }
  }

  private Trainer() {}

  /** The compiled train step, written for the engine ({@code emulate}: with its single-device emulation). */
  public static Artifact compile(ModelSpec model, Options o, Path dir, boolean emulate) throws IOException {
    RunShape shape = o.shape();
    return TrainCompiler.compile(model, shape, o.optimizer(), o.evalData() != null, o.stepOptions())
        .write(dir, emulate && shape.devices() > 1);
  }

  /** FLOPs of one train step over all devices, from the compiler's cost analysis with causal loop counts. */
  public static double flopsPerStep(ModelSpec model, Options o) {
    return TrainStepFlops.of(model, o, ByteBatches.copyTask(o.seq(), o.seed())).causal();
  }

  /**
   * The batches of {@code o}'s data ({@code eval}: of its eval data, with the next seed), cut into
   * documents when {@code o.documents()} gives their end-of-sequence id.
   */
  public static BatchSource batches(Options o, boolean eval, int vocab) throws IOException {
    BatchSource windows = batches(eval ? o.evalData() : o.data(), o.dataType(), o.seq(), o.seed() + (eval ? 1 : 0), vocab);
    if (o.documents().isEmpty()) {
      return windows;
    }
    checkArgument(o.documents().getAsInt() < vocab, "--documents %s: the end-of-sequence id is outside the model's"
        + " vocabulary of %s", o.documents().getAsInt(), vocab);
    return new DocumentBatches(windows, o.documents().getAsInt());
  }

  /** The batches {@code data} names, for a model of {@code vocab} ids. */
  public static BatchSource batches(@Nullable Path data, TokenFileType type, int seq, long seed, int vocab)
      throws IOException {
    if (data == null) {
      return ByteBatches.copyTask(seq, seed);
    }
    String name = data.getFileName().toString();
    if (Files.isDirectory(data) || name.endsWith(".npy") || name.endsWith(".bin")) {
      return new CorpusBatches(TokenCorpus.open(data, type), seq, seed, vocab);
    }
    checkArgument(vocab >= 256, "--data %s is read as bytes, but the model's vocabulary has %s ids (byte-level text"
        + " needs 256); give token files (.npy, .bin or a directory of them)", data, vocab);
    return ByteBatches.text(data, seq, seed);
  }

  /** The session on {@code engine}: the fit check (unless turned off), then the weights in. */
  private static TrainingSession open(Engine engine, Options o, InitialWeights init) throws IOException {
    if (o.resume() != null) {
      Path checkpoint;
      try {
        checkpoint = checkpointToResume(o.resume());
      } catch (IOException | RuntimeException e) {
        engine.close();
        throw e;
      }
      return TrainingSession.resume(engine, checkpoint, o.checkFit());
    }
    Path weights;
    try {
      if (o.checkFit()) {
        TrainingSession.checkFits(engine);
      }
      weights = init.directory();
    } catch (IOException | RuntimeException e) {
      engine.close();
      throw e;
    }
    return TrainingSession.start(engine, weights, false);
  }

  /** Where a resumed run continues: the newest checkpoint of a run directory, or the checkpoint given. */
  public static Path checkpointToResume(Path resume) throws IOException {
    if (Files.isRegularFile(resume.resolve(ShardedCheckpoint.TRAINER_JSON))) {
      return resume;
    }
    return ShardedCheckpoint.latest(resume.resolve(CHECKPOINTS)).orElseThrow(() -> new IllegalArgumentException(
        "--resume " + resume + " holds no complete checkpoint (neither " + ShardedCheckpoint.TRAINER_JSON + " nor "
            + CHECKPOINTS + "/step-NNNNNNNN/)"));
  }

  /**
   * Compiles the train step into {@code workDir} (with its emulation when {@code emulate}) and runs
   * {@link #train(ModelSpec, Path, Options, Artifact, Function, GracefulStop, Consumer)} from
   * {@code checkpoint} (a Hugging Face directory; null: random weights from the seed, written to
   * {@code workDir}) or {@code o.resume()}.
   */
  public static List<StepMetrics> train(ModelSpec model, @Nullable Path checkpoint, Options o, Path workDir,
      Function<Artifact, Engine> engines, boolean emulate, GracefulStop stop, Consumer<StepMetrics> progress)
      throws IOException {
    Artifact artifact = compile(model, o, workDir.resolve("artifact"), emulate);
    InitialWeights init = checkpoint != null || o.resume() != null ? () -> checkpoint : () -> {
      Path random = workDir.resolve("init");
      RandomCheckpoint.write(model, random, o.seed());
      return random;
    };
    return train(model, init, o, artifact, engines, stop, progress);
  }

  /**
   * The step after which every process of the run stops, once one was asked to (empty before). A
   * process asked to stop after step {@code k} proposes {@code k + 1} when it has peers: a peer may
   * have read no proposal after step k, but none can finish step k + 1, whose collectives wait for
   * this process, before the proposal is stored. Alone it stops after {@code k}.
   */
  private static OptionalInt agreedStop(Engine engine, GracefulStop stop, int k) {
    OptionalInt agreed = stop.requested()
        ? OptionalInt.of(engine.proposeStop(engine.processCount() == 1 ? k : k + 1)) : engine.agreedStop();
    if (agreed.isPresent()) {
      checkState(agreed.getAsInt() >= k, "process %s of %s: the processes agreed to stop after step %s, but this one"
          + " is past it (after step %s)", engine.processIndex(), engine.processCount(), agreed.getAsInt(), k);
      if (!stop.requested()) {
        stop.askedByPeer(agreed.getAsInt());
      } else if (engine.processCount() > 1) {
        stop.agreedWithPeers(agreed.getAsInt());
      }
    }
    return agreed;
  }

  /** Where the first step's weights come from, asked once the step is known to fit (random weights are written then). */
  @FunctionalInterface
  private interface InitialWeights {
    @Nullable Path directory() throws IOException;
  }

  /**
   * Runs {@code o.steps()} steps on the engine {@code engines} makes for the compiled artifact, from
   * {@code init} (a Hugging Face directory) or {@code o.resume()}; each step's metrics go to
   * {@code progress} (and, on process 0, to the run directory). Returns the steps run.
   */
  public static List<StepMetrics> train(ModelSpec model, Path init, Options o, Artifact artifact,
      Function<Artifact, Engine> engines, GracefulStop stop, Consumer<StepMetrics> progress) throws IOException {
    return train(model, () -> init, o, artifact, engines, stop, progress);
  }

  private static List<StepMetrics> train(ModelSpec model, InitialWeights init, Options o, Artifact artifact,
      Function<Artifact, Engine> engines, GracefulStop stop, Consumer<StepMetrics> progress) throws IOException {
    BatchSource data = batches(o, false, model.vocabSize());
    BatchSource eval = o.evalData() == null ? null : batches(o, true, model.vocabSize());
    TrainStepFlops flops = Double.isFinite(o.peakFlopsPerDevice()) && o.peakFlopsPerDevice() > 0
        ? TrainStepFlops.of(model, o, data) : null;
    List<StepMetrics> done = new ArrayList<>();
    try (TrainingSession session = open(engines.apply(artifact), o, init)) {
      boolean lead = session.engine().processIndex() == 0;
      MetricsLog log = lead && o.out() != null ? MetricsLog.open(o.out().resolve(METRICS)) : null;
      try {
        int first = session.nextStep();
        int last = first + o.steps() - 1;
        OptionalInt agreedStop = OptionalInt.empty();
        for (int k = first; k <= last; k++) {
          long t0 = System.nanoTime();
          TrainingSession.Step s = session.step(data);
          double seconds = (System.nanoTime() - t0) / 1e9;
          if (!Float.isFinite(s.loss())) {
            throw new IllegalStateException("step " + k + ": the loss is " + s.loss() + " (on " + data.description()
                + "); lower --lr or check the data; the last checkpoint is the one to resume from");
          }
          long tokens = session.tokensPerStep();
          StepMetrics m = new StepMetrics(k, s.loss(), s.gradNorm(), s.learningRate(), seconds, tokens, tokens / seconds,
              StepMetrics.mfu(flops == null ? 0 : flops.at(k), seconds, o.peakFlopsPerDevice() * o.shape().devices()), null);
          if (eval != null && o.evalEvery() > 0 && (k % o.evalEvery() == 0 || k == last) ) {
            m = m.withEvalLoss(session.evalLoss(eval, o.evalBatches()));
          }
          done.add(m);
          if (log != null) {
            log.write(m);
            if (m.evalLoss() != null) {
              log.writeEval(k, m.evalLoss());
            }
          }
          progress.accept(m);
          if (agreedStop.isEmpty()) {
            agreedStop = agreedStop(session.engine(), stop, k);
          }
          boolean stopping = agreedStop.isPresent() && k >= agreedStop.getAsInt() && k < last;
          if (o.out() != null && (k == last || stopping || (o.saveEvery() > 0 && k % o.saveEvery() == 0))) {
            session.save(o.out().resolve(CHECKPOINTS), Map.of("seed", o.seed()));
            if (lead) {
              LossCurve.write(o.out().resolve(LOSS_CURVE), MetricsLog.read(o.out().resolve(METRICS)), model.name());
            }
          }
          if (stopping) {
            break;
          }
        }
      } finally {
        if (log != null) {
          log.close();
        }
      }
    }
    return done;
  }
}
