package dev.torus.hf;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import dev.torus.artifact.EntryPoint;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.Role;
import dev.torus.artifact.TensorSource;
import dev.torus.artifact.TensorSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads an entry point's weights from a Hugging Face checkpoint by the names its manifest gives:
 * a weight whose {@code hfName} holds {@code {layer}} is stacked from layers 0..depth-1 along a new
 * leading dimension; each tensor is converted to the manifest's dtype and its shape checked (the
 * checkpoint names the tensor and both shapes when they differ). {@link #source} reads a weight of
 * any size window by window; {@link #load} holds it whole.
 *
 * <p>Hugging Face semantics (transformers 5): with {@code tie_word_embeddings} the LM head is the
 * embedding, unless the checkpoint also holds an {@value #HEAD} with other values, which is then
 * the head ({@link #hasSeparateHead}). Tensors no weight reads are {@link #unused}; Hugging Face's
 * derived rotary buffers ({@code *.rotary_emb.inv_freq}, which it ignores too) are not counted.
 */
public final class CheckpointWeights {
  /** The input embedding's checkpoint name. */
  public static final String EMBEDDING = "model.embed_tokens.weight";
  /** The LM head's checkpoint name. */
  public static final String HEAD = "lm_head.weight";
  /** The suffix of rotary-frequency buffers some checkpoints carry; derived from the config, never read. */
  public static final String ROTARY_BUFFER = ".rotary_emb.inv_freq";

  private CheckpointWeights() {}

  /** Every input of role {@code weight}, by input name, in manifest order, whole in host memory. */
  public static ImmutableMap<String, HostTensor> load(EntryPoint entry, Checkpoint checkpoint) {
    Map<String, HostTensor> weights = new LinkedHashMap<>();
    for (TensorSpec spec : entry.inputs()) {
      if (spec.role() == Role.WEIGHT) {
        weights.put(spec.name(), load(spec, checkpoint));
      }
    }
    return ImmutableMap.copyOf(weights);
  }

  /** One weight input whole in host memory ({@link #source} read into one array, at most 2 GiB). */
  public static HostTensor load(TensorSpec spec, Checkpoint checkpoint) {
    return source(spec, checkpoint).toHost();
  }

  /**
   * One weight input by its manifest spec, stacked over layers when its name holds {@code {layer}},
   * read from the checkpoint window by window (any size). Missing tensors and wrong shapes fail here;
   * non-finite values fail when read. A spec with {@code hfRows} reads those rows of its (each
   * layer's) checkpoint tensor, a fused one ({@link FusedTensors#rows}).
   */
  public static TensorSource source(TensorSpec spec, Checkpoint checkpoint) {
    if (spec.hfName() == null) {
      throw new IllegalArgumentException("weight '" + spec.name() + "' has no Hugging Face name in the manifest");
    }
    List<Long> shape = spec.globalShape();
    if (!spec.hfName().contains(TensorSpec.LAYER)) {
      return tensor(spec, spec.hfName(), shape, checkpoint);
    }
    List<TensorSource> layers = new ArrayList<>();
    for (long layer = 0; layer < shape.get(0); layer++) {
      layers.add(tensor(spec, layerName(spec, layer), shape.subList(1, shape.size()), checkpoint));
    }
    return new StackedTensor(spec.hfName(), layers);
  }

  /**
   * The checkpoint tensor {@code name} of {@code shape}, or with {@code hfRows} those rows of a fused
   * tensor whose other dimensions are {@code shape}'s ({@link FusedTensors#rows}).
   */
  private static TensorSource tensor(TensorSpec spec, String name, List<Long> shape, Checkpoint checkpoint) {
    if (spec.hfRows() == null) {
      return checkpoint.source(name, spec.dtype(), shape);
    }
    List<Long> stored = checkpoint.tensorNames().contains(name) ? checkpoint.info(name).shape() : shape;
    List<Long> whole = new ArrayList<>(shape);
    whole.set(0, stored.isEmpty() ? spec.hfRows().get(1) : stored.get(0));
    return FusedTensors.rows(name, checkpoint.source(name, spec.dtype(), whole), spec.hfRows().get(0),
        spec.hfRows().get(1));
  }

  /**
   * Whether the checkpoint holds an {@value #HEAD} whose values differ from the embedding's: then
   * transformers does not tie them even under {@code tie_word_embeddings}, and neither may Torus.
   */
  public static boolean hasSeparateHead(Checkpoint checkpoint) {
    return checkpoint.tensorNames().contains(HEAD)
        && (!checkpoint.tensorNames().contains(EMBEDDING) || !checkpoint.sameValues(HEAD, EMBEDDING));
  }

  /**
   * The checkpoint tensors that none of {@code entry}'s weights reads, sorted: not counting rotary
   * buffers, nor an {@value #HEAD} equal to the embedding when the program ties them.
   */
  public static ImmutableSortedSet<String> unused(EntryPoint entry, Checkpoint checkpoint) {
    Set<String> read = new LinkedHashSet<>();
    for (TensorSpec spec : entry.inputs()) {
      if (spec.role() != Role.WEIGHT || spec.hfName() == null) {
        continue;
      }
      if (spec.hfName().contains(TensorSpec.LAYER)) {
        for (long layer = 0; layer < spec.globalShape().get(0); layer++) {
          read.add(layerName(spec, layer));
        }
      } else {
        read.add(spec.hfName());
      }
    }
    ImmutableSortedSet.Builder<String> unused = ImmutableSortedSet.naturalOrder();
    for (String name : checkpoint.tensorNames()) {
      if (!read.contains(name) && !name.endsWith(ROTARY_BUFFER)) {
        unused.add(name);
      }
    }
    ImmutableSortedSet<String> out = unused.build();
    if (out.contains(HEAD) && read.contains(EMBEDDING) && !hasSeparateHead(checkpoint)) {
      return ImmutableSortedSet.copyOf(ImmutableSet.copyOf(out).stream().filter(n -> !n.equals(HEAD)).toList());
    }
    return out;
  }

  private static String layerName(TensorSpec spec, long layer) {
    return spec.hfName().replace(TensorSpec.LAYER, Long.toString(layer));
  }
}
