package dev.torus.artifact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One function of the program: its parameters in order ({@code inputs}) and its results in order
 * ({@code outputs}). Names are unique within the inputs and within the outputs.
 */
public record EntryPoint(
    String name,
    ImmutableList<TensorSpec> inputs,
    ImmutableList<TensorSpec> outputs) {

  /** The entry point every program has and the runtime calls. */
  public static final String MAIN = "main";

  public EntryPoint {
    checkArgument(name != null && !name.isBlank(), "entry point name must be non-empty, got '%s'", name);
    checkNotNull(inputs, "entry point '%s': inputs missing", name);
    checkNotNull(outputs, "entry point '%s': outputs missing", name);
    inputs = ImmutableList.copyOf(inputs);
    outputs = ImmutableList.copyOf(outputs);
    checkUnique(name, "input", inputs);
    checkUnique(name, "output", outputs);
  }

  /** An entry point from any lists (copied). */
  public static EntryPoint of(String name, List<TensorSpec> inputs, List<TensorSpec> outputs) {
    return new EntryPoint(name, ImmutableList.copyOf(inputs), ImmutableList.copyOf(outputs));
  }

  private static void checkUnique(String entry, String kind, List<TensorSpec> specs) {
    Set<String> seen = new HashSet<>();
    for (TensorSpec spec : specs) {
      checkArgument(seen.add(spec.name()), "entry point '%s': %s name '%s' appears twice", entry, kind, spec.name());
    }
  }
}
