package dev.torus.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.golden.XlaHarness.Input;
import dev.torus.golden.XlaHarness.Output;
import dev.torus.golden.XlaHarness.Program;
import dev.torus.golden.XlaHarness.ProgramResult;
import dev.torus.golden.XlaHarness.Summary;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written HLO through real XLA: numbers on 4 CPU devices, and a v4-8 compile. */
class XlaHarnessTest {
  /** Each device sends its block right around a ring, and along a line that leaves device 0 out. */
  private static final String PERMUTE_HLO =
      """
      HloModule permute, entry_computation_layout={(f32[4,3]{1,0})->(f32[4,3]{1,0}, f32[4,3]{1,0}, u32[])}, num_partitions=4

      ENTRY main {
        x = f32[4,3]{1,0} parameter(0)
        ring = f32[4,3]{1,0} collective-permute(x), channel_id=1, source_target_pairs={{0,1},{1,2},{2,3},{3,0}}
        line = f32[4,3]{1,0} collective-permute(x), channel_id=2, source_target_pairs={{0,1},{1,2},{2,3}}
        pid = u32[] partition-id()
        ROOT out = (f32[4,3]{1,0}, f32[4,3]{1,0}, u32[]) tuple(ring, line, pid)
      }
      """;

  private static final String ADD_HLO =
      """
      HloModule add, entry_computation_layout={(f32[4,3]{1,0}, f32[4,3]{1,0})->f32[4,3]{1,0}}

      ENTRY main {
        a = f32[4,3]{1,0} parameter(0)
        b = f32[4,3]{1,0} parameter(1)
        ROOT c = f32[4,3]{1,0} add(a, b)
      }
      """;

  @TempDir Path dir;

  @Test
  void permutesBlocksBetweenDevicesAndAdds() throws IOException {
    XlaHarness harness = XlaHarness.locate();
    harness.requireOrSkip();
    Path permute = write("permute.hlo", PERMUTE_HLO);
    Path add = write("add.hlo", ADD_HLO);
    float[] x = iota(16 * 3); // global f32[16,3]: device d holds rows 4d..4d+3
    writeF32(dir.resolve("x.npy"), x, 16, 3);
    writeF32(dir.resolve("ones.npy"), filled(12, 1f), 4, 3);
    Program ring =
        new Program(
            "permute", permute, 4,
            List.of(Input.sharded(dir.resolve("x.npy"), 0)),
            List.of(
                Output.concat(dir.resolve("out/ring.npy"), 0),
                Output.concat(dir.resolve("out/line.npy"), 0),
                Output.stack(dir.resolve("out/pid.npy"))));
    Program sum =
        new Program(
            "add", add, 1,
            List.of(Input.replicated(dir.resolve("ones.npy")), Input.replicated(dir.resolve("ones.npy"))),
            List.of(Output.first(dir.resolve("out/sum.npy"))));

    Summary summary = harness.run(List.of(ring, sum), dir.resolve("work"));

    assertEquals("run", summary.mode());
    assertEquals(new XlaHarness.Counts(2, 2, 2, 2), summary.counts(), summary.toString());
    float[] gotRing = readF32(dir.resolve("out/ring.npy"), 16, 3);
    float[] gotLine = readF32(dir.resolve("out/line.npy"), 16, 3);
    for (int d = 0; d < 4; d++) {
      int from = (d + 3) % 4; // the left neighbour's block arrives on device d
      assertArrayEquals(block(x, from), block(gotRing, d), "ring block on device " + d);
      float[] line = d == 0 ? new float[12] : block(x, from); // device 0 is no target: zeros
      assertArrayEquals(line, block(gotLine, d), "line block on device " + d);
    }
    assertArrayEquals(new int[] {0, 1, 2, 3}, readU32(dir.resolve("out/pid.npy"), 4));
    assertArrayEquals(filled(12, 2f), readF32(dir.resolve("out/sum.npy"), 4, 3));
  }

  @Test
  void reportsWrongInputShapeNamingTheParameter() throws IOException {
    XlaHarness harness = XlaHarness.locate();
    harness.requireOrSkip();
    Path add = write("add.hlo", ADD_HLO);
    writeF32(dir.resolve("small.npy"), iota(6), 2, 3);
    Program bad =
        new Program(
            "bad", add, 1,
            List.of(Input.replicated(dir.resolve("small.npy")), Input.replicated(dir.resolve("small.npy"))),
            List.of(Output.first(dir.resolve("out/bad.npy"))));

    ProgramResult result = harness.run(List.of(bad), dir.resolve("work")).program("bad");

    assertTrue(result.parsed());
    assertEquals(false, result.ran());
    assertNotNull(result.error());
    assertTrue(result.error().startsWith("validate: parameter 0 'a': expected float32[4,3]"), result.error());
  }

  @Test
  void compilesForTpuV4WithMemoryStatsAndAsyncPermutes() throws IOException {
    XlaHarness harness = XlaHarness.locate();
    harness.requireOrSkip();
    Path permute = write("permute.hlo", PERMUTE_HLO);

    Summary summary =
        harness.compileForTpu(List.of(Program.compileOnly("permute", permute, 4)), "v4-8", dir.resolve("tpu"));

    assertEquals("v4-8", summary.topology());
    ProgramResult result = summary.program("permute");
    assertNull(result.error());
    assertTrue(result.compiled());
    assertTrue(result.memory().get("argument_size_in_bytes") > 0, result.memory().toString());
    assertTrue(result.memory().containsKey("temp_size_in_bytes"), result.memory().toString());
    assertTrue(Files.readString(Path.of(result.tpuHlo())).contains("collective-permute-start"));
    assertEquals(2, result.asyncCollectives().get("collective-permute-start"), result.toString());
    assertEquals(2, result.asyncCollectives().get("collective-permute-done"), result.toString());
  }

  @Test
  void requestJsonFollowsTheHarnessContract() {
    Program p =
        new Program(
            "p", Path.of("/h/p.hlo"), 2,
            List.of(Input.sharded(Path.of("/h/a.npy"), 1), Input.replicated(Path.of("/h/b.npy"))),
            List.of(Output.concat(Path.of("/h/o.npy"), 0), Output.stack(Path.of("/h/s.npy"))));

    String json = XlaHarness.requestJson(List.of(p)).replaceAll("\\s+", "");

    assertEquals(
        "{\"programs\":[{\"id\":\"p\",\"hlo\":\"/h/p.hlo\",\"numPartitions\":2,"
            + "\"inputs\":[{\"npy\":\"/h/a.npy\",\"shardedDim\":1},{\"npy\":\"/h/b.npy\",\"shardedDim\":null}],"
            + "\"outputs\":[{\"npy\":\"/h/o.npy\",\"combine\":\"concat\",\"shardedDim\":0},"
            + "{\"npy\":\"/h/s.npy\",\"combine\":\"stack\",\"shardedDim\":null}]}]}",
        json);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static float[] iota(int n) {
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  private static float[] filled(int n, float v) {
    float[] a = new float[n];
    Arrays.fill(a, v);
    return a;
  }

  /** Rows 4d..4d+3 of a [16,3] array. */
  private static float[] block(float[] a, int d) {
    return Arrays.copyOfRange(a, d * 12, (d + 1) * 12);
  }

  // ------------------------------------------------------------------ minimal .npy (format 1.0)

  private static final Pattern HEADER =
      Pattern.compile("'descr': '([^']+)', 'fortran_order': False, 'shape': \\(([^)]*)\\)");

  private static void writeF32(Path file, float[] data, int... shape) throws IOException {
    String dims =
        shape.length == 1
            ? shape[0] + ","
            : Arrays.stream(shape).mapToObj(String::valueOf).collect(Collectors.joining(", "));
    String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + dims + "), }";
    int unpadded = 10 + dict.length() + 1;
    String header = dict + " ".repeat((64 - unpadded % 64) % 64) + "\n";
    ByteBuffer buf =
        ByteBuffer.allocate(10 + header.length() + 4 * data.length).order(ByteOrder.LITTLE_ENDIAN);
    buf.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) header.length());
    buf.put(header.getBytes(StandardCharsets.US_ASCII));
    for (float f : data) {
      buf.putFloat(f);
    }
    Files.write(file, buf.array());
  }

  /** The little-endian data of a C-order .npy file after checking its dtype and shape. */
  private static ByteBuffer readData(Path file, String descr, int... shape) throws IOException {
    ByteBuffer buf = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    int headerLen = Short.toUnsignedInt(buf.getShort(8));
    String header = new String(buf.array(), 10, headerLen, StandardCharsets.US_ASCII);
    Matcher m = HEADER.matcher(header);
    assertTrue(m.find(), header);
    assertEquals(descr, m.group(1), file + " dtype");
    int[] got =
        Arrays.stream(m.group(2).split(",")).map(String::trim).filter(s -> !s.isEmpty())
            .mapToInt(Integer::parseInt).toArray();
    assertArrayEquals(shape, got, file + " shape");
    return buf.position(10 + headerLen).slice().order(ByteOrder.LITTLE_ENDIAN);
  }

  private static float[] readF32(Path file, int... shape) throws IOException {
    ByteBuffer data = readData(file, "<f4", shape);
    float[] out = new float[data.remaining() / 4];
    data.asFloatBuffer().get(out);
    return out;
  }

  private static int[] readU32(Path file, int... shape) throws IOException {
    ByteBuffer data = readData(file, "<u4", shape);
    int[] out = new int[data.remaining() / 4];
    data.asIntBuffer().get(out);
    return out;
  }
}
