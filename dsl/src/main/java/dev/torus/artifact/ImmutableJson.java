package dev.torus.artifact;

import com.fasterxml.jackson.databind.util.StdConverter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;

/**
 * Jackson converters that turn the lists and maps read from {@code manifest.json} into Guava
 * immutable collections, so the manifest records can declare {@code ImmutableList} components
 * without the jackson-datatype-guava module. A JSON {@code null} stays {@code null} for the
 * record's constructor to reject.
 */
final class ImmutableJson {
  private ImmutableJson() {}

  static final class Longs extends StdConverter<List<Long>, ImmutableList<Long>> {
    @Override
    public ImmutableList<Long> convert(List<Long> value) {
      return ImmutableList.copyOf(value);
    }
  }

  static final class TensorSpecs extends StdConverter<List<TensorSpec>, ImmutableList<TensorSpec>> {
    @Override
    public ImmutableList<TensorSpec> convert(List<TensorSpec> value) {
      return ImmutableList.copyOf(value);
    }
  }

  static final class MeshAxes extends StdConverter<List<Mesh.Axis>, ImmutableList<Mesh.Axis>> {
    @Override
    public ImmutableList<Mesh.Axis> convert(List<Mesh.Axis> value) {
      return ImmutableList.copyOf(value);
    }
  }

  static final class EntryPoints extends StdConverter<List<EntryPoint>, ImmutableList<EntryPoint>> {
    @Override
    public ImmutableList<EntryPoint> convert(List<EntryPoint> value) {
      return ImmutableList.copyOf(value);
    }
  }

  static final class IntMap extends StdConverter<Map<String, Integer>, ImmutableMap<String, Integer>> {
    @Override
    public ImmutableMap<String, Integer> convert(Map<String, Integer> value) {
      return ImmutableMap.copyOf(value);
    }
  }
}
