package dev.torus.runtime;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import dev.torus.artifact.Artifact;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.TensorSpec;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs Torus artifacts on the host CPU with real XLA, through TensorFlow Java's
 * {@code XlaCallModule} op. One device: an artifact for a one-device mesh runs
 * {@value Artifact#STABLEHLO}; an artifact for N > 1 devices runs its single-device emulation
 * {@value Artifact#EMULATED_STABLEHLO} on global shapes, or is refused if it has none. A module that
 * contains collectives is refused before it reaches XLA (see {@link UnsupportedProgramException}).
 *
 * <p>Closing the runtime closes every program it loaded that is still open.
 */
public final class TorusRuntime implements AutoCloseable {
  /** The {@code XlaCallModule} platform this runtime compiles for. */
  static final String PLATFORM = "CPU";

  private final Set<LoadedProgram> open = new LinkedHashSet<>();
  private boolean closed;

  private TorusRuntime() {}

  /** A runtime on the host CPU. */
  public static TorusRuntime cpu() {
    checkState(
        ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN,
        "the Torus CPU runtime needs a little-endian host, this one is %s", ByteOrder.nativeOrder());
    return new TorusRuntime();
  }

  /** Reads, verifies ({@link Artifact#read}) and loads an artifact directory. */
  public LoadedProgram load(Path artifactDir) throws IOException {
    return load(Artifact.read(artifactDir));
  }

  /**
   * Loads the entry point {@code main} of a verified artifact.
   *
   * @throws UnsupportedProgramException for an N-device artifact without an emulated program, or a
   *     module that contains collectives
   */
  public LoadedProgram load(Artifact artifact) {
    return load(artifact, EntryPoint.MAIN);
  }

  /** Loads entry point {@code entryPoint} of a verified artifact, as {@link #load(Artifact)} loads {@code main}. */
  public synchronized LoadedProgram load(Artifact artifact, String entryPoint) {
    checkNotNull(artifact, "artifact");
    checkState(!closed, "this TorusRuntime is closed");
    LoadedProgram program = LoadedProgram.fromArtifact(artifact, entryPoint, this::forget);
    open.add(program);
    return program;
  }

  /** {@link LoadedProgram#fromStableHlo}, closed with this runtime. */
  public synchronized LoadedProgram loadStableHlo(
      String name, String mlirText, List<TensorSpec> inputs, List<TensorSpec> outputs) {
    checkState(!closed, "this TorusRuntime is closed");
    LoadedProgram program = LoadedProgram.fromStableHlo(name, mlirText, inputs, outputs, this::forget);
    open.add(program);
    return program;
  }

  /** Closes every program this runtime loaded that is still open; idempotent. */
  @Override
  public void close() {
    List<LoadedProgram> toClose;
    synchronized (this) {
      closed = true;
      toClose = new ArrayList<>(open);
      open.clear();
    }
    toClose.forEach(LoadedProgram::close);
  }

  private synchronized void forget(LoadedProgram program) {
    open.remove(program);
  }
}
