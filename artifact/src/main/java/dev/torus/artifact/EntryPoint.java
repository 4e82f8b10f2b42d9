package dev.torus.artifact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One program of an artifact: its parameters in order ({@code inputs}), its results in order
 * ({@code outputs}), which inputs it donates to which outputs, and the memory it needs per device.
 * Each entry point has its own program files ({@link Artifact#programFiles(EntryPoint)}): {@value
 * #MAIN}'s are {@code program.*}, another's are named after it. Names are unique within the inputs
 * and within the outputs.
 *
 * @param name the program's name: lowercase letters, digits and {@code _}, starting with a letter
 * @param inputs the parameters in order
 * @param outputs the results in order (the leaves of the result tuple)
 * @param donations inputs whose buffers the program may reuse for an output of the same type (the
 *     HLO module's {@code input_output_alias}): a runtime that keeps state between calls feeds the
 *     output back as the input and must not read the input after the call
 * @param memory the per-device memory the compiler's analysis found, or null when not analysed
 */
public record EntryPoint(
    String name,
    ImmutableList<TensorSpec> inputs,
    ImmutableList<TensorSpec> outputs,
    ImmutableList<Donation> donations,
    @Nullable ProgramMemory memory) {

  /** The entry point every artifact has and a runtime calls by default. */
  public static final String MAIN = "main";

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  /** Output {@code output} may reuse the buffer of input {@code input}; both have the same dtype and per-device shape. */
  public record Donation(String input, String output) {
    public Donation {
      checkArgument(input != null && !input.isBlank() && output != null && !output.isBlank(),
          "a donation names an input and an output, got input '%s', output '%s'", input, output);
    }
  }

  /**
   * Bytes one device needs to run the program, from the compiler's liveness analysis (XLA's
   * buffer rules modelled, not measured): arguments, the result, and temporaries at their peak.
   */
  public record ProgramMemory(long argumentBytes, long outputBytes, long peakTemporaryBytes) {
    public ProgramMemory {
      checkArgument(argumentBytes >= 0 && outputBytes >= 0 && peakTemporaryBytes >= 0,
          "memory figures argumentBytes, outputBytes, peakTemporaryBytes must be >= 0, got %s, %s, %s",
          argumentBytes, outputBytes, peakTemporaryBytes);
    }

    /**
     * Arguments + output + temporaries; donated inputs are counted once, since the output lives in
     * their buffers ({@code donatedBytes} is what the donations cover).
     */
    public long peakBytes(long donatedBytes) {
      return argumentBytes + outputBytes - donatedBytes + peakTemporaryBytes;
    }
  }

  public EntryPoint {
    checkArgument(name != null && NAME.matcher(name).matches(),
        "entry point name must be lowercase letters, digits and '_', starting with a letter; got '%s'", name);
    checkArgument(!name.equals(Artifact.MAIN_FILE_STEM) || name.equals(MAIN),
        "entry point name '%s' is reserved: the main program's files are called %s.*", name, Artifact.MAIN_FILE_STEM);
    checkNotNull(inputs, "entry point '%s': inputs missing", name);
    checkNotNull(outputs, "entry point '%s': outputs missing", name);
    inputs = ImmutableList.copyOf(inputs);
    outputs = ImmutableList.copyOf(outputs);
    donations = donations == null ? ImmutableList.of() : ImmutableList.copyOf(donations);
    checkUnique(name, "input", inputs);
    checkUnique(name, "output", outputs);
    Set<String> donatedInputs = new HashSet<>();
    Set<String> receivingOutputs = new HashSet<>();
    for (int k = 0; k < donations.size(); k++) {
      Donation d = donations.get(k);
      String where = "entry point '" + name + "': donations[" + k + "]";
      TensorSpec in = find(inputs, d.input()).orElseThrow(() -> new IllegalArgumentException(
          where + ".input '" + d.input() + "' is not an input"));
      TensorSpec out = find(outputs, d.output()).orElseThrow(() -> new IllegalArgumentException(
          where + ".output '" + d.output() + "' is not an output"));
      checkArgument(in.dtype() == out.dtype() && in.perDeviceShape().equals(out.perDeviceShape()),
          "%s: input '%s' (%s) is donated to output '%s' (%s) of another type",
          where, in.name(), in.perDeviceType(), out.name(), out.perDeviceType());
      checkArgument(donatedInputs.add(d.input()), "%s.input '%s' is donated twice", where, d.input());
      checkArgument(receivingOutputs.add(d.output()), "%s.output '%s' receives two donations", where, d.output());
    }
  }

  /** An entry point from any lists (copied), with no donations and no memory figures. */
  public static EntryPoint of(String name, List<TensorSpec> inputs, List<TensorSpec> outputs) {
    return new EntryPoint(name, ImmutableList.copyOf(inputs), ImmutableList.copyOf(outputs), ImmutableList.of(), null);
  }

  /** This entry point with {@code donations} instead of its own. */
  public EntryPoint withDonations(List<Donation> newDonations) {
    return new EntryPoint(name, inputs, outputs, ImmutableList.copyOf(newDonations), memory);
  }

  /** This entry point with the compiler's memory figures. */
  public EntryPoint withMemory(@Nullable ProgramMemory newMemory) {
    return new EntryPoint(name, inputs, outputs, donations, newMemory);
  }

  /** The input called {@code inputName}; the error lists the known ones. */
  public TensorSpec input(String inputName) {
    return find(inputs, inputName).orElseThrow(() -> new IllegalArgumentException("entry point '" + name
        + "' has no input '" + inputName + "'; it has " + inputs.stream().map(TensorSpec::name).toList()));
  }

  /** The index of the output called {@code outputName}; the error lists the known ones. */
  public int outputIndex(String outputName) {
    for (int k = 0; k < outputs.size(); k++) {
      if (outputs.get(k).name().equals(outputName)) {
        return k;
      }
    }
    throw new IllegalArgumentException("entry point '" + name + "' has no output '" + outputName + "'; it has "
        + outputs.stream().map(TensorSpec::name).toList());
  }

  /** The per-device bytes the donations let outputs share with inputs. */
  public long donatedBytes() {
    return donations.stream().mapToLong(d -> input(d.input()).perDeviceBytes()).sum();
  }

  private static Optional<TensorSpec> find(List<TensorSpec> specs, String name) {
    return specs.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  private static void checkUnique(String entry, String kind, List<TensorSpec> specs) {
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < specs.size(); k++) {
      checkArgument(seen.add(specs.get(k).name()), "entry point '%s': %ss[%s].name '%s' appears twice",
          entry, kind, k, specs.get(k).name());
    }
  }

  /** Whether the program takes packed documents: segment ids and document positions beside its tokens. */
  public boolean takesPackedDocuments() {
    return inputs.stream().anyMatch(t -> t.role() == Role.SEGMENT_IDS);
  }
}
