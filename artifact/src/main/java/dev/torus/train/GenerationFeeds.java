package dev.torus.train;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Manifest;
import dev.torus.artifact.MeshSharding;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSpec;
import dev.torus.hf.Checkpoint;
import dev.torus.hf.CheckpointWeights;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A generate artifact ({@code compile --task generate}) running on an {@link Engine}: the weights and
 * the KV caches are resident values (the caches donated by every step, so they stay where the engine
 * runs and are never copied to the host), and each call feeds only token ids and lengths and gets the
 * logits back. {@link #prefill} runs the prompts (right-padded to the artifact's prompt length) and
 * fills the caches; {@link #decode} appends one token per row at its position (the row's length so
 * far) and returns the next logits. A new {@link #prefill} starts new sequences in the same caches
 * (what lies past a row's length is never visible). Not safe for concurrent use; {@link #close}
 * closes the engine.
 */
public final class GenerationFeeds implements AutoCloseable {
  /** The decode entry point (the compiler's {@code GenerateCompiler.DECODE}). */
  public static final String DECODE = "decode";
  private static final String EXECUTED_KV_BLOCKS = "executed_kv_blocks";

  private final Engine engine;
  private final Manifest manifest;
  private final int batch;
  private final int promptLength;
  private final int maxLength;
  private final int vocabSize;
  private OptionalInt executedBlocks = OptionalInt.empty();
  private boolean closed;

  private GenerationFeeds(Engine engine) {
    this.engine = engine;
    this.manifest = engine.artifact().manifest();
    EntryPoint main = manifest.entryPoint(EntryPoint.MAIN);
    checkArgument(manifest.entryPoints().stream().anyMatch(e -> e.name().equals(DECODE))
            && main.inputs().stream().anyMatch(t -> t.role() == Role.KV_CACHE),
        "artifact %s is not a generate artifact (compile it with --task generate --max-len M)", manifest.name());
    TensorSpec tokens = input(main, "tokens");
    this.batch = tokens.globalShape().get(0).intValue();
    this.promptLength = tokens.globalShape().get(1).intValue();
    this.maxLength = manifest.model().path("maxLength").asInt();
    this.vocabSize = main.outputs().get(main.outputIndex("logits")).globalShape().get(1).intValue();
  }

  /**
   * Loads both programs of the generate artifact on {@code engine}, puts in the weights of the Hugging
   * Face directory {@code checkpointDir} and zero caches. Closes the engine if that fails.
   */
  public static GenerationFeeds open(Engine engine, Path checkpointDir) {
    try {
      GenerationFeeds feeds = new GenerationFeeds(engine);
      engine.load(EntryPoint.MAIN);
      engine.load(DECODE);
      Manifest m = feeds.manifest;
      try (Checkpoint weights = Checkpoint.open(checkpointDir)) {
        for (TensorSpec spec : m.entryPoint(EntryPoint.MAIN).inputs()) {
          if (spec.role() == Role.WEIGHT) {
            engine.put(spec.name(), feeds.local(MeshSharding.toDevices(m, spec, CheckpointWeights.load(spec, weights))));
          } else if (spec.role() == Role.KV_CACHE) {
            List<HostTensor> zeros = new ArrayList<>();
            long[] dims = spec.perDeviceShape().stream().mapToLong(Long::longValue).toArray();
            for (int k = 0; k < engine.localPartitions().size(); k++) {
              zeros.add(HostTensor.zeros(spec.dtype(), dims));
            }
            engine.put(spec.name(), zeros);
          }
        }
      }
      return feeds;
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
  }

  /** Prompts per call (the artifact's batch). */
  public int batch() {
    return batch;
  }

  /** The longest prompt the prefill takes. */
  public int promptLength() {
    return promptLength;
  }

  /** The KV cache's length: a row's prompt and generated tokens together. */
  public int maxLength() {
    return maxLength;
  }

  public int vocabSize() {
    return vocabSize;
  }

  /** The engine the programs run on. */
  public Engine engine() {
    return engine;
  }

  /** The key/value blocks the last call attended (all layers, this process's first device), when the artifact counts them. */
  public OptionalInt executedBlocks() {
    return executedBlocks;
  }

  /** {@link #prefill(int[][], int[])} with each row's length its array's length. */
  public float[][] prefill(int[][] prompts) {
    int[] lengths = new int[prompts.length];
    for (int b = 0; b < prompts.length; b++) {
      lengths[b] = prompts[b].length;
    }
    return prefill(prompts, lengths);
  }

  /**
   * Runs {@link #batch} prompts ({@code tokens[b]} holds at least {@code lengths[b]} ids; what follows
   * is ignored) and fills the caches; returns each prompt's next-token logits {@code [B][V]}.
   */
  public float[][] prefill(int[][] tokens, int[] lengths) {
    checkOpen();
    checkArgument(tokens.length == batch && lengths.length == batch,
        "prefill takes %s prompts (the artifact's batch), got %s token rows and %s lengths", batch, tokens.length,
        lengths.length);
    int[] padded = new int[batch * promptLength];
    for (int b = 0; b < batch; b++) {
      checkArgument(lengths[b] >= 1 && lengths[b] <= promptLength,
          "prompt %s has %s tokens; the artifact takes 1 to %s (compile with a larger --prompt-len)", b, lengths[b],
          promptLength);
      checkArgument(tokens[b].length >= lengths[b], "prompt %s: length %s but only %s token ids", b, lengths[b],
          tokens[b].length);
      for (int t = 0; t < lengths[b]; t++) {
        padded[b * promptLength + t] = checkToken(tokens[b][t], "prompt " + b + " token " + t);
      }
    }
    EntryPoint main = manifest.entryPoint(EntryPoint.MAIN);
    Map<String, List<HostTensor>> feeds = new LinkedHashMap<>();
    feeds.put("tokens", fed(main, "tokens", HostTensor.ofInts(padded, batch, promptLength)));
    feeds.put("prompt_lengths", fed(main, "prompt_lengths", HostTensor.ofInts(lengths.clone(), batch)));
    return logits(engine.run(EntryPoint.MAIN, feeds));
  }

  /**
   * Appends {@code tokens[b]} at position {@code positions[b]} (row b's length so far) to each row and
   * returns the next-token logits {@code [B][V]}.
   */
  public float[][] decode(int[] tokens, int[] positions) {
    checkOpen();
    checkArgument(tokens.length == batch && positions.length == batch,
        "decode takes one token and one position per row (%s rows), got %s tokens and %s positions", batch,
        tokens.length, positions.length);
    for (int b = 0; b < batch; b++) {
      checkToken(tokens[b], "row " + b + "'s token");
      checkArgument(positions[b] >= 1 && positions[b] < maxLength,
          "row %s: position %s is outside the KV cache (1 to %s; compile with a larger --max-len)", b, positions[b],
          maxLength - 1);
    }
    EntryPoint decode = manifest.entryPoint(DECODE);
    Map<String, List<HostTensor>> feeds = new LinkedHashMap<>();
    feeds.put("tokens", fed(decode, "tokens", HostTensor.ofInts(tokens.clone(), batch, 1)));
    feeds.put("positions", fed(decode, "positions", HostTensor.ofInts(positions.clone(), batch)));
    return logits(engine.run(DECODE, feeds));
  }

  @Override
  public void close() {
    closed = true;
    engine.close();
  }

  private float[][] logits(Map<String, HostTensor> out) {
    HostTensor counted = out.get(EXECUTED_KV_BLOCKS);
    executedBlocks = counted == null ? OptionalInt.empty() : OptionalInt.of(counted.toInts()[0]);
    float[] flat = out.get("logits").toFloats();
    float[][] rows = new float[batch][vocabSize];
    for (int b = 0; b < batch; b++) {
      System.arraycopy(flat, b * vocabSize, rows[b], 0, vocabSize);
    }
    return rows;
  }

  private int checkToken(int id, String what) {
    checkArgument(id >= 0 && id < vocabSize, "%s: id %s is outside the vocabulary [0, %s)", what, id, vocabSize);
    return id;
  }

  private List<HostTensor> fed(EntryPoint entry, String name, HostTensor global) {
    return local(MeshSharding.toDevices(manifest, input(entry, name), global));
  }

  private List<HostTensor> local(List<HostTensor> all) {
    return engine.localPartitions().stream().map(all::get).toList();
  }

  private static TensorSpec input(EntryPoint entry, String name) {
    return entry.inputs().stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("entry point '" + entry.name() + "' has no input '" + name + "'"));
  }

  private void checkOpen() {
    checkState(!closed, "the generation feeds of %s are closed", manifest.name());
  }
}
