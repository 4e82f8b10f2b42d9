package dev.torus.compiler.report;

import java.io.StringWriter;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An SVG document built as an XML DOM with the JDK's {@code javax.xml} (escaping, namespaces and
 * serialisation are the library's, not string concatenation).
 */
final class Svg {
  static final String NS = "http://www.w3.org/2000/svg";
  private final Document doc;
  private final Element root;

  Svg(double width, double height, String title) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      doc = f.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    root = doc.createElementNS(NS, "svg");
    root.setAttribute("width", num(width));
    root.setAttribute("height", num(height));
    root.setAttribute("viewBox", "0 0 " + num(width) + " " + num(height));
    root.setAttribute("font-family", "sans-serif");
    root.setAttribute("font-size", "11");
    doc.appendChild(root);
    Element t = doc.createElementNS(NS, "title");
    t.setTextContent(title);
    root.appendChild(t);
  }

  Element root() {
    return root;
  }

  /** A new element under {@code parent} with attributes given as name, value pairs. */
  Element add(Element parent, String name, Object... attrs) {
    Element e = doc.createElementNS(NS, name);
    for (int i = 0; i < attrs.length; i += 2) {
      Object v = attrs[i + 1];
      e.setAttribute((String) attrs[i], v instanceof Double d ? num(d) : String.valueOf(v));
    }
    parent.appendChild(e);
    return e;
  }

  Element text(Element parent, double x, double y, String content, Object... attrs) {
    Element t = add(parent, "text", attrs);
    t.setAttribute("x", num(x));
    t.setAttribute("y", num(y));
    t.setTextContent(content);
    return t;
  }

  static String num(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  String serialize() {
    try {
      var t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.INDENT, "yes");
      StringWriter out = new StringWriter();
      t.transform(new DOMSource(doc), new StreamResult(out));
      return out.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException(e);
    }
  }
}
