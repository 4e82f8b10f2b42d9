package dev.torus.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The readers the fuzz tests cover never turn every failure into their own exception: a block that
 * catches {@code RuntimeException}, {@code Exception} or {@code Throwable} may clean up, collect and
 * rethrow what it caught, but not wrap it in a new exception. (A wholesale rewrap would make the
 * fuzz property pass while hiding the bugs it looks for.)
 */
class ReaderSourcesTest {
  private static final List<String> READERS = List.of(
      "dev/torus/hf/Safetensors.java", "dev/torus/hf/HfConfig.java", "dev/torus/hf/HfConfigFields.java",
      "dev/torus/hf/Checkpoint.java", "dev/torus/artifact/Npy.java", "dev/torus/artifact/Manifest.java", "dev/torus/artifact/ManifestBinding.java",
      "dev/torus/artifact/EntryPoint.java", "dev/torus/artifact/TensorSpec.java", "dev/torus/artifact/Mesh.java",
      "dev/torus/artifact/Artifact.java", "dev/torus/train/TokenCorpus.java", "dev/torus/train/TokenFile.java",
      "dev/torus/train/NpyTokenHeader.java");
  private static final Pattern WHOLESALE = Pattern.compile("catch \\((?:RuntimeException|Exception|Throwable) \\w+\\) \\{");

  @Test
  void noReaderWrapsEveryFailure() throws IOException {
    for (String reader : READERS) {
      Path source = Path.of("src/main/java").resolve(reader);
      String text = Files.readString(source);
      Matcher m = WHOLESALE.matcher(text);
      while (m.find()) {
        String block = block(text, m.end());
        assertTrue(!block.contains("throw new"), () -> source + " wraps every failure: " + m.group() + block);
      }
    }
  }

  /** The text from {@code start} (just after an opening brace) to its closing brace. */
  private static String block(String text, int start) {
    int depth = 1;
    int k = start;
    while (depth > 0 && k < text.length()) {
      char c = text.charAt(k++);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
    }
    return text.substring(start, k);
  }
}
