package dev.torus.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The one shutdown path of the commands that hold native state ({@code train}, {@code pod-train},
 * {@code run}): Ctrl-C or SIGTERM asks the work to stop at its next safe point ({@link #requested},
 * {@link #throwIfRequested}) instead of tearing the JVM down under TensorFlow's or JAX's native
 * threads, and the JVM waits (up to {@link #GRACE_SECONDS}) until the work says it has finished
 * ({@link #finished}, {@link #close}), for example after saving a checkpoint and removing its
 * temporary files. The process then exits with the signal's code: 130 after Ctrl-C, 143 after SIGTERM.
 * In a run of several processes, one that got no signal stops with the one that did
 * ({@link #askedByPeer(int)}) and exits with {@link #PEER_EXIT_CODE}.
 */
public final class GracefulStop implements AutoCloseable {
  static final long GRACE_SECONDS = 120;
  /** The exit code of a process that stopped because another process of its run was asked to: SIGTERM's. */
  public static final int PEER_EXIT_CODE = 143;

  /** Thrown at a safe point once a stop was asked for, so that the work unwinds and closes what it holds. */
  public static final class Stopped extends RuntimeException {
    Stopped(String during) {
      super("stopped by Ctrl-C or SIGTERM " + during);
    }
  }

  private volatile boolean requested;
  private volatile boolean askedByPeer;
  private final CountDownLatch done = new CountDownLatch(1);
  private final Thread hook;

  private GracefulStop(boolean install, String whatHappensNow) {
    this.hook = new Thread(() -> {
      requested = true;
      System.err.println("torus: " + whatHappensNow + " (Ctrl-C again will not hurry it)...");
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

  /** Catches Ctrl-C and SIGTERM until {@link #close}: a training loop stops after the step in flight. */
  public static GracefulStop install() {
    return install("stopping after the step in flight, with a checkpoint");
  }

  /** Catches Ctrl-C and SIGTERM until {@link #close}; {@code whatHappensNow} is printed when one comes. */
  public static GracefulStop install(String whatHappensNow) {
    return new GracefulStop(true, whatHappensNow);
  }

  /** One that no signal triggers (library use, tests). */
  public static GracefulStop never() {
    return new GracefulStop(false, "");
  }

  /** Whether a stop was asked for. */
  public boolean requested() {
    return requested;
  }

  /** This process was asked to stop, and every process of its run stops after {@code step} (they agreed on it). */
  public void agreedWithPeers(int step) {
    System.err.println("torus: every process of this run stops after step " + step + ", with a checkpoint");
  }

  /** Another process of the run was asked to stop, and this one stops with it after {@code step}. */
  public void askedByPeer(int step) {
    if (!askedByPeer) {
      askedByPeer = true;
      System.err.println("torus: another process of this run was asked to stop: stopping with it after step " + step
          + ", with a checkpoint");
    }
  }

  /** Whether another process of the run asked this one to stop ({@link #askedByPeer(int)}). */
  public boolean askedByPeer() {
    return askedByPeer;
  }

  /** Throws {@link Stopped} if a stop was asked for; {@code during} says where ("before loading the weights"). */
  public void throwIfRequested(String during) {
    if (requested) {
      throw new Stopped(during);
    }
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
