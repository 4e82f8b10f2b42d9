package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import dev.torus.artifact.Artifact;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.ModelRunner;
import dev.torus.cli.PodRun;
import dev.torus.cli.RandomTensors;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.hf.HfModels;
import dev.torus.harness.XlaHarness;
import dev.torus.hf.Checkpoint;
import dev.torus.runtime.SavedModelExport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Every model family Torus reads from Hugging Face through its three runtimes, on a ring of 4: a
 * random-weight f32 checkpoint per family, made by transformers' own class and {@code save_pretrained}
 * (all in one {@code hf_reference} process), compiled once for a ring of 4 (striped for some families,
 * contiguous for the others, so windows skip ring steps) and run by {@code ./torus run}'s code path (the
 * single-device emulation in TensorFlow Java), by {@code torus export}'s SavedModel loaded back with
 * TensorFlow Java's own loader, and by {@code torus pod-run}'s code path on 4 virtual JAX CPU devices
 * (every family's SPMD program in one JAX process). The three agree within 1e-5, and {@code run} matches
 * transformers within 1e-4.
 */
class FamilyRuntimesTest {
  static final Path WORK = Path.of("target/hf-reference/families").toAbsolutePath();
  static final ObjectMapper JSON = new ObjectMapper();
  /** f32 program vs transformers (docs/ARCHITECTURE.md, "Fixed interfaces"). */
  static final double HF_TOLERANCE = 1e-4;
  /** Emulated module (TF Java) vs the N-device run (jaxlib), and the SavedModel vs the runner. */
  static final double RUNTIME_TOLERANCE = 1e-5;
  static final int BATCH = 2;
  static final int SEQ = 64;
  static final int RING = 4;

  /** A family: its tiny config's overrides (on {@link HfReference#tinyConfig}) and the ring's layout. */
  record Family(String id, String config, TokenLayout layout) {}

  static final List<Family> FAMILIES = List.of(
      new Family("llama3", HuggingFaceLogitsTest.LLAMA3, TokenLayout.STRIPED),
      // a window smaller than a device's 16 tokens: the contiguous ring runs one of its three steps
      new Family("mistral", "{\"model_type\":\"mistral\",\"num_hidden_layers\":2,\"num_key_value_heads\":2,"
          + "\"sliding_window\":12}", TokenLayout.CONTIGUOUS),
      new Family("qwen2", HuggingFaceLogitsTest.QWEN2, TokenLayout.STRIPED),
      new Family("qwen3", HuggingFaceLogitsTest.QWEN3, TokenLayout.CONTIGUOUS),
      new Family("gemma", "{\"model_type\":\"gemma\",\"num_hidden_layers\":2,\"num_key_value_heads\":1,"
          + "\"head_dim\":16}", TokenLayout.STRIPED),
      new Family("gemma2", "{\"model_type\":\"gemma2\",\"num_hidden_layers\":2,\"num_key_value_heads\":2,"
          + "\"head_dim\":16,\"query_pre_attn_scalar\":16,\"sliding_window\":12,\"attn_logit_softcapping\":1.0,"
          + "\"final_logit_softcapping\":1.5,\"initStd\":0.05}", TokenLayout.CONTIGUOUS),
      new Family("gemma3_text", "{\"model_type\":\"gemma3_text\",\"num_hidden_layers\":2,\"num_key_value_heads\":2,"
          + "\"head_dim\":16,\"query_pre_attn_scalar\":12,\"sliding_window\":12,"
          + "\"layer_types\":[\"sliding_attention\",\"full_attention\"],"
          + "\"rope_parameters\":{\"full_attention\":{\"rope_type\":\"linear\",\"factor\":2.0,"
          + "\"rope_theta\":10000.0},\"sliding_attention\":{\"rope_type\":\"default\",\"rope_theta\":100.0}},"
          + "\"final_logit_softcapping\":2.0,\"initStd\":0.05}", TokenLayout.STRIPED),
      new Family("phi3", Phi3Test.F32, TokenLayout.CONTIGUOUS));

  @Test
  void runExportAndPodRunGiveTheSameLogitsForEveryFamily() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Files.createDirectories(WORK);
    ArrayNode steps = JSON.createArrayNode();
    for (Family f : FAMILIES) {
      Npy.write(tokens(f), RandomTensors.randomTokens(f.id.length(), 128, BATCH, SEQ));
      TorchGradients.addReferenceSteps(steps, WORK, f.id, f.config, tokens(f), null, true);
    }
    long t0 = System.nanoTime();
    HfReference.runBatch(harness, steps, WORK);
    long t1 = System.nanoTime();

    Map<String, Artifact> artifacts = new LinkedHashMap<>();
    Map<String, float[]> runLogits = new LinkedHashMap<>();
    List<XlaHarness.Program> programs = new ArrayList<>();
    for (Family f : FAMILIES) {
      ModelSpec model = HfModels.fromDirectory(WORK.resolve(f.id));
      HostTensor tokens = Npy.readIntegers(tokens(f));
      ModelRunner.Result run = ModelRunner.run(model, WORK.resolve(f.id), tokens,
          new ModelRunner.Options(BlockSizes.uniform(8), RING, f.layout), WORK.resolve(f.id + ".artifact"));
      float[] ran = run.logits().toFloats();
      double vsHf = RealXlaGoldenTest.assertClose(Npy.read(WORK.resolve(f.id + ".hf.npy")).toFloats(), ran,
          HF_TOLERANCE, f.id + ": ./torus run on a ring of 4 vs transformers");
      assertEquals(RING, run.artifact().manifest().mesh().deviceCount(), f.id);

      Path saved = WORK.resolve(f.id + ".saved-model");
      if (Files.exists(saved)) {
        MoreFiles.deleteRecursively(saved, RecursiveDeleteOption.ALLOW_INSECURE);
      }
      long e0 = System.nanoTime();
      float[] exported;
      try (Checkpoint checkpoint = Checkpoint.open(WORK.resolve(f.id))) {
        SavedModelExport.write(run.artifact(), checkpoint, saved);
        exported = runSavedModel(saved, tokens);
        programs.add(PodRun.program(f.id, run.artifact(), checkpoint, tokens, WORK));
      }
      double vsExport = Differences.maxRelative(ran, exported);
      System.out.printf(Locale.ROOT, "[families] %-12s ring 4 %-10s run vs transformers %.2e, export vs run %.2e"
          + " (run: compile %.1f s, load %.1f s, run %.1f s; export and its run %.1f s)%n", f.id, f.layout.label(),
          vsHf, vsExport, run.compileMs() / 1e3, run.loadMs() / 1e3, run.runMs() / 1e3, (System.nanoTime() - e0) / 1e9);
      assertTrue(vsExport <= RUNTIME_TOLERANCE, f.id + ": export vs run " + vsExport);
      artifacts.put(f.id, run.artifact());
      runLogits.put(f.id, ran);
    }

    long t2 = System.nanoTime();
    XlaHarness.Summary pod = harness.run(programs, WORK);
    System.out.printf(Locale.ROOT, "[families] transformers %.1f s, run and export %.1f s, pod-run (one JAX process)"
        + " %.1f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9);
    for (Family f : FAMILIES) {
      HostTensor got = PodRun.logits(artifacts.get(f.id), pod.program(f.id));
      assertEquals(List.of((long) BATCH, (long) SEQ, 128L), List.copyOf(got.shape()), f.id);
      double vsPod = Differences.maxRelative(runLogits.get(f.id), got.toFloats());
      System.out.printf(Locale.ROOT, "[families] %-12s pod-run on 4 virtual devices vs run %.2e%n", f.id, vsPod);
      assertTrue(vsPod <= RUNTIME_TOLERANCE, f.id + ": pod-run vs run " + vsPod);
    }
  }

  /** The SavedModel's serving signature called through TensorFlow Java's own loader. */
  private static float[] runSavedModel(Path saved, HostTensor tokens) {
    try (SavedModelBundle bundle = SavedModelBundle.load(saved.toString(), "serve");
        TInt32 input = TInt32.tensorOf(Shape.of(BATCH, SEQ), DataBuffers.of(tokens.toInts(), true, false));
        Result result = bundle.function(SavedModelExport.SIGNATURE).call(Map.of("tokens", (Tensor) input))) {
      TFloat32 logits = (TFloat32) result.get("logits").orElseThrow();
      float[] flat = new float[Math.toIntExact(logits.size())];
      logits.copyTo(DataBuffers.of(flat, false, false));
      return flat;
    }
  }

  private static Path tokens(Family f) {
    return WORK.resolve(f.id + ".tokens.npy");
  }
}
