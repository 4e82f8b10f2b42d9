package dev.torus.cli;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import dev.torus.artifact.DType;
import dev.torus.artifact.TokenLayout;
import dev.torus.compiler.hardware.Hardware;
import dev.torus.compiler.hardware.Topology;
import dev.torus.dsl.Presets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine;

/**
 * How option text becomes the values the commands take, and the names bash completion offers. A
 * value that does not convert is a {@link TypeConversionException} whose message says what the
 * option takes; {@link OneLineErrors} prints it after the option's name.
 */
final class OptionTypes {
  private OptionTypes() {}

  /** Registers the converters of the types several commands take: token layouts, hardware, topologies. */
  static void register(CommandLine commandLine) {
    commandLine.registerConverter(TokenLayout.class, OptionTypes::layout);
    commandLine.registerConverter(Hardware.class, OptionTypes::hardware);
    commandLine.registerConverter(Topology.class, OptionTypes::topology);
    commandLine.registerConverter(Task.class, text -> choice(Task.class, text));
    commandLine.registerConverter(PodRunCommand.Devices.class, text -> choice(PodRunCommand.Devices.class, text));
  }

  static TokenLayout layout(String text) {
    return choice(TokenLayout.class, text);
  }

  static Hardware hardware(String text) {
    try {
      return Hardware.named(text);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  static Topology topology(String text) {
    return Topology.named(text).orElseThrow(() -> new TypeConversionException(
        "'" + text + "' is not known; use one of " + Topology.names()));
  }

  /** The constant of {@code type} whose lower-case name is {@code text}. */
  static <E extends Enum<E>> E choice(Class<E> type, String text) {
    for (E e : type.getEnumConstants()) {
      if (label(e).equals(text)) {
        return e;
      }
    }
    throw new TypeConversionException("expected " + String.join(" or ", labels(type)) + ", got '" + text + "'");
  }

  private static String label(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  private static ImmutableList<String> labels(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(OptionTypes::label).collect(ImmutableList.toImmutableList());
  }

  /** A whole number above zero. */
  static final class Positive implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String text) {
      int v;
      try {
        v = Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw new TypeConversionException("expected a whole number, got '" + text + "'");
      }
      if (v <= 0) {
        throw new TypeConversionException("must be positive, got " + v);
      }
      return v;
    }
  }

  /** The parameter types a model can have: f32 or bf16. */
  static final class ParamType implements ITypeConverter<DType> {
    @Override
    public DType convert(String text) {
      if (!text.equals(DType.F32.xlaName()) && !text.equals(DType.BF16.xlaName())) {
        throw new TypeConversionException("expected f32 or bf16, got '" + text + "'");
      }
      return DType.of(text);
    }
  }

  /** Completion candidates: a fixed list of names, which {@code ${COMPLETION-CANDIDATES}} prints in help. */
  private abstract static class Names implements Iterable<String> {
    private final ImmutableList<String> names;

    Names(Stream<String> names) {
      this.names = names.collect(ImmutableList.toImmutableList());
    }

    @Override
    public Iterator<String> iterator() {
      return names.iterator();
    }
  }

  /** The built-in models. */
  static final class ModelNames extends Names {
    ModelNames() {
      super(Splitter.on(", ").splitToStream(Presets.names()));
    }
  }

  /** The {@code --hardware} names. */
  static final class HardwareNames extends Names {
    HardwareNames() {
      super(Arrays.stream(Hardware.values()).map(Hardware::cliName));
    }
  }

  /** The Cloud TPU topology names. */
  static final class TopologyNames extends Names {
    TopologyNames() {
      super(Topology.BY_NAME.keySet().stream());
    }
  }

  /** contiguous, striped. */
  static final class LayoutNames extends Names {
    LayoutNames() {
      super(labels(TokenLayout.class).stream());
    }
  }

  /** f32, bf16. */
  static final class ParamTypeNames extends Names {
    ParamTypeNames() {
      super(Stream.of(DType.F32.xlaName(), DType.BF16.xlaName()));
    }
  }
}
