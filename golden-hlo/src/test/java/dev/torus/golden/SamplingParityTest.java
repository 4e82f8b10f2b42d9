package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.harness.PythonProject;
import dev.torus.harness.XlaHarness;
import dev.torus.text.generate.Sampler;
import dev.torus.text.generate.SamplingOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sampler against transformers' own processors ({@code RepetitionPenaltyLogitsProcessor},
 * {@code TemperatureLogitsWarper}, {@code TopKLogitsWarper}, {@code TopPLogitsWarper}, in generate's order) on
 * random f32 logits: the processed logits and the filtered distributions within 1e-6, and the frequencies of
 * many seeded draws against transformers' probabilities by a chi-square test.
 */
class SamplingParityTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path WORK = Path.of("target", "sampling-parity").toAbsolutePath();
  static final int VOCAB = 64;
  static final int ROWS = 4;

  /** The option sets compared; the last one (no penalty, all three filters) is also drawn from. */
  static final List<SamplingOptions> CASES = List.of(
      SamplingOptions.GREEDY.withRepetitionPenalty(1.5),
      SamplingOptions.GREEDY.withTemperature(1).withRepetitionPenalty(1.3),
      SamplingOptions.GREEDY.withTemperature(0.7).withTopK(10),
      SamplingOptions.GREEDY.withTemperature(1.3).withTopP(0.9),
      SamplingOptions.GREEDY.withTemperature(0.8).withTopK(20).withTopP(0.8).withRepetitionPenalty(1.2),
      SamplingOptions.GREEDY.withTemperature(1).withTopK(5),
      SamplingOptions.GREEDY.withTemperature(2.5).withTopK(24).withTopP(0.9));

  static float[][][] logits = new float[CASES.size()][ROWS][VOCAB];
  static int[][][] seen = new int[CASES.size()][ROWS][];
  static JsonNode reference;

  @BeforeAll
  static void askTransformers() throws Exception {
    Files.createDirectories(WORK);
    Random random = new Random(18);
    ArrayNode cases = JSON.createArrayNode();
    for (int c = 0; c < CASES.size(); c++) {
      SamplingOptions o = CASES.get(c);
      ObjectNode json = cases.addObject().put("temperature", o.temperature()).put("topK", o.topK())
          .put("topP", o.topP()).put("repetitionPenalty", o.repetitionPenalty());
      ArrayNode rows = json.putArray("logits");
      ArrayNode seenRows = json.putArray("seen");
      for (int r = 0; r < ROWS; r++) {
        ArrayNode row = rows.addArray();
        for (int v = 0; v < VOCAB; v++) {
          float x = (float) (random.nextGaussian() * 3);
          // case 5 rounds to halves, so top-k meets ties
          logits[c][r][v] = c == 5 ? Math.round(x) / 2f : x;
          row.add(logits[c][r][v]);
        }
        seen[c][r] = random.ints(1 + random.nextInt(12), 0, VOCAB).toArray();
        ArrayNode s = seenRows.addArray();
        for (int t : seen[c][r]) {
          s.add(t);
        }
      }
    }
    Path request = WORK.resolve("request.json");
    Path out = WORK.resolve("reference.json");
    JSON.writeValue(request.toFile(), JSON.createObjectNode().set("cases", cases));
    XlaHarness harness = XlaHarness.locate();
    Process p = harness.project()
        .process(harness.python(), PythonProject.Module.SAMPLING_REFERENCE,
            List.of("--request", request.toString(), "--out", out.toString()))
        .redirectErrorStream(true).redirectOutput(WORK.resolve("reference.log").toFile()).start();
    if (!p.waitFor(3, TimeUnit.MINUTES) || p.exitValue() != 0) {
      String log = Files.readString(WORK.resolve("reference.log"), StandardCharsets.UTF_8);
      if (p.isAlive() || p.exitValue() != 3 || "true".equals(System.getenv("CI"))) {
        p.destroyForcibly();
        fail("sampling_reference failed:\n" + log);
      }
      abort("torch/transformers unavailable; " + PythonProject.INSTALL_HINT + "\n" + log);
    }
    reference = JSON.readTree(out.toFile());
  }

  static BitSet bits(int[] ids) {
    BitSet b = new BitSet();
    for (int t : ids) {
      b.set(t);
    }
    return b;
  }

  @Test
  void processedLogitsAndDistributionsEqualTransformers() {
    double worstScore = 0;
    double worstProbability = 0;
    int filtered = 0;
    for (int c = 0; c < CASES.size(); c++) {
      for (int r = 0; r < ROWS; r++) {
        float[] scores = Sampler.process(CASES.get(c), logits[c][r], bits(seen[c][r]));
        double[] p = Sampler.probabilities(scores);
        JsonNode ref = reference.get(c).get("scores").get(r);
        JsonNode refP = reference.get(c).get("probabilities").get(r);
        double scale = 0;
        for (JsonNode v : ref) {
          scale = v.isNull() ? scale : Math.max(scale, Math.abs(v.asDouble()));
        }
        for (int v = 0; v < VOCAB; v++) {
          String where = "case " + CASES.get(c) + " row " + r + " token " + v;
          if (ref.get(v).isNull()) {
            assertEquals(Float.NEGATIVE_INFINITY, scores[v], where + ": transformers filtered it out");
            filtered++;
          } else {
            assertTrue(scores[v] != Float.NEGATIVE_INFINITY, where + ": transformers kept it");
            worstScore = Math.max(worstScore, Math.abs(scores[v] - ref.get(v).asDouble()) / scale);
          }
          worstProbability = Math.max(worstProbability, Math.abs(p[v] - refP.get(v).asDouble()));
        }
      }
    }
    System.out.printf("sampling parity: %d cases x %d rows, %d tokens filtered, max relative logit error %.2e,"
        + " max probability error %.2e%n", CASES.size(), ROWS, filtered, worstScore, worstProbability);
    assertTrue(filtered > 500, "the cases filter tokens: " + filtered);
    assertTrue(worstScore <= 1e-6, "max relative logit error " + worstScore);
    assertTrue(worstProbability <= 1e-6, "max probability error " + worstProbability);
  }

  @Test
  void seededDrawFrequenciesMatchTransformersProbabilities() {
    int c = CASES.size() - 1;
    int draws = 200_000;
    for (int r = 0; r < 2; r++) {
      double[] expected = new double[VOCAB];
      for (int v = 0; v < VOCAB; v++) {
        expected[v] = reference.get(c).get("probabilities").get(r).get(v).asDouble();
      }
      Sampler sampler = new Sampler(CASES.get(c).withSeed(1000 + r), 1);
      long[] counts = new long[VOCAB];
      for (int i = 0; i < draws; i++) {
        counts[sampler.next(0, logits[c][r])]++;
      }
      int kept = 0;
      for (int v = 0; v < VOCAB; v++) {
        if (expected[v] == 0) {
          assertEquals(0, counts[v], "row " + r + ": token " + v + " is filtered by transformers but was drawn");
        } else {
          kept++;
        }
      }
      double chi2 = chiSquare(counts, expected, draws);
      double critical = critical(kept - 1);
      // the same draws against the unfiltered softmax: the test can tell the filters apart
      double[] unfiltered = Sampler.probabilities(logits[c][r]);
      double chi2Unfiltered = chiSquare(counts, unfiltered, draws);
      System.out.printf("row %d: %d tokens kept, chi-square %.1f (critical %.1f at p=1e-6), against the unfiltered"
          + " softmax %.1f%n", r, kept, chi2, critical, chi2Unfiltered);
      assertTrue(kept >= 8, "row " + r + " keeps several tokens: " + kept);
      assertTrue(chi2 < critical, "row " + r + ": chi-square " + chi2 + " >= " + critical);
      assertTrue(chi2Unfiltered > critical, "the unfiltered softmax should fail: " + chi2Unfiltered);
    }
  }

  /** Pearson's statistic over the tokens with a non-zero expected probability. */
  static double chiSquare(long[] counts, double[] p, int n) {
    double chi2 = 0;
    for (int v = 0; v < counts.length; v++) {
      if (p[v] > 0) {
        double e = p[v] * n;
        chi2 += (counts[v] - e) * (counts[v] - e) / e;
      } else if (counts[v] > 0) {
        return Double.POSITIVE_INFINITY;
      }
    }
    return chi2;
  }

  /** The chi-square quantile for a tail probability of 1e-6 (Wilson-Hilferty, z = 4.753). */
  static double critical(int df) {
    double z = 4.753;
    double a = 2.0 / (9 * df);
    return df * Math.pow(1 - a + z * Math.sqrt(a), 3);
  }
}
