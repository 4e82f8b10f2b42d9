package dev.torus.artifact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.fuzz.FuzzFiles;
import dev.torus.fuzz.JsonMutation;
import dev.torus.fuzz.ReaderOutcome;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes {@link Manifest#fromJson} with mutants of a format-2 manifest that uses every part of the
 * format: a two-axis mesh, the striped layout, block sizes, a model, two entry points, tensors
 * sharded over two axes, a layer-stacked Hugging Face name, a donation, memory figures and a hash.
 * Every outcome is a manifest that survives a round trip, or an {@link IllegalArgumentException}
 * naming the file.
 */
class ManifestFuzzTest {
  private static final String SOURCE = "/artifacts/fuzz-seed/manifest.json";
  private static final JsonNode SEED = FuzzFiles.parse(seed().withSha256("ab".repeat(32)).toJson());

  /** The seed manifest (without a hash): see the class comment. */
  static Manifest seed() {
    Mesh mesh = Mesh.rowMajor(new Mesh.Axis("dp", 2), new Mesh.Axis(Mesh.RING_AXIS, 2));
    List<TensorSpec.Sharding> dpRing = List.of(new TensorSpec.Sharding(0, "dp"), new TensorSpec.Sharding(1, "ring"));
    TensorSpec tokens = TensorSpec.sharded("tokens", Role.TOKENS, DType.S32, List.of(2L, 8L), List.of(1L, 4L), dpRing);
    TensorSpec weight = TensorSpec.replicated("up", Role.WEIGHT, DType.BF16, List.of(2L, 4L, 4L))
        .withHfName("model.layers.{layer}.mlp.up_proj.weight", true);
    TensorSpec moment = TensorSpec.replicated("m", Role.STATE, DType.F32, List.of(4L, 4L));
    TensorSpec loss = TensorSpec.replicated("loss", Role.LOSS, DType.F32, List.of());
    TensorSpec logits =
        TensorSpec.sharded("logits", Role.LOGITS, DType.F32, List.of(2L, 8L, 16L), List.of(1L, 4L, 16L), dpRing);
    EntryPoint train = EntryPoint.of(EntryPoint.MAIN, List.of(tokens, weight, moment), List.of(loss, moment))
        .withDonations(List.of(new EntryPoint.Donation("m", "m")))
        .withMemory(new EntryPoint.ProgramMemory(192, 68, 4096));
    EntryPoint eval = EntryPoint.of("eval", List.of(tokens, weight), List.of(logits));
    ObjectNode model = JsonNodeFactory.instance.objectNode().put("width", 4).put("depth", 2);
    model.putObject("attention").put("heads", 2).put("causal", true);
    return Manifest.builder().torusVersion("0.1.0-SNAPSHOT").name("fuzz-seed").model(model).mesh(mesh)
        .tokenLayout(TokenLayout.STRIPED).blockSize("blockQ", 4).blockSize("blockKv", 4)
        .entryPoint(train).entryPoint(eval).build();
  }

  /** Names and values worth trying in a manifest: roles, dtypes, axes, entry point and tensor names. */
  static final String[] WORDS = {"weight", "tokens", "state", "logits", "nope", "f32", "bf16", "s32", "pred", "f64",
      "dp", "ring", "tp", "main", "eval", "program", "../x", "Main", "striped", "contiguous", "diagonal", "m", "up",
      "loss", "input", "output", "{layer}", "row-major over axes"};

  @Property(tries = 1500)
  void jsonEdits(@ForAll("jsonEdits") List<JsonMutation> edits) {
    String text = FuzzFiles.text(JsonMutation.applyAll(edits, SEED));
    ReaderOutcome.check(SOURCE, () -> {
      Manifest m = Manifest.fromJson(Manifest.parseTree(text, SOURCE), SOURCE);
      assertEquals(m, Manifest.fromJson(Manifest.parseTree(m.toJson(), SOURCE), SOURCE));
      m.canonicalJson();
      m.withEntryPoints(m.entryPoints());
      for (EntryPoint e : m.entryPoints()) {
        assertEquals(e, m.entryPoint(e.name()));
        e.inputs().forEach(spec -> e.input(spec.name()));
        e.outputs().forEach(spec -> e.outputIndex(spec.name()));
        e.donatedBytes();
        Artifact.programFiles(e);
      }
      for (int p = 0; p < m.mesh().deviceCount(); p++) {
        for (Mesh.Axis axis : m.mesh().axes()) {
          m.mesh().coordinate(p, axis.name());
        }
      }
      ReaderOutcome.check("no entry point 'absent'", () -> m.entryPoint("absent"), IllegalArgumentException.class);
      ReaderOutcome.check("has no axis 'absent'", () -> m.mesh().coordinate(0, "absent"), IllegalArgumentException.class);
      for (EntryPoint e : m.entryPoints()) {
        ReaderOutcome.check("no input 'absent'", () -> e.input("absent"), IllegalArgumentException.class);
        ReaderOutcome.check("no output 'absent'", () -> e.outputIndex("absent"), IllegalArgumentException.class);
      }
      return m;
    }, IllegalArgumentException.class);
  }

  @Provide
  Arbitrary<List<JsonMutation>> jsonEdits() {
    return JsonMutation.sequences(WORDS);
  }
}
