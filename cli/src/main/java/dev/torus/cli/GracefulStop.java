package dev.torus.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The one shutdown path of a long command: Ctrl-C or SIGTERM asks the work to stop at its next safe
 * point ({@link #requested}) instead of killing it, and the JVM waits (up to {@link #GRACE_SECONDS})
 * until the work says it has finished ({@link #finished}), for example after saving a checkpoint.
 */
public final class GracefulStop implements AutoCloseable {
  static final long GRACE_SECONDS = 120;

  private volatile boolean requested;
  private final CountDownLatch done = new CountDownLatch(1);
  private final Thread hook;

  private GracefulStop(boolean install) {
    this.hook = new Thread(() -> {
      requested = true;
      System.err.println("torus: stopping after the step in flight (Ctrl-C again will not hurry it)...");
      try {
        done.await(GRACE_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "torus-graceful-stop");
    if (install) {
      Runtime.getRuntime().addShutdownHook(hook);
    }
  }

  /** Catches Ctrl-C and SIGTERM until {@link #close}. */
  public static GracefulStop install() {
    return new GracefulStop(true);
  }

  /** One that no signal triggers (library use, tests). */
  public static GracefulStop never() {
    return new GracefulStop(false);
  }

  /** Whether a stop was asked for. */
  public boolean requested() {
    return requested;
  }

  /** The work has ended: a waiting shutdown may go on. */
  public void finished() {
    done.countDown();
  }

  @Override
  public void close() {
    finished();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException | IllegalArgumentException e) {
      // shutting down already, or never installed
    }
  }
}
