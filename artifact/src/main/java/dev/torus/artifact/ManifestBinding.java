package dev.torus.artifact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Binds a manifest's JSON tree to {@link Manifest} and, when that fails, says which field is at
 * fault by its path ({@code entryPoints[0].inputs[2].perDeviceShape}) and what was expected there:
 * the innermost value that does not bind on its own, or, where every value binds but the object
 * does not, that object with the check it failed. Jackson's own wording (class names, "through
 * reference chain", the offending value) never reaches the message.
 */
final class ManifestBinding {
  /** Longest field name or map key quoted in a path; longer ones are cut. */
  private static final int LONGEST_NAME = 40;

  private final ObjectMapper mapper;

  ManifestBinding(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** {@code json} as a manifest, or an {@link InvalidManifestException} naming {@code source} and the field. */
  Manifest bind(JsonNode json, String source) {
    JavaType type = mapper.constructType(Manifest.class);
    Exception failure;
    try {
      return mapper.treeToValue(json, Manifest.class);
    } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
      failure = e;
    }
    throw new InvalidManifestException(source + ": " + fault(json, type, "", failure));
  }

  /** The failure of binding {@code node} to {@code type}, if it fails. */
  private Optional<Exception> attempt(JsonNode node, JavaType type) {
    try {
      mapper.treeToValue(node, type);
      return Optional.empty();
    } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
      return Optional.of(e);
    }
  }

  /** "path: problem" for {@code node} at {@code path}, which fails to bind to {@code type} with {@code failure}. */
  private String fault(JsonNode node, JavaType type, String path, Exception failure) {
    Class<?> raw = type.getRawClass();
    if (raw.isRecord() && node.isObject()) {
      List<String> fields = Arrays.stream(raw.getRecordComponents()).map(RecordComponent::getName).toList();
      for (RecordComponent c : raw.getRecordComponents()) {
        JsonNode child = node.get(c.getName());
        if (child != null) {
          JavaType childType = mapper.getTypeFactory().constructType(c.getGenericType());
          Optional<Exception> childFailure = attempt(child, childType);
          if (childFailure.isPresent()) {
            return fault(child, childType, field(path, c.getName()), childFailure.get());
          }
        }
      }
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!fields.contains(name)) {
          return field(path, name) + ": not a field of " + describe(path) + "; expected one of " + fields;
        }
      }
    } else if (type.isCollectionLikeType() && node.isArray()) {
      for (int k = 0; k < node.size(); k++) {
        Optional<Exception> elementFailure = attempt(node.get(k), type.getContentType());
        if (elementFailure.isPresent()) {
          return fault(node.get(k), type.getContentType(), path + "[" + k + "]", elementFailure.get());
        }
      }
    } else if (type.isMapLikeType() && node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
        Map.Entry<String, JsonNode> e = entries.next();
        Optional<Exception> valueFailure = attempt(e.getValue(), type.getContentType());
        if (valueFailure.isPresent()) {
          return fault(e.getValue(), type.getContentType(), field(path, e.getKey()), valueFailure.get());
        }
      }
    }
    return (path.isEmpty() ? "" : path + ": ") + problem(type, failure);
  }

  /** A check of Torus's own that failed (its message), or "expected" and the JSON {@code type} wants. */
  private String problem(JavaType type, Exception failure) {
    if (failure instanceof ValueInstantiationException && failure.getCause() != null
        && (failure.getCause() instanceof IllegalArgumentException || failure.getCause() instanceof NullPointerException)) {
      return failure.getCause().getMessage();
    }
    if (failure instanceof NullPointerException || failure instanceof InvalidManifestException) {
      return failure.getMessage();
    }
    return "expected " + expected(type);
  }

  /** What JSON value binds to {@code type}, in words. */
  private String expected(JavaType type) {
    Class<?> raw = type.getRawClass();
    if (raw == int.class || raw == Integer.class) {
      return "an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
    }
    if (raw == long.class || raw == Long.class) {
      return "an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return "true or false";
    }
    if (raw == String.class) {
      return "a string";
    }
    if (raw.isEnum()) {
      return "one of " + Arrays.stream(raw.getEnumConstants())
          .map(c -> mapper.valueToTree(c).asText())
          .collect(Collectors.joining(", "));
    }
    if (raw.isRecord()) {
      return "an object with fields "
          + Arrays.stream(raw.getRecordComponents()).map(RecordComponent::getName).toList();
    }
    if (type.isCollectionLikeType()) {
      return "a list, each element " + expected(type.getContentType());
    }
    if (type.isMapLikeType()) {
      return "an object, each value " + expected(type.getContentType());
    }
    return "a JSON value of another type";
  }

  private static String describe(String path) {
    return path.isEmpty() ? "the manifest" : path;
  }

  private static String field(String path, String name) {
    String shown = name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) + "..." : name;
    return path.isEmpty() ? shown : path + "." + shown;
  }
}
