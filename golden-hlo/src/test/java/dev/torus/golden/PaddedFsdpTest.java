package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Manifest;
import dev.torus.artifact.MeshSharding;
import dev.torus.artifact.Npy;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSpec;
import dev.torus.artifact.TokenLayout;
import dev.torus.cli.RandomTensors;
import dev.torus.compiler.ForwardCompiler;
import dev.torus.compiler.emit.HloTextPrinter;
import dev.torus.compiler.ir.HloModule;
import dev.torus.compiler.lower.ModelWeights;
import dev.torus.compiler.lower.WeightSpec;
import dev.torus.compiler.train.LossGradients;
import dev.torus.dsl.BlockSizes;
import dev.torus.dsl.ModelSpec;
import dev.torus.dsl.Presets;
import dev.torus.dsl.RunShape;
import dev.torus.harness.XlaHarness;
import dev.torus.harness.XlaHarness.Input;
import dev.torus.harness.XlaHarness.Output;
import dev.torus.harness.XlaHarness.Program;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Padded FSDP shards (weights no dimension of which the FSDP size divides, stored padded with zeros)
 * and FSDP over both mesh axes give the numbers of whole weights: a model of width 30, MLP 90 and
 * vocabulary 90, which 4 and 8 devices divide nowhere, run by real XLA as SPMD programs on rings of 2
 * (nothing padded) and 8 here, and on a ring of 4 and a ring of 2 times 2 replicas with the weights
 * sharded over all 4 devices in {@link PaddedFsdpMeshTest} (two classes, so each stays short). Every
 * input goes in as the manifest shards it
 * ({@link MeshSharding}, padding included), every output comes back through it. Logits and loss are
 * bit-identical (the pad is cut off right after the gather, so every matmul sees the same numbers);
 * gradients agree within 1e-6 of max |whole| (the sharded ones are summed by a reduce-scatter instead
 * of an all-reduce), and their pad entries are exactly 0.
 */
class PaddedFsdpTest {
  static final Path ROOT = Path.of("target/xla-harness").toAbsolutePath();
  static final double GRADIENT_TOLERANCE = 1e-6;
  static final ModelSpec MODEL = Presets.llama("padded", 90, 30, 2, 5, 1, 90, 1e-6, 10000).build();
  static final int BATCH = 4;
  static final int SEQ = 32;

  /** With {@code emulate}, the sharded forward also runs as its single-device emulation through TF Java. */
  record Case(String id, int ring, int dp, TokenLayout layout, boolean emulate) {
    Case(String id, int ring, int dp, TokenLayout layout) {
      this(id, ring, dp, layout, false);
    }

    int devices() {
      return ring * dp;
    }
  }

  @Test
  void paddedShardsGiveTheLogitsLossAndGradientsOfWholeWeights() throws Exception {
    int padded = check("padded-fsdp", List.of(new Case("ring2", 2, 1, TokenLayout.CONTIGUOUS),
        new Case("ring8", 8, 1, TokenLayout.STRIPED, true)));
    assertTrue(padded == ModelWeights.of(MODEL).size(), "ring 8 pads every weight, ring 2 none; padded " + padded);
  }

  /**
   * Runs {@code cases} (each with whole and with FSDP-sharded weights over all its devices) in work
   * directory {@code work}, asserts what the class comment says; how many (case, weight) pairs padded.
   */
  static int check(String work, List<Case> cases) throws Exception {
    return check(work, MODEL, cases);
  }

  /** {@link #check(String, List)} for {@code model}. */
  static int check(String work, ModelSpec model, List<Case> cases) throws Exception {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Path dir = ROOT.resolve(work);
    Files.createDirectories(dir);
    WORK.set(dir);
    List<WeightSpec> weights = ModelWeights.of(model);
    List<HostTensor> values = new ArrayList<>();
    for (int k = 0; k < weights.size(); k++) {
      WeightSpec w = weights.get(k);
      values.add(RandomTensors.randomWeight(100 + k, w));
    }
    HostTensor tokens = RandomTensors.randomTokens(1, model.vocabSize(), BATCH, SEQ);
    HostTensor targets = RandomTensors.randomTokens(2, model.vocabSize(), BATCH, SEQ);
    List<Program> programs = new ArrayList<>();
    List<Manifest> manifests = new ArrayList<>();
    List<ForwardCompiler.Compiled> forwards = new ArrayList<>();
    for (Case c : cases) {
      RunShape whole = RunShape.ring(BATCH, SEQ, BlockSizes.uniform(4), c.ring, c.layout, c.dp);
      for (RunShape shape : List.of(whole, whole.withFsdp(c.devices()))) {
        String tag = tag(c, shape);
        ForwardCompiler.Compiled forward = ForwardCompiler.compile(model, shape, false);
        Manifest m = forward.manifest();
        manifests.add(m);
        forwards.add(forward);
        List<TensorSpec> in = m.entryPoint(EntryPoint.MAIN).inputs();
        TensorSpec tokenSpec = in.get(0);
        List<Input> weightInputs = new ArrayList<>();
        for (int k = 0; k < weights.size(); k++) {
          weightInputs.add(fed(tag + "." + weights.get(k).name(), m, in.get(1 + k), values.get(k)));
        }
        Input tokenInput = fed(tag + ".tokens", m, tokenSpec, tokens);
        List<Input> forwardInputs = new ArrayList<>(List.of(tokenInput));
        forwardInputs.addAll(weightInputs);
        programs.add(new Program(tag + ".forward", hlo(tag + ".forward", forward.programs().get(EntryPoint.MAIN)),
            c.devices(), forwardInputs, List.of(Output.stack(WORK.get().resolve(tag + ".logits.npy")))));
        List<Input> gradInputs = new ArrayList<>(List.of(tokenInput, fed(tag + ".targets", m, tokenSpec, targets)));
        gradInputs.addAll(weightInputs);
        List<Output> outputs = new ArrayList<>(List.of(Output.first(WORK.get().resolve(tag + ".loss.npy"))));
        for (WeightSpec w : weights) {
          outputs.add(Output.stack(WORK.get().resolve(tag + "." + w.name() + ".grad.npy")));
        }
        programs.add(new Program(tag + ".grad", hlo(tag + ".grad", LossGradients.build(model, shape).module()),
            c.devices(), gradInputs, outputs));
      }
    }
    XlaHarness.Summary run = harness.run(programs, WORK.get());
    for (Program p : programs) {
      assertTrue(run.program(p.id()).ok(), p.id() + ": " + run.program(p.id()).error());
    }
    int padded = 0;
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      Manifest wholeManifest = manifests.get(2 * i);
      Manifest fsdpManifest = manifests.get(2 * i + 1);
      String wholeTag = c.id + ".whole";
      String fsdpTag = c.id + ".fsdp";
      TensorSpec logits = wholeManifest.entryPoint(EntryPoint.MAIN).outputs().get(0);
      HostTensor wantLogits = MeshSharding.fromDevices(wholeManifest, logits, pieces(wholeTag + ".logits"));
      HostTensor gotLogits = MeshSharding.fromDevices(fsdpManifest, fsdpManifest.entryPoint(EntryPoint.MAIN).outputs()
          .get(0), pieces(fsdpTag + ".logits"));
      assertBitIdentical(wantLogits, gotLogits, c.id + " logits");
      if (c.emulate) {   // the TF graph pads the true-shape weights itself (MeshGraph), the emulation gathers
        List<HostTensor> inputs = new ArrayList<>(List.of(tokens));
        inputs.addAll(values);
        dev.torus.artifact.Artifact artifact = forwards.get(2 * i + 1).write(WORK.get().resolve(c.id + ".artifact"));
        try (dev.torus.runtime.TorusRuntime runtime = dev.torus.runtime.TorusRuntime.cpu();
            dev.torus.runtime.LoadedProgram program = runtime.load(artifact)) {
          double emulated = RealXlaGoldenTest.assertClose(gotLogits.toFloats(), program.run(inputs).get(0).toFloats(),
              1e-5, c.id + ": TF Java emulation of padded shards vs the harness's N-device run");
          System.out.printf(Locale.ROOT, "[padded-fsdp] %-10s emulated through TF Java vs harness: %.2e%n", c.id,
              emulated);
        }
      }
      assertBitIdentical(Npy.read(WORK.get().resolve(wholeTag + ".loss.npy")), Npy.read(WORK.get().resolve(fsdpTag + ".loss.npy")),
          c.id + " loss");
      double worst = 0;
      for (int k = 0; k < weights.size(); k++) {
        String name = weights.get(k).name();
        TensorSpec wholeSpec = wholeManifest.entryPoint(EntryPoint.MAIN).inputs().get(1 + k);
        TensorSpec fsdpSpec = fsdpManifest.entryPoint(EntryPoint.MAIN).inputs().get(1 + k);
        assertEquals(Role.WEIGHT, fsdpSpec.role());
        assertEquals(weights.get(k).shape(), fsdpSpec.globalShape(), name + ": the manifest keeps the true shape");
        List<HostTensor> fsdpPieces = pieces(fsdpTag + "." + name + ".grad");
        if (fsdpSpec.sharding().stream().anyMatch(s -> s.pad() > 0)) {
          padded++;
          for (int p = 0; p < fsdpPieces.size(); p++) {
            HostTensor piece = fsdpPieces.get(p);
            assertArrayEquals(MeshSharding.withPad(MeshSharding.withoutPad(piece, fsdpSpec, fsdpManifest.mesh(), p),
                fsdpSpec, fsdpManifest.mesh(), p).bytes(), piece.bytes(), c.id + " " + name + ": the gradient's pad on"
                + " partition " + p + " is not 0");
          }
        }
        HostTensor want = MeshSharding.gather(pieces(wholeTag + "." + name + ".grad"), wholeSpec, wholeManifest.mesh());
        HostTensor got = MeshSharding.gather(fsdpPieces, fsdpSpec, fsdpManifest.mesh());
        assertEquals(want.shape(), got.shape(), c.id + " " + name);
        double relative = Differences.maxRelative(want.toFloats(), got.toFloats());
        worst = Math.max(worst, relative);
        assertTrue(relative <= GRADIENT_TOLERANCE, c.id + " " + name + " gradient: " + relative);
      }
      System.out.printf(Locale.ROOT, "[padded-fsdp] %-10s fsdp %d: logits and loss bit-identical, gradients within %.2e"
          + " (worst tensor)%n", c.id, c.devices(), worst);
    }
    return padded;
  }

  /** The work directory of the running check (one at a time). */
  private static final ThreadLocal<Path> WORK = new ThreadLocal<>();

  private static String tag(Case c, RunShape shape) {
    return c.id + (shape.fsdp() > 1 ? ".fsdp" : ".whole");
  }

  /** {@code global} as the manifest feeds it, one piece per device stacked, written to {@code name}.npy. */
  private static Input fed(String name, Manifest m, TensorSpec spec, HostTensor global) throws Exception {
    Path npy = WORK.get().resolve(name + ".npy");
    Npy.write(npy, MeshSharding.stack(MeshSharding.toDevices(m, spec, global)));
    return Input.stacked(npy);
  }

  private static List<HostTensor> pieces(String name) throws Exception {
    return MeshSharding.unstack(Npy.read(WORK.get().resolve(name + ".npy")));
  }

  private static void assertBitIdentical(HostTensor want, HostTensor got, String what) {
    assertEquals(want.shape(), got.shape(), what);
    float[] w = want.toFloats();
    float[] g = got.toFloats();
    double diff = 0;
    for (int i = 0; i < w.length; i++) {
      diff = Math.max(diff, Math.abs(w[i] - g[i]));
    }
    assertTrue(Arrays.equals(want.bytes(), got.bytes()), what + ": not bit-identical, max |difference| " + diff);
  }

  private static Path hlo(String id, HloModule m) throws Exception {
    Path p = WORK.get().resolve(id + ".hlo");
    Files.writeString(p, HloTextPrinter.print(m));
    return p;
  }
}
