package dev.torus.compiler.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.torus.compiler.analysis.TpuSchedule.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads single lines of HLO text as XLA prints compiled modules ({@code %}-prefixed names, layouts,
 * tuple shapes, metadata): the instruction, its operands, callees, {@code op_name}, and shape sizes.
 * Brackets inside quoted strings are skipped.
 */
final class HloTextScanner {
  private static final Pattern ASSIGN = Pattern.compile("^\\s*(ROOT\\s+)?%?([\\w.\\-]+)\\s*=\\s*");
  private static final Pattern OPCODE = Pattern.compile("^([\\w\\-]+)\\(");
  private static final Pattern CALLS =
      Pattern.compile(
          "\\b(?:calls|body|condition|to_apply|branch_computations|called_computations)="
              + "(\\{[^}]*}|%?[\\w.\\-]+)");
  private static final Pattern OP_NAME = Pattern.compile("\\bop_name=\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern ARRAY = Pattern.compile("([a-z]+[0-9a-z]*)\\[([\\d,]*)]");

  private HloTextScanner() {}

  static Instruction parseInstruction(String line) {
    Matcher a = ASSIGN.matcher(line);
    checkArgument(a.find(), "cannot read instruction: %s", line);
    int at = a.end();
    int shapeEnd = line.charAt(at) == '(' ? closing(line, at) + 1 : endOfToken(line, at);
    String shape = line.substring(at, shapeEnd);
    String rest = line.substring(shapeEnd).stripLeading();
    Matcher o = OPCODE.matcher(rest);
    checkArgument(o.find(), "cannot read the opcode of %s: %s", a.group(2), line);
    int open = o.end() - 1;
    int close = closing(rest, open);
    ImmutableList.Builder<String> operands = ImmutableList.builder();
    for (String operand : splitTopLevel(rest.substring(open + 1, close))) {
      String[] tokens = operand.strip().split("\\s+");
      String last = tokens[tokens.length - 1];
      if (!last.isEmpty()) {
        operands.add(bare(last));
      }
    }
    String attributes = rest.substring(close + 1);
    ImmutableList.Builder<String> calls = ImmutableList.builder();
    Matcher c = CALLS.matcher(attributes);
    while (c.find()) {
      for (String callee : c.group(1).replaceAll("[{}]", "").split(",")) {
        if (!callee.isBlank()) {
          calls.add(bare(callee.strip()));
        }
      }
    }
    return new Instruction(a.group(2), o.group(1), shape, operands.build(), calls.build(),
        opName(attributes), attributes, a.group(1) != null);
  }

  static String opName(String attributes) {
    int at = attributes.indexOf("metadata={");
    if (at < 0) {
      return "";
    }
    int open = at + "metadata=".length();
    Matcher m = OP_NAME.matcher(attributes.substring(open, closing(attributes, open) + 1));
    return m.find() ? m.group(1) : "";
  }

  static String bare(String name) {
    return name.startsWith("%") ? name.substring(1) : name;
  }

  /** The index of the bracket closing the one at {@code open}, skipping quoted strings. */
  static int closing(String s, int open) {
    int depth = 0;
    boolean quoted = false;
    for (int i = open; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (quoted) {
        if (ch == '\\') {
          i++;
        } else if (ch == '"') {
          quoted = false;
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == '(' || ch == '{' || ch == '[') {
        depth++;
      } else if ((ch == ')' || ch == '}' || ch == ']') && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unbalanced brackets from column " + open + ": " + s);
  }

  static int endOfToken(String s, int from) {
    int i = from;
    while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  static List<String> splitTopLevel(String s) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '(' || ch == '{' || ch == '[') {
        depth++;
      } else if (ch == ')' || ch == '}' || ch == ']') {
        depth--;
      } else if (ch == ',' && depth == 0) {
        parts.add(s.substring(from, i));
        from = i + 1;
      }
    }
    if (from < s.length()) {
      parts.add(s.substring(from));
    }
    return parts;
  }

  /** The first element of a tuple shape (a start's send buffer); an array shape as it is. */
  static String firstElement(String shape) {
    return shape.startsWith("(")
        ? splitTopLevel(shape.substring(1, closing(shape, 0))).get(0).strip()
        : shape;
  }

  /** Bytes of an array or tuple shape text such as {@code f32[1,2,16,16]{3,2,1,0:T(8,128)}}. */
  static long bytes(String shape) {
    long total = 0;
    Matcher m = ARRAY.matcher(shape.replaceAll("\\{[^}]*}", ""));
    while (m.find()) {
      long n = elementBytes(m.group(1));
      for (String d : m.group(2).split(",")) {
        n *= d.isEmpty() ? 1 : Long.parseLong(d);
      }
      total += n;
    }
    return total;
  }

  static long elementBytes(String type) {
    return switch (type) {
      case "pred", "s8", "u8" -> 1;
      case "s16", "u16", "f16", "bf16" -> 2;
      case "s32", "u32", "f32" -> 4;
      case "s64", "u64", "f64", "c64" -> 8;
      case "c128" -> 16;
      default -> type.startsWith("f8") || type.startsWith("s4") || type.startsWith("u4") ? 1 : 0;
    };
  }

}
