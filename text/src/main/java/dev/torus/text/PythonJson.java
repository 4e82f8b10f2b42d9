package dev.torus.text;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Python's {@code json.dumps} with {@code ensure_ascii=False} and its default separators. */
final class PythonJson {
  private PythonJson() {}

  /** {@code value} as JSON; {@code indent} null for one line, else a number of spaces or a string per level. */
  static String dumps(Object value, Object indent, boolean sortKeys) {
    String unit = indent == null ? null
        : indent instanceof Number n ? " ".repeat(n.intValue()) : indent.toString();
    StringBuilder out = new StringBuilder();
    write(out, value, unit, 0, sortKeys);
    return out.toString();
  }

  private static void write(StringBuilder out, Object value, String unit, int depth, boolean sortKeys) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Boolean b) {
      out.append(b ? "true" : "false");
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      out.append(Double.isNaN(d) ? "NaN" : Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity")
          : Double.toString(d));
    } else if (value instanceof Number n) {
      out.append(n);
    } else if (value instanceof Map<?, ?> map) {
      Map<?, ?> entries = sortKeys ? new TreeMap<>(map) : map;
      if (entries.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : entries.entrySet()) {
        separate(out, unit, depth + 1, first);
        first = false;
        string(out, String.valueOf(e.getKey()));
        out.append(": ");
        write(out, e.getValue(), unit, depth + 1, sortKeys);
      }
      close(out, unit, depth, '}');
    } else if (value instanceof Collection<?> || value instanceof Object[]) {
      Collection<?> items = value instanceof Object[] array ? List.of(array) : (Collection<?>) value;
      if (items.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append('[');
      boolean first = true;
      for (Object item : items) {
        separate(out, unit, depth + 1, first);
        first = false;
        write(out, item, unit, depth + 1, sortKeys);
      }
      close(out, unit, depth, ']');
    } else {
      string(out, value.toString());
    }
  }

  private static void separate(StringBuilder out, String unit, int depth, boolean first) {
    if (unit == null) {
      out.append(first ? "" : ", ");
    } else {
      out.append(first ? "\n" : ",\n").append(unit.repeat(depth));
    }
  }

  private static void close(StringBuilder out, String unit, int depth, char bracket) {
    if (unit != null) {
      out.append('\n').append(unit.repeat(depth));
    }
    out.append(bracket);
  }

  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
