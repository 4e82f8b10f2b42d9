package dev.torus.train;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A training run's loss curve as a self-contained SVG (no fonts, scripts or images from
 * elsewhere): training loss as a line, evaluation losses as dots, step on x and loss on y (linear
 * scales), the title on top and a legend with the last values.
 */
public final class LossCurve {
  static final int WIDTH = 800;
  static final int HEIGHT = 480;
  private static final int LEFT = 72;
  private static final int RIGHT = 24;
  private static final int TOP = 44;
  private static final int BOTTOM = 52;
  private static final int TARGET_TICKS = 6;
  private static final String TRAIN_COLOR = "#1f77b4";
  private static final String EVAL_COLOR = "#d62728";
  private static final Escaper XML = XmlEscapers.xmlContentEscaper();

  private LossCurve() {}

  /**
   * Writes the curve of {@code history} to {@code svg}, replacing the file atomically (a viewer
   * never sees half a file). Non-finite losses are left out and counted in the legend; a history
   * with one point or with all losses equal still gets a readable axis (and a lone training point
   * a marker, since a line needs two).
   */
  public static void write(Path svg, List<StepMetrics> history, String title) throws IOException {
    checkNotNull(svg, "svg");
    String text = render(history, title);
    Path dir = svg.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, svg.getFileName().toString(), ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(temp, svg, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, svg, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The SVG text of the curve {@link #write} writes. */
  static String render(List<StepMetrics> history, String title) {
    checkNotNull(history, "history");
    checkNotNull(title, "title");
    List<double[]> train = new ArrayList<>();
    List<double[]> eval = new ArrayList<>();
    int nonFinite = 0;
    for (StepMetrics m : history) {
      if (Double.isFinite(m.loss())) {
        train.add(new double[] {m.step(), m.loss()});
      } else {
        nonFinite++;
      }
      if (m.evalLoss() != null) {
        if (Double.isFinite(m.evalLoss())) {
          eval.add(new double[] {m.step(), m.evalLoss()});
        } else {
          nonFinite++;
        }
      }
    }
    List<double[]> all = new ArrayList<>(train);
    all.addAll(eval);
    Axis x = Axis.fit(all.stream().mapToDouble(p -> p[0]).toArray(), LEFT, WIDTH - RIGHT, true);
    Axis y = Axis.fit(all.stream().mapToDouble(p -> p[1]).toArray(), HEIGHT - BOTTOM, TOP, false);

    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
            + " font-family=\"sans-serif\" font-size=\"12\">\n", WIDTH, HEIGHT, WIDTH, HEIGHT));
    out.append(String.format(Locale.ROOT,
        "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"white\"/>\n", WIDTH, HEIGHT));
    out.append(String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"26\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\">%s</text>\n",
        WIDTH / 2, XML.escape(title)));
    axes(out, x, y);
    if (!train.isEmpty()) {
      out.append("<polyline fill=\"none\" stroke=\"" + TRAIN_COLOR + "\" stroke-width=\"1.5\" points=\"");
      for (int i = 0; i < train.size(); i++) {
        out.append(i == 0 ? "" : " ").append(point(x, y, train.get(i)));
      }
      out.append("\"/>\n");
    }
    if (train.size() == 1) {
      double[] p = train.get(0);
      out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>\n",
          x.pixel(p[0]), y.pixel(p[1]), TRAIN_COLOR));
    }
    for (double[] p : eval) {
      out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>\n",
          x.pixel(p[0]), y.pixel(p[1]), EVAL_COLOR));
    }
    legend(out, train, eval, nonFinite);
    out.append("</svg>\n");
    return out.toString();
  }

  private static String point(Axis x, Axis y, double[] p) {
    return String.format(Locale.ROOT, "%.1f,%.1f", x.pixel(p[0]), y.pixel(p[1]));
  }

  private static void axes(StringBuilder out, Axis x, Axis y) {
    int bottom = HEIGHT - BOTTOM;
    int right = WIDTH - RIGHT;
    out.append(String.format(Locale.ROOT,
        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#444\"/>\n",
        LEFT, TOP, right - LEFT, bottom - TOP));
    for (double tick : x.ticks()) {
      double px = x.pixel(tick);
      out.append(String.format(Locale.ROOT,
          "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>\n", px, TOP, px, bottom));
      out.append(String.format(Locale.ROOT,
          "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#444\"/>\n", px, bottom, px, bottom + 5));
      out.append(String.format(Locale.ROOT,
          "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n", px, bottom + 18, x.label(tick)));
    }
    for (double tick : y.ticks()) {
      double py = y.pixel(tick);
      out.append(String.format(Locale.ROOT,
          "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>\n", LEFT, py, right, py));
      out.append(String.format(Locale.ROOT,
          "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#444\"/>\n", LEFT - 5, py, LEFT, py));
      out.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n", LEFT - 8, py + 4, y.label(tick)));
    }
    out.append(String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">step</text>\n", (LEFT + right) / 2, HEIGHT - 12));
    out.append(String.format(Locale.ROOT,
        "<text x=\"18\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 18 %d)\">loss</text>\n",
        (TOP + bottom) / 2, (TOP + bottom) / 2));
  }

  /** The legend box in the plot's top right corner: one row per series and a non-finite note. */
  private static void legend(StringBuilder out, List<double[]> train, List<double[]> eval, int nonFinite) {
    List<String> rows = new ArrayList<>();
    List<String> marks = new ArrayList<>();
    rows.add("train loss" + last(train));
    marks.add(String.format(Locale.ROOT,
        "<line x1=\"0\" y1=\"0\" x2=\"18\" y2=\"0\" stroke=\"%s\" stroke-width=\"2\"/>", TRAIN_COLOR));
    if (!eval.isEmpty()) {
      rows.add("eval loss" + last(eval));
      marks.add(String.format(Locale.ROOT, "<circle cx=\"9\" cy=\"0\" r=\"3.5\" fill=\"%s\"/>", EVAL_COLOR));
    }
    if (nonFinite > 0) {
      rows.add(nonFinite + " non-finite");
      marks.add("");
    }
    int rowHeight = 18;
    int width = 230;
    int left = WIDTH - RIGHT - width - 8;
    int top = TOP + 8;
    out.append(String.format(Locale.ROOT,
        "<g transform=\"translate(%d %d)\">\n<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"white\""
            + " fill-opacity=\"0.85\" stroke=\"#999\"/>\n", left, top, width, rows.size() * rowHeight + 8));
    for (int i = 0; i < rows.size(); i++) {
      int rowY = 4 + rowHeight * i + rowHeight / 2;
      out.append(String.format(Locale.ROOT, "<g transform=\"translate(8 %d)\">%s</g>", rowY, marks.get(i)));
      out.append(String.format(Locale.ROOT, "<text x=\"34\" y=\"%d\">%s</text>\n", rowY + 4, XML.escape(rows.get(i))));
    }
    out.append("</g>\n");
  }

  /** " 3.4121 (step 200)" for the last point of a series, "" when it has none. */
  private static String last(List<double[]> series) {
    if (series.isEmpty()) {
      return "";
    }
    double[] p = series.get(series.size() - 1);
    return String.format(Locale.ROOT, " %.4f (step %d)", p[1], (long) p[0]);
  }

  /**
   * A linear axis from data values to pixels, its range widened to whole ticks of a nice spacing
   * (1, 2 or 5 times a power of ten).
   */
  private record Axis(double min, double max, double spacing, double fromPixel, double toPixel, int decimals) {
    /**
     * Fits {@code values} (all finite); no values gives 0..1, equal values a range around them.
     * {@code integral} axes (steps, never negative) never get ticks closer than 1.
     */
    static Axis fit(double[] values, double fromPixel, double toPixel, boolean integral) {
      double lo = 0;
      double hi = 1;
      if (values.length > 0) {
        lo = Double.POSITIVE_INFINITY;
        hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
      if (hi == lo) {
        double pad = integral || lo == 0 ? 1 : Math.abs(lo) * 0.1;
        lo = integral ? Math.max(0, lo - pad) : lo - pad;
        hi += pad;
      }
      double spacing = niceSpacing((hi - lo) / (TARGET_TICKS - 1));
      if (integral) {
        spacing = Math.max(1, spacing);
      }
      double min = Math.floor(lo / spacing) * spacing;
      double max = Math.ceil(hi / spacing) * spacing;
      int decimals = integral ? 0 : Math.max(0, (int) -Math.floor(Math.log10(spacing) + 1e-9));
      return new Axis(min, max, spacing, fromPixel, toPixel, decimals);
    }

    /** 1, 2 or 5 times a power of ten, the nearest at or above {@code raw}. */
    static double niceSpacing(double raw) {
      double power = Math.pow(10, Math.floor(Math.log10(raw)));
      double fraction = raw / power;
      double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
      return nice * power;
    }

    List<Double> ticks() {
      List<Double> ticks = new ArrayList<>();
      long first = Math.round(min / spacing);
      long last = Math.round(max / spacing);
      for (long i = first; i <= last; i++) {
        ticks.add(i * spacing);
      }
      return ticks;
    }

    double pixel(double value) {
      return fromPixel + (value - min) / (max - min) * (toPixel - fromPixel);
    }

    String label(double tick) {
      return String.format(Locale.ROOT, "%." + decimals + "f", tick);
    }
  }
}
