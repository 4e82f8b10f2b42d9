package dev.torus.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.harness.JaxEngine;
import dev.torus.harness.XlaHarness;
import dev.torus.runtime.TfEngine;
import dev.torus.train.Engine;
import dev.torus.train.GenerationFeeds;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Torus side of {@code bench/generate_cpu.sh} (benchmark 13): greedy generation through
 * {@link GenerationFeeds} on one engine, as {@code torus generate} runs it (a prefill, then one
 * decode call per new token, each row's next token the argmax of its logits, ties to the lowest id as
 * {@code torch.argmax}). One untimed warm-up generation, then {@code REPS} timed ones; each records
 * the prefill time (the prefill call and the first token's argmax) and the decode time (the
 * {@code NEW - 1} decode calls that give tokens 2 to {@code NEW}, with their argmax), and the last
 * one's tokens. Usage: {@code GenerateBench tf|jax ARTIFACT MODEL_DIR PROMPTS.npy NEW REPS OUT.json}
 * ({@code PROMPTS.npy}: int32 {@code [B, P]}, every row a full prompt).
 */
public final class GenerateBench {
  private GenerateBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 7) {
      System.err.println("usage: GenerateBench tf|jax ARTIFACT MODEL_DIR PROMPTS.npy NEW REPS OUT.json");
      System.exit(2);
    }
    String engineName = args[0];
    Artifact artifact = Artifact.read(Path.of(args[1]));
    Path model = Path.of(args[2]);
    HostTensor prompts = Npy.readIntegers(Path.of(args[3]));
    int newTokens = Integer.parseInt(args[4]);
    int reps = Integer.parseInt(args[5]);
    Path out = Path.of(args[6]);
    int batch = prompts.shape().get(0).intValue();
    int length = prompts.shape().get(1).intValue();
    int[] flat = prompts.toInts();
    int[][] rows = new int[batch][length];
    for (int b = 0; b < batch; b++) {
      System.arraycopy(flat, b * length, rows[b], 0, length);
    }
    Engine engine = switch (engineName) {
      case "tf" -> TfEngine.open(artifact);
      case "jax", "jax-kernel" -> {   // jax-kernel: an artifact compiled with --cpu-decode-kernel
        XlaHarness harness = XlaHarness.locate();
        String missing = harness.unavailableReason().orElse(null);
        if (missing != null) {
          throw new IllegalStateException("the JAX engine is not available: " + missing);
        }
        yield JaxEngine.start(harness, artifact, JaxEngine.Options.cpu());
      }
      default -> throw new IllegalArgumentException("engine is tf, jax or jax-kernel, got '" + engineName + "'");
    };
    ObjectMapper json = new ObjectMapper();
    ObjectNode result = json.createObjectNode();
    result.put("engine", engineName).put("batch", batch).put("prompt", length).put("new_tokens", newTokens);
    ArrayNode prefill = result.putArray("prefill_s");
    ArrayNode decode = result.putArray("decode_s");
    try (GenerationFeeds feeds = GenerationFeeds.open(engine, model)) {
      int[][] tokens = null;
      for (int rep = 0; rep <= reps; rep++) {
        tokens = new int[batch][newTokens];
        int[] positions = new int[batch];
        java.util.Arrays.fill(positions, length);
        long t0 = System.nanoTime();
        float[][] logits = feeds.prefill(rows);
        int[] next = argmax(logits);
        long t1 = System.nanoTime();
        for (int b = 0; b < batch; b++) {
          tokens[b][0] = next[b];
        }
        for (int i = 1; i < newTokens; i++) {
          logits = feeds.decode(next, positions);
          next = argmax(logits);
          for (int b = 0; b < batch; b++) {
            tokens[b][i] = next[b];
            positions[b]++;
          }
        }
        long t2 = System.nanoTime();
        if (rep > 0) {   // rep 0 is the warm-up
          prefill.add((t1 - t0) / 1e9);
          decode.add((t2 - t1) / 1e9);
        }
        System.err.printf(java.util.Locale.ROOT, "torus %s B=%d P=%d %s: prefill %.3f s, decode %.3f s%n", engineName,
            batch, length, rep == 0 ? "warm-up" : "rep " + rep, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
      }
      ArrayNode tok = result.putArray("tokens");
      for (int[] row : tokens) {
        ArrayNode r = tok.addArray();
        for (int t : row) {
          r.add(t);
        }
      }
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
  }

  private static int[] argmax(float[][] logits) {
    int[] best = new int[logits.length];
    for (int b = 0; b < logits.length; b++) {
      float[] row = logits[b];
      int k = 0;
      for (int v = 1; v < row.length; v++) {
        if (row[v] > row[k]) {
          k = v;
        }
      }
      best[b] = k;
    }
    return best;
  }
}
