package dev.torus.train;

import dev.torus.artifact.Artifact;
import dev.torus.artifact.HostTensor;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs an artifact's programs and keeps their state where they run. One engine serves one artifact
 * and one process: with several processes (the hosts of a pod slice) each has its own engine, feeds
 * the partitions it owns ({@link #localPartitions}) and reads only those. Tensors cross this interface
 * as per-partition pieces ({@link dev.torus.artifact.MeshSharding#toDevices}), one per local
 * partition in ascending order.
 *
 * <p>A <em>resident</em> value ({@link #put}) stays in the engine between runs: a program input of
 * that name that is not fed takes it, and an output the entry point donates to that input
 * ({@link dev.torus.artifact.EntryPoint#donations}) replaces it, in place where the engine can. So a
 * train step's weights and moments go in once, and per step only the batch goes in and the scalars
 * come out.
 *
 * <p>Engines are not safe for concurrent use; {@link #close} ends them (and their processes).
 */
public interface Engine extends AutoCloseable {
  /** What runs the programs, for logs: "JAX 0.10.2 on 8 cpu devices (process 0 of 2)". */
  String description();

  /** This process's index among the processes that run the artifact together (0 with one process). */
  int processIndex();

  /** How many processes run the artifact together. */
  int processCount();

  /** The partitions (mesh device indices) whose pieces this process gives and gets, ascending. */
  List<Integer> localPartitions();

  /** The artifact whose programs this engine runs. */
  Artifact artifact();

  /**
   * The memory one of this engine's devices can give a program, asked before anything is put in;
   * empty when the engine cannot tell (then no fit check runs).
   */
  default Optional<DeviceMemory> deviceMemory() {
    return Optional.empty();
  }

  /**
   * Prepares entry point {@code entryPoint} (compiles it); the program's compiled memory statistics
   * by name (for example {@code argument_size_in_bytes}, {@code alias_size_in_bytes}), empty when
   * the engine has none.
   */
  Map<String, Long> load(String entryPoint);

  /** Makes {@code name} a resident value with these local pieces (replacing any before). */
  void put(String name, List<HostTensor> localPieces);

  /**
   * Runs a loaded entry point: inputs in {@code feeds} (local pieces by input name), the rest from the
   * resident values. Donated outputs become the resident values of their inputs. Returns the other
   * outputs: a replicated one as the first local partition's value (on a mesh they are the same
   * everywhere), a sharded one whole (with one process).
   */
  Map<String, HostTensor> run(String entryPoint, Map<String, List<HostTensor>> feeds);

  /** A resident value's local pieces. */
  List<HostTensor> get(String name);

  /** Returns once every process has called it with this name (at once with one process). */
  void barrier(String name);

  /**
   * Proposes that every process stop after step {@code step} (when one of them is asked to stop),
   * unless a stop step was agreed already: the first proposal wins. Returns the agreed step; with one
   * process, {@code step}.
   */
  default int proposeStop(int step) {
    return step;
  }

  /**
   * The step after which every process stops, once one of them proposed it ({@link #proposeStop});
   * empty while none did, and always with one process.
   */
  default OptionalInt agreedStop() {
    return OptionalInt.empty();
  }

  /** Frees the programs and resident values; ends the engine's processes. Idempotent. */
  @Override
  void close();
}
