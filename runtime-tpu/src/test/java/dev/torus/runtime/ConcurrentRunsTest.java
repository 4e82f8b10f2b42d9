package dev.torus.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * A loaded program called from 8 threads at once: every thread gets exactly the single-threaded
 * results for its own inputs, through {@link LoadedProgram#run} and through one shared
 * {@link LoadedProgram.Feed} whose weight is set once; closing it while calls are in flight makes
 * every later call fail as closed, never crash.
 */
class ConcurrentRunsTest {
  static final int THREADS = 8;
  static final int CALLS = 6;
  static final int N = 128;

  /** {@code y = tanh(x . w) . w} with x, w: f32[128,128]; enough work per call for runs to overlap. */
  static final String MLP =
      """
      module @mlp {
        func.func public @main(%x: tensor<128x128xf32>, %w: tensor<128x128xf32>) -> tensor<128x128xf32> {
          %0 = stablehlo.dot_general %x, %w, contracting_dims = [1] x [0] : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
          %1 = stablehlo.tanh %0 : tensor<128x128xf32>
          %2 = stablehlo.dot_general %1, %w, contracting_dims = [1] x [0] : (tensor<128x128xf32>, tensor<128x128xf32>) -> tensor<128x128xf32>
          return %2 : tensor<128x128xf32>
        }
      }
      """;

  static LoadedProgram load(TorusRuntime runtime) {
    return runtime.loadStableHlo("mlp", MLP,
        List.of(StableHloPrograms.f32("x", Role.ACTIVATION, N, N), StableHloPrograms.f32("w", Role.WEIGHT, N, N)),
        List.of(StableHloPrograms.f32("y", Role.ACTIVATION, N, N)));
  }

  /** Input {@code x} of thread {@code t}'s call {@code k}: different for every call. */
  static HostTensor input(int t, int k) {
    float[] x = new float[N * N];
    for (int i = 0; i < x.length; i++) {
      x[i] = ((i * 31 + t * 7 + k * 13) % 97 - 48) / 64f;
    }
    return HostTensor.ofFloats(x, N, N);
  }

  static HostTensor weight() {
    float[] w = new float[N * N];
    for (int i = 0; i < w.length; i++) {
      w[i] = ((i * 17) % 23 - 11) / 128f;
    }
    return HostTensor.ofFloats(w, N, N);
  }

  @Test
  void eightThreadsEachGetTheSingleThreadedResultsForTheirInputs() throws Exception {
    HostTensor w = weight();
    try (TorusRuntime runtime = TorusRuntime.cpu(); LoadedProgram program = load(runtime)) {
      HostTensor[][] want = new HostTensor[THREADS][CALLS];
      for (int t = 0; t < THREADS; t++) {
        for (int k = 0; k < CALLS; k++) {
          want[t][k] = program.run(List.of(input(t, k), w)).get(0);
        }
      }
      assertTrue(!want[0][0].equals(want[1][0]), "two threads' inputs gave the same results");
      long runMs = concurrently((t, k) -> program.run(List.of(input(t, k), w)).get(0), want);
      try (LoadedProgram.Feed shared = program.feed()) {
        shared.set("w", w);
        long feedMs = concurrently((t, k) -> shared.runWith("x", input(t, k)).get(0), want);
        Object lock = new Object();
        long lockedMs = concurrently((t, k) -> {
          synchronized (lock) {
            return shared.runWith("x", input(t, k)).get(0);
          }
        }, want);
        System.out.printf("ConcurrentRunsTest: %d threads x %d calls: run %d ms, shared feed %d ms, "
            + "shared feed behind one lock %d ms%n", THREADS, CALLS, runMs, feedMs, lockedMs);
      }
      program.close();
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> program.run(List.of(input(0, 0), w)));
      assertEquals("program mlp is closed", e.getMessage());
      e = assertThrows(IllegalStateException.class, program::feed);
      assertEquals("program mlp is closed", e.getMessage());
    }
  }

  @Test
  void closingWhileCallsAreInFlightRefusesLaterCallsWithoutACrash() throws Exception {
    HostTensor w = weight();
    for (int trial = 0; trial < 5; trial++) {
      TorusRuntime runtime = TorusRuntime.cpu();
      LoadedProgram program = load(runtime);
      HostTensor want = program.run(List.of(input(0, 0), w)).get(0);
      LoadedProgram.Feed shared = program.feed().set("w", w);
      AtomicInteger completed = new AtomicInteger();
      CountDownLatch running = new CountDownLatch(THREADS);
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<String>> refusals = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        boolean viaFeed = t % 2 == 0;
        refusals.add(pool.submit(() -> {
          running.countDown();
          while (true) {
            HostTensor got;
            try {
              got = viaFeed ? shared.runWith("x", input(0, 0)).get(0) : program.run(List.of(input(0, 0), w)).get(0);
            } catch (IllegalStateException refused) {
              return refused.getMessage();
            }
            assertEquals(want, got, "a result before close");
            completed.incrementAndGet();
          }
        }));
      }
      running.await();
      Thread.sleep(20 + 10 * trial);
      if (trial % 2 == 0) {
        program.close();
      } else {
        runtime.close(); // closes the program through its runtime
      }
      pool.shutdown();
      assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS), "calls still running 60 s after close");
      for (Future<String> refusal : refusals) {
        assertEquals("program mlp is closed", refusal.get());
      }
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> shared.runWith("x", input(0, 0)));
      assertEquals("program mlp is closed", e.getMessage());
      System.out.printf("ConcurrentRunsTest: trial %d closed after %d completed calls%n", trial, completed.get());
      runtime.close();
    }
  }

  /** Runs {@code call(t, k)} for every thread t and call k on 8 threads at once; checks each; returns ms. */
  private static long concurrently(BiFunction<Integer, Integer, HostTensor> call, HostTensor[][] want)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        start.await();
        for (int k = 0; k < CALLS; k++) {
          assertEquals(want[thread][k], call.apply(thread, k), "thread " + thread + ", call " + k);
        }
        return null;
      }));
    }
    long t0 = System.nanoTime();
    start.countDown();
    for (Future<?> f : done) {
      f.get();
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    pool.shutdown();
    return ms;
  }
}
