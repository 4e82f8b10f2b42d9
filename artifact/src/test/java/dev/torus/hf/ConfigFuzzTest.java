package dev.torus.hf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.fuzz.ByteMutation;
import dev.torus.fuzz.FuzzFiles;
import dev.torus.fuzz.JsonMutation;
import dev.torus.fuzz.ReaderOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzzes {@link HfConfig#read} with mutants of real {@code config.json} files of each family read
 * (LLaMA, Mistral, Gemma 2, Gemma 3, Phi-3; transformers 4.x and 5.x forms): JSON values swapped for other types, negative or huge numbers, fields removed or added,
 * RoPE objects edited, and the text's bytes edited. Every outcome is a config or an {@link
 * InvalidCheckpointException} naming the file and a field ({@link #FIELDS}); a value put in a field
 * the reader reads is named in the message.
 */
class ConfigFuzzTest {
  private static final Path DIR = FuzzFiles.scratch("config-fuzz");
  private static final List<JsonNode> SEEDS = List.of(FuzzFiles.parse(HfConfigTest.LLAMA2_7B),
      FuzzFiles.parse(HfConfigTest.TRANSFORMERS_5), FuzzFiles.parse(HfConfigTest.MISTRAL_7B),
      FuzzFiles.parse(HfGemmaSoftCapConfigTest.GEMMA2_9B), FuzzFiles.parse(HfGemmaSoftCapConfigTest.GEMMA3_1B),
      FuzzFiles.parse(HfGemmaSoftCapConfigTest.GEMMA3_TRANSFORMERS_5), FuzzFiles.parse(HfPhi3Test.SU_4X),
      FuzzFiles.parse(HfPhi3Test.LONGROPE_5X));
  /** What a refusal of a config may name: a field the reader reads, a RoPE key, an unknown field, the JSON. */
  static final ReaderOutcome.Fields FIELDS = ReaderOutcome.Fields.of(HfConfigFields.READ)
      .and("rope_type", "factor", "unknown field", "invalid JSON", "JSON object");
  private static final String[] WORDS = {"llama", "mistral", "silu", "gelu", "default", "linear", "llama3",
      "full_attention", "sliding_attention", "float32", "bfloat16", "rope_type", "rope_theta", "type",
      "partial_rotary_factor", "factor", "gemma", "gemma2", "gemma3_text", "phi3", "gelu_pytorch_tanh", "su",
      "longrope", "yarn", "sliding_window", "layer_types", "query_pre_attn_scalar", "attn_logit_softcapping",
      "rope_local_base_freq", "original_max_position_embeddings", "pad_token_id"};

  @AfterContainer
  static void deleteScratch() throws IOException {
    FuzzFiles.delete(DIR);
  }

  @Property(tries = 2400)
  void jsonEdits(@ForAll("seeds") JsonNode seed, @ForAll("jsonEdits") List<JsonMutation> edits) throws IOException {
    Path file = DIR.resolve("config.json");
    Files.writeString(file, FuzzFiles.text(JsonMutation.applyAll(edits, seed)));
    ReaderOutcome.check(file, FIELDS, () -> HfConfig.read(file), InvalidCheckpointException.class);
  }

  @Property(tries = 900)
  void byteEdits(@ForAll("seeds") JsonNode seed, @ForAll("byteEdits") List<ByteMutation> edits) throws IOException {
    Path file = DIR.resolve("config.json");
    Files.write(file, ByteMutation.applyAll(edits, FuzzFiles.text(seed).getBytes(StandardCharsets.UTF_8)));
    ReaderOutcome.check(file, FIELDS, () -> HfConfig.read(file), InvalidCheckpointException.class);
  }

  /** A value of the wrong type in a field the reader reads: the refusal names that field. */
  @Property(tries = 900)
  void wrongTypeNamesTheField(@ForAll("seeds") JsonNode seed, @ForAll("readFields") String field,
      @ForAll("wrongTypes") JsonNode value) throws IOException {
    JsonNode config = seed.deepCopy();
    ((ObjectNode) config).set(field, value);
    Path file = DIR.resolve("config.json");
    Files.writeString(file, FuzzFiles.text(config));
    ReaderOutcome.check(file, ReaderOutcome.Fields.of(field), () -> HfConfig.read(file),
        InvalidCheckpointException.class);
  }

  @Provide
  Arbitrary<JsonNode> seeds() {
    return Arbitraries.of(SEEDS);
  }

  @Provide
  Arbitrary<List<JsonMutation>> jsonEdits() {
    return JsonMutation.sequences(WORDS);
  }

  @Provide
  Arbitrary<List<ByteMutation>> byteEdits() {
    return ByteMutation.sequences();
  }

  @Provide
  Arbitrary<String> readFields() {
    return Arbitraries.of(HfConfigFields.READ);
  }

  /** Values no read field accepts: objects, arrays of numbers, text where numbers go, fractions. */
  @Provide
  Arbitrary<JsonNode> wrongTypes() {
    return Arbitraries.of(FuzzFiles.parse("{\"a\": 1}"), FuzzFiles.parse("[1, 2]"), FuzzFiles.parse("\"x\""),
        FuzzFiles.parse("-1.5"), FuzzFiles.parse("true"));
  }
}
