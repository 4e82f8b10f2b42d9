package dev.torus.cli;

import dev.torus.artifact.Artifact;
import dev.torus.compiler.lower.Remat;
import dev.torus.compiler.train.TrainPrecision;
import dev.torus.dsl.ModelSpec;
import dev.torus.train.Engine;
import dev.torus.train.ProgressLine;
import dev.torus.train.StepMetrics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** What {@code train} and {@code pod-train} do around {@link Trainer#train}: compile, print, clean up. */
final class TrainRun {
  private TrainRun() {}

  /**
   * Compiles the train step into a temporary directory, trains on the engine {@code engines} makes
   * (printing a progress line per step on process 0), and removes the temporary files; exit code 0, or
   * {@link GracefulStop#PEER_EXIT_CODE} when another process of the run was asked to stop and this one
   * stopped with it.
   */
  static int run(PrintWriter out, String command, ModelSpec model, Trainer.Options o, @Nullable Path checkpoint,
      boolean emulate, Function<Artifact, Engine> engines) throws IOException {
    // The stop scope encloses the cleanup: a signal's exit waits until the temporary files are gone too.
    try (GracefulStop stop = GracefulStop.install()) {
      Path work = Files.createTempDirectory("torus-" + command + "-");
      try {
        return train(out, command, model, o, checkpoint, emulate, engines, stop, work);
      } finally {
        deleteTree(work);
      }
    }
  }

  private static int train(PrintWriter out, String command, ModelSpec model, Trainer.Options o, @Nullable Path checkpoint,
      boolean emulate, Function<Artifact, Engine> engines, GracefulStop stop, Path work) throws IOException {
    int[] lastStep = {0};
    boolean[] announced = {false};
    List<StepMetrics> done = Trainer.train(model, checkpoint, o, work, a -> {
      Engine e = engines.apply(a);
      if (e.processIndex() == 0) {
        int k = o.stepOptions().accumulate();
        out.printf(Locale.ROOT, "%s: %s, batch %s%d x %d tokens%s, mesh %s, on %s%n", command, model.name(),
            k == 1 ? "" : k + " x ", o.batch(), o.seq(), (o.stepOptions().precision() == TrainPrecision.F32 ? ""
            : ", " + o.stepOptions().precision().spelling()) + (o.stepOptions().remat() == Remat.LAYER_INPUTS ? ""
            : ", remat " + o.stepOptions().remat().label()), a.manifest().mesh().axes().isEmpty() ? "one device"
            : a.manifest().mesh().axes().stream().map(x -> x.name() + " " + x.size()).collect(Collectors.joining(" x ")),
            e.description());
        out.flush();
        announced[0] = true;
      }
      return e;
    }, emulate, stop, m -> {
      if (announced[0]) {
        if (lastStep[0] == 0) {
          lastStep[0] = m.step() + o.steps() - 1;
        }
        out.println(ProgressLine.format(m, lastStep[0]));
        out.flush();
      }
    });
    if (announced[0] && !done.isEmpty()) {
      StepMetrics last = done.get(done.size() - 1);
      out.printf(Locale.ROOT, "loss %.4f -> %.4f over steps %d..%d%s%s%n", done.get(0).loss(), last.loss(),
          done.get(0).step(), last.step(), o.out() != null ? "; run directory " + o.out() : "",
          stop.requested() ? "; stopped by a signal after a checkpoint (--resume continues)"
          : stop.askedByPeer() ? "; stopped with another process, which got a signal, after a checkpoint (--resume"
          + " continues)" : "");
      out.flush();
    }
    return stop.askedByPeer() && !stop.requested() ? GracefulStop.PEER_EXIT_CODE : 0;
  }

  /** Removes a temporary directory and what it holds, as far as it can. */
  static void deleteTree(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory; best effort
    }
  }
}
