package dev.torus.compiler.ir;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;

/** A tuple of shapes, as carried by {@code while} loops and multi-output roots. */
public record TupleShape(ImmutableList<Shape> elements) implements Shape {

  public Shape element(int i) {
    return elements.get(i);
  }

  public int size() {
    return elements.size();
  }

  @Override
  public String toHlo() {
    return elements.stream().map(Shape::toHlo).collect(Collectors.joining(", ", "(", ")"));
  }

  @Override
  public ImmutableList<ArrayShape> leaves() {
    return elements.stream().flatMap(e -> e.leaves().stream()).collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return elements.stream().map(Object::toString).collect(Collectors.joining(", ", "(", ")"));
  }
}
