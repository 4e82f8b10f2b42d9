package dev.torus.fuzz;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * A {@code .npy} file built from header fields that may be wrong: any format version, element
 * type, order flag and shape (negative, huge, not numbers), a header length that may lie, and a
 * data area of any size.
 *
 * @param major format version (1, 2 and 3 exist)
 * @param descr the element type text
 * @param fortranOrder the order flag text ({@code True}, {@code False} or anything)
 * @param shape the shape tuple's text, parentheses included
 * @param lengthError added to the true header length when written
 * @param dataBytes bytes after the header
 */
public record NpyHeaderEdit(int major, String descr, String fortranOrder, String shape, int lengthError,
    int dataBytes) {

  /** The file's bytes; the data area counts up from 1 (so integer ids are small and valid). */
  public byte[] bytes() {
    String dict = "{'descr': '" + descr + "', 'fortran_order': " + fortranOrder + ", 'shape': " + shape + ", }";
    byte[] text = (dict + "\n").getBytes(major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    int prefix = major == 1 ? 10 : 12;
    ByteBuffer out = ByteBuffer.allocate(prefix + text.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    out.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
    if (major == 1) {
      out.putShort((short) (text.length + lengthError));
    } else {
      out.putInt(text.length + lengthError);
    }
    out.put(text);
    for (int k = 0; k < dataBytes; k++) {
      out.put((byte) (k % 4 == 0 ? k / 4 % 100 : 0));
    }
    return out.array();
  }

  /** The fields and parts of a {@code .npy} file a refusal may name. */
  public static final ReaderOutcome.Fields FIELDS =
      ReaderOutcome.Fields.of("magic", "version", "header length", "header", "descr", "fortran_order", "shape", "data");

  /**
   * A file whose header is valid but for one field (or whose data area is short), and that field's
   * name as the refusal must give it.
   *
   * @param field {@code version}, {@code descr}, {@code fortran_order}, {@code shape} or {@code data}
   * @param header the file
   */
  public record Fault(String field, NpyHeaderEdit header) {}

  /**
   * Files of two by three {@code descr} elements, {@code descr} valid, with exactly one of version,
   * element type (one of {@code badDescrs}), order flag, shape or data length wrong.
   */
  public static Arbitrary<Fault> oneFieldWrong(String descr, int elementBytes, List<String> badDescrs) {
    int dataBytes = 6 * elementBytes;
    return Arbitraries.oneOf(
        Arbitraries.of(0, 4, 9, -1).map(v -> new Fault("version",
            new NpyHeaderEdit(v, descr, "False", "(2, 3)", 0, dataBytes))),
        Arbitraries.of(badDescrs).map(d -> new Fault("descr",
            new NpyHeaderEdit(1, d, "False", "(2, 3)", 0, dataBytes))),
        Arbitraries.of("True", "false", "1", "'no'").map(f -> new Fault("fortran_order",
            new NpyHeaderEdit(1, descr, f, "(2, 3)", 0, dataBytes))),
        Arbitraries.of("(a,)", "(-1,)", "(2, -3)", "(99999999999999999999,)", "(", "[2]", "(2, 3", "(1.5,)",
            "(" + Long.MAX_VALUE + ", " + Long.MAX_VALUE + ")").map(shape -> new Fault("shape",
            new NpyHeaderEdit(1, descr, "False", shape, 0, dataBytes))),
        Arbitraries.integers().between(0, dataBytes - 1).map(n -> new Fault("data",
            new NpyHeaderEdit(1, descr, "False", "(2, 3)", 0, n))));
  }

  /** Headers around the valid ones for {@code descrs}: mostly right, each field sometimes wrong. */
  public static Arbitrary<NpyHeaderEdit> around(List<String> descrs) {
    Arbitrary<Long> dim = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.longs().between(0, 6)),
        Tuple.of(1, Arbitraries.of(-1L, -2L, 1L << 31, 1L << 40, Long.MAX_VALUE, Long.MIN_VALUE)));
    Arbitrary<String> tuple = dim.list().ofMaxSize(4).map(dims -> switch (dims.size()) {
      case 0 -> "()";
      case 1 -> "(" + dims.get(0) + ",)";
      default -> dims.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    });
    Arbitrary<String> shape = Arbitraries.frequencyOf(
        Tuple.of(8, tuple),
        Tuple.of(1, Arbitraries.of("(2L, 3L)", "(a,)", "(1,,2)", "(99999999999999999999,)", "(", "[2]",
            "(2, 3", "(-0,)", "( 3 ,)", "(+4,)")));
    Arbitrary<String> descr = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of(descrs)),
        Tuple.of(2, Arbitraries.of("<f8", ">f4", ">i4", "<i8", "<i2", "|i1", "|V2", "<V2", "=f4", "=i4",
            "<u2", "<u4", "|b1", "<c8", "O", "", "'", "<f4'")));
    return Combinators.combine(
        Arbitraries.frequency(Tuple.of(6, 1), Tuple.of(2, 2),
            Tuple.of(2, 3), Tuple.of(1, 0), Tuple.of(1, 4)),
        descr,
        Arbitraries.frequency(Tuple.of(8, "False"), Tuple.of(1, "True"),
            Tuple.of(1, "false")),
        shape,
        Arbitraries.frequency(Tuple.of(8, 0), Tuple.of(1, -1), Tuple.of(1, 7),
            Tuple.of(1, 1 << 20)),
        Arbitraries.integers().between(0, 256)).as(NpyHeaderEdit::new);
  }
}
