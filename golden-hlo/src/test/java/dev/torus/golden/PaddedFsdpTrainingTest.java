package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.Artifact;
import dev.torus.artifact.DType;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Manifest;
import dev.torus.artifact.MeshSharding;
import dev.torus.artifact.Npy;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSpec;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.RandomCheckpoint;
import dev.torus.cli.RandomTensors;
import dev.torus.cli.Trainer;
import dev.torus.train.TokenFileType;
import dev.torus.compiler.train.AdamW;
import dev.torus.compiler.train.StepOptions;
import dev.torus.dsl.BlockSizes;
import dev.torus.hf.Checkpoint;
import dev.torus.harness.JaxEngine;
import dev.torus.harness.XlaHarness;
import dev.torus.train.ShardedCheckpoint;
import dev.torus.train.TrainingSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty AdamW steps of padded FSDP shards with the weights sharded over both mesh axes (ring 4 x dp 2,
 * FSDP 8, on 8 virtual CPU devices of the JAX engine) for a model of width 30, MLP 90 and vocabulary
 * 90, which 8 divides nowhere: every weight's and moment's pad entries are exactly 0 after the 20
 * steps; the losses are those of whole weights (FSDP 1) within 1e-5; the sharded checkpoint stores every
 * piece at its true shape (no pad), restores the pieces bit for bit, padding included, and exports a
 * Hugging Face checkpoint of the true shapes.
 */
class PaddedFsdpTrainingTest {
  @TempDir Path dir;

  static Trainer.Options options(int fsdp) {
    AdamW adam = new AdamW(1e-2, 1e-3, 4, 40, 0.9, 0.95, 1e-8, 0.1, 1.0);
    return new Trainer.Options(20, 2, 32, 4, 2, fsdp, TokenLayout.STRIPED, BlockSizes.uniform(4), adam, 3, null,
        TokenFileType.UINT16, null, 0, 1, 0, null, null, Double.NaN, StepOptions.DEFAULT, false);
  }

  @Test
  void padEntriesStayZeroThroughTwentyStepsAndCheckpointsKeepTrueShapes() throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Path init = dir.resolve("init");
    RandomCheckpoint.write(PaddedFsdpTest.MODEL, init, 5);
    Artifact whole = Trainer.compile(PaddedFsdpTest.MODEL, options(1), dir.resolve("whole"), false);
    Artifact padded = Trainer.compile(PaddedFsdpTest.MODEL, options(8), dir.resolve("padded"), false);
    Manifest m = padded.manifest();
    List<TensorSpec> resident = m.entryPoint(EntryPoint.MAIN).inputs().stream()
        .filter(t -> t.role() == Role.WEIGHT || t.role() == Role.STATE).toList();
    for (TensorSpec spec : resident) {
      assertTrue(spec.sharding().size() == 1 && spec.sharding().get(0).axes().equals(List.of("dp", "ring"))
          && spec.sharding().get(0).pad() > 0, spec + ": every weight and moment sharded padded over dp x ring");
    }

    List<HostTensor> tokens = new ArrayList<>();
    List<HostTensor> targets = new ArrayList<>();
    for (int k = 0; k < 20; k++) {   // four batches in turn: the model can learn them
      tokens.add(RandomTensors.randomTokens(10 + k % 4, PaddedFsdpTest.MODEL.vocabSize(), 2, 32));
      targets.add(RandomTensors.randomTokens(50 + k % 4, PaddedFsdpTest.MODEL.vocabSize(), 2, 32));
    }
    List<Float> wholeLosses = new ArrayList<>();
    try (TrainingSession session = TrainingSession.start(JaxEngine.start(harness, whole, JaxEngine.Options.cpu()),
        init, false)) {
      for (int k = 0; k < 20; k++) {
        wholeLosses.add(session.step(tokens.get(k), targets.get(k)).loss());
      }
    }
    List<Float> losses = new ArrayList<>();
    try (TrainingSession session = TrainingSession.start(JaxEngine.start(harness, padded, JaxEngine.Options.cpu()),
        init, false)) {
      for (int k = 0; k < 20; k++) {
        losses.add(session.step(tokens.get(k), targets.get(k)).loss());
      }
      Map<String, List<HostTensor>> after = new LinkedHashMap<>();
      long padEntries = 0;
      for (TensorSpec spec : resident) {
        List<HostTensor> pieces = session.engine().get(spec.name());
        after.put(spec.name(), pieces);
        for (int p = 0; p < pieces.size(); p++) {
          HostTensor piece = pieces.get(p);
          HostTensor truePart = MeshSharding.withoutPad(piece, spec, m.mesh(), p);
          padEntries += HostTensor.elementCount(piece.shape()) - HostTensor.elementCount(truePart.shape());
          assertArrayEquals(MeshSharding.withPad(truePart, spec, m.mesh(), p).bytes(), piece.bytes(),
              spec.name() + " on partition " + p + ": pad entries not 0 after 20 steps");
        }
      }
      for (int k = 0; k < 20; k++) {
        assertEquals(wholeLosses.get(k), losses.get(k), 1e-5 * Math.abs(wholeLosses.get(k)), "step " + (k + 1)
            + ": padded FSDP over dp x ring vs whole weights");
      }
      assertTrue(losses.get(19) < losses.get(3), "the model learns its four batches: " + losses);

      Path saved = session.save(dir.resolve("checkpoints"), Map.of());
      for (TensorSpec spec : resident) {
        for (int p = 0; p < m.mesh().deviceCount(); p++) {
          Path file = saved.resolve(ShardedCheckpoint.SHARDS).resolve(spec.name()).resolve("p" + p + ".npy");
          assertEquals(MeshSharding.trueShape(spec, m.mesh(), p), Npy.read(file).shape(),
              file + ": stored without its pad");
        }
      }
      // Put zeros in, then restore: the engine holds the saved pieces again, pads included, bit for bit.
      for (TensorSpec spec : resident) {
        List<HostTensor> zeros = new ArrayList<>();
        for (int p = 0; p < m.mesh().deviceCount(); p++) {
          zeros.add(HostTensor.zeros(spec.dtype(), spec.perDeviceShape().stream().mapToLong(Long::longValue).toArray()));
        }
        session.engine().put(spec.name(), zeros);
      }
      assertEquals(21, ShardedCheckpoint.restore(session.engine(), saved));
      for (TensorSpec spec : resident) {
        List<HostTensor> restored = session.engine().get(spec.name());
        for (int p = 0; p < restored.size(); p++) {
          assertArrayEquals(after.get(spec.name()).get(p).bytes(), restored.get(p).bytes(), spec.name() + " p" + p);
        }
      }
      Path hf = dir.resolve("hf");
      ShardedCheckpoint.toHuggingFace(saved, hf);
      try (Checkpoint exported = Checkpoint.open(hf)) {
        for (TensorSpec spec : resident) {
          if (spec.role() != Role.WEIGHT) {
            continue;
          }
          HostTensor global = MeshSharding.gather(after.get(spec.name()), spec, m.mesh());
          List<Long> layerShape = spec.globalShape().subList(1, spec.globalShape().size());
          String name = spec.hfName().contains(TensorSpec.LAYER) ? spec.hfName().replace(TensorSpec.LAYER, "1")
              : spec.hfName();
          List<Long> shape = spec.hfName().contains(TensorSpec.LAYER) ? layerShape : spec.globalShape();
          HostTensor read = exported.read(name, DType.F32, shape);
          assertEquals(shape, read.shape(), name);
          if (spec.hfName().contains(TensorSpec.LAYER)) {   // layer 1 of the stacked weight
            int size = global.byteSize() / Math.toIntExact(global.shape().get(0));
            byte[] layer1 = java.util.Arrays.copyOfRange(global.bytes(), size, 2 * size);
            assertArrayEquals(layer1, read.bytes(), name);
          } else {
            assertArrayEquals(global.bytes(), read.bytes(), name);
          }
        }
      }
      System.out.printf(Locale.ROOT, "[padded-fsdp-training] ring 4 x dp 2, fsdp 8: %d pad entries all 0 after 20"
          + " steps; losses %.5f -> %.5f (whole weights %.5f -> %.5f)%n", padEntries, losses.get(0), losses.get(19),
          wholeLosses.get(0), wholeLosses.get(19));
    }
  }
}
