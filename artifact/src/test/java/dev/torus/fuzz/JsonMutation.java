package dev.torus.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One edit of a seed JSON document. A target is a node of the document counted in pre-order
 * (the root excluded), modulo the number of nodes, so every generated index names a node.
 */
public sealed interface JsonMutation {
  JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Edits {@code root} in place. */
  void apply(JsonNode root);

  /** Replaces the target with {@code value}: a type swap, a negative or huge number, null... */
  record Replace(int target, JsonNode value) implements JsonMutation {
    @Override
    public void apply(JsonNode root) {
      Place p = Place.of(root, target);
      if (p != null) {
        p.set(value.deepCopy());
      }
    }
  }

  /** Removes the target (a field, or an array element). */
  record Remove(int target) implements JsonMutation {
    @Override
    public void apply(JsonNode root) {
      Place p = Place.of(root, target);
      if (p != null) {
        p.remove();
      }
    }
  }

  /** Adds {@code name: value} to the target if it is an object, else to the object holding it. */
  record AddField(int target, String name, JsonNode value) implements JsonMutation {
    @Override
    public void apply(JsonNode root) {
      Place p = Place.of(root, target);
      JsonNode into = p == null ? root : p.node().isObject() ? p.node() : p.parent();
      if (into instanceof ObjectNode object) {
        object.set(name, value.deepCopy());
      } else if (into instanceof ArrayNode array) {
        array.add(value.deepCopy());
      }
    }
  }

  /** Adds {@code delta} to the target if it is an integer: an off-by-some size, offset or shape. */
  record Nudge(int target, long delta) implements JsonMutation {
    @Override
    public void apply(JsonNode root) {
      List<Place> numbers = Place.all(root).stream().filter(p -> p.node().isIntegralNumber()).toList();
      if (!numbers.isEmpty()) {
        Place p = numbers.get(Math.floorMod(target, numbers.size()));
        p.set(NODES.numberNode(p.node().bigIntegerValue().add(BigInteger.valueOf(delta))));
      }
    }
  }

  /** Replaces node {@code to} with a copy of node {@code from}: plausible values in the wrong place. */
  record Copy(int from, int to) implements JsonMutation {
    @Override
    public void apply(JsonNode root) {
      Place source = Place.of(root, from);
      Place target = Place.of(root, to);
      if (source != null && target != null) {
        target.set(source.node().deepCopy());
      }
    }
  }

  /** Where a node sits: in an object under {@code field}, or in an array at {@code index}. */
  record Place(JsonNode parent, String field, int index) {
    JsonNode node() {
      return field != null ? parent.get(field) : parent.get(index);
    }

    void set(JsonNode value) {
      if (field != null) {
        ((ObjectNode) parent).set(field, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }

    void remove() {
      if (field != null) {
        ((ObjectNode) parent).remove(field);
      } else {
        ((ArrayNode) parent).remove(index);
      }
    }

    static Place of(JsonNode root, int target) {
      List<Place> all = all(root);
      return all.isEmpty() ? null : all.get(Math.floorMod(target, all.size()));
    }

    static List<Place> all(JsonNode root) {
      List<Place> out = new ArrayList<>();
      collect(root, out);
      return out;
    }

    private static void collect(JsonNode node, List<Place> out) {
      if (node.isObject()) {
        for (String name : ImmutableList.copyOf(node.fieldNames())) {
          out.add(new Place(node, name, -1));
          collect(node.get(name), out);
        }
      } else if (node.isArray()) {
        for (int k = 0; k < node.size(); k++) {
          out.add(new Place(node, null, k));
          collect(node.get(k), out);
        }
      }
    }
  }

  /** Applies {@code mutations} in order to a copy of {@code seed}. */
  static JsonNode applyAll(List<JsonMutation> mutations, JsonNode seed) {
    JsonNode out = seed.deepCopy();
    mutations.forEach(m -> m.apply(out));
    return out;
  }

  /** One to three edits. {@code words} are strings worth trying in this format (type names, file names...). */
  static Arbitrary<List<JsonMutation>> sequences(String... words) {
    return any(words).list().ofMinSize(1).ofMaxSize(3);
  }

  /** One edit of any kind. */
  static Arbitrary<JsonMutation> any(String... words) {
    Arbitrary<Integer> target = Arbitraries.integers().between(0, 1 << 12);
    Arbitrary<JsonNode> value = values(words);
    Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of(words), Arbitraries.strings().alpha().ofMaxLength(6),
        Arbitraries.of("", "__metadata__", "name", "dtype", "shape", "weight_map", "metadata", "sha256"));
    return Arbitraries.oneOf(
        Combinators.combine(target, value).as(Replace::new),
        target.map(Remove::new),
        Combinators.combine(target, name, value).as(AddField::new),
        Combinators.combine(target, Arbitraries.longs().between(-3, 3).filter(d -> d != 0)).as(Nudge::new),
        Combinators.combine(target, target).as(Copy::new));
  }

  /** Values of every JSON type, weighted towards the edges: 0, -1, 2^31, 2^63, 2^64, 1e308, "", {}, []. */
  static Arbitrary<JsonNode> values(String... words) {
    ArrayNode pair = NODES.arrayNode().add(1).add(2);
    ObjectNode object = NODES.objectNode().put("a", 1);
    Arbitrary<JsonNode> edges = Arbitraries.of(
        NODES.nullNode(), NODES.booleanNode(true), NODES.booleanNode(false), NODES.numberNode(0), NODES.numberNode(-1),
        NODES.numberNode(1), NODES.numberNode(2), NODES.numberNode(Integer.MAX_VALUE),
        NODES.numberNode(1L << 31), NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(Long.MIN_VALUE),
        NODES.numberNode(BigInteger.ONE.shiftLeft(64)), NODES.numberNode(1.5), NODES.numberNode(-0.0),
        NODES.numberNode(1e308), NODES.numberNode(new BigDecimal("1e400")), NODES.numberNode(1e-320),
        NODES.textNode(""), NODES.textNode(" "), NODES.textNode("x"), NODES.textNode("../x"), NODES.textNode("a/b"),
        NODES.textNode("\0"), NODES.textNode("x".repeat(100_000)), NODES.arrayNode(), NODES.arrayNode().add(-1),
        NODES.arrayNode().add(0).add(0), pair, NODES.objectNode(), object);
    Arbitrary<JsonNode> word = words.length == 0 ? edges : Arbitraries.of(words).map(NODES::textNode);
    return Arbitraries.oneOf(edges, word,
        Arbitraries.longs().map(NODES::numberNode),
        Arbitraries.integers().between(-2, 300).map(NODES::numberNode),
        Arbitraries.strings().ofMaxLength(8).map(NODES::textNode));
  }
}
