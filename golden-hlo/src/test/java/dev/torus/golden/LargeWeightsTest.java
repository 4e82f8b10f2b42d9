package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.torus.artifact.DType;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSource;
import dev.torus.artifact.TensorSpec;
import dev.torus.cli.ModelRunner;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.compiler.lower.ModelWeights;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.dsl.hf.HfModels;
import dev.torus.harness.XlaHarness;
import dev.torus.hf.Checkpoint;
import dev.torus.hf.CheckpointWeights;
import dev.torus.hf.TensorInfo;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checkpoints past Java's 2 GiB array limits: a tensor over 2 GiB runs and its values arrive in
 * place (logits compared with NumPy), and a Llama-2-7B-shaped float16 checkpoint's stacked weights
 * (each over 2 GiB as f32) read without overflow. The files are sparse: only sentinels are written.
 */
class LargeWeightsTest {
  static final Path WORK = Path.of("target/large-weights").toAbsolutePath();
  static final ObjectMapper JSON = new ObjectMapper();
  static final long TWO_GIB = 1L << 31;

  /**
   * A tied f32 model whose embedding [5,600,000, 96] is 2.15e9 bytes: rows at both ends and around
   * byte 2^31 (row 5,592,405 straddles it) hold random values, the rest of the 2 GiB is a hole. The
   * tokens pick those rows; the tied head makes every logit read the whole embedding.
   */
  @Test
  void aTensorOverTwoGibLoadsRunsAndArrivesInPlace() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    int width = 96;
    int vocab = 5_600_000;
    ModelSpec model = Presets.llama("wide-vocab", vocab, width, 1, 6, 6, 128, 1e-5, 10000)
        .tiedEmbeddings(true).paramType(DType.F32).build();
    long rowBytes = width * 4L;
    long straddling = TWO_GIB / rowBytes;   // the row holding byte 2^31
    long[] rows = {0, 1, straddling - 1, straddling, straddling + 1, vocab - 2, vocab - 1};
    Path dir = WORK.resolve("wide-vocab");
    Files.createDirectories(dir);
    HfModels.writeConfig(model, dir);
    writeSparseModel(model, dir.resolve(Checkpoint.SINGLE_FILE), rows, new SplittableRandom(16));
    long embeddingBytes = (long) vocab * rowBytes;
    assertTrue(embeddingBytes > TWO_GIB, "the embedding must be over 2 GiB, is " + embeddingBytes);

    int[] ids = {0, vocab - 1, (int) straddling, (int) straddling - 1, (int) straddling + 1, 1, vocab - 2,
        (int) straddling};
    Path tokens = dir.resolve("tokens.npy");
    Npy.write(tokens, HostTensor.ofInts(ids, 1, ids.length));
    Path logits = dir.resolve("logits.npy");
    ModelRunner.Streamed<String> r = ModelRunner.run(model, dir, HostTensor.ofInts(ids, 1, ids.length),
        new ModelRunner.Options(BlockSizes.uniform(8), 1, dev.torus.artifact.TokenLayout.CONTIGUOUS),
        dir.resolve("artifact"), out -> {
          Npy.write(logits, out);
          return out.type();
        });
    assertEquals("f32[1,8,5600000]", r.value());

    JsonNode result = reference(harness, dir, tokens, logits, model);
    System.out.printf("tensor over 2 GiB (%d bytes): logits vs NumPy rel %.3g of max|ref| %.3g; non-zero columns %s;"
        + " load %.0f ms, run %.0f ms%n", embeddingBytes, result.get("rel").asDouble(), result.get("maxRef").asDouble(),
        result.get("nonZeroColumns"), r.loadMs(), r.runMs());
    assertTrue(result.get("rel").asDouble() <= 1e-4, "logits vs NumPy: " + result);
    TreeSet<Long> columns = new TreeSet<>();
    result.get("nonZeroColumns").forEach(c -> columns.add(c.asLong()));
    TreeSet<Long> expected = new TreeSet<>();
    for (long row : rows) {
      expected.add(row);
    }
    assertEquals(expected, columns, "the logits are non-zero exactly at the sentinel rows (NumPy's and Torus's)");
  }

  /**
   * Logits of 2.28e9 bytes (272 tokens x a vocabulary of 2^21, width 8, dense random weights) go
   * from TensorFlow to the {@code .npy} file window by window and equal NumPy's.
   */
  @Test
  void logitsOverTwoGibAreWrittenWhole() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    int vocab = 1 << 21;
    int seq = 272;
    ModelSpec model = Presets.llama("narrow", vocab, 8, 1, 2, 2, 16, 1e-5, 10000)
        .tiedEmbeddings(true).paramType(DType.F32).build();
    Path dir = WORK.resolve("narrow");
    Files.createDirectories(dir);
    HfModels.writeConfig(model, dir);
    writeSparseModel(model, dir.resolve(Checkpoint.SINGLE_FILE), null, new SplittableRandom(21));
    HostTensor ids = dev.torus.cli.RandomTensors.randomTokens(21, vocab, 1, seq);
    Path tokens = dir.resolve("tokens.npy");
    Npy.write(tokens, ids);
    Path logits = dir.resolve("logits.npy");
    ModelRunner.Streamed<Long> r = ModelRunner.run(model, dir, ids,
        new ModelRunner.Options(BlockSizes.uniform(16), 1, dev.torus.artifact.TokenLayout.CONTIGUOUS),
        dir.resolve("artifact"), out -> {
          Npy.write(logits, out);
          return out.dataBytes();
        });
    assertTrue(r.value() > TWO_GIB, "logits must be over 2 GiB, are " + r.value());
    JsonNode result = reference(harness, dir, tokens, logits, model);
    System.out.printf("logits over 2 GiB (%d bytes): vs NumPy rel %.3g of max|ref| %.3g; load %.0f ms, run + write"
        + " %.0f ms%n", r.value(), result.get("rel").asDouble(), result.get("maxRef").asDouble(), r.loadMs(), r.runMs());
    assertTrue(result.get("rel").asDouble() <= 1e-4, "logits vs NumPy: " + result);
    assertEquals(vocab, result.get("nonZeroCount").asLong(), "every column computed");
    Files.delete(logits);
  }

  /**
   * Llama-2-7B's shape in float16 (13.5 GB, sparse): it compiles, and each weight, stacked over 32
   * layers (q_proj as f32 is exactly 2^31 bytes), reads window by window with the sentinels at both
   * ends of every layer's tensor in place. No run: the model needs 27 GB as f32.
   */
  @Test
  void aLlama7bShapedFloat16CheckpointReadsTensorByTensorWithoutOverflow() throws Exception {
    ModelSpec model = Presets.llama2_7b().toBuilder().paramType(DType.F32).build();
    Path dir = WORK.resolve("llama2-7b-f16");
    Files.createDirectories(dir);
    HfModels.writeConfig(model, dir);
    List<TensorInfo> infos = new ArrayList<>();
    for (WeightSpec w : ModelWeights.of(model)) {
      for (int layer = 0; layer < (w.perLayer() ? w.shape().get(0) : 1); layer++) {
        infos.add(new TensorInfo(w.hfName(layer), DType.F16, w.layerShape()));
      }
    }
    try (SparseCheckpoint file = new SparseCheckpoint(dir.resolve(Checkpoint.SINGLE_FILE), infos)) {
      for (TensorInfo t : infos) {   // sentinels: first element = +index/8, last = -index/8 (exact in f16)
        int k = infos.indexOf(t) % 2048 + 1;
        file.put(t.name(), 0, f16(k / 8f));
        file.put(t.name(), t.byteSize() - 2, f16(-k / 8f));
      }
    }
    RunShape shape = RunShape.ring(1, 16, BlockSizes.uniform(16), 1, dev.torus.artifact.TokenLayout.CONTIGUOUS, 1);
    EntryPoint main = ForwardCompiler.compile(model, shape, false).write(WORK.resolve("llama2-7b-artifact"), false)
        .manifest().entryPoint(EntryPoint.MAIN);
    long checked = 0;
    try (Checkpoint checkpoint = Checkpoint.open(dir)) {
      assertEquals(List.of(), List.copyOf(CheckpointWeights.unused(main, checkpoint)));
      for (TensorSpec spec : main.inputs()) {
        if (spec.role() != Role.WEIGHT) {
          continue;
        }
        TensorSource weight = CheckpointWeights.source(spec, checkpoint);
        assertEquals(spec.globalShape(), weight.shape());
        boolean stacked = spec.hfName().contains(TensorSpec.LAYER);
        long layers = stacked ? spec.globalShape().get(0) : 1;
        long layerBytes = weight.dataBytes() / layers;
        for (long layer = 0; layer < layers; layer++) {
          String name = stacked ? spec.hfName().replace(TensorSpec.LAYER, Long.toString(layer)) : spec.hfName();
          float k = infos.indexOf(infos.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow()) % 2048 + 1;
          assertEquals(k / 8, floatAt(weight, layer * layerBytes), name + " first element");
          assertEquals(-k / 8, floatAt(weight, (layer + 1) * layerBytes - 4), name + " last element");
          checked++;
        }
        if (weight.dataBytes() > TWO_GIB) {   // a window across byte 2^31 reads (zeros, the hole)
          ByteBuffer across = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
          weight.read(TWO_GIB - (1 << 19), across);
          assertEquals(0, across.flip().getFloat(1 << 19), spec.name() + " at byte 2^31");
        }
      }
    }
    System.out.printf("llama2-7b-shaped f16 checkpoint (%d bytes sparse): %d layer tensors checked at both ends%n",
        Files.size(dir.resolve(Checkpoint.SINGLE_FILE)), checked);
    assertEquals(infos.size(), checked);
  }

  /**
   * Llama-2-7B's shape in bf16 with one layer (0.93 GB, sparse with sentinels) runs end to end
   * through {@code torus run} in its own process, and its peak RSS (all processes, polled) minus
   * that of the tiny model stays within 1.3x the checkpoint's bytes plus the program's argument,
   * output and temporary bytes ({@code MemoryAnalysis}): no whole host copy of the weights.
   */
  @Test
  void aBf16SevenBShapedModelRunsWithinTheMemoryBound() throws Exception {
    ModelSpec model = Presets.llama2_7b().toBuilder().depth(1).build();
    Path dir = WORK.resolve("llama2-7b-1layer-bf16");
    Files.createDirectories(dir);
    HfModels.writeConfig(model, dir);
    List<TensorInfo> infos = new ArrayList<>();
    for (WeightSpec w : ModelWeights.of(model)) {
      for (int layer = 0; layer < (w.perLayer() ? w.shape().get(0) : 1); layer++) {
        infos.add(new TensorInfo(w.hfName(layer), DType.BF16, w.layerShape()));
      }
    }
    long checkpointBytes = 0;
    try (SparseCheckpoint file = new SparseCheckpoint(dir.resolve(Checkpoint.SINGLE_FILE), infos)) {
      for (TensorInfo t : infos) {
        file.put(t.name(), 0, bf16(0.25f));
        file.put(t.name(), t.byteSize() - 2, bf16(-0.25f));
        checkpointBytes += t.byteSize();
      }
    }
    Path tiny = WORK.resolve("tiny");
    dev.torus.cli.RandomCheckpoint.write(Presets.tiny(), tiny, 1);
    int[] ids = {1, 5, 9, 31999, 0, 7, 3, 2, 100, 200, 300, 400, 500, 600, 700, 800};
    Path tokens = WORK.resolve("tokens16.npy");
    Npy.write(tokens, HostTensor.ofInts(ids, 1, 16));
    Path tinyTokens = WORK.resolve("tiny-tokens16.npy");
    Npy.write(tinyTokens, HostTensor.ofInts(java.util.Arrays.stream(ids).map(i -> i % 256).toArray(), 1, 16));
    long baseline = peakRss(tiny, tinyTokens, WORK.resolve("tiny.logits.npy"), WORK.resolve("tiny.artifact"));
    Path artifactDir = WORK.resolve("7b.artifact");
    long peak = peakRss(dir, tokens, WORK.resolve("7b.logits.npy"), artifactDir);
    EntryPoint.ProgramMemory memory = dev.torus.artifact.Artifact.read(artifactDir).manifest()
        .entryPoint(EntryPoint.MAIN).memory();
    long program = memory.argumentBytes() + memory.outputBytes() + memory.peakTemporaryBytes();
    double bound = 1.3 * checkpointBytes + program;
    System.out.printf("bf16 7B-shaped, 1 layer: checkpoint %.3f GB; program arguments %.3f + output %.3f + temporaries"
        + " %.3f GB; peak RSS %.3f GB, tiny %.3f GB, difference %.3f GB, bound %.3f GB%n", checkpointBytes / 1e9,
        memory.argumentBytes() / 1e9, memory.outputBytes() / 1e9, memory.peakTemporaryBytes() / 1e9, peak / 1e9,
        baseline / 1e9, (peak - baseline) / 1e9, bound / 1e9);
    assertTrue(peak - baseline <= bound, "peak RSS difference " + (peak - baseline) + " > bound " + bound);
    HostTensor logits = Npy.read(WORK.resolve("7b.logits.npy"));
    assertEquals(List.of(1L, 16L, 32000L), logits.shape());
  }

  /** Peak resident bytes of {@code torus run} on {@code model}: the sum over its processes of each one's peak. */
  static long peakRss(Path model, Path tokens, Path out, Path artifact) throws Exception {
    String javaBinary = ProcessHandle.current().info().command().orElseThrow();
    Process p = new ProcessBuilder(javaBinary, "--enable-native-access=ALL-UNNAMED", "-cp",
        System.getProperty("java.class.path"), "dev.torus.cli.TorusCli", "run", "--model", model.toString(),
        "--tokens-file", tokens.toString(), "--out", out.toString(), "--artifact", artifact.toString())
        .redirectErrorStream(true).redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile()).start();
    Map<Long, Long> peaks = new HashMap<>();
    while (p.isAlive()) {
      Stream.concat(Stream.of(p.toHandle()), p.descendants()).forEach(h -> {
        try {
          for (String line : Files.readAllLines(Path.of("/proc", Long.toString(h.pid()), "status"))) {
            if (line.startsWith("VmHWM:")) {
              long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
              peaks.merge(h.pid(), kb * 1024, Math::max);
            }
          }
        } catch (IOException | RuntimeException e) {
          // the process ended between listing and reading
        }
      });
      Thread.sleep(20);
    }
    assertEquals(0, p.waitFor(), "torus run " + model + ":\n" + Files.readString(out.resolveSibling(out.getFileName() + ".log")));
    return peaks.values().stream().mapToLong(Long::longValue).sum();
  }

  static ByteBuffer bf16(float v) {
    return ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort(HostTensor.floatToBf16(v)).flip();
  }

  /** The element at byte {@code offset} of an f32 source. */
  static float floatAt(TensorSource t, long offset) {
    ByteBuffer b = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
    t.read(offset, b);
    return b.flip().getFloat();
  }

  static ByteBuffer f16(float v) {
    return ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort(Float.floatToFloat16(v)).flip();
  }

  /** Every weight of {@code model} random and dense, except the embedding: only {@code rows} written (all when null). */
  static void writeSparseModel(ModelSpec model, Path file, long[] rows, SplittableRandom random) throws IOException {
    List<TensorInfo> infos = new ArrayList<>();
    TensorInfo embedding = null;
    for (WeightSpec w : ModelWeights.of(model)) {
      for (int layer = 0; layer < (w.perLayer() ? w.shape().get(0) : 1); layer++) {
        TensorInfo t = new TensorInfo(w.hfName(layer), DType.F32, w.layerShape());
        if (t.name().equals(CheckpointWeights.EMBEDDING)) {
          embedding = t;
        } else {
          infos.add(t);
        }
      }
    }
    infos.add(embedding);   // last, so its bytes lie past 2^31 in the file too
    try (SparseCheckpoint out = new SparseCheckpoint(file, infos)) {
      for (TensorInfo t : infos.subList(0, infos.size() - 1)) {
        boolean norm = t.name().contains("norm");
        out.put(t.name(), 0, randomFloats((int) HostTensor.elementCount(t.shape()), random, norm ? 1 : 0, norm ? 0.1 : 0.05));
      }
      long width = embedding.shape().get(1);
      if (rows == null) {
        out.put(embedding.name(), 0, randomFloats((int) HostTensor.elementCount(embedding.shape()), random, 0, 1));
        return;
      }
      for (long row : rows) {
        out.put(embedding.name(), row * width * 4, randomFloats((int) width, random, 0, 1));
      }
    }
  }

  static ByteBuffer randomFloats(int n, SplittableRandom random, double mean, double scale) {
    ByteBuffer b = ByteBuffer.allocate(4 * n).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < n; i++) {
      b.putFloat((float) (mean + scale * (2 * random.nextDouble() - 1)));
    }
    return b.flip();
  }

  /** NumPy's logits for the sparse model (read through its own safetensors parsing), compared with Torus's. */
  static JsonNode reference(XlaHarness harness, Path dir, Path tokens, Path logits, ModelSpec model) throws Exception {
    Path script = dir.resolve("reference.py");
    Files.writeString(script, REFERENCE, StandardCharsets.UTF_8);
    ProcessBuilder pb = new ProcessBuilder(harness.python().toString(), script.toString(),
        dir.resolve(Checkpoint.SINGLE_FILE).toString(), tokens.toString(), logits.toString(),
        Integer.toString(model.block().attention().heads()), Integer.toString(model.block().attention().headDim()),
        Integer.toString(model.depth()));
    pb.environment().put("PYTHONPATH", harness.project().directory().toString());
    Path log = dir.resolve("reference.log");
    Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES) && p.exitValue() == 0, "NumPy reference failed:\n" + Files.readString(log));
    List<String> lines = Files.readAllLines(log);
    return JSON.readTree(lines.get(lines.size() - 1));
  }

  /** Reads the header itself, memory-maps each tensor, computes in float64 with numpy_llama's parts. */
  static final String REFERENCE = """
      import json, sys
      import numpy as np
      from torus_harness.numpy_llama import _attention, _norm, _sigmoid
      path, tokens_path, logits_path = sys.argv[1:4]
      heads, head_dim, depth = (int(a) for a in sys.argv[4:7])
      with open(path, "rb") as f:
          n = int.from_bytes(f.read(8), "little")
          header = json.loads(f.read(n))
      def get(name):
          e = header.get(name)
          if e is None:
              return None
          begin, end = e["data_offsets"]
          return np.memmap(path, dtype="<f4", mode="r", offset=8 + n + begin, shape=tuple(e["shape"]))
      eps = 1e-5
      tokens = np.load(tokens_path).astype(np.int64)
      emb = get("model.embed_tokens.weight")
      x = np.asarray(emb[tokens], dtype=np.float64)
      for i in range(depth):
          lw = lambda s: None if get(f"model.layers.{i}.{s}") is None else np.asarray(get(f"model.layers.{i}.{s}"), np.float64)
          h = _norm(x, lw("input_layernorm.weight"), None, "rms", eps)
          x = x + _attention(h, lambda s: lw("self_attn." + s), heads, heads, head_dim, True, 10000.0)
          h = _norm(x, lw("post_attention_layernorm.weight"), None, "rms", eps)
          g = h @ lw("mlp.gate_proj.weight").T
          x = x + (g * _sigmoid(g) * (h @ lw("mlp.up_proj.weight").T)) @ lw("mlp.down_proj.weight").T
      x = _norm(x, np.asarray(get("model.norm.weight"), np.float64), None, "rms", eps)
      torus = np.load(logits_path, mmap_mode="r")
      vocab, chunk = emb.shape[0], 1 << 18
      max_ref, max_diff, nonzero = 0.0, 0.0, set()
      for c in range(0, vocab, chunk):
          ref = x @ np.asarray(emb[c:c + chunk], np.float64).T
          got = np.asarray(torus[..., c:c + chunk], np.float64)
          max_ref = max(max_ref, float(np.abs(ref).max()))
          max_diff = max(max_diff, float(np.abs(ref - got).max()))
          cols = np.nonzero(np.any((ref != 0) | (got != 0), axis=(0, 1)))[0] + c
          nonzero.update(int(v) for v in cols)
      print(json.dumps({"rel": max_diff / max_ref, "maxRef": max_ref, "nonZeroCount": len(nonzero),
                        "nonZeroColumns": sorted(nonzero)[:100]}))
      """;
}
