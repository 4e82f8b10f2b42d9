package dev.torus.hf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;
import dev.torus.fuzz.ByteMutation;
import dev.torus.fuzz.FuzzFiles;
import dev.torus.fuzz.JsonMutation;
import dev.torus.fuzz.ReaderOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzzes {@link Checkpoint#open} and {@link Checkpoint#read} on a sharded model directory: {@value
 * Checkpoint#INDEX} edited as JSON (shard names swapped, escaping the directory, missing, of other
 * types; fields added and removed) and as bytes, a shard's bytes edited (its data turned to NaN),
 * and the directory's files present or absent. Every outcome is a checkpoint whose tensors read, or
 * an {@link InvalidCheckpointException} naming the directory or a file in it, and the field or
 * entry at fault ({@link #FIELDS}); a shard name made wrong in {@code weight_map} is refused naming
 * {@code weight_map}.
 */
class IndexFuzzTest {
  private static final Path ROOT = FuzzFiles.scratch("index-fuzz");
  /** What a refusal of a model directory may name: the index's fields, a file of the layout, a shard's field, a tensor. */
  static final ReaderOutcome.Fields FIELDS = SafetensorsFuzzTest.FIELDS.and("weight_map", "metadata",
      Checkpoint.CONFIG, Checkpoint.SINGLE_FILE, Checkpoint.INDEX, "missing tensor", "is not a directory",
      "invalid JSON", "non-finite");
  private static final String SHARD_1 = "model-00001-of-00002.safetensors";
  private static final String SHARD_2 = "model-00002-of-00002.safetensors";
  private static final ImmutableMap<String, String> WEIGHT_MAP = ImmutableMap.of(
      "model.embed_tokens.weight", SHARD_1, "model.norm.weight", SHARD_1, "lm_head.weight", SHARD_2);
  private static final JsonNode INDEX = index();
  private static final byte[] SHARD_1_BYTES = shard(ROOT.resolve(SHARD_1), ImmutableMap.of(
      "model.embed_tokens.weight", HostTensor.ofFloats(new float[] {1, 2, 3, 4, 5, 6}, 3, 2).to(DType.BF16),
      "model.norm.weight", HostTensor.ofFloats(new float[] {1, 0.5f}, 2)));
  private static final byte[] SHARD_2_BYTES =
      shard(ROOT.resolve(SHARD_2), ImmutableMap.of("lm_head.weight", HostTensor.ofFloats(new float[] {1, 2, 3, 4}, 2, 2)));

  /** The index as transformers writes it: metadata, and the weight map. */
  private static JsonNode index() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.putObject("metadata").put("total_size", 40);
    ObjectNode map = root.putObject("weight_map");
    WEIGHT_MAP.forEach(map::put);
    return root;
  }

  private static byte[] shard(Path file, ImmutableMap<String, HostTensor> tensors) {
    try {
      Safetensors.write(file, tensors);
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterContainer
  static void deleteScratch() throws IOException {
    FuzzFiles.delete(ROOT);
  }

  @Property(tries = 900)
  void indexEdits(@ForAll("indexEdits") List<JsonMutation> edits) throws IOException {
    Path dir = sharded(FuzzFiles.text(JsonMutation.applyAll(edits, INDEX)).getBytes(StandardCharsets.UTF_8),
        SHARD_1_BYTES);
    openAndRead(dir);
  }

  @Property(tries = 400)
  void indexByteEdits(@ForAll("byteEdits") List<ByteMutation> edits) throws IOException {
    openAndRead(sharded(ByteMutation.applyAll(edits, FuzzFiles.text(INDEX).getBytes(StandardCharsets.UTF_8)),
        SHARD_1_BYTES));
  }

  @Property(tries = 400)
  void shardByteEdits(@ForAll("byteEdits") List<ByteMutation> edits) throws IOException {
    openAndRead(sharded(FuzzFiles.text(INDEX).getBytes(StandardCharsets.UTF_8),
        ByteMutation.applyAll(edits, SHARD_1_BYTES)));
  }

  /**
   * A shard whose data a byte edit turned to NaN (the case a fuzz run found): the refusal names the
   * tensor, its file and the non-finite value.
   */
  @Example
  void shardDataTurnedToNan() throws IOException {
    byte[] nan = shard(ROOT.resolve("nan.safetensors"), ImmutableMap.of(
        "model.embed_tokens.weight", HostTensor.ofFloats(new float[] {Float.NaN, 2, 3, 4, 5, 6}, 3, 2).to(DType.BF16),
        "model.norm.weight", HostTensor.ofFloats(new float[] {1, 0.5f}, 2)));
    Path dir = sharded(FuzzFiles.text(INDEX).getBytes(StandardCharsets.UTF_8), nan);
    InvalidCheckpointException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidCheckpointException.class,
        () -> {
          try (Checkpoint c = Checkpoint.open(dir)) {
            c.read("model.embed_tokens.weight", DType.F32, List.of(3L, 2L));
          }
        });
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("'model.embed_tokens.weight' in "
        + dir.resolve(SHARD_1) + " has 1 non-finite value(s)"), e.getMessage());
    openAndRead(dir);
  }

  /** A tensor mapped to a name that is no plain file name in the directory, or to no string: the refusal names weight_map. */
  @Property(tries = 200)
  void shardNameWrong(@ForAll("tensorNames") String tensor, @ForAll("badShardNames") JsonNode shard)
      throws IOException {
    JsonNode index = INDEX.deepCopy();
    ((ObjectNode) index.get("weight_map")).set(tensor, shard);
    openAndRead(sharded(FuzzFiles.text(index).getBytes(StandardCharsets.UTF_8), SHARD_1_BYTES),
        ReaderOutcome.Fields.of("weight_map"));
  }

  @Provide
  Arbitrary<String> tensorNames() {
    return net.jqwik.api.Arbitraries.of(WEIGHT_MAP.keySet());
  }

  @Provide
  Arbitrary<JsonNode> badShardNames() {
    return net.jqwik.api.Arbitraries.of("\"..\"", "\".\"", "\"\"", "\"/etc/passwd\"", "\"a\\\\b\"", "\"c:d\"",
        "\"missing.safetensors\"", "\"../" + SHARD_1 + "\"", "1", "null", "{}", "[\"" + SHARD_1 + "\"]",
        "\"" + "x".repeat(5000) + "\"").map(FuzzFiles::parse);
  }

  /** Which of config, single file, index, shards and a pickle checkpoint the directory holds. */
  @Property(tries = 100)
  void directoryLayouts(@ForAll boolean config, @ForAll boolean single, @ForAll boolean index,
      @ForAll boolean shards, @ForAll boolean pickle, @ForAll boolean exists) throws IOException {
    Path dir = ROOT.resolve("layout");
    FuzzFiles.delete(dir);
    if (exists) {
      Files.createDirectories(dir);
      if (config) {
        Files.writeString(dir.resolve(Checkpoint.CONFIG), HfConfigTest.TRANSFORMERS_5);
      }
      if (single) {
        Files.write(dir.resolve(Checkpoint.SINGLE_FILE), SHARD_2_BYTES);
      }
      if (index) {
        Files.writeString(dir.resolve(Checkpoint.INDEX), FuzzFiles.text(INDEX));
      }
      if (shards) {
        Files.write(dir.resolve(SHARD_1), SHARD_1_BYTES);
        Files.write(dir.resolve(SHARD_2), SHARD_2_BYTES);
      }
      if (pickle) {
        Files.write(dir.resolve("pytorch_model.bin"), new byte[] {1});
      }
    }
    openAndRead(dir);
  }

  @Provide
  Arbitrary<List<JsonMutation>> indexEdits() {
    return JsonMutation.sequences(SHARD_1, SHARD_2, Checkpoint.CONFIG, Checkpoint.SINGLE_FILE, Checkpoint.INDEX,
        "missing.safetensors", "..", ".", "/etc/passwd", "a\\b", "c:d", "model.embed_tokens.weight",
        "model.norm.weight", "lm_head.weight", "weight_map", "metadata");
  }

  @Provide
  Arbitrary<List<ByteMutation>> byteEdits() {
    return ByteMutation.sequences();
  }

  private static Path sharded(byte[] index, byte[] shard1) throws IOException {
    Path dir = ROOT.resolve("sharded");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(Checkpoint.CONFIG), HfConfigTest.TRANSFORMERS_5);
    Files.write(dir.resolve(Checkpoint.INDEX), index);
    Files.write(dir.resolve(SHARD_1), shard1);
    Files.write(dir.resolve(SHARD_2), SHARD_2_BYTES);
    return dir;
  }

  /** Opens {@code dir} and reads every tensor as f32 at its shape, then at a wrong shape and a missing one. */
  private static void openAndRead(Path dir) {
    openAndRead(dir, FIELDS);
  }

  private static void openAndRead(Path dir, ReaderOutcome.Fields fields) {
    ReaderOutcome.check(dir.toString(), fields, () -> {
      try (Checkpoint c = Checkpoint.open(dir)) {
        c.config();
        c.toString();
        org.junit.jupiter.api.Assertions.assertEquals(dir, c.dir());
        for (String name : c.tensorNames()) {
          c.read(name, DType.F32, c.info(name).shape());
          org.junit.jupiter.api.Assertions.assertTrue(c.sameValues(name, name), name);
          if (c.tensorNames().contains("lm_head.weight")) {
            c.sameValues(name, "lm_head.weight");
          }
          ReaderOutcome.check(name, ReaderOutcome.Fields.of("shape"), () -> c.read(name, DType.BF16, List.of(7L)),
              InvalidCheckpointException.class);
          ReaderOutcome.check(name, ReaderOutcome.Fields.of("dtype"), () -> c.read(name, DType.S32,
              c.info(name).shape()), InvalidCheckpointException.class);
        }
        c.read("model.layers.0.mlp.up_proj.weight", DType.F32, List.of(2L));
      }
      return null;
    }, InvalidCheckpointException.class);
  }
}
