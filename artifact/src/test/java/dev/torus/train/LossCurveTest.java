package dev.torus.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LossCurveTest {
  @TempDir Path tmp;

  private static StepMetrics step(int step, double loss, Double evalLoss) {
    return new StepMetrics(step, loss, 1.0, 1e-3, 0.5, 1000, 2000.0, Double.NaN, evalLoss);
  }

  /** Parses {@code svg} as XML: a file that is not well-formed fails here. */
  private static Document parse(Path svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(svg.toFile());
  }

  private static String[] polylinePoints(Document doc) {
    NodeList lines = doc.getElementsByTagName("polyline");
    assertEquals(1, lines.getLength());
    return ((Element) lines.item(0)).getAttribute("points").split(" ");
  }

  private static String text(Document doc) {
    return doc.getDocumentElement().getTextContent();
  }

  @Test
  void curveHasOnePointPerFiniteLossAndEvalDots() throws Exception {
    List<StepMetrics> history = new ArrayList<>();
    for (int s = 1; s <= 200; s++) {
      double loss = s == 50 ? Double.NaN : s == 51 ? Double.POSITIVE_INFINITY : 8.0 / Math.sqrt(s);
      history.add(step(s, loss, s % 50 == 0 ? 9.0 / Math.sqrt(s) : null));
    }
    Path svg = tmp.resolve("plots/loss.svg");
    LossCurve.write(svg, history, "tiny <llama> & friends");
    Document doc = parse(svg);
    assertEquals("svg", doc.getDocumentElement().getLocalName());
    assertEquals(198, polylinePoints(doc).length);
    assertEquals(4, doc.getElementsByTagName("circle").getLength() - 1, "4 eval dots and the legend's dot");
    String text = text(doc);
    assertTrue(text.contains("tiny <llama> & friends"), text);
    assertTrue(text.contains("train loss 0.5657 (step 200)"), text);
    assertTrue(text.contains("eval loss 0.6364 (step 200)"), text);
    assertTrue(text.contains("2 non-finite"), text);
    assertFalse(Files.readString(svg).contains("NaN"));
    try (var files = Files.list(svg.getParent())) {
      assertEquals(List.of(svg), files.toList(), "no temporary file is left behind");
    }
  }

  @Test
  void pointsStayInsideThePlotAndTicksAreRound() throws Exception {
    List<StepMetrics> history = List.of(step(10, 3.7, null), step(20, 2.9, null), step(137, 2.05, null));
    Path svg = tmp.resolve("loss.svg");
    LossCurve.write(svg, history, "run");
    Document doc = parse(svg);
    for (String point : polylinePoints(doc)) {
      String[] xy = point.split(",");
      double x = Double.parseDouble(xy[0]);
      double y = Double.parseDouble(xy[1]);
      assertTrue(x >= 0 && x <= LossCurve.WIDTH && y >= 0 && y <= LossCurve.HEIGHT, point);
    }
    List<String> texts = new ArrayList<>();
    NodeList elements = doc.getElementsByTagName("text");
    for (int i = 0; i < elements.getLength(); i++) {
      texts.add(elements.item(i).getTextContent());
    }
    assertEquals(
        List.of("run", "0", "50", "100", "150", "2.0", "2.5", "3.0", "3.5", "4.0", "step", "loss",
            "train loss 2.0500 (step 137)"),
        texts);
  }

  @Test
  void onePointGetsAnAxisAroundIt() throws Exception {
    Path svg = tmp.resolve("loss.svg");
    LossCurve.write(svg, List.of(step(0, 4.2, null)), "first step");
    Document doc = parse(svg);
    assertEquals(1, polylinePoints(doc).length);
    assertEquals(1, doc.getElementsByTagName("circle").getLength(), "a lone point gets a marker");
    assertFalse(Files.readString(svg).contains("NaN"));
    assertFalse(Files.readString(svg).contains("Infinity"));
  }

  @Test
  void constantLossGetsAnAxisAroundIt() throws Exception {
    Path svg = tmp.resolve("loss.svg");
    List<StepMetrics> history = List.of(step(1, 2.0, null), step(2, 2.0, null), step(3, 2.0, null));
    LossCurve.write(svg, history, "flat");
    Document doc = parse(svg);
    String[] points = polylinePoints(doc);
    assertEquals(3, points.length);
    String y = points[0].split(",")[1];
    for (String point : points) {
      assertEquals(y, point.split(",")[1]);
    }
    assertFalse(Files.readString(svg).contains("NaN"));
  }

  @Test
  void noFiniteLossStillWritesAPlot() throws Exception {
    Path svg = tmp.resolve("loss.svg");
    LossCurve.write(svg, List.of(step(1, Double.NaN, null)), "diverged");
    Document doc = parse(svg);
    assertEquals(0, doc.getElementsByTagName("polyline").getLength());
    assertTrue(text(doc).contains("1 non-finite"));
  }

  @Test
  void replacesAnEarlierCurve() throws Exception {
    Path svg = tmp.resolve("loss.svg");
    LossCurve.write(svg, List.of(step(1, 3.0, null)), "run");
    LossCurve.write(svg, List.of(step(1, 3.0, null), step(2, 2.5, null)), "run");
    assertEquals(2, polylinePoints(parse(svg)).length);
  }
}
