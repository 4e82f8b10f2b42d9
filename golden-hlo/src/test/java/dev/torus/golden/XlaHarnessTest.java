package dev.torus.golden;

import dev.torus.harness.XlaHarness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torus.harness.XlaHarness.Input;
import dev.torus.harness.XlaHarness.Output;
import dev.torus.harness.XlaHarness.Program;
import dev.torus.harness.XlaHarness.ProgramResult;
import dev.torus.harness.XlaHarness.Reference;
import dev.torus.harness.XlaHarness.Summary;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-written HLO and StableHLO through real XLA: numbers on 2 and 4 CPU devices, a v4-8 compile,
 * and a NumPy reference compared with a real run.
 */
class XlaHarnessTest {
  /**
   * Each device sends its block right around a ring, and along a line that leaves device 0 out.
   * Like every multi-device program Torus prints, each instruction is sharded {@code {manual}}: the
   * harness compiles it as written.
   */
  private static final String PERMUTE_HLO =
      """
      HloModule permute, entry_computation_layout={(f32[4,3]{1,0})->(f32[4,3]{1,0}, f32[4,3]{1,0}, u32[])}, num_partitions=4

      ENTRY main {
        x = f32[4,3]{1,0} parameter(0), sharding={manual}
        ring = f32[4,3]{1,0} collective-permute(x), channel_id=1, source_target_pairs={{0,1},{1,2},{2,3},{3,0}}, sharding={manual}
        line = f32[4,3]{1,0} collective-permute(x), channel_id=2, source_target_pairs={{0,1},{1,2},{2,3}}, sharding={manual}
        pid = u32[] partition-id(), sharding={manual}
        ROOT out = (f32[4,3]{1,0}, f32[4,3]{1,0}, u32[]) tuple(ring, line, pid), sharding={{manual}, {manual}, {manual}}
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

  /** Two devices swap their blocks; MLIR generic op form, as Torus's StableHLO printer writes. */
  private static final String SWAP_STABLEHLO =
      """
      module @swap attributes {mhlo.num_partitions = 2 : i32, mhlo.num_replicas = 1 : i32} {
        func.func public @main(%arg0: tensor<2x3xf32> {mhlo.sharding = "{manual}"}) -> (tensor<2x3xf32> {mhlo.sharding = "{manual}"}) {
          %0 = "stablehlo.collective_permute"(%arg0) {channel_handle = #stablehlo.channel_handle<handle = 1, type = 1>, source_target_pairs = dense<[[0, 1], [1, 0]]> : tensor<2x2xi64>, mhlo.sharding = "{manual}"} : (tensor<2x3xf32>) -> tensor<2x3xf32>
          return %0 : tensor<2x3xf32>
        }
      }
      """;

  /**
   * Two rounds of a collective permute along a line that leaves device 0 out: held and the sum of
   * what each device received. numpy_reference.permute_loop(steps=2, pairs=LINE) is its reference.
   */
  private static final String LINE_LOOP_HLO =
      """
      HloModule line_loop, entry_computation_layout={(f32[2,3]{1,0})->(f32[2,3]{1,0}, f32[2,3]{1,0})}, num_partitions=4

      condition {
        state = (s32[], f32[2,3]{1,0}, f32[2,3]{1,0}) parameter(0), sharding={{manual}, {manual}, {manual}}
        step = s32[] get-tuple-element(state), index=0, sharding={manual}
        steps = s32[] constant(2), sharding={manual}
        ROOT more = pred[] compare(step, steps), direction=LT, sharding={manual}
      }

      line_step {
        state.1 = (s32[], f32[2,3]{1,0}, f32[2,3]{1,0}) parameter(0), sharding={{manual}, {manual}, {manual}}
        step.1 = s32[] get-tuple-element(state.1), index=0, sharding={manual}
        held = f32[2,3]{1,0} get-tuple-element(state.1), index=1, sharding={manual}
        received_sum = f32[2,3]{1,0} get-tuple-element(state.1), index=2, sharding={manual}
        passed = f32[2,3]{1,0} collective-permute(held), channel_id=1, source_target_pairs={{0,1},{1,2},{2,3}}, sharding={manual}
        one = s32[] constant(1), sharding={manual}
        next_step = s32[] add(step.1, one), sharding={manual}
        sum = f32[2,3]{1,0} add(received_sum, passed), sharding={manual}
        ROOT next = (s32[], f32[2,3]{1,0}, f32[2,3]{1,0}) tuple(next_step, passed, sum), sharding={{manual}, {manual}, {manual}}
      }

      ENTRY main {
        block = f32[2,3]{1,0} parameter(0), sharding={manual}
        zero = f32[] constant(0), sharding={manual}
        zeros = f32[2,3]{1,0} broadcast(zero), dimensions={}, sharding={manual}
        start = s32[] constant(0), sharding={manual}
        init = (s32[], f32[2,3]{1,0}, f32[2,3]{1,0}) tuple(start, block, zeros), sharding={{manual}, {manual}, {manual}}
        loop = (s32[], f32[2,3]{1,0}, f32[2,3]{1,0}) while(init), condition=condition, body=line_step, sharding={{manual}, {manual}, {manual}}
        held.1 = f32[2,3]{1,0} get-tuple-element(loop), index=1, sharding={manual}
        received = f32[2,3]{1,0} get-tuple-element(loop), index=2, sharding={manual}
        ROOT out = (f32[2,3]{1,0}, f32[2,3]{1,0}) tuple(held.1, received), sharding={{manual}, {manual}}
      }
      """;

  private static final List<List<Integer>> LINE = List.of(List.of(0, 1), List.of(1, 2), List.of(2, 3));

  @TempDir Path dir;

  @Test
  void permutesBlocksBetweenDevicesAndAdds() throws IOException {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
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
    HarnessAssumptions.requireOrSkip(harness);
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
    HarnessAssumptions.requireOrSkip(harness);
    Path permute = write("permute.hlo", PERMUTE_HLO);
    Path swap = write("swap.stablehlo.mlir", SWAP_STABLEHLO);

    Summary summary =
        harness.compileForTpu(
            List.of(
                Program.compileOnly("permute", permute, 4),
                Program.stablehlo("swap", swap, 2, List.of(), List.of())),
            "v4-8", dir.resolve("tpu"));

    assertEquals("v4-8", summary.topology());
    ProgramResult result = summary.program("permute");
    assertNull(result.error());
    assertTrue(result.compiled());
    assertTrue(result.memory().get("argument_size_in_bytes") > 0, result.memory().toString());
    assertTrue(result.memory().containsKey("temp_size_in_bytes"), result.memory().toString());
    assertTrue(Files.readString(Path.of(result.tpuHlo())).contains("collective-permute-start"));
    assertEquals(2, result.asyncCollectives().get("collective-permute-start"), result.toString());
    assertEquals(2, result.asyncCollectives().get("collective-permute-done"), result.toString());
    ProgramResult swapped = summary.program("swap");
    assertNull(swapped.error());
    assertEquals(1, swapped.asyncCollectives().get("collective-permute-start"), swapped.toString());
  }

  @Test
  void runsStableHloAndNamesItsParametersArgN() throws IOException {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Path swap = write("swap.stablehlo.mlir", SWAP_STABLEHLO);
    float[] x = iota(4 * 3); // global f32[4,3]: device d holds rows 2d..2d+1
    writeF32(dir.resolve("x.npy"), x, 4, 3);
    Program good =
        Program.stablehlo(
            "swap", swap, 2,
            List.of(Input.sharded(dir.resolve("x.npy"), 0)),
            List.of(Output.concat(dir.resolve("out/swap.npy"), 0)));
    Program bad =
        Program.stablehlo(
            "swap-whole", swap, 2,
            List.of(Input.replicated(dir.resolve("x.npy"))),
            List.of(Output.concat(dir.resolve("out/bad.npy"), 0)));

    Summary summary = harness.run(List.of(good, bad), dir.resolve("work"));

    assertNull(summary.program("swap").error(), summary.toString());
    float[] swapped = {6, 7, 8, 9, 10, 11, 0, 1, 2, 3, 4, 5}; // the two row blocks exchanged
    assertArrayEquals(swapped, readF32(dir.resolve("out/swap.npy"), 4, 3));
    String error = summary.program("swap-whole").error();
    assertTrue(
        error.startsWith("validate: parameter 0 'arg0': expected float32[2,3] per device"), error);
  }

  @Test
  void referenceOfPermuteLoopMatchesTheRealRun() throws IOException {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    Path hlo = write("line_loop.hlo", LINE_LOOP_HLO);
    float[] x = iota(8 * 3); // global f32[8,3]: device d holds rows 2d..2d+1
    writeF32(dir.resolve("x.npy"), x, 8, 3);
    Program run =
        new Program(
            "line_loop", hlo, 4,
            List.of(Input.sharded(dir.resolve("x.npy"), 0)),
            List.of(Output.concat(dir.resolve("run/held.npy"), 0), Output.concat(dir.resolve("run/sum.npy"), 0)));
    Program reference =
        run.withReference(Reference.of("permute_loop", Map.of("steps", 2, "pairs", LINE)))
            .withOutputs(
                List.of(Output.concat(dir.resolve("ref/held.npy"), 0), Output.concat(dir.resolve("ref/sum.npy"), 0)));

    Summary ran = harness.run(List.of(run), dir.resolve("work"));
    Summary expected = harness.reference(List.of(reference), dir.resolve("work"));

    assertEquals(new XlaHarness.Counts(1, 1, 1, 1), ran.counts(), ran.toString());
    assertEquals("reference", expected.mode());
    assertEquals(new XlaHarness.Counts(1, 1, 1, 1), expected.counts(), expected.toString());
    float[] held = readF32(dir.resolve("ref/held.npy"), 8, 3);
    float[] sum = readF32(dir.resolve("ref/sum.npy"), 8, 3);
    // After two rounds device 2 holds device 0's block, devices 0 and 1 hold zeros.
    assertArrayEquals(Arrays.copyOfRange(x, 0, 6), Arrays.copyOfRange(held, 12, 18));
    assertArrayEquals(new float[12], Arrays.copyOfRange(held, 0, 12));
    assertArrayEquals(held, readF32(dir.resolve("run/held.npy"), 8, 3));
    assertArrayEquals(sum, readF32(dir.resolve("run/sum.npy"), 8, 3));
  }

  @Test
  void referenceModeReportsAProgramWithoutReference() throws IOException {
    XlaHarness harness = XlaHarness.locate();
    HarnessAssumptions.requireOrSkip(harness);
    writeF32(dir.resolve("x.npy"), iota(6), 2, 3);
    Program none =
        new Program(
            "none", dir.resolve("absent.hlo"), 1,
            List.of(Input.replicated(dir.resolve("x.npy"))),
            List.of(Output.first(dir.resolve("out/none.npy"))));

    ProgramResult result = harness.reference(List.of(none), dir.resolve("work")).program("none");

    assertEquals(false, result.parsed());
    assertTrue(result.error().startsWith("parse: no reference function named"), result.error());
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

  @Test
  void requestJsonGivesStableHloAndReferenceOnlyWhenPresent() {
    Program p =
        Program.stablehlo("s", Path.of("/h/s.mlir"), 2, List.of(), List.of(Output.stack(Path.of("/h/o.npy"))))
            .withReference(Reference.of("permute_loop", Map.of("pairs", LINE)));

    String json = XlaHarness.requestJson(List.of(p)).replaceAll("\\s+", "");

    assertEquals(
        "{\"programs\":[{\"id\":\"s\",\"stablehlo\":\"/h/s.mlir\",\"numPartitions\":2,\"inputs\":[],"
            + "\"outputs\":[{\"npy\":\"/h/o.npy\",\"combine\":\"stack\",\"shardedDim\":null}],"
            + "\"reference\":{\"fn\":\"permute_loop\",\"args\":{\"pairs\":[[0,1],[1,2],[2,3]]}}}]}",
        json);
  }

  @Test
  void programTakesHloOrStableHloNotBoth() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Program("p", Path.of("/a.hlo"), Path.of("/a.mlir"), 1, List.of(), List.of(), null));
    assertTrue(e.getMessage().contains("not both"), e.getMessage());
    Program neither = new Program("q", null, null, 1, List.of(), List.of(), Reference.of("softmax_stable"));
    assertThrows(
        IllegalArgumentException.class, () -> XlaHarness.locate().run(List.of(neither), dir));
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
