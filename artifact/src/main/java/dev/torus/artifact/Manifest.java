package dev.torus.artifact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The contents of an artifact's {@code manifest.json}: what the program files compute and how to
 * feed them. See {@link Artifact} for the directory and the hash.
 *
 * @param formatVersion the artifact format; this Torus writes and reads {@link #FORMAT_VERSION}
 * @param torusVersion the Torus version that wrote the artifact
 * @param name the artifact's name, used in messages
 * @param model the model configuration as JSON, or null for hand-built programs
 * @param mesh the device mesh; every sharded tensor's axis and sizes are checked against it
 * @param tokenLayout how tokens are laid out over the sequence axis, {@code contiguous} or
 *     {@code striped}, or null when the program has no sequence sharding
 * @param blockSizes named block sizes (e.g. {@code blockQ}, {@code blockKv}, {@code chunk}), each >= 1
 * @param entryPoints the program's functions; names unique
 * @param sha256 lowercase hex SHA-256 as {@link Artifact} defines it, or null before it is computed
 */
public record Manifest(
    int formatVersion,
    String torusVersion,
    String name,
    @Nullable JsonNode model,
    Mesh mesh,
    @Nullable TokenLayout tokenLayout,
    ImmutableMap<String, Integer> blockSizes,
    ImmutableList<EntryPoint> entryPoints,
    @Nullable String sha256) {

  /** The artifact format this Torus writes and reads. */
  public static final int FORMAT_VERSION = 2;

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  /** Pretty output for {@code manifest.json}: component order, nulls omitted. */
  private static final ObjectMapper PRETTY =
      JsonMapper.builder()
          .addModule(new GuavaModule())
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private static final ManifestBinding BINDING = new ManifestBinding(PRETTY);

  /** Canonical output for the hash: properties and keys sorted, nulls omitted, no whitespace. */
  private static final ObjectMapper CANONICAL =
      JsonMapper.builder()
          .addModule(new GuavaModule())
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
          .build();

  public Manifest {
    checkArgument(formatVersion >= 1, "formatVersion must be >= 1, got %s", formatVersion);
    checkArgument(torusVersion != null && !torusVersion.isBlank(), "torusVersion must be non-empty");
    checkArgument(name != null && !name.isBlank(), "name must be non-empty");
    model = model == null || model.isNull() || model.isMissingNode() ? null : model.deepCopy();
    checkNotNull(mesh, "manifest '%s': mesh is missing", name);
    blockSizes = blockSizes == null ? ImmutableMap.of() : ImmutableMap.copyOf(blockSizes);
    blockSizes.forEach(
        (k, v) -> checkArgument(v != null && v >= 1, "manifest '%s': blockSizes.%s is %s, must be >= 1", name, k, v));
    checkNotNull(entryPoints, "manifest '%s': entryPoints is missing", name);
    entryPoints = ImmutableList.copyOf(entryPoints);
    Set<String> seen = new HashSet<>();
    for (int e = 0; e < entryPoints.size(); e++) {
      EntryPoint entry = entryPoints.get(e);
      checkArgument(seen.add(entry.name()), "manifest '%s': entryPoints[%s].name '%s' appears twice", name, e,
          entry.name());
      for (int k = 0; k < entry.inputs().size(); k++) {
        entry.inputs().get(k).checkAgainst(mesh, "entryPoints[" + e + "].inputs[" + k + "]");
      }
      for (int k = 0; k < entry.outputs().size(); k++) {
        entry.outputs().get(k).checkAgainst(mesh, "entryPoints[" + e + "].outputs[" + k + "]");
      }
    }
    checkArgument(sha256 == null || SHA256_HEX.matcher(sha256).matches(),
        "manifest '%s': sha256 must be 64 lowercase hex digits", name);
  }

  /** A copy of the model configuration, or null. */
  @Override
  public @Nullable JsonNode model() {
    return model == null ? null : model.deepCopy();
  }

  /** The entry point called {@code entryName}; the error lists the known ones. */
  public EntryPoint entryPoint(String entryName) {
    return entryPoints.stream()
        .filter(e -> e.name().equals(entryName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "artifact " + name + " has no entry point '" + entryName + "'; it has "
                + entryPoints.stream().map(EntryPoint::name).collect(Collectors.joining(", ", "[", "]"))));
  }

  /**
   * Refuses this artifact when its main program takes packed documents, for {@code runner}, a
   * runtime that feeds only tokens (and weights).
   *
   * @throws IllegalArgumentException naming the artifact, the documents' inputs and the runner
   */
  public void checkTakesTokensOnly(String runner) {
    EntryPoint main = entryPoint(EntryPoint.MAIN);
    if (main.takesPackedDocuments()) {
      throw new IllegalArgumentException("artifact " + name + " takes packed documents (" + main.inputs().stream()
          .filter(t -> t.role() == Role.SEGMENT_IDS || t.role() == Role.POSITIONS).map(TensorSpec::name)
          .collect(Collectors.joining(", ")) + "); " + runner + " feeds only tokens: compile it without packed"
          + " documents, or train on it (train, pod-train --documents)");
    }
  }

  /** This manifest with {@code sha256} replaced (null clears it). */
  public Manifest withSha256(@Nullable String newSha256) {
    return new Manifest(formatVersion, torusVersion, name, model, mesh, tokenLayout, blockSizes, entryPoints, newSha256);
  }

  /** This manifest with {@code newEntryPoints} instead of its own, and no hash. */
  public Manifest withEntryPoints(java.util.List<EntryPoint> newEntryPoints) {
    return new Manifest(formatVersion, torusVersion, name, model, mesh, tokenLayout, blockSizes,
        ImmutableList.copyOf(newEntryPoints), null);
  }

  /** The pretty JSON written to {@code manifest.json}, ending in a newline. */
  public String toJson() {
    return write(PRETTY, this) + "\n";
  }

  /**
   * The canonical JSON the hash covers: this manifest without {@code sha256}, properties and map
   * keys sorted alphabetically at every level, null properties omitted, no whitespace, UTF-8.
   */
  public String canonicalJson() {
    return write(CANONICAL, withSha256(null));
  }

  /** Parses manifest JSON; {@code source} (a file name) prefixes every error. */
  /**
   * Parses manifest JSON; every refusal is an {@link InvalidManifestException} naming {@code source}
   * (a file name) and the field at fault by its path, e.g. {@code entryPoints[0].inputs[2].dtype}.
   */
  public static Manifest fromJson(JsonNode json, String source) {
    return BINDING.bind(json, source);
  }

  /** Parses JSON text into a tree (for reading {@code formatVersion} before binding). */
  static JsonNode parseTree(String json, String source) {
    JsonNode tree;
    try {
      tree = PRETTY.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidManifestException(InputFiles.invalidJson(source, e).getMessage());
    }
    checkFiniteNumbers(tree, "", source);
    return tree;
  }

  /**
   * Refuses a number that does not fit a double (such as 1e400): Jackson reads it as infinity, which
   * JSON cannot write back, so the manifest would not survive its own round trip.
   */
  private static void checkFiniteNumbers(JsonNode node, String path, String source) {
    if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
      throw new InvalidManifestException(source + ": " + (path.isEmpty() ? "the document" : path)
          + ": a number out of the range of a double");
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkFiniteNumbers(node.get(i), path + "[" + i + "]", source);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        checkFiniteNumbers(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), source);
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  private static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds a manifest of the current format version without a hash; mesh defaults to one device. */
  public static final class Builder {
    private String torusVersion;
    private String name;
    private @Nullable JsonNode model;
    private Mesh mesh = Mesh.single();
    private @Nullable TokenLayout tokenLayout;
    private final Map<String, Integer> blockSizes = new LinkedHashMap<>();
    private final ImmutableList.Builder<EntryPoint> entryPoints = ImmutableList.builder();

    private Builder() {}

    public Builder torusVersion(String torusVersion) {
      this.torusVersion = torusVersion;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder model(@Nullable JsonNode model) {
      this.model = model;
      return this;
    }

    public Builder mesh(Mesh mesh) {
      this.mesh = mesh;
      return this;
    }

    public Builder tokenLayout(@Nullable TokenLayout tokenLayout) {
      this.tokenLayout = tokenLayout;
      return this;
    }

    public Builder blockSize(String blockName, int size) {
      blockSizes.put(blockName, size);
      return this;
    }

    public Builder entryPoint(EntryPoint entryPoint) {
      entryPoints.add(entryPoint);
      return this;
    }

    public Manifest build() {
      return new Manifest(FORMAT_VERSION, torusVersion, name, model, mesh, tokenLayout,
          ImmutableMap.copyOf(blockSizes), entryPoints.build(), null);
    }
  }
}
