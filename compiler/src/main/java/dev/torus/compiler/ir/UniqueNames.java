package dev.torus.compiler.ir;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The names taken in one HLO module. {@link #unique} gives {@code base} when it is free, else
 * {@code base.1}, {@code base.2}, ...: deterministic, so the same building steps give the same names.
 */
public final class UniqueNames {
  private final Set<String> taken = new HashSet<>();
  private final Map<String, Integer> counters = new HashMap<>();

  public String unique(String base) {
    if (taken.add(base)) {
      return base;
    }
    int n = counters.getOrDefault(base, 0);
    String candidate;
    do {
      n++;
      candidate = base + "." + n;
    } while (!taken.add(candidate));
    counters.put(base, n);
    return candidate;
  }

  /** Marks a name as taken (e.g. of a computation kept as it is). */
  public void reserve(String name) {
    taken.add(name);
  }

  /** Frees a name, e.g. of an instruction renamed before anything used it. */
  public void release(String name) {
    taken.remove(name);
  }
}
