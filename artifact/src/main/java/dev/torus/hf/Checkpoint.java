package dev.torus.hf;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import dev.torus.artifact.DType;
import dev.torus.artifact.HostTensor;
import dev.torus.artifact.InputFiles;
import dev.torus.artifact.RefusedFileException;
import dev.torus.artifact.TensorSource;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Hugging Face model directory as {@code save_pretrained} writes it: {@value #CONFIG} and either
 * one {@value #SINGLE_FILE} or shards listed by {@value #INDEX} (its {@code weight_map} maps each
 * tensor name to a shard file name).
 *
 * <p>{@link #open} reads the config, opens every safetensors file (checking each header) and checks
 * the index: shard names are plain file names inside the directory (no {@code /}, no {@code ..}; a
 * shard may be a symbolic link, as in the Hugging Face cache), every shard exists, every mapped
 * tensor is in its shard, and every shard tensor is in the map. The config and the index are read
 * through {@link InputFiles}: regular files (or the Hugging Face cache's own links) under a size
 * cap, never quoted in errors. A directory holding both {@value
 * #SINGLE_FILE} and {@value #INDEX} is refused as ambiguous. Failures are {@link
 * InvalidCheckpointException}s naming the directory or file.
 */
public final class Checkpoint implements AutoCloseable {
  public static final String CONFIG = "config.json";
  public static final String SINGLE_FILE = "model.safetensors";
  public static final String INDEX = "model.safetensors.index.json";

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  private final Path dir;
  private final HfConfig config;
  private final ImmutableMap<String, Safetensors> fileOf;
  private final ImmutableList<Safetensors> files;

  private Checkpoint(Path dir, HfConfig config, ImmutableMap<String, Safetensors> fileOf,
      ImmutableList<Safetensors> files) {
    this.dir = dir;
    this.config = config;
    this.fileOf = fileOf;
    this.files = files;
  }

  /** Opens the model directory {@code dir}; the caller closes it. */
  public static Checkpoint open(Path dir) {
    checkNotNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw new InvalidCheckpointException("checkpoint " + dir + " is not a directory"
          + (Files.exists(dir) ? "" : " (it does not exist)"));
    }
    if (!Files.isRegularFile(dir.resolve(CONFIG))) {
      throw new InvalidCheckpointException("checkpoint " + dir + " has no " + CONFIG);
    }
    HfConfig config = HfConfig.read(dir.resolve(CONFIG));
    boolean single = Files.isRegularFile(dir.resolve(SINGLE_FILE));
    boolean sharded = Files.isRegularFile(dir.resolve(INDEX));
    if (single && sharded) {
      throw new InvalidCheckpointException("checkpoint " + dir + " has both " + SINGLE_FILE + " and " + INDEX
          + "; remove the one that is stale");
    }
    if (!single && !sharded) {
      boolean pickle = Files.exists(dir.resolve("pytorch_model.bin"))
          || Files.exists(dir.resolve("pytorch_model.bin.index.json"));
      throw new InvalidCheckpointException("checkpoint " + dir + " has neither " + SINGLE_FILE + " nor " + INDEX
          + (pickle ? "; it has pytorch_model.bin, which Torus does not read: re-save it with save_pretrained "
              + "(safetensors is the default)" : ""));
    }
    List<Safetensors> opened = new ArrayList<>();
    try {
      ImmutableMap<String, Safetensors> fileOf;
      if (single) {
        Safetensors file = Safetensors.open(dir.resolve(SINGLE_FILE));
        opened.add(file);
        ImmutableMap.Builder<String, Safetensors> map = ImmutableMap.builder();
        file.names().forEach(name -> map.put(name, file));
        fileOf = map.buildOrThrow();
      } else {
        fileOf = openShards(dir, readWeightMap(dir), opened);
      }
      return new Checkpoint(dir, config, fileOf, ImmutableList.copyOf(opened));
    } catch (RuntimeException e) {
      opened.forEach(f -> closeQuietly(f, e));
      throw e;
    }
  }

  /** The index's {@code weight_map}: tensor name to shard file name, checked to be plain names. */
  private static ImmutableMap<String, String> readWeightMap(Path dir) {
    Path index = dir.resolve(INDEX);
    JsonNode root;
    try {
      root = InputFiles.readJson(index, InputFiles.Kind.INDEX, JSON);
    } catch (RefusedFileException e) {
      throw new InvalidCheckpointException(e.getMessage(), e);
    }
    if (root == null || !root.isObject() || !root.path("weight_map").isObject()) {
      throw new InvalidCheckpointException(index + ": weight_map: expected a JSON object with a \"weight_map\" object");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!key.equals("weight_map") && !key.equals("metadata")) {
        throw new InvalidCheckpointException(index + ": unknown field '" + key + "', expected weight_map, metadata");
      }
    }
    ImmutableMap.Builder<String, String> map = ImmutableMap.builder();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.get("weight_map").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode file = e.getValue();
      if (!file.isTextual() || !isPlainFileName(file.textValue())) {
        throw new InvalidCheckpointException(index + ": weight_map: tensor '" + e.getKey() + "' is mapped to "
            + (file.isTextual() ? "'" + abbreviated(file.textValue()) + "'" : "a JSON " + file.getNodeType())
            + ", which is not a plain file name inside " + dir);
      }
      map.put(e.getKey(), file.textValue());
    }
    return map.buildOrThrow();
  }

  /** {@code text} cut to 60 characters for a message. */
  private static String abbreviated(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "... (" + text.length() + " characters)";
  }

  private static boolean isPlainFileName(String name) {
    return !name.isEmpty() && !name.equals(".") && !name.equals("..") && name.indexOf('/') < 0
        && name.indexOf('\\') < 0 && name.indexOf('\0') < 0 && !name.contains(":");
  }

  private static ImmutableMap<String, Safetensors> openShards(
      Path dir, ImmutableMap<String, String> weightMap, List<Safetensors> opened) {
    Path index = dir.resolve(INDEX);
    Map<String, Safetensors> shards = new LinkedHashMap<>();
    for (String name : ImmutableSortedSet.copyOf(weightMap.values())) {
      Path path = dir.resolve(name);
      if (!Files.isRegularFile(path)) {
        throw new InvalidCheckpointException(index + ": weight_map names shard " + name + ", which is not a file in "
            + dir);
      }
      Safetensors shard = Safetensors.open(path);
      opened.add(shard);
      shards.put(name, shard);
    }
    ImmutableMap.Builder<String, Safetensors> fileOf = ImmutableMap.builder();
    for (Map.Entry<String, String> e : weightMap.entrySet()) {
      Safetensors shard = shards.get(e.getValue());
      if (!shard.contains(e.getKey())) {
        throw new InvalidCheckpointException(index + ": weight_map maps tensor '" + e.getKey() + "' to "
            + e.getValue() + ", but that file does not contain it");
      }
      fileOf.put(e.getKey(), shard);
    }
    for (Map.Entry<String, Safetensors> shard : shards.entrySet()) {
      for (String tensor : shard.getValue().names()) {
        if (!shard.getKey().equals(weightMap.get(tensor))) {
          throw new InvalidCheckpointException(shard.getValue().file() + " holds tensor '" + tensor + "', which "
              + INDEX + "'s weight_map maps to " + (weightMap.containsKey(tensor) ? weightMap.get(tensor) : "no file"));
        }
      }
    }
    return fileOf.buildOrThrow();
  }

  public Path dir() {
    return dir;
  }

  /** The checked {@value #CONFIG}. */
  public HfConfig config() {
    return config;
  }

  /** Every tensor name of the checkpoint: the file's names, or the index's weight map. */
  public ImmutableSet<String> tensorNames() {
    return fileOf.keySet();
  }

  /** Type and shape of {@code name} as stored; fails naming the directory when it is missing. */
  public TensorInfo info(String name) {
    return file(name, null).info(name);
  }

  /**
   * The tensor {@code name} converted to {@code dtype}, whole in host memory: {@link #source} read
   * into one array (at most {@link Integer#MAX_VALUE} bytes).
   */
  public HostTensor read(String name, DType dtype, List<Long> expectedShape) {
    return source(name, dtype, expectedShape).toHost();
  }

  /**
   * The tensor {@code name} converted to {@code dtype} (f32, bf16 or f16; narrowing rounds to
   * nearest, ties to even), read from its file window by window, so it may have any size. Fails at
   * once naming the tensor and the expected type when the checkpoint lacks it, and naming both shapes
   * when the stored shape is not {@code expectedShape}; fails while being read, naming the tensor,
   * the count and the first flat index, when it holds NaN or infinite values (as {@code dtype}).
   */
  public TensorSource source(String name, DType dtype, List<Long> expectedShape) {
    checkNotNull(dtype, "dtype");
    checkNotNull(expectedShape, "expectedShape");
    String expected = HostTensor.typeString(dtype, expectedShape);
    Safetensors file = file(name, expected);
    TensorInfo info = file.info(name);
    if (!info.shape().equals(ImmutableList.copyOf(expectedShape))) {
      throw new InvalidCheckpointException("tensor '" + name + "' in " + file.file() + " has shape " + info.type()
          + ", expected " + expected);
    }
    if (!dtype.isFloating()) {
      throw new InvalidCheckpointException("tensor '" + name + "' in " + file.file() + ": dtype: cannot convert "
          + info.dtype() + " weights to " + dtype + "; f32, bf16 and f16 only");
    }
    return new ConvertedTensor(name, file.file(), file.source(name), dtype, true);
  }

  /**
   * Whether tensors {@code a} and {@code b} hold the same values (compared as f32, window by window);
   * false when their shapes differ.
   */
  public boolean sameValues(String a, String b) {
    if (!info(a).shape().equals(info(b).shape())) {
      return false;
    }
    TensorSource sa = new ConvertedTensor(a, file(a, null).file(), file(a, null).source(a), DType.F32, false);
    TensorSource sb = new ConvertedTensor(b, file(b, null).file(), file(b, null).source(b), DType.F32, false);
    ByteBuffer other = ByteBuffer.allocate((int) Math.min(TensorSource.WINDOW_BYTES, sa.dataBytes()))
        .order(ByteOrder.LITTLE_ENDIAN);
    boolean[] same = {true};
    sa.forEachWindow((offset, window) -> {
      if (same[0]) {
        other.clear().limit(window.remaining());
        sb.read(offset, other);
        same[0] = window.equals(other.flip());
      }
    });
    return same[0];
  }

  private Safetensors file(String name, @Nullable String expected) {
    checkNotNull(name, "name");
    Safetensors file = fileOf.get(name);
    if (file == null) {
      throw new InvalidCheckpointException("missing tensor '" + name + "'"
          + (expected == null ? "" : " (expected " + expected + ")") + " in " + dir);
    }
    return file;
  }

  @Override
  public void close() {
    RuntimeException failure = null;
    for (Safetensors f : files) {
      try {
        f.close();
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public String toString() {
    return "Checkpoint " + dir + " (" + fileOf.size() + " tensors in " + files.size() + " files)";
  }

  private static void closeQuietly(Safetensors file, RuntimeException failure) {
    try {
      file.close();
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }
}
