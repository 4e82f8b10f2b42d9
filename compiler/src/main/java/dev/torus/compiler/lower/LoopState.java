package dev.torus.compiler.lower;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import dev.torus.compiler.ir.HloModuleBuilder;
import dev.torus.compiler.ir.Instruction;
import dev.torus.compiler.ir.XlaBuilder;
import java.util.EnumMap;
import java.util.List;

/**
 * The values a loop carries, by name: slot {@code S}'s constants in declaration order are the order
 * of the values in the loop's state tuple, and a slot that holds no value takes no place in it (the
 * executed-block counter outside a debug build). Loop bodies read and replace values by slot, never
 * by tuple index. Immutable: {@link #with} and {@link #without} return a new state.
 */
final class LoopState<S extends Enum<S>> {
  /** Builds a loop body: given the body builder, the counter and the carried values, returns the new ones. */
  @FunctionalInterface
  interface Body<S extends Enum<S>> {
    LoopState<S> apply(XlaBuilder body, Instruction i, LoopState<S> carried);
  }

  private final Class<S> slots;
  private final ImmutableMap<S, Instruction> values;

  private LoopState(Class<S> slots, ImmutableMap<S, Instruction> values) {
    this.slots = slots;
    this.values = values;
  }

  /** A state with no values yet, over the slots of {@code slots}. */
  static <S extends Enum<S>> LoopState<S> of(Class<S> slots) {
    return new LoopState<>(slots, ImmutableMap.of());
  }

  /** This state with {@code value} in {@code slot}. */
  LoopState<S> with(S slot, Instruction value) {
    checkArgument(value != null, "loop state %s: no value for slot %s", slots.getSimpleName(), slot);
    EnumMap<S, Instruction> next = copy();
    next.put(slot, value);
    return new LoopState<>(slots, Maps.immutableEnumMap(next));
  }

  /** This state with nothing in {@code slot}. */
  LoopState<S> without(S slot) {
    EnumMap<S, Instruction> next = copy();
    next.remove(slot);
    return new LoopState<>(slots, Maps.immutableEnumMap(next));
  }

  /** The value in {@code slot}. */
  Instruction get(S slot) {
    Instruction value = values.get(slot);
    checkArgument(value != null, "loop state %s has no value in slot %s; it holds %s", slots.getSimpleName(), slot,
        values.keySet());
    return value;
  }

  boolean has(S slot) {
    return values.containsKey(slot);
  }

  /** The values in slot order: the loop's carried values. */
  ImmutableList<Instruction> values() {
    return values.values().asList();
  }

  /** The same slots holding {@code values} (in slot order): this state in another computation. */
  LoopState<S> over(List<Instruction> values) {
    return refilled(values);
  }

  /** {@code for (i = start; i < limit; i++)} over this state (a {@link CountedLoop}); returns the final state. */
  LoopState<S> loop(HloModuleBuilder module, XlaBuilder b, String name, Instruction start, Instruction limit,
      Body<S> body) {
    return refilled(CountedLoop.run(module, b, name, start, limit, values(), wrap(name, body)));
  }

  /** {@code for (i = 0; i < tripCount; i++)} over this state; returns the final state. */
  LoopState<S> loop(HloModuleBuilder module, XlaBuilder b, String name, int tripCount, Body<S> body) {
    return refilled(CountedLoop.run(module, b, name, tripCount, values(), wrap(name, body)));
  }

  private CountedLoop.Body wrap(String name, Body<S> body) {
    return (bb, i, carried) -> {
      LoopState<S> next = body.apply(bb, i, refilled(carried));
      checkArgument(next.slots == slots && next.values.keySet().equals(values.keySet()),
          "loop %s: the body returned slots %s for carried slots %s", name, next.values.keySet(), values.keySet());
      return next.values();
    };
  }

  /** The same slots holding {@code carried}, in slot order. */
  private LoopState<S> refilled(List<Instruction> carried) {
    checkArgument(carried.size() == values.size(), "loop state %s: %s values for slots %s", slots.getSimpleName(),
        carried.size(), values.keySet());
    EnumMap<S, Instruction> next = new EnumMap<>(slots);
    int k = 0;
    for (S slot : values.keySet()) {
      next.put(slot, carried.get(k++));
    }
    return new LoopState<>(slots, Maps.immutableEnumMap(next));
  }

  private EnumMap<S, Instruction> copy() {
    EnumMap<S, Instruction> copy = new EnumMap<>(slots);
    copy.putAll(values);
    return copy;
  }
}
