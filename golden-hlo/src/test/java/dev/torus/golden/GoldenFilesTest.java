package dev.torus.golden;

import dev.torus.cli.SamplePrograms;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program of the golden set prints exactly as its files in {@code golden-hlo/golden} say.
 * Regenerate on purpose with {@code ./torus test -pl golden-hlo -am -Dgolden.update=true}.
 */
class GoldenFilesTest {
  static final Path GOLDEN_DIR = Path.of("golden");

  @TestFactory
  Stream<DynamicTest> goldenProgramsMatchTheirFiles() {
    return SamplePrograms.goldenSet().stream().map(SamplePrograms.Sample::module)
        .map(m -> DynamicTest.dynamicTest(m.name(), () -> GoldenHlo.assertMatches(m, GOLDEN_DIR)));
  }
}
