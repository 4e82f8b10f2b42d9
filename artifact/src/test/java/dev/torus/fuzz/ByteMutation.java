package dev.torus.fuzz;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * One edit of a seed file's bytes. Positions count modulo the file's length (plus one where the end
 * is a place), so every generated position lands in the file whatever its size.
 */
public sealed interface ByteMutation {
  /** The edited copy of {@code in} ({@code in} itself is not changed). */
  byte[] apply(byte[] in);

  /** Keeps the first {@code length} bytes: a truncated file. */
  record Truncate(int length) implements ByteMutation {
    @Override
    public byte[] apply(byte[] in) {
      return Arrays.copyOf(in, Math.floorMod(length, in.length + 1));
    }
  }

  /** Sets one byte. */
  record SetByte(int position, byte value) implements ByteMutation {
    @Override
    public byte[] apply(byte[] in) {
      byte[] out = in.clone();
      if (out.length > 0) {
        out[Math.floorMod(position, out.length)] = value;
      }
      return out;
    }
  }

  /** Writes {@code width} bytes (1, 2, 4 or 8) of {@code value} little-endian: a size, an offset, a length field. */
  record PutNumber(int position, int width, long value) implements ByteMutation {
    @Override
    public byte[] apply(byte[] in) {
      byte[] out = in.clone();
      if (out.length == 0) {
        return out;
      }
      byte[] number = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(value).array();
      int at = Math.floorMod(position, out.length);
      for (int k = 0; k < width && at + k < out.length; k++) {
        out[at + k] = number[k];
      }
      return out;
    }
  }

  /** Inserts bytes before {@code position}. */
  record Insert(int position, byte[] bytes) implements ByteMutation {
    @Override
    public byte[] apply(byte[] in) {
      int at = Math.floorMod(position, in.length + 1);
      byte[] out = new byte[in.length + bytes.length];
      System.arraycopy(in, 0, out, 0, at);
      System.arraycopy(bytes, 0, out, at, bytes.length);
      System.arraycopy(in, at, out, at + bytes.length, in.length - at);
      return out;
    }

    @Override
    public String toString() {
      return "Insert[position=" + position + ", bytes=" + HexFormat.of().formatHex(bytes) + "]";
    }
  }

  /** Removes up to {@code count} bytes from {@code position}. */
  record Delete(int position, int count) implements ByteMutation {
    @Override
    public byte[] apply(byte[] in) {
      if (in.length == 0) {
        return in.clone();
      }
      int at = Math.floorMod(position, in.length);
      int n = Math.min(Math.floorMod(count, 64) + 1, in.length - at);
      byte[] out = new byte[in.length - n];
      System.arraycopy(in, 0, out, 0, at);
      System.arraycopy(in, at + n, out, at, in.length - at - n);
      return out;
    }
  }

  /** Applies {@code mutations} in order to {@code seed}. */
  static byte[] applyAll(List<ByteMutation> mutations, byte[] seed) {
    byte[] out = seed;
    for (ByteMutation m : mutations) {
      out = m.apply(out);
    }
    return out;
  }

  /** One to four edits, weighted towards the start of a file, where headers and length fields are. */
  static Arbitrary<List<ByteMutation>> sequences() {
    return any().list().ofMinSize(1).ofMaxSize(4);
  }

  /** One edit of any kind. */
  static Arbitrary<ByteMutation> any() {
    Arbitrary<Integer> position = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(0, 15)),
        Tuple.of(7, Arbitraries.integers().between(0, 1 << 16)));
    Arbitrary<Long> number = Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(-8, 4096),
        Arbitraries.of(1L << 31, 1L << 32, (1L << 31) - 1, 100L << 20, Long.MAX_VALUE, Long.MIN_VALUE));
    Arbitrary<byte[]> inserted = Arbitraries.oneOf(
        Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(16),
        Arbitraries.of("{", "}", "[", "]", "\"", "'", ",", ":", "(", ")", "\\", "\n", "\0", "\u00ff", "\uD83D\uDE00",
                "null", "-1", "1e999", "99999999999999999999", "[".repeat(5000), "{\"a\":".repeat(3000))
            .map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.of(new byte[] {(byte) 0xff, (byte) 0xfe}, new byte[] {(byte) 0xc3}, new byte[] {(byte) 0x80}));
    return Arbitraries.oneOf(
        Arbitraries.integers().greaterOrEqual(0).map(Truncate::new),
        Combinators.combine(position, Arbitraries.bytes()).as(SetByte::new),
        Combinators.combine(position, Arbitraries.of(1, 2, 4, 8), number).as(PutNumber::new),
        Combinators.combine(position, inserted).as(Insert::new),
        Combinators.combine(position, Arbitraries.integers().between(0, 63)).as(Delete::new));
  }
}
