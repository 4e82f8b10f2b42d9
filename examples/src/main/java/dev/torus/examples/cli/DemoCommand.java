package dev.torus.examples.cli;

import dev.torus.artifact.Artifact;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Manifest;
import dev.torus.compiler.Torus;
import dev.torus.compiler.emit.ArtifactEmitter;
import dev.torus.compiler.ir.HloModule;
import dev.torus.examples.ReferenceMlp;
import dev.torus.examples.SamplePrograms;
import dev.torus.runtime.LoadedProgram;
import dev.torus.runtime.TorusRuntime;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code torus demo [--out DIR]}: builds the bundled SwiGLU MLP block, prints its HLO, writes it as
 * an artifact, runs it on the CPU through TensorFlow Java's XLA, and compares the result with a
 * plain-Java reference.
 */
final class DemoCommand implements TorusCli.Command {
  static final int TOKENS = 8;
  static final int WIDTH = 16;
  static final int HIDDEN = 32;
  /** DESIGN's limit for f32 programs against a reference, relative to max |reference|. */
  static final double TOLERANCE = 1e-4;

  @Override
  public String summary() {
    return "build the bundled MLP block, print its HLO, run it on the CPU and check it";
  }

  @Override
  public int run(List<String> args, PrintStream out) throws Exception {
    Path dir = parseOut(args);
    HloModule module = SamplePrograms.swigluMlp(TOKENS, WIDTH, HIDDEN);
    Manifest manifest = Manifest.builder().torusVersion(Torus.VERSION).name(module.name())
        .entryPoint(ArtifactEmitter.describeSingleDevice(module, "activation", "activation")).build();
    Artifact artifact = ArtifactEmitter.write(dir, module, manifest);
    out.println("Torus " + Torus.VERSION + " demo: a SwiGLU MLP block (x[" + TOKENS + "," + WIDTH + "], hidden "
        + HIDDEN + ") built with the HLO builder\n");
    out.println(artifact.programText(Artifact.HLO));
    out.println("artifact " + dir + " (sha256 " + artifact.manifest().sha256().substring(0, 16) + "...)");

    List<HostTensor> inputs = List.of(
        ReferenceMlp.randomTensor(1, 1.0f, TOKENS, WIDTH),
        ReferenceMlp.randomTensor(2, 0.25f, WIDTH, HIDDEN),
        ReferenceMlp.randomTensor(3, 0.25f, WIDTH, HIDDEN),
        ReferenceMlp.randomTensor(4, 0.18f, HIDDEN, WIDTH));
    float[] result;
    long nanos;
    try (TorusRuntime runtime = TorusRuntime.cpu(); LoadedProgram program = runtime.load(artifact)) {
      long start = System.nanoTime();
      result = program.run(inputs).get(0).toFloats();
      nanos = System.nanoTime() - start;
    }
    double[] reference = ReferenceMlp.swiglu(inputs.get(0).toFloats(), inputs.get(1).toFloats(),
        inputs.get(2).toFloats(), inputs.get(3).toFloats(), TOKENS, WIDTH, HIDDEN);
    out.printf(Locale.ROOT, "ran on the CPU through TensorFlow Java XlaCallModule in %.1f ms (first call: includes XLA's compile)%n",
        nanos / 1e6);
    out.print("out[0, 0:6] =");
    for (int j = 0; j < 6; j++) {
      out.printf(Locale.ROOT, " %.6f", result[j]);
    }
    out.println();
    double maxRef = 0;
    double maxErr = 0;
    for (int i = 0; i < result.length; i++) {
      maxRef = Math.max(maxRef, Math.abs(reference[i]));
      maxErr = Math.max(maxErr, Math.abs(result[i] - reference[i]));
    }
    double rel = maxErr / maxRef;
    boolean ok = rel <= TOLERANCE;
    out.printf(Locale.ROOT, "max |out - plain-Java reference| / max |reference| = %.2e (limit %.0e): %s%n",
        rel, TOLERANCE, ok ? "OK" : "MISMATCH");
    return ok ? 0 : 1;
  }

  private static Path parseOut(List<String> args) throws java.io.IOException {
    if (args.isEmpty()) {
      return Files.createTempDirectory("torus-demo-");
    }
    if (args.size() == 2 && args.get(0).equals("--out")) {
      return Path.of(args.get(1));
    }
    throw new TorusCli.UsageException("unexpected arguments " + args + "; usage: torus demo [--out DIR]");
  }
}
