package dev.torus.cli;

import dev.torus.artifact.Artifact;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.MeshSharding;
import dev.torus.artifact.Npy;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSource;
import dev.torus.artifact.TensorSpec;
import dev.torus.harness.XlaHarness;
import dev.torus.hf.Checkpoint;
import dev.torus.hf.CheckpointWeights;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The host side of {@code torus pod-run}: an artifact's SPMD program as a harness program whose
 * inputs are split per the manifest (tokens over the data-parallel and ring axes in device order,
 * FSDP weights cut into their shards), and its logits put back together in sequence order. Several
 * artifacts' programs can run in one {@link XlaHarness#run} (one JAX process).
 */
public final class PodRun {
  private PodRun() {}

  /**
   * The harness program {@code id} of {@code artifact}'s main entry point on its mesh's devices: each
   * input written under {@code work} (weights read from {@code checkpoint} by their Hugging Face
   * names), each output stacked per device.
   *
   * Tokens of another shape than the artifact takes are a usage error that names both.
   */
  public static XlaHarness.Program program(String id, Artifact artifact, Checkpoint checkpoint, HostTensor tokens,
      Path work) throws IOException {
    EntryPoint main = artifact.manifest().entryPoint(EntryPoint.MAIN);
    List<XlaHarness.Input> inputs = new ArrayList<>();
    for (TensorSpec spec : main.inputs()) {
      TensorSource global;
      if (spec.role() == Role.TOKENS) {
        if (!tokens.shape().equals(spec.globalShape())) {
          throw new UsageException("--tokens-file holds " + HostTensor.typeString(tokens.dtype(), tokens.shape())
              + " but the artifact takes tokens " + spec.globalShape());
        }
        global = tokens;
      } else {
        global = CheckpointWeights.source(spec, checkpoint);   // streamed to the .npy when replicated
      }
      Path npy = work.resolve(id + "." + spec.name() + ".npy");
      if (spec.sharding().isEmpty()) {
        Npy.write(npy, global);
        inputs.add(XlaHarness.Input.replicated(npy));
      } else {
        Npy.write(npy, MeshSharding.stack(MeshSharding.toDevices(artifact.manifest(), spec, global.toHost())));
        inputs.add(XlaHarness.Input.stacked(npy));
      }
    }
    List<XlaHarness.Output> outputs = new ArrayList<>();
    for (TensorSpec spec : main.outputs()) {
      outputs.add(XlaHarness.Output.stack(work.resolve(id + ".out." + spec.name() + ".npy")));
    }
    return new XlaHarness.Program(id, artifact.dir().resolve(Artifact.HLO).toAbsolutePath(), null,
        artifact.manifest().mesh().deviceCount(), inputs, outputs, null);
  }

  /**
   * The logits of {@code artifact}'s program from its harness {@code result}, every device's piece
   * put back in sequence order.
   *
   * @throws IllegalStateException when the program did not run, with the harness's error
   */
  public static HostTensor logits(Artifact artifact, XlaHarness.ProgramResult result) throws IOException {
    if (!result.ok()) {
      throw new IllegalStateException("the program did not run: " + result.error());
    }
    TensorSpec logitsSpec = artifact.manifest().entryPoint(EntryPoint.MAIN).outputs().get(0);
    return MeshSharding.fromDevices(artifact.manifest(), logitsSpec,
        MeshSharding.unstack(Npy.read(Path.of(result.outputs().get(0)))));
  }
}
