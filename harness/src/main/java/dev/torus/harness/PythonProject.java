package dev.torus.harness;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Python half of the harness in a Torus checkout: the project {@code harness/python} (package
 * {@code torus_harness}, pins in its {@code pyproject.toml}), the two venvs its {@code setup.sh}
 * makes, and how to start one of its modules.
 *
 * @param repoRoot the checkout's root folder
 */
public record PythonProject(Path repoRoot) {
  /** The project folder, relative to the repository root. */
  public static final Path DIRECTORY = Path.of("harness", "python");

  /** How the setup script is named in every "unavailable" message. */
  public static final String INSTALL_HINT = "install with: bash harness/python/setup.sh";

  /** A module of the package, started as {@code python -m torus_harness.<name>}. */
  public enum Module {
    /** Real XLA through jax: run, compile for a TPU topology, cost, NumPy references. */
    HARNESS("harness"),
    /** The JAX engine: a long-lived process that keeps a program's state on the devices. */
    ENGINE("engine"),
    /** Tiny LLaMA checkpoints made by Hugging Face transformers, and their logits. */
    HF_REFERENCE("hf_reference"),
    /** Small tokenizers trained with Hugging Face tokenizers, and what transformers makes of text. */
    TOKENIZER_REFERENCE("tokenizer_reference"),
    /** transformers' own logits processors (repetition penalty, temperature, top-k, top-p) on given logits. */
    SAMPLING_REFERENCE("sampling_reference"),
    /** XLA's cuDNN fused attention custom calls as JAX lowers them for CUDA, beside a Torus program's. */
    CUDNN_REFERENCE("cudnn_reference"),
    /** Loads a SavedModel with Python TensorFlow and calls its signature (in {@code .venv-tf}). */
    SAVED_MODEL("saved_model");

    private final String name;

    Module(String name) {
      this.name = name;
    }

    /** The dotted module name, e.g. {@code torus_harness.harness}. */
    public String qualifiedName() {
      return "torus_harness." + name;
    }

    /** The module's source file, relative to the project folder. */
    Path source() {
      return Path.of("torus_harness", name + ".py");
    }
  }

  public PythonProject {
    checkNotNull(repoRoot, "repoRoot");
  }

  /**
   * The checkout named by the system property {@code torus.repoRoot} when it holds the project,
   * else the nearest folder above the working directory that does, else the working directory
   * (where {@link #present()} is false).
   */
  public static PythonProject locate() {
    Path start = Path.of("").toAbsolutePath();
    Path root =
        Optional.ofNullable(System.getProperty("torus.repoRoot"))
            .map(Path::of)
            .filter(PythonProject::holdsProject)
            .orElseGet(() -> findRoot(start).orElse(start));
    return new PythonProject(root);
  }

  private static Optional<Path> findRoot(Path start) {
    for (Path p = start; p != null; p = p.getParent()) {
      if (holdsProject(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static boolean holdsProject(Path root) {
    return Files.isRegularFile(root.resolve(DIRECTORY).resolve(Module.HARNESS.source()));
  }

  /** Whether this checkout holds the project's harness module. */
  public boolean present() {
    return holdsProject(repoRoot);
  }

  /** {@code <repoRoot>/harness/python}. */
  public Path directory() {
    return repoRoot.resolve(DIRECTORY);
  }

  /**
   * The Python of {@code <repoRoot>/.venv}: the extras xla (jax, jaxlib, libtpu) and hf (torch,
   * transformers).
   */
  public Path venvPython() {
    return repoRoot.resolve(".venv/bin/python");
  }

  /** The Python of {@code <repoRoot>/.venv-tf}: the extra tf (tensorflow-cpu). */
  public Path tensorFlowPython() {
    return repoRoot.resolve(".venv-tf/bin/python");
  }

  /**
   * A process (not started) running {@code python -m <module> args}, with this checkout's project
   * first on {@code PYTHONPATH}: the module of this checkout runs, whichever copy of the package
   * (if any) {@code python} has installed.
   */
  public ProcessBuilder process(Path python, Module module, List<String> args) {
    List<String> command = new ArrayList<>(List.of(python.toString(), "-m", module.qualifiedName()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    String inherited = env.get("PYTHONPATH");
    String first = directory().toString();
    env.put("PYTHONPATH", inherited == null || inherited.isEmpty() ? first : first + File.pathSeparator + inherited);
    return builder;
  }
}
