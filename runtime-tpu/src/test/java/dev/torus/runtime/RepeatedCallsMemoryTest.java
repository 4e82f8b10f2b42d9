package dev.torus.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Role;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;

/**
 * 1,000 calls of a loaded program do not grow memory: after a warm-up of 500 calls, neither the process's
 * resident set (less what the Java heap grew by) nor the count of live native objects TensorFlow
 * Java tracks (tensors, results) grows. Each call moves 3 MiB of tensors, so a leaked tensor per
 * call would show as gigabytes.
 */
class RepeatedCallsMemoryTest {
  static final int N = 128;
  /**
   * How far the resident set may grow. The module's surefire sets {@code MALLOC_MMAP_THRESHOLD_} so
   * that blocks of 64 KiB and more come from mmap and go back to the OS when freed; then the
   * resident set follows what is live (measured: +9..17 MiB over 1,000 calls, +89 MiB with each
   * call's result kept). Without it glibc keeps freed tensors in per-thread arenas (measured:
   * +25..60 MiB), so the bound is looser, still under one leaked 64 KiB tensor per call.
   */
  static final long BOUND = (System.getenv("MALLOC_MMAP_THRESHOLD_") != null ? 32L : 96L) << 20;
  static final int WARM_UP = 450;

  /** {@code y = x + w} on f32[128,128]: little compute, 64 KiB per tensor. */
  static final String ADD =
      """
      module @add {
        func.func public @main(%x: tensor<128x128xf32>, %w: tensor<128x128xf32>) -> tensor<128x128xf32> {
          %0 = stablehlo.add %x, %w : tensor<128x128xf32>
          return %0 : tensor<128x128xf32>
        }
      }
      """;

  @Test
  void aThousandCallsDoNotGrowMemory() throws IOException {
    HostTensor x = HostTensor.ofFloats(filled(1f), N, N);
    HostTensor w = HostTensor.ofFloats(filled(0.5f), N, N);
    HostTensor want = HostTensor.ofFloats(filled(1.5f), N, N);
    try (TorusRuntime runtime = TorusRuntime.cpu();
        LoadedProgram program = runtime.loadStableHlo("add", ADD,
            List.of(StableHloPrograms.f32("x", Role.ACTIVATION, N, N), StableHloPrograms.f32("w", Role.WEIGHT, N, N)),
            List.of(StableHloPrograms.f32("y", Role.ACTIVATION, N, N)));
        LoadedProgram.Feed kept = program.feed()) {
      kept.set("w", w);
      Runnable call = new Runnable() {
        int k;

        @Override
        public void run() {
          // alternately a whole run (every input fed and freed) and a run against the kept weight
          HostTensor y = (k++ % 2 == 0 ? program.run(List.of(x, w)) : kept.runWith("x", x)).get(0);
          assertEquals(want, y);
        }
      };
      // The first few hundred calls raise the resident set by some 30 MiB once (thread pools and
      // their malloc arenas coming up); measured, it then stays flat for 7,000 calls.
      for (int i = 0; i < WARM_UP; i++) {
        call.run();
      }
      Figures before = Figures.lowestOver(call, 50);
      // Every call frees what it made at once (not at some later GC): the live count never rises.
      long most = 0;
      for (int i = 0; i < 950; i++) {
        call.run();
        most = Math.max(most, Pointer.totalCount());
      }
      Figures after = Figures.lowestOver(call, 50);
      // A heap that grew adds its own pages to the resident set; one that shrank gave them back.
      long growth = after.rss - before.rss - Math.max(0, after.heapCommitted - before.heapCommitted);
      System.out.printf("RepeatedCallsMemoryTest: after %d calls %s; after 1,000 more %s, at most %d live native "
          + "objects between calls; resident memory less the heap's growth %+d KiB%n", WARM_UP + 50, before, after,
          most, growth >> 10);
      assertTrue(most <= before.nativeObjects && after.nativeObjects <= before.nativeObjects,
          "live native objects rose from " + before.nativeObjects + " to " + most + " over 1,000 calls");
      assertTrue(growth < BOUND, "resident memory grew by " + (growth >> 10)
          + " KiB beyond the heap's growth over 1,000 calls; the bound is " + (BOUND >> 10) + " KiB");
    }
  }

  /**
   * Memory figures of this process: the resident set, the Java heap's committed bytes, and the live
   * native objects JavaCPP tracks for TensorFlow Java.
   */
  record Figures(long rss, long heapCommitted, long nativeObjects) {
    static Figures now() throws IOException {
      return new Figures(residentBytes(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted(),
          Pointer.totalCount());
    }

    /**
     * The figures with the least resident memory, sampled every 5 of {@code calls}
     * calls: malloc arenas and TensorFlow's thread pools swing the resident set by tens of MiB from
     * call to call, a leak raises its floor.
     */
    static Figures lowestOver(Runnable call, int calls) throws IOException {
      System.gc();
      Figures lowest = now();
      for (int i = 0; i < calls; i++) {
        call.run();
        if (i % 5 == 4) {
          Figures f = now();
          lowest = f.rss < lowest.rss ? f : lowest;
        }
      }
      return lowest;
    }

    @Override
    public String toString() {
      return "RSS " + (rss >> 10) + " KiB, heap committed " + (heapCommitted >> 10) + " KiB, " + nativeObjects
          + " live native objects";
    }
  }

  /** VmRSS of /proc/self/status, in bytes. */
  static long residentBytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) << 10;
      }
    }
    throw new IllegalStateException("/proc/self/status has no VmRSS line");
  }

  private static float[] filled(float v) {
    float[] a = new float[N * N];
    java.util.Arrays.fill(a, v);
    return a;
  }
}
