package dev.torus.artifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.torus.fuzz.FuzzFiles;
import dev.torus.fuzz.JsonMutation;
import dev.torus.fuzz.ReaderOutcome;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes {@link Manifest#fromJson} with mutants of a format-2 manifest that uses every part of the
 * format: a two-axis mesh, the striped layout, block sizes, a model, two entry points, tensors
 * sharded over two axes, a weight padded and sharded over both axes at once, a layer-stacked Hugging Face name, a donation, memory figures and a hash.
 * Every outcome is a manifest that survives a round trip, or an {@link InvalidManifestException}
 * naming the file and a field ({@link #FIELDS}); a value of the wrong JSON type is refused naming its
 * path, e.g. {@code entryPoints[0].inputs[2].perDeviceShape}.
 */
class ManifestFuzzTest {
  private static final String SOURCE = "/artifacts/fuzz-seed/manifest.json";
  private static final JsonNode SEED = FuzzFiles.parse(seed().withSha256("ab".repeat(32)).toJson());
  /** The manifest's field names (every record component of the format) and a JSON syntax error. */
  static final ReaderOutcome.Fields FIELDS = ReaderOutcome.Fields.of(Stream.of(Manifest.class, Mesh.class,
          Mesh.Axis.class, EntryPoint.class, EntryPoint.Donation.class, EntryPoint.ProgramMemory.class,
          TensorSpec.class, TensorSpec.Sharding.class)
      .flatMap(c -> Arrays.stream(c.getRecordComponents())).map(RecordComponent::getName).toList())
      // An out-of-range number is refused with its path before any field is read; when the edit put
      // it under a name the manifest does not have, that path names no record component, only
      // itself (ManifestTest checks the path is there).
      .and("invalid JSON", ": a number out of the range of a double");
  /** Every value of the seed outside {@code model} (which holds any JSON), by its path. */
  private static final Map<String, JsonNode> PLACES = places(SEED, "", new LinkedHashMap<>());

  private static Map<String, JsonNode> places(JsonNode node, String path, Map<String, JsonNode> out) {
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(name -> {
        String at = path.isEmpty() ? name : path + "." + name;
        if (!at.equals("model")) {
          out.put(at, node.get(name));
          places(node.get(name), at, out);
        }
      });
    } else if (node.isArray()) {
      for (int k = 0; k < node.size(); k++) {
        out.put(path + "[" + k + "]", node.get(k));
        places(node.get(k), path + "[" + k + "]", out);
      }
    }
    return out;
  }

  /** The seed manifest (without a hash): see the class comment. */
  static Manifest seed() {
    Mesh mesh = Mesh.rowMajor(new Mesh.Axis("dp", 2), new Mesh.Axis(Mesh.RING_AXIS, 2));
    List<TensorSpec.Sharding> dpRing = List.of(new TensorSpec.Sharding(0, "dp"), new TensorSpec.Sharding(1, "ring"));
    TensorSpec tokens = TensorSpec.sharded("tokens", Role.TOKENS, DType.S32, List.of(2L, 8L), List.of(1L, 4L), dpRing);
    TensorSpec weight = TensorSpec.replicated("up", Role.WEIGHT, DType.BF16, List.of(2L, 4L, 4L))
        .withHfName("model.layers.{layer}.mlp.up_proj.weight", true);
    TensorSpec fused = TensorSpec.replicated("k", Role.WEIGHT, DType.BF16, List.of(2L, 4L, 4L))
        .withHfRows("model.layers.{layer}.self_attn.qkv_proj.weight", 4, 8);   // rows of a fused tensor (Phi-3)
    TensorSpec moment = TensorSpec.replicated("m", Role.STATE, DType.F32, List.of(4L, 4L));
    TensorSpec padded = TensorSpec.sharded("down", Role.WEIGHT, DType.F32, List.of(2L, 5L, 4L), List.of(2L, 2L, 4L),
        List.of(new TensorSpec.Sharding(1, "dp", com.google.common.collect.ImmutableList.of("ring"), 3)))
        .withHfName("model.layers.{layer}.mlp.down_proj.weight", false);   // FSDP over dp x ring, padded 5 -> 8
    TensorSpec loss = TensorSpec.replicated("loss", Role.LOSS, DType.F32, List.of());
    TensorSpec logits =
        TensorSpec.sharded("logits", Role.LOGITS, DType.F32, List.of(2L, 8L, 16L), List.of(1L, 4L, 16L), dpRing);
    EntryPoint train = EntryPoint.of(EntryPoint.MAIN, List.of(tokens, weight, fused, moment, padded), List.of(loss, moment))
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
    ReaderOutcome.check(SOURCE, FIELDS, () -> {
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
    }, InvalidManifestException.class);
  }

  /** A value replaced by one of another JSON type (an object for a list or a scalar, a list for an object). */
  @Property(tries = 600)
  void wrongTypeNamesThePath(@ForAll("places") String path) {
    JsonNode json = SEED.deepCopy();
    JsonNode wrong = PLACES.get(path).isObject() ? FuzzFiles.parse("[1, 2]") : FuzzFiles.parse("{\"a\": 1}");
    replace(json, path, wrong);
    String text = FuzzFiles.text(json);
    Optional<Exception> refusal = ReaderOutcome.check(SOURCE, ReaderOutcome.Fields.of(path + ":"),
        () -> Manifest.fromJson(Manifest.parseTree(text, SOURCE), SOURCE), InvalidManifestException.class);
    assertTrue(refusal.isPresent(), () -> path + " = " + wrong + " was accepted");
    assertFalse(refusal.get().getMessage().contains("reference chain"), refusal.get().getMessage());
  }

  @Provide
  Arbitrary<String> places() {
    return Arbitraries.of(List.copyOf(PLACES.keySet()));
  }

  /** Sets the value at {@code path} (as {@link #places} writes it) in {@code root}. */
  private static void replace(JsonNode root, String path, JsonNode value) {
    Matcher last = Pattern.compile("(.*)(?:\\.([^.\\[]+)|\\[(\\d+)\\])$").matcher(path);
    JsonNode parent = last.matches() ? at(root, last.group(1)) : root;
    String field = last.matches() ? last.group(2) : path;
    if (field != null) {
      ((ObjectNode) parent).set(field, value);
    } else {
      ((ArrayNode) parent).set(Integer.parseInt(last.group(3)), value);
    }
  }

  private static JsonNode at(JsonNode root, String path) {
    JsonNode node = root;
    Matcher step = Pattern.compile("([^.\\[]+)|\\[(\\d+)\\]").matcher(path);
    while (step.find()) {
      node = step.group(1) != null ? node.get(step.group(1)) : node.get(Integer.parseInt(step.group(2)));
    }
    return node;
  }

  @Provide
  Arbitrary<List<JsonMutation>> jsonEdits() {
    return JsonMutation.sequences(WORDS);
  }
}
