package dev.torus.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.base.Throwables;
import com.google.common.collect.ImmutableSet;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The property every fuzz test checks: on any input a reader returns, or throws one of its own
 * exception types (that exact class, so no subclass such as {@code NumberFormatException} and no
 * {@code NullPointerException}, {@code IndexOutOfBoundsException}, {@code ArithmeticException},
 * {@code OutOfMemoryError} or raw Jackson exception passes) with a message that names the file and
 * the field at fault: one of the {@link Fields} the format has (a property that knows which field it
 * broke passes just that one). The overloads without fields are for a caller's mistakes (a name
 * that is not there), not for refusals of a file.
 * Each input takes under {@link #SLOWEST} of the reading thread's CPU time once the first {@value
 * #WARM_UP_CALLS} have warmed the JIT (CPU time, not wall time, so that a loaded CI machine does not
 * fail the check; the whole run's wall time is what CI prints).
 */
public final class ReaderOutcome {
  public static final Duration SLOWEST = Duration.ofSeconds(1);
  static final int WARM_UP_CALLS = 200;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static int calls;

  private ReaderOutcome() {}

  /** The names a refusal may give as the field at fault: a format's fields, header parts, entries. */
  public record Fields(ImmutableSet<String> names) {
    public static Fields of(String... names) {
      return new Fields(ImmutableSet.copyOf(names));
    }

    public static Fields of(Collection<String> names) {
      return new Fields(ImmutableSet.copyOf(names));
    }

    /** These names and {@code more}. */
    public Fields and(String... more) {
      return new Fields(ImmutableSet.<String>builder().addAll(names).add(more).build());
    }
  }

  /** The exception {@code read} threw (empty when it returned); a refusal must name {@code file} and one of {@code fields}. */
  @SafeVarargs
  public static Optional<Exception> check(Path file, Fields fields, Callable<?> read,
      Class<? extends Exception>... own) {
    return check(file.getFileName().toString(), fields, read, own);
  }

  /** As {@link #check(Path, Fields, Callable, Class[])}, the message required to contain {@code name}. */
  @SafeVarargs
  public static Optional<Exception> check(String name, Fields fields, Callable<?> read,
      Class<? extends Exception>... own) {
    Optional<Exception> outcome = check(name, read, own);
    outcome.ifPresent(e -> {
      String message = String.valueOf(e.getMessage());
      assertTrue(fields.names().stream().anyMatch(message::contains),
          () -> "the message names none of the fields " + fields.names() + ": " + message);
    });
    return outcome;
  }

  /** The exception {@code read} threw (empty when it returned), after checking the property above. */
  @SafeVarargs
  public static Optional<Exception> check(Path file, Callable<?> read, Class<? extends Exception>... own) {
    return check(file.getFileName().toString(), read, own);
  }

  /** As {@link #check(Path, Callable, Class[])}, the message required to contain {@code name}. */
  @SafeVarargs
  public static Optional<Exception> check(String name, Callable<?> read, Class<? extends Exception>... own) {
    long start = THREADS.getCurrentThreadCpuTime();
    Optional<Exception> outcome;
    try {
      read.call();
      outcome = Optional.empty();
    } catch (Throwable t) {
      if (Arrays.stream(own).noneMatch(c -> c == t.getClass())) {
        fail("the reader threw " + t.getClass().getName() + ", expected " + Arrays.toString(own) + ":\n"
            + Throwables.getStackTraceAsString(t));
      }
      String message = String.valueOf(t.getMessage());
      assertTrue(message.contains(name), () -> "the message does not name " + name + ": " + message);
      outcome = Optional.of((Exception) t);
    }
    Duration took = Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - start);
    if (++calls > WARM_UP_CALLS && took.compareTo(SLOWEST) > 0) {
      fail("one input took " + took.toMillis() + " ms of CPU time, more than " + SLOWEST.toMillis() + " ms");
    }
    return outcome;
  }
}
