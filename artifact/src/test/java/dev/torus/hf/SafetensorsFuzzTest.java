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
 * a readable file or an {@link InvalidCheckpointException} naming the file.
 */
class SafetensorsFuzzTest {
  private static final Path DIR = FuzzFiles.scratch("safetensors-fuzz");
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
    ReaderOutcome.check(file, () -> {
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
