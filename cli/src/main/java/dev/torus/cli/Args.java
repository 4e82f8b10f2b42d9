package dev.torus.cli;

import dev.torus.artifact.Artifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code --name value} options of one command, checked against the names it knows. A mistake is a
 * {@link TorusCli.UsageException} that says what was wrong and lists the known options.
 */
final class Args {
  private final String command;
  private final Map<String, String> values = new HashMap<>();
  private final Set<String> known;
  private Path artifactDir;

  Args(String command, List<String> argv, Set<String> known) {
    this.command = command;
    this.known = new TreeSet<>(known);
    for (int i = 0; i < argv.size(); i++) {
      String a = argv.get(i);
      if (!a.startsWith("--") || !known.contains(a.substring(2))) {
        throw new TorusCli.UsageException("unknown option '" + a + "'; " + command + " takes --" + String.join(", --", this.known));
      }
      String name = a.substring(2);
      if (i + 1 >= argv.size() || argv.get(i + 1).startsWith("--")) {
        values.put(name, "true");
      } else {
        values.put(name, argv.get(++i));
      }
    }
  }

  /**
   * The options of a command whose first argument is an artifact directory ({@code report},
   * {@code tpu-check}); {@code synopsis} is the usage line the mistake message shows.
   */
  static Args afterArtifact(String command, List<String> argv, Set<String> known, String synopsis) {
    if (argv.isEmpty() || argv.get(0).startsWith("--")) {
      throw new TorusCli.UsageException("the artifact directory comes first: " + synopsis);
    }
    Args args = new Args(command, argv.subList(1, argv.size()), known);
    args.artifactDir = Path.of(argv.get(0));
    return args;
  }

  Path artifactDir() {
    return artifactDir;
  }

  /** The artifact of {@link #afterArtifact}, read and its hash checked. */
  Artifact artifact() throws IOException {
    if (!Files.isRegularFile(artifactDir.resolve(Artifact.MANIFEST))) {
      throw new TorusCli.UsageException(artifactDir + " is not an artifact (no " + Artifact.MANIFEST
          + "); write one with torus compile");
    }
    return Artifact.read(artifactDir);
  }

  String required(String name) {
    String v = values.get(name);
    if (v == null) {
      throw new TorusCli.UsageException("--" + name + " is required");
    }
    return v;
  }

  String get(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  int intValue(String name, int fallback) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new TorusCli.UsageException("--" + name + " takes a whole number, got '" + v + "'");
    }
  }

  int positiveInt(String name, int fallback) {
    int v = intValue(name, fallback);
    if (v <= 0) {
      throw new TorusCli.UsageException("--" + name + " must be positive, got " + v);
    }
    return v;
  }

  int requiredPositiveInt(String name) {
    required(name);
    return positiveInt(name, 0);
  }

  String command() {
    return command;
  }
}
