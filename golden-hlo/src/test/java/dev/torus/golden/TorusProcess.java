package dev.torus.golden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One {@code torus} command run as its own JVM, as a user starts it: for the tests of signals and of
 * processes that die. Its stdout and stderr go to files in {@code dir}, its temporary files to
 * {@code dir/tmp} and a JVM crash report (hs_err) to {@code dir}, so a test sees what it left behind.
 */
record TorusProcess(Process process, Path dir, String name) implements AutoCloseable {
  /** Starts {@code torus args...} in {@code dir} (created), with the test's class path. */
  static TorusProcess start(Path dir, String name, List<String> args) throws IOException {
    Files.createDirectories(dir.resolve("tmp"));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED", "-Xss16m", "-Djava.io.tmpdir=" + dir.resolve("tmp"),
        "-XX:ErrorFile=" + dir.resolve("hs_err_pid%p.log"),
        "-Dtorus.repoRoot=" + System.getProperty("torus.repoRoot", Path.of("..").toAbsolutePath().normalize().toString())));
    if (Runtime.version().feature() >= 23) {
      command.add("--sun-misc-unsafe-memory-access=allow");
    }
    command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        "dev.torus.cli.TorusCli"));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(dir.resolve(name + ".out").toFile()).redirectError(dir.resolve(name + ".err").toFile());
    builder.environment().put("TF_CPP_MIN_LOG_LEVEL", "2");
    return new TorusProcess(builder.start(), dir, name);
  }

  String out() throws IOException {
    return Files.readString(dir.resolve(name + ".out"), StandardCharsets.UTF_8);
  }

  String err() throws IOException {
    return Files.readString(dir.resolve(name + ".err"), StandardCharsets.UTF_8);
  }

  /** Sends {@code kill -SIGNAL} (INT, TERM, KILL) to the JVM. */
  void signal(String signal) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed");
    }
  }

  /** The exit code, or -1 if it is still running after {@code limit}. */
  int exitCode(Duration limit) throws InterruptedException {
    return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
  }

  /** Processes this one started (the JAX engine) that are still alive. */
  List<ProcessHandle> children() {
    return process.descendants().filter(ProcessHandle::isAlive).toList();
  }

  /** Crash reports the JVM wrote, and temporary files left behind. */
  List<Path> leftovers() throws IOException {
    List<Path> found = new ArrayList<>();
    try (var tmp = Files.list(dir.resolve("tmp")); var here = Files.list(dir)) {
      tmp.forEach(found::add);
      here.filter(p -> p.getFileName().toString().startsWith("hs_err")).forEach(found::add);
    }
    return found;
  }

  /** Waits until {@code condition} holds; false if it does not within {@code limit} or the process ends first. */
  boolean await(BooleanSupplier condition, Duration limit) throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return true;
      }
      if (!process.isAlive()) {
        return condition.getAsBoolean();
      }
      Thread.sleep(200);
    }
    return false;
  }

  /** Lines of {@code file} (0 when it does not exist yet). */
  static int lines(Path file) {
    try {
      return Files.exists(file) ? (int) Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count() : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  @Override
  public void close() {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroyForcibly();
    children.forEach(ProcessHandle::destroyForcibly);
  }
}
