package dev.torus.artifact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import dev.torus.fuzz.ByteMutation;
import dev.torus.fuzz.FuzzFiles;
import dev.torus.fuzz.JsonMutation;
import dev.torus.fuzz.ReaderOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzzes {@link Artifact#read} on a directory written by {@link Artifact#write} from {@link
 * ManifestFuzzTest#seed}: {@value Artifact#MANIFEST} edited as JSON (and, when the edit still
 * parses, given the hash that matches, so the reader goes all the way) and as bytes, program files
 * removed, edited or added. Every outcome is an artifact or an {@link InvalidArtifactException}
 * naming the directory and the field or file at fault ({@link #FIELDS}).
 */
class ArtifactFuzzTest {
  private static final Path ROOT = FuzzFiles.scratch("artifact-fuzz");
  private static final ImmutableMap<String, String> PROGRAMS = ImmutableMap.of(
      "program.hlo", "HloModule train\n", "program.stablehlo.mlir", "module @train {}\n",
      "program.emulated.stablehlo.mlir", "module @train_emulated {}\n", "eval.stablehlo.mlir", "module @eval {}\n");
  private static final byte[] MANIFEST = writeSeed();
  /** What a refusal may name: a manifest field, the manifest or a program file. */
  private static final ReaderOutcome.Fields FIELDS = ManifestFuzzTest.FIELDS.and(Artifact.MANIFEST,
      "program.hlo", "program.stablehlo.mlir", "program.emulated.stablehlo.mlir", "eval.stablehlo.mlir",
      "eval.hlo", "eval.emulated.stablehlo.mlir");

  private static byte[] writeSeed() {
    try {
      Artifact.write(ROOT.resolve("seed"), ManifestFuzzTest.seed(), PROGRAMS);
      return Files.readAllBytes(ROOT.resolve("seed").resolve(Artifact.MANIFEST));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterContainer
  static void deleteScratch() throws IOException {
    FuzzFiles.delete(ROOT);
  }

  @Property(tries = 900)
  void manifestEdits(@ForAll("jsonEdits") List<JsonMutation> edits, @ForAll boolean rehash) throws IOException {
    JsonNode json = JsonMutation.applyAll(edits, FuzzFiles.parse(new String(MANIFEST, StandardCharsets.UTF_8)));
    if (rehash && json instanceof ObjectNode object) {
      try {
        Manifest m = Manifest.fromJson(json, "rehash");
        Map<String, String> present = new LinkedHashMap<>(PROGRAMS);
        present.keySet().retainAll(Artifact.programFileNames(m));
        object.put("sha256", Artifact.sha256(present, m));
      } catch (InvalidManifestException notAManifest) {
        // the reader will refuse it too
      }
    }
    read(FuzzFiles.text(json).getBytes(StandardCharsets.UTF_8), PROGRAMS);
  }

  @Property(tries = 500)
  void manifestByteEdits(@ForAll("byteEdits") List<ByteMutation> edits) throws IOException {
    read(ByteMutation.applyAll(edits, MANIFEST), PROGRAMS);
  }

  /** Program files dropped, edited or added beside the manifest. */
  @Property(tries = 200)
  void programEdits(@ForAll("programFile") String file, @ForAll("programEdit") String text) throws IOException {
    Map<String, String> programs = new LinkedHashMap<>(PROGRAMS);
    if (text.isEmpty()) {
      programs.remove(file);
    } else {
      programs.put(file, text);
    }
    read(MANIFEST, programs);
  }

  @Provide
  Arbitrary<List<JsonMutation>> jsonEdits() {
    return JsonMutation.sequences(ManifestFuzzTest.WORDS);
  }

  @Provide
  Arbitrary<List<ByteMutation>> byteEdits() {
    return ByteMutation.sequences();
  }

  @Provide
  Arbitrary<String> programFile() {
    return Arbitraries.of("program.hlo", "program.stablehlo.mlir", "program.emulated.stablehlo.mlir",
        "eval.hlo", "eval.stablehlo.mlir", "eval.emulated.stablehlo.mlir");
  }

  @Provide
  Arbitrary<String> programEdit() {
    return Arbitraries.oneOf(Arbitraries.of("", "module @other {}\n", "\uFFFD"), Arbitraries.strings().ofMaxLength(20));
  }

  private static void read(byte[] manifest, Map<String, String> programs) throws IOException {
    Path dir = ROOT.resolve("fuzz");
    FuzzFiles.delete(dir);
    Files.createDirectories(dir);
    Files.write(dir.resolve(Artifact.MANIFEST), manifest);
    for (Map.Entry<String, String> p : programs.entrySet()) {
      Files.writeString(dir.resolve(p.getKey()), p.getValue());
    }
    ReaderOutcome.check(dir.toString(), FIELDS, () -> {
      Artifact a = Artifact.read(dir);
      for (String file : Artifact.programFileNames(a.manifest())) {
        if (a.hasProgram(file)) {
          a.programText(file);
        }
      }
      return a;
    }, InvalidArtifactException.class);
  }
}
