package dev.torus.compiler.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schedule of a compiled TPU program, read from the HLO text XLA prints for it ({@code
 * HloModule ..., is_scheduled=true}: each computation lists its instructions in execution order),
 * and whether its asynchronous collective-permutes overlap a layer's attention compute.
 *
 * <p>{@link #parse} is a line-oriented reader of HLO text, compiled ({@code %name = shape
 * opcode(%a, %b), attrs}) or as Torus emits it (names without {@code %}): per instruction its
 * name, opcode, shape text, operands (names of instructions of the same computation; literals
 * are dropped), called computations ({@code calls}, {@code body}, {@code condition}, {@code
 * to_apply}, {@code branch_computations}) and {@code metadata} {@code op_name}.
 *
 * <p>{@link #overlap} reports, for every {@code collective-permute-start} of every computation,
 * what the TPU scheduler put between it and its {@code collective-permute-done}. As XLA's TPU
 * pipeline compiles a Torus ring program (libtpu 0.0.42.1), the ring loop stays one {@code while}
 * (renamed, e.g. {@code %wide.region_4.11_spmd.sunk}) and is neither rotated nor pipelined: each
 * start and its done are in the same iteration of the same body, and the attention compute sits
 * in a nested loop ({@code query_blocks}) that the body calls. So "attention between start and
 * done" counts an attention fusion, convolution, dot or custom-call of the body itself, or a
 * {@code while}, {@code call} or {@code conditional} whose computations (transitively) hold one.
 * A done in another computation than its start (a loop rotated across iterations) is reported
 * as not found; the window is then not judged.
 *
 * <p>Attention compute is told by {@code op_name}: compute whose {@code op_name}, or that of an
 * instruction fused into it, starts with the given prefix. A module with no {@code op_name} at
 * all (XLA keeps metadata only when its input carried it; the StableHLO route of Torus' harness
 * prints none) is judged by {@link Attribution#ANY_COMPUTE}: every compute instruction counts,
 * which is right for a loop body that holds only the layer's attention.
 *
 * <p>The operand of a start is judged twice. {@link PermuteOverlap#operandDependsOnAttention}:
 * in the compiled graph, it is computed from attention compute of the same computation (the
 * start must wait for this iteration's compute, so it can hide none of it). {@link
 * PermuteOverlap#operandOrigin}: the value, traced through copies, bitcasts, tuples and loops that
 * pass an element through unchanged, is an element of the loop state (the body's parameter).
 */
public final class TpuSchedule {
  private TpuSchedule() {}

  private static final Pattern HEADER = Pattern.compile("^(ENTRY\\s+)?%?([\\w.\\-]+)");
  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/");

  /** Compute an overlap can hide: fused kernels, matmuls/convolutions, custom kernels. */
  static final Set<String> COMPUTE = Set.of("fusion", "convolution", "dot", "custom-call");
  /** Instructions that run other computations: compute when those hold compute. */
  static final Set<String> CONTROL = Set.of("while", "call", "conditional");
  /** Instructions that forward operand 0's value unchanged (a copy into another buffer or layout). */
  static final Set<String> FORWARDING = Set.of("copy", "bitcast", "copy-start", "copy-done");

  /**
   * One instruction line. {@code operands}: names of instructions of the same computation, in
   * order; {@code calls}: names of computations it runs; {@code opName}: its {@code metadata}
   * {@code op_name}, empty when none; {@code attributes}: the raw text after the operands.
   */
  public record Instruction(
      String name,
      String opcode,
      String shape,
      ImmutableList<String> operands,
      ImmutableList<String> calls,
      String opName,
      String attributes,
      boolean root) {
    public Instruction {
      checkArgument(!name.isEmpty() && !opcode.isEmpty(), "instruction needs a name and an opcode");
    }

    /** The value of {@code key=value} among the attributes, up to the next comma or space. */
    public Optional<String> attribute(String key) {
      Matcher m = Pattern.compile("\\b" + Pattern.quote(key) + "=([^,\\s]+)").matcher(attributes);
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
  }

  /** A computation, its instructions in the printed order (the schedule, in a scheduled module). */
  public record Computation(String name, boolean entry, ImmutableList<Instruction> instructions) {
    public int position(String instruction) {
      for (int i = 0; i < instructions.size(); i++) {
        if (instructions.get(i).name().equals(instruction)) {
          return i;
        }
      }
      return -1;
    }

    public Optional<Instruction> instruction(String name) {
      int i = position(name);
      return i < 0 ? Optional.empty() : Optional.of(instructions.get(i));
    }

    public Optional<Instruction> root() {
      return instructions.stream().filter(Instruction::root).findFirst();
    }
  }

  /** A parsed module; {@code scheduled} is the header's {@code is_scheduled=true}. */
  public record Module(String name, boolean scheduled, ImmutableList<Computation> computations) {
    public Optional<Computation> computation(String name) {
      return computations.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Whether any instruction carries an {@code op_name}. */
    public boolean hasOpNames() {
      return computations.stream()
          .flatMap(c -> c.instructions().stream())
          .anyMatch(i -> !i.opName().isEmpty());
    }

    /** The {@code while} instructions whose body is {@code computation}, as "computation/while". */
    public ImmutableList<String> loopsWithBody(String computation) {
      ImmutableList.Builder<String> out = ImmutableList.builder();
      for (Computation c : computations) {
        for (Instruction i : c.instructions()) {
          String body = i.attribute("body").map(HloTextScanner::bare).orElse("");
          if (i.opcode().equals("while") && body.equals(computation)) {
            out.add(c.name() + "/" + i.name());
          }
        }
      }
      return out.build();
    }
  }

  /** How attention compute was told apart from other compute. */
  public enum Attribution {
    /** Compute whose op_name (or that of an instruction fused into it) starts with the prefix. */
    OP_NAME,
    /** The module carries no op_name: every compute instruction counts. */
    ANY_COMPUTE
  }

  /**
   * Where the value a start sends comes from. {@code loopState}: element {@code tupleIndex} of
   * the computation's parameter; otherwise {@code producer} computed it. {@code passedThrough}:
   * the loops it went through unchanged on the way.
   */
  public record Origin(
      boolean loopState, String producer, int tupleIndex, ImmutableList<String> passedThrough) {
    static Origin computed(Instruction producer, int tupleIndex, List<String> via) {
      String name = producer.name() + " (" + producer.opcode() + ")";
      return new Origin(false, name, tupleIndex, ImmutableList.copyOf(via));
    }

    @Override
    public String toString() {
      String via =
          passedThrough.isEmpty()
              ? ""
              : " (passed unchanged through " + String.join(", ", passedThrough) + ")";
      return (loopState ? "loop state element " + tupleIndex : "computed by " + producer) + via;
    }
  }

  /**
   * One start/done pair. {@code done} and {@code donePosition} ({@code -1}) are empty when no done
   * of this start is in the start's computation. {@code channelId} is 0 when the start has none.
   * {@code payload}: the shape moved, without layout. {@code overlapped}: the attention compute
   * scheduled strictly between start and done.
   */
  public record PermuteOverlap(
      String computation,
      boolean loopBody,
      String start,
      int startPosition,
      Optional<String> done,
      int donePosition,
      int channelId,
      String payload,
      long payloadBytes,
      ImmutableList<String> overlapped,
      String operand,
      boolean operandDependsOnAttention,
      Origin operandOrigin) {
    public boolean overlapsAttention() {
      return !overlapped.isEmpty();
    }

    @Override
    public String toString() {
      String window =
          " @" + startPosition + " .. " + done.map(d -> d + " @" + donePosition).orElse("(no done here)");
      return computation + (loopBody ? " (loop body)" : "") + ": " + start
          + " [channel " + channelId + ", " + payload + ", " + payloadBytes + " B]" + window + ": "
          + (overlapsAttention() ? "overlaps " + overlapped : "overlaps no attention compute")
          + "; operand " + operand
          + (operandDependsOnAttention ? " waits for" : " independent of") + " attention compute"
          + ", value: " + operandOrigin;
    }
  }

  /** Every start/done pair of a module. */
  public record OverlapReport(
      String module,
      boolean scheduled,
      String attentionPrefix,
      Attribution attribution,
      String collective,
      ImmutableList<PermuteOverlap> pairs) {
    /** The computations that hold a start, in module order. */
    public ImmutableList<String> computations() {
      return ImmutableList.copyOf(
          new LinkedHashSet<>(pairs.stream().map(PermuteOverlap::computation).toList()));
    }

    /** Whether every start has its done in the same computation and attention compute between. */
    public boolean allOverlapped() {
      return pairs.stream().allMatch(PermuteOverlap::overlapsAttention);
    }

    @Override
    public String toString() {
      String attention =
          attribution == Attribution.OP_NAME
              ? "op_name " + attentionPrefix + "*"
              : "any compute (no op_name metadata)";
      StringBuilder s = new StringBuilder(module + (scheduled ? " (scheduled)" : " (NOT scheduled)")
          + ", attention = " + attention + ", " + pairs.size() + " " + collective + "-start");
      pairs.forEach(p -> s.append("\n  ").append(p));
      return s.toString();
    }
  }

  /** Parses HLO text; lines outside computations other than the {@code HloModule} header are ignored. */
  public static Module parse(String hloText) {
    checkNotNull(hloText, "hloText");
    String module = "";
    boolean scheduled = false;
    List<Computation> computations = new ArrayList<>();
    String current = null;
    boolean entry = false;
    List<Instruction> body = new ArrayList<>();
    for (String raw : hloText.split("\n")) {
      String line = COMMENT.matcher(raw).replaceAll("").stripTrailing();
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("HloModule ")) {
        String header = line.substring("HloModule ".length());
        module = header.split("[,\\s]", 2)[0];
        scheduled = header.contains("is_scheduled=true");
      } else if (current == null && line.endsWith("{") && !Character.isWhitespace(line.charAt(0))) {
        Matcher m = HEADER.matcher(line);
        checkArgument(m.find(), "cannot read computation header: %s", line);
        entry = m.group(1) != null;
        current = m.group(2);
        body = new ArrayList<>();
      } else if (current != null && line.strip().equals("}")) {
        computations.add(new Computation(current, entry, resolveOperands(body)));
        current = null;
      } else if (current != null) {
        body.add(HloTextScanner.parseInstruction(line));
      }
    }
    checkArgument(current == null, "computation %s is not closed", current);
    return new Module(module, scheduled, ImmutableList.copyOf(computations));
  }

  /** Keeps only operands that name an instruction of the same computation (drops literals). */
  private static ImmutableList<Instruction> resolveOperands(List<Instruction> body) {
    Set<String> names = new HashSet<>();
    body.forEach(i -> names.add(i.name()));
    return body.stream()
        .map(i -> new Instruction(i.name(), i.opcode(), i.shape(),
            ImmutableList.copyOf(i.operands().stream().filter(names::contains).toList()),
            i.calls(), i.opName(), i.attributes(), i.root()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Every {@code collective-permute-start} of {@code tpuHloText} and what is scheduled between it
   * and its done; attention compute is told by {@code attentionOpNamePrefix} (see {@link
   * Attribution}).
   */
  public static OverlapReport overlap(String tpuHloText, String attentionOpNamePrefix) {
    return overlap(tpuHloText, attentionOpNamePrefix, "collective-permute");
  }

  /**
   * The same for the asynchronous pairs of another collective ({@code all-gather}: its
   * {@code all-gather-start} ... {@code all-gather-done}); compute is told by the op-name prefix.
   */
  public static OverlapReport overlap(String tpuHloText, String attentionOpNamePrefix, String collective) {
    checkArgument(
        attentionOpNamePrefix != null && !attentionOpNamePrefix.isEmpty(),
        "attention op_name prefix must be non-empty, got %s", attentionOpNamePrefix);
    Module m = parse(tpuHloText);
    Attribution by = m.hasOpNames() ? Attribution.OP_NAME : Attribution.ANY_COMPUTE;
    AttentionCompute attention = new AttentionCompute(m, attentionOpNamePrefix, by);
    ImmutableList.Builder<PermuteOverlap> pairs = ImmutableList.builder();
    for (Computation c : m.computations()) {
      for (Instruction i : c.instructions()) {
        if (i.opcode().equals(collective + "-start")) {
          pairs.add(pair(m, c, i, attention, collective));
        }
      }
    }
    return new OverlapReport(m.name(), m.scheduled(), attentionOpNamePrefix, by, collective, pairs.build());
  }

  private static PermuteOverlap pair(
      Module m, Computation c, Instruction start, AttentionCompute attention, String collective) {
    int from = c.position(start.name());
    Optional<Instruction> done =
        c.instructions().stream()
            .filter(i -> i.opcode().equals(collective + "-done"))
            .filter(i -> i.operands().contains(start.name()))
            .findFirst();
    int to = done.map(d -> c.position(d.name())).orElse(-1);
    ImmutableList<String> between =
        to < 0
            ? ImmutableList.of()
            : c.instructions().subList(from + 1, to).stream()
                .filter(attention)
                .map(Instruction::name)
                .collect(ImmutableList.toImmutableList());
    String payload = done.map(Instruction::shape).orElseGet(() -> HloTextScanner.firstElement(start.shape()));
    String operand = start.operands().isEmpty() ? "" : start.operands().get(0);
    Origin origin =
        operand.isEmpty()
            ? new Origin(false, "", -1, ImmutableList.of())
            : origin(m, c, operand, new ArrayList<>());
    return new PermuteOverlap(
        c.name(),
        !m.loopsWithBody(c.name()).isEmpty(),
        start.name(),
        from,
        done.map(Instruction::name),
        to,
        start.attribute("channel_id").map(Integer::parseInt).orElse(0),
        payload.replaceAll("\\{[^}]*}", ""),
        HloTextScanner.bytes(payload),
        between,
        operand,
        !operand.isEmpty() && dependsOnAttention(c, operand, attention),
        origin);
  }

  private static boolean dependsOnAttention(Computation c, String operand, AttentionCompute attention) {
    Deque<String> work = new ArrayDeque<>(List.of(operand));
    Set<String> seen = new HashSet<>();
    while (!work.isEmpty()) {
      String name = work.pop();
      if (!seen.add(name)) {
        continue;
      }
      Instruction i = c.instruction(name).orElseThrow();
      if (attention.test(i)) {
        return true;
      }
      work.addAll(i.operands());
    }
    return false;
  }

  /** Where the value of {@code name} in {@code c} comes from; {@code via} collects pass-through loops. */
  private static Origin origin(Module m, Computation c, String name, List<String> via) {
    Instruction i = c.instruction(name).orElseThrow();
    if (FORWARDING.contains(i.opcode()) && !i.operands().isEmpty()) {
      return origin(m, c, i.operands().get(0), via);
    }
    if (!i.opcode().equals("get-tuple-element") || i.operands().isEmpty()) {
      return Origin.computed(i, -1, via);
    }
    int index = Integer.parseInt(i.attribute("index").orElseThrow());
    Instruction tuple = c.instruction(i.operands().get(0)).orElseThrow();
    switch (tuple.opcode()) {
      case "parameter":
        return new Origin(true, tuple.name(), index, ImmutableList.copyOf(via));
      case "tuple":
        return origin(m, c, tuple.operands().get(index), via);
      case "while":
        return throughLoop(m, c, tuple, index, via);
      case "opt-barrier": {   // passes its tuple's elements through unchanged
        Instruction inner = c.instruction(tuple.operands().get(0)).orElseThrow();
        return inner.opcode().equals("tuple") ? origin(m, c, inner.operands().get(index), via)
            : Origin.computed(tuple, index, via);
      }
      default:
        return Origin.computed(tuple, index, via);
    }
  }

  /**
   * Element {@code index} of a {@code while}'s result: the loop's initial element when the body
   * returns that element of its parameter unchanged, else computed by the loop.
   */
  private static Origin throughLoop(
      Module m, Computation c, Instruction loop, int index, List<String> via) {
    Optional<Computation> body =
        loop.attribute("body").map(HloTextScanner::bare).flatMap(m::computation);
    Optional<Instruction> root = body.flatMap(Computation::root);
    if (root.isEmpty() || !root.get().opcode().equals("tuple") || loop.operands().isEmpty()) {
      return Origin.computed(loop, index, via);
    }
    Origin inner = origin(m, body.get(), root.get().operands().get(index), new ArrayList<>());
    if (!inner.loopState() || inner.tupleIndex() != index) {
      return Origin.computed(loop, index, via);
    }
    via.add(loop.name());
    via.addAll(inner.passedThrough());
    Instruction init = c.instruction(loop.operands().get(0)).orElseThrow();
    return init.opcode().equals("tuple")
        ? origin(m, c, init.operands().get(index), via)
        : Origin.computed(init, index, via);
  }

  /** Whether an instruction is attention compute, memoised per called computation. */
  private static final class AttentionCompute implements Predicate<Instruction> {
    private final Module module;
    private final String prefix;
    private final Attribution by;
    private final Map<String, Boolean> holdsAttention = new HashMap<>();
    private final Map<String, Boolean> namesAttention = new HashMap<>();

    AttentionCompute(Module module, String prefix, Attribution by) {
      this.module = module;
      this.prefix = prefix;
      this.by = by;
    }

    @Override
    public boolean test(Instruction i) {
      if (COMPUTE.contains(i.opcode())) {
        return by == Attribution.ANY_COMPUTE
            || i.opName().startsWith(prefix)
            || i.calls().stream().anyMatch(this::namesAttention);
      }
      return CONTROL.contains(i.opcode()) && i.calls().stream().anyMatch(this::holdsAttention);
    }

    /** Some instruction of the computation is attention compute. */
    private boolean holdsAttention(String computation) {
      Boolean known = holdsAttention.get(computation);
      if (known == null) {
        holdsAttention.put(computation, false); // a cycle adds nothing
        known =
            module.computation(computation)
                .map(c -> c.instructions().stream().anyMatch(this))
                .orElse(false);
        holdsAttention.put(computation, known);
      }
      return known;
    }

    /** Some instruction of the (fused) computation, or of one it calls, has the op_name prefix. */
    private boolean namesAttention(String computation) {
      Boolean known = namesAttention.get(computation);
      if (known == null) {
        namesAttention.put(computation, false);
        known = module.computation(computation)
            .map(c -> c.instructions().stream().anyMatch(
                i -> i.opName().startsWith(prefix) || i.calls().stream().anyMatch(this::namesAttention)))
            .orElse(false);
        namesAttention.put(computation, known);
      }
      return known;
    }
  }
}
