package dev.torus.text;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Python's {@code datetime.strftime} in the C locale, for the directives chat templates use. */
final class PythonStrftime {
  private PythonStrftime() {}

  /** {@code time} formatted by {@code format}; an unknown directive is kept as written, as glibc does. */
  static String format(ZonedDateTime time, String format) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c != '%' || i + 1 == format.length()) {
        out.append(c);
        continue;
      }
      char d = format.charAt(++i);
      out.append(switch (d) {
        case 'd' -> two(time.getDayOfMonth());
        case 'm' -> two(time.getMonthValue());
        case 'Y' -> Integer.toString(time.getYear());
        case 'y' -> two(time.getYear() % 100);
        case 'H' -> two(time.getHour());
        case 'I' -> two(time.getHour() % 12 == 0 ? 12 : time.getHour() % 12);
        case 'M' -> two(time.getMinute());
        case 'S' -> two(time.getSecond());
        case 'p' -> time.getHour() < 12 ? "AM" : "PM";
        case 'B' -> time.getMonth().getDisplayName(TextStyle.FULL, Locale.ROOT);
        case 'b', 'h' -> time.getMonth().getDisplayName(TextStyle.SHORT, Locale.ROOT);
        case 'A' -> time.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ROOT);
        case 'a' -> time.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ROOT);
        case 'j' -> String.format(Locale.ROOT, "%03d", time.getDayOfYear());
        case 'Z' -> time.getZone().getDisplayName(TextStyle.SHORT, Locale.ROOT);
        case 'z' -> time.format(DateTimeFormatter.ofPattern("xx", Locale.ROOT));
        case '%' -> "%";
        default -> "%" + d;
      });
    }
    return out.toString();
  }

  private static String two(int value) {
    return String.format(Locale.ROOT, "%02d", value);
  }
}
