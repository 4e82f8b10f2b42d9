package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.Artifact;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.RandomCheckpoint;
import dev.torus.cli.Trainer;
import dev.torus.compiler.train.AdamW;
import dev.torus.compiler.train.StepOptions;
import dev.torus.compiler.train.TrainPrecision;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.Presets;
import dev.torus.harness.JaxEngine;
import dev.torus.harness.XlaHarness;
import dev.torus.train.ByteBatches;
import dev.torus.train.TokenFileType;
import dev.torus.train.TrainingSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pod-train's step options on the JAX engine (4 virtual CPU devices: a ring of 2 times 2
 * data-parallel rings): a step of 2 micro-batches of 2 rows gives the losses of one batch of 4, and a second
 * engine on the same persistent compilation cache loads the step from the cache without compiling
 * (JAX's {@code /jax/compilation_cache/cache_hits} event, and the cache directory gains no entry).
 */
class PodTrainOptionsTest {
  @TempDir Path dir;

  static Trainer.Options options(int batch, StepOptions step) {
    AdamW adam = new AdamW(1e-2, 1e-3, 2, 20, 0.9, 0.95, 1e-8, 0.1, 1.0);
    return new Trainer.Options(3, batch, 32, 2, 2, 1, TokenLayout.STRIPED, BlockSizes.uniform(8), adam, 3, null,
        TokenFileType.UINT16, null, 0, 1, 0, null, null, Double.NaN, step, true);
  }

  @Test
  void microBatchesTrainAsOneBatchAndASecondEngineLoadsTheStepFromTheCache() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Path init = dir.resolve("init");
    RandomCheckpoint.write(Presets.tiny(), init, 3);
    Artifact whole = Trainer.compile(Presets.tiny(), options(4, StepOptions.DEFAULT), dir.resolve("whole"), false);
    Artifact micro = Trainer.compile(Presets.tiny(), options(2, new StepOptions(2, TrainPrecision.F32)),
        dir.resolve("micro"), false);
    Path cache = dir.resolve("xla-cache");
    JaxEngine.Options cached = new JaxEngine.Options(false, null, cache, 20);

    List<Float> wholeLosses = losses(JaxEngine.start(harness, whole, JaxEngine.Options.cpu()), init, m -> { });
    List<Map<String, Long>> loads = new ArrayList<>();
    List<Float> first = losses(JaxEngine.start(harness, micro, cached), init, loads::add);
    Set<String> afterFirst = entries(cache);
    List<Float> second = losses(JaxEngine.start(harness, micro, cached), init, loads::add);
    Set<String> afterSecond = entries(cache);

    for (int k = 0; k < wholeLosses.size(); k++) {
      assertEquals(wholeLosses.get(k), first.get(k), 1e-5 * wholeLosses.get(k), "step " + (k + 1)
          + ": --accumulate 2 --batch 2 vs --batch 4 on the JAX engine");
      assertEquals(first.get(k), second.get(k), 0, "step " + (k + 1) + ": the cached program computes the same");
    }
    System.out.printf("[pod-train-options] JAX, ring 2 x dp 2: losses %s (accumulate 2) vs %s (batch 4); compile %d ms,"
        + " then %d ms from the cache (%d cache entries)%n", first, wholeLosses, loads.get(0).get("compile_milliseconds"),
        loads.get(1).get("compile_milliseconds"), afterSecond.size());
    assertEquals(0L, loads.get(0).get("compilation_cache_hit"), "the first engine compiles: " + loads.get(0));
    assertFalse(afterFirst.isEmpty(), "the first engine writes the compiled step to " + cache);
    assertEquals(1L, loads.get(1).get("compilation_cache_hit"), "the second engine loads from the cache: " + loads.get(1));
    assertEquals(afterFirst, afterSecond, "the second engine adds nothing to the cache");
  }

  /** Three steps' losses on {@code engine} from {@code init}; the main program's load figures to {@code loaded}. */
  private static List<Float> losses(JaxEngine engine, Path init, java.util.function.Consumer<Map<String, Long>> loaded) {
    List<Float> out = new ArrayList<>();
    try (TrainingSession session = TrainingSession.start(engine, init)) {
      loaded.accept(session.memory());
      var data = ByteBatches.copyTask(32, 3);
      for (int k = 0; k < 3; k++) {
        out.add(session.step(data).loss());
      }
    }
    return out;
  }

  private static Set<String> entries(Path cache) throws Exception {
    try (Stream<Path> all = Files.walk(cache)) {
      return all.filter(Files::isRegularFile).map(p -> cache.relativize(p).toString())
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
  }
}
