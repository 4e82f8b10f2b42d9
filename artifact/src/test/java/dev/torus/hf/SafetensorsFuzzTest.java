package dev.torus.hf;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;
import dev.torus.fuzz.ByteMutation;
import dev.torus.fuzz.FuzzFiles;
import dev.torus.fuzz.JsonMutation;
import dev.torus.fuzz.ReaderOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzzes {@link Safetensors#open} and {@link Safetensors#read} with mutants of a valid file: its
 * header JSON edited (dtypes, shapes, data offsets, extra and missing fields) and reassembled with
 * a true length, and its bytes edited (the length field, truncation, byte flips). Every outcome is
 * a readable file or an {@link InvalidCheckpointException} naming the file and the field ({@link
 * #FIELDS}): the tensor's field made wrong, where only one is, and what a truncation cut off.
 */
class SafetensorsFuzzTest {
  private static final Path DIR = FuzzFiles.scratch("safetensors-fuzz");
  /** The parts of a safetensors file a refusal may name. */
  static final ReaderOutcome.Fields FIELDS = ReaderOutcome.Fields.of("header length", "header", "dtype", "shape",
      "data_offsets", "__metadata__", "data area", "has no tensor");
  private static final List<String> TENSORS = List.of("model.embed_tokens.weight", "model.norm.weight", "scale");
  private static final byte[] SEED = seed();
  private static final int HEADER_LENGTH = (int) ByteBuffer.wrap(SEED).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
  private static final JsonNode HEADER =
      FuzzFiles.parse(new String(SEED, 8, HEADER_LENGTH, StandardCharsets.UTF_8));
  private static final byte[] DATA = Arrays.copyOfRange(SEED, 8 + HEADER_LENGTH, SEED.length);

  /** f32, bf16 and f16 tensors, a scalar and an empty one, with metadata. */
  private static byte[] seed() {
    Path file = DIR.resolve("seed.safetensors");
    try {
      Safetensors.write(file, ImmutableMap.of(
          "model.embed_tokens.weight", HostTensor.ofFloats(new float[] {1, 2, 3, 4, 5, 6}, 2, 3),
          "model.norm.weight", HostTensor.ofFloats(new float[] {1, 1, 1, 1}, 4).to(DType.BF16),
          "scale", HostTensor.ofFloats(new float[] {0.5f}).to(DType.F16),
          "empty", HostTensor.ofFloats(new float[0], 0, 5)));
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterContainer
  static void deleteScratch() throws IOException {
    FuzzFiles.delete(DIR);
  }

  @Property(tries = 2000)
  void headerEdits(@ForAll("headerEdits") List<JsonMutation> edits) throws IOException {
    Path file = DIR.resolve("header-edit.safetensors");
    SafetensorsFiles.writeRaw(file, FuzzFiles.text(JsonMutation.applyAll(edits, HEADER)), DATA);
    readAll(file);
  }

  @Property(tries = 1200)
  void byteEdits(@ForAll("byteEdits") List<ByteMutation> edits) throws IOException {
    Path file = DIR.resolve("byte-edit.safetensors");
    Files.write(file, ByteMutation.applyAll(edits, SEED));
    readAll(file);
  }

  /** A tensor's dtype, shape or data_offsets of the wrong JSON type or value: the refusal names the field. */
  @Property(tries = 300)
  void entryFieldWrong(@ForAll("tensors") String tensor, @ForAll("entryFields") String field,
      @ForAll("wrongValues") JsonNode value) throws IOException {
    JsonNode header = HEADER.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) header.get(tensor)).set(field, value);
    Path file = DIR.resolve("field-edit.safetensors");
    SafetensorsFiles.writeRaw(file, FuzzFiles.text(header), DATA);
    readAll(file, ReaderOutcome.Fields.of(field));
  }

  /** A file cut short: the refusal names the part cut off. */
  @Property(tries = 200)
  void truncations(@ForAll int length) throws IOException {
    Path file = DIR.resolve("truncated.safetensors");
    Files.write(file, Arrays.copyOf(SEED, Math.floorMod(length, SEED.length)));
    readAll(file, ReaderOutcome.Fields.of("header length", "header", "data_offsets"));
  }

  @Provide
  Arbitrary<String> tensors() {
    return net.jqwik.api.Arbitraries.of(TENSORS);
  }

  @Provide
  Arbitrary<String> entryFields() {
    return net.jqwik.api.Arbitraries.of("dtype", "shape", "data_offsets");
  }

  /** Values none of dtype, shape, data_offsets accepts in the seed: other types, unknown names, other sizes. */
  @Provide
  Arbitrary<JsonNode> wrongValues() {
    return net.jqwik.api.Arbitraries.of("{\"a\": 1}", "null", "true", "\"I64\"", "\"x\"", "[-1]", "[1.5, 2]",
        "[7, 7, 7]", "[9223372036854775807, 2]", "99999999999999999999").map(FuzzFiles::parse);
  }

  @Provide
  Arbitrary<List<JsonMutation>> headerEdits() {
    return JsonMutation.sequences("F32", "BF16", "F16", "F64", "I64", "BOOL", "dtype", "shape", "data_offsets",
        "__metadata__", "format", "pt");
  }

  @Provide
  Arbitrary<List<ByteMutation>> byteEdits() {
    return ByteMutation.sequences();
  }

  private static void readAll(Path file) {
    readAll(file, FIELDS);
  }

  private static void readAll(Path file, ReaderOutcome.Fields fields) {
    ReaderOutcome.check(file, fields, () -> {
      try (Safetensors s = Safetensors.open(file)) {
        s.metadata();
        for (String name : s.names()) {
          s.info(name).byteSize();
          s.read(name);
        }
        s.read("no such tensor");
      }
      return null;
    }, InvalidCheckpointException.class);
  }
}
