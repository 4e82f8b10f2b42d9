package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Npy;
import dev.torus.cli.TorusCli;
import dev.torus.cli.Trainer;
import dev.torus.harness.XlaHarness;
import dev.torus.train.MetricsLog;
import dev.torus.train.StepMetrics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's full run on real text: this repository's own Markdown (English prose and code, not
 * random tokens) as a byte-level token file, 200 steps of {@code pod-train} on 8 virtual devices
 * (ring 4 x dp 2, FSDP 4), whose eval loss on held-out text ends below the training text's unigram
 * entropy (what a model that ignores context can reach at best); then the checkpoint becomes a
 * Hugging Face directory that {@code run} loads.
 */
class RealTextTrainingTest {
  @TempDir Path dir;

  @Test
  void twoHundredStepsOnRealTextBeatTheUnigramEntropy() throws IOException {
    HarnessAssumptions.requireOrSkip(XlaHarness.locate());
    byte[] text = repositoryText();
    int held = text.length / 10;
    Path train = dir.resolve("train.bin");
    Path eval = dir.resolve("eval.bin");
    Files.write(train, asUint16(text, 0, text.length - held));
    Files.write(eval, asUint16(text, text.length - held, text.length));
    double unigram = unigramEntropy(text, 0, text.length - held);

    Path run = dir.resolve("run");
    Result r = torus("pod-train", "--model", "tiny", "--seq", "128", "--batch", "4", "--ring", "4", "--dp", "2",
        "--fsdp", "4", "--block", "16", "--data", train.toString(), "--eval-data", eval.toString(),
        "--eval-every", "50", "--steps", "200", "--lr", "1e-2", "--warmup", "20", "--save-every", "100",
        "--out", run.toString());
    assertEquals(0, r.code(), r.err());
    List<StepMetrics> steps = MetricsLog.read(run.resolve(Trainer.METRICS));
    assertEquals(200, steps.size());
    StepMetrics last = steps.get(199);
    System.out.printf("[real text] %,d bytes of Markdown; 200 steps on 8 devices: loss %.4f -> %.4f, eval loss"
        + " %.4f, unigram entropy %.4f nats%n", text.length, steps.get(0).loss(), last.loss(), last.evalLoss(),
        unigram);
    assertTrue(last.evalLoss() < unigram, "eval loss " + last.evalLoss() + " after 200 steps is not below the"
        + " unigram entropy " + unigram);
    assertTrue(Files.isRegularFile(run.resolve(Trainer.LOSS_CURVE)));

    Path hf = dir.resolve("hf");
    assertEquals(0, torus("checkpoint-to-hf", run.toString(), "--out", hf.toString()).code());
    Path tokens = dir.resolve("tokens.npy");
    int[] prompt = new int[64];
    for (int i = 0; i < prompt.length; i++) {
      prompt[i] = text[i] & 0xff;
    }
    Npy.write(tokens, HostTensor.ofInts(prompt, 1, 64));
    Result logits = torus("run", "--model", hf.toString(), "--tokens-file", tokens.toString(), "--out",
        dir.resolve("logits.npy").toString());
    assertEquals(0, logits.code(), logits.err());
  }

  /** The repository's Markdown files, in a fixed order. */
  private static byte[] repositoryText() throws IOException {
    Path root = Path.of(System.getProperty("torus.repoRoot", ".."));
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.write(Files.readAllBytes(root.resolve("README.md")));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      for (Path p : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        all.write(Files.readAllBytes(p));
      }
    }
    assertTrue(all.size() > 40_000, "too little text in " + root.toAbsolutePath() + ": " + all.size() + " bytes");
    return all.toByteArray();
  }

  /** Bytes {@code [from, to)} of {@code text} as a flat little-endian uint16 token file. */
  private static byte[] asUint16(byte[] text, int from, int to) {
    ByteBuffer out = ByteBuffer.allocate(2 * (to - from)).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = from; i < to; i++) {
      out.putShort((short) (text[i] & 0xff));
    }
    return out.array();
  }

  /** The entropy of the byte distribution of {@code text[from, to)}, in nats. */
  private static double unigramEntropy(byte[] text, int from, int to) {
    long[] counts = new long[256];
    for (int i = from; i < to; i++) {
      counts[text[i] & 0xff]++;
    }
    double entropy = 0;
    for (long c : counts) {
      if (c > 0) {
        double p = (double) c / (to - from);
        entropy -= p * Math.log(p);
      }
    }
    return entropy;
  }

  private record Result(int code, String err) {}

  private static Result torus(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = TorusCli.run(List.of(args), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, err.toString(StandardCharsets.UTF_8));
  }
}
