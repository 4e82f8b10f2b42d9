package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.graph.GraphBuilder;
import com.google.common.graph.Graphs;
import com.google.common.graph.MutableGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The structure docs/ARCHITECTURE.md describes, checked on the sources: no two packages of Torus
 * import each other, directly or around a cycle, and the contract modules stay below the others
 * (the artifact imports nothing else of Torus; the runtimes import the artifact, never the DSL or
 * the compiler; the tokenizers of {@code text} import only the artifact).
 */
class PackageGraphTest {
  private static final Pattern PACKAGE = Pattern.compile("^package (dev\\.torus[\\w.]*);", Pattern.MULTILINE);
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?(dev\\.torus[\\w.]*?)\\.[A-Z]\\w*[\\w.]*;", Pattern.MULTILINE);

  /** Each module's main-source packages may import only these Torus package prefixes (and their own). */
  private static final Map<String, List<String>> ALLOWED = Map.of(
      "artifact", List.of("dev.torus.artifact", "dev.torus.hf", "dev.torus.train"),
      "runtime-tpu", List.of("dev.torus.runtime", "dev.torus.artifact", "dev.torus.hf", "dev.torus.train"),
      "harness", List.of("dev.torus.harness", "dev.torus.artifact", "dev.torus.hf", "dev.torus.train"),
      "dsl", List.of("dev.torus.dsl", "dev.torus.artifact", "dev.torus.hf"),
      "text", List.of("dev.torus.text", "dev.torus.artifact", "dev.torus.train"));

  @Test
  void noPackageCycles() {
    MutableGraph<String> imports = GraphBuilder.directed().allowsSelfLoops(true).build();
    forEachImport((module, from, to) -> {
      if (!from.equals(to)) {
        imports.putEdge(from, to);
      }
    });
    assertTrue(imports.nodes().size() > 20, "found the packages: " + imports.nodes());
    List<String> cycles = new ArrayList<>();
    for (var edge : imports.edges()) {
      if (Graphs.reachableNodes(imports, edge.target()).contains(edge.source())) {
        cycles.add(edge.source() + " -> " + edge.target());
      }
    }
    assertEquals(List.of(), cycles, "imports that close a cycle between packages");
  }

  @Test
  void contractModulesStayBelowTheOthers() {
    List<String> wrong = new ArrayList<>();
    forEachImport((module, from, to) -> {
      List<String> allowed = ALLOWED.get(module);
      if (allowed != null && allowed.stream().noneMatch(p -> to.equals(p) || to.startsWith(p + "."))) {
        wrong.add(module + ": " + from + " imports " + to);
      }
    });
    assertEquals(List.of(), wrong);
  }

  private interface ImportVisitor {
    void visit(String module, String fromPackage, String toPackage);
  }

  /** Every Torus import of every main source file in the reactor. */
  private static void forEachImport(ImportVisitor visitor) {
    Path root = Path.of(System.getProperty("torus.repoRoot", ".."));
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/")
          && !f.toString().contains("/target/")).toList()) {
        String text = Files.readString(file);
        Matcher pkg = PACKAGE.matcher(text);
        if (!pkg.find()) {
          continue;
        }
        String module = root.relativize(file).getName(0).toString();
        Matcher m = IMPORT.matcher(text);
        while (m.find()) {
          visitor.visit(module, pkg.group(1), m.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
