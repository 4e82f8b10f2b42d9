package dev.torus.artifact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Element types Torus programs and artifacts use, named as XLA names them ({@code f32}, {@code bf16}...).
 * The same names appear in HLO text, in {@code manifest.json} and on the command line.
 */
public enum DType {
  F32("f32", 4, true),
  BF16("bf16", 2, true),
  F16("f16", 2, true),
  S32("s32", 4, false),
  U32("u32", 4, false),
  /** Bytes; only a GPU custom call's scratch result ({@code u8[0]}) uses it. */
  U8("u8", 1, false),
  PRED("pred", 1, false);

  private final String xlaName;
  private final int byteSize;
  private final boolean floating;

  DType(String xlaName, int byteSize, boolean floating) {
    this.xlaName = xlaName;
    this.byteSize = byteSize;
    this.floating = floating;
  }

  /** The XLA primitive type name, e.g. {@code bf16}. */
  @JsonValue
  public String xlaName() {
    return xlaName;
  }

  /** Bytes per element in memory and in files (pred: one byte). */
  public int byteSize() {
    return byteSize;
  }

  public boolean isFloating() {
    return floating;
  }

  /** Parses an XLA type name; the error lists the known names. */
  @JsonCreator
  public static DType of(String xlaName) {
    for (DType t : values()) {
      if (t.xlaName.equals(xlaName)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown element type '" + xlaName + "', expected one of "
            + Arrays.stream(values()).map(DType::xlaName).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return xlaName;
  }
}
