package dev.torus.artifact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;

/**
 * Compiled programs on disk: one directory holding {@value #MANIFEST} and, for each entry point of
 * the manifest, its program files ({@link #programFiles(EntryPoint)}): for {@code main}
 * {@value #HLO}, {@value #STABLEHLO} and (only for meshes of more than one device)
 * {@value #EMULATED_STABLEHLO}; for an entry point {@code eval} the same files called
 * {@code eval.hlo}, {@code eval.stablehlo.mlir}, {@code eval.emulated.stablehlo.mlir}. Every entry
 * point's StableHLO and {@value #MANIFEST} are required; hand-built artifacts may lack the HLO text.
 *
 * <p><b>The hash</b> ({@link Manifest#sha256()}) is the lowercase hex SHA-256 of this byte stream:
 * for each entry point in manifest order, for each of its program files present, in the order HLO,
 * StableHLO, emulated StableHLO: the file name in UTF-8, {@code '\n'}, the file's length in bytes as
 * a decimal number, {@code '\n'}, the file's bytes; then {@link Manifest#canonicalJson()} in UTF-8
 * (the manifest without {@code sha256}, properties and map keys sorted, nulls omitted, no
 * whitespace). Editing, adding or removing a program file, or changing any manifest value, changes
 * the hash; reformatting {@value #MANIFEST} does not.
 *
 * <p>{@link #read} refuses a directory whose manifest has another {@code formatVersion} or whose
 * hash does not match, with an {@link InvalidArtifactException} that says which and what to do. Its
 * files must be regular files under the caps of {@link InputFiles} (manifest 16 MiB, each program
 * 1 GiB). The hash proves the files are the ones the manifest was written with (integrity), not who
 * wrote them (authenticity): anyone can write a matching hash, so load only artifacts you trust.
 */
public final class Artifact {
  /** The stem of the main entry point's program files. */
  public static final String MAIN_FILE_STEM = "program";
  public static final String HLO = MAIN_FILE_STEM + ".hlo";
  public static final String STABLEHLO = MAIN_FILE_STEM + ".stablehlo.mlir";
  public static final String EMULATED_STABLEHLO = MAIN_FILE_STEM + ".emulated.stablehlo.mlir";
  public static final String MANIFEST = "manifest.json";

  /** One entry point's program files: the SPMD program as HLO text and StableHLO, and its single-device emulation. */
  public record ProgramFiles(String hlo, String stableHlo, String emulatedStableHlo) {
    /** The file names in hash order. */
    public ImmutableList<String> inOrder() {
      return ImmutableList.of(hlo, stableHlo, emulatedStableHlo);
    }
  }

  private final Path dir;
  private final Manifest manifest;
  private final ImmutableMap<String, String> programs;

  private Artifact(Path dir, Manifest manifest, ImmutableMap<String, String> programs) {
    this.dir = dir;
    this.manifest = manifest;
    this.programs = programs;
  }

  /** The names of {@code entry}'s program files. */
  public static ProgramFiles programFiles(EntryPoint entry) {
    String stem = entry.name().equals(EntryPoint.MAIN) ? MAIN_FILE_STEM : entry.name();
    return new ProgramFiles(stem + ".hlo", stem + ".stablehlo.mlir", stem + ".emulated.stablehlo.mlir");
  }

  /** Every program file name the manifest's entry points may have, in hash order. */
  static ImmutableList<String> programFileNames(Manifest manifest) {
    return manifest.entryPoints().stream().flatMap(e -> programFiles(e).inOrder().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Writes an artifact: the given program files (keys among {@link #programFiles} of the
   * manifest's entry points, each entry point's StableHLO required, emulated StableHLO only when
   * the mesh has more than one device), then {@value #MANIFEST} with the hash filled in. Creates
   * {@code dir} if needed and deletes program files of these entry points left there by an earlier
   * write that {@code programFiles} does not name.
   */
  public static Artifact write(Path dir, Manifest manifestWithoutHash, Map<String, String> programFiles)
      throws IOException {
    checkNotNull(dir, "dir");
    checkNotNull(manifestWithoutHash, "manifest");
    checkArgument(
        manifestWithoutHash.formatVersion() == Manifest.FORMAT_VERSION,
        "artifact %s: this Torus writes formatVersion %s, the manifest says %s",
        dir, Manifest.FORMAT_VERSION, manifestWithoutHash.formatVersion());
    ImmutableList<String> known = programFileNames(manifestWithoutHash);
    for (String file : programFiles.keySet()) {
      checkArgument(known.contains(file), "artifact %s: unknown program file '%s', expected one of %s",
          dir, file, known);
    }
    for (EntryPoint entry : manifestWithoutHash.entryPoints()) {
      ProgramFiles files = programFiles(entry);
      checkArgument(programFiles.containsKey(files.stableHlo()), "artifact %s: %s (entry point '%s') is required",
          dir, files.stableHlo(), entry.name());
      checkArgument(
          !programFiles.containsKey(files.emulatedStableHlo()) || manifestWithoutHash.mesh().deviceCount() > 1,
          "artifact %s: %s is only for meshes of more than one device, mesh %s has %s",
          dir, files.emulatedStableHlo(), manifestWithoutHash.mesh(), manifestWithoutHash.mesh().deviceCount());
    }
    ImmutableMap.Builder<String, String> programs = ImmutableMap.builder();
    for (String file : known) {
      String text = programFiles.get(file);
      if (text != null) {
        programs.put(file, text);
      }
    }
    ImmutableMap<String, String> ordered = programs.buildOrThrow();
    Manifest manifest = manifestWithoutHash.withSha256(sha256(ordered, manifestWithoutHash));
    Files.createDirectories(dir);
    for (String file : known) {
      Path path = dir.resolve(file);
      if (ordered.containsKey(file)) {
        Files.writeString(path, ordered.get(file), StandardCharsets.UTF_8);
      } else {
        Files.deleteIfExists(path);
      }
    }
    Files.writeString(dir.resolve(MANIFEST), manifest.toJson(), StandardCharsets.UTF_8);
    return new Artifact(dir, manifest, ordered);
  }

  /** Reads and verifies an artifact directory (format version first, then the hash). */
  public static Artifact read(Path dir) throws IOException {
    checkNotNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw new InvalidArtifactException("artifact " + dir + " is not a directory" + (Files.exists(dir) ? "" : " (it does not exist)"));
    }
    Path manifestFile = dir.resolve(MANIFEST);
    requireFile(dir, MANIFEST);
    JsonNode tree;
    Manifest manifest;
    try {
      tree = Manifest.parseTree(utf8(manifestFile, readChecked(manifestFile, InputFiles.Kind.MANIFEST)),
          manifestFile.toString());
      JsonNode version = tree.path("formatVersion");
      if (!version.isInt()) {
        throw new InvalidArtifactException(
            "artifact " + dir + ": " + MANIFEST + " has no integer formatVersion; it is not a Torus artifact manifest");
      }
      if (version.intValue() != Manifest.FORMAT_VERSION) {
        throw new InvalidArtifactException(
            "artifact " + dir + " has formatVersion " + version.intValue() + ", this Torus reads "
                + Manifest.FORMAT_VERSION + "; recompile it with this Torus"
                + (version.intValue() == 1 ? " (format 1 held one program; format 2 holds several, each with its"
                    + " donations and memory figures)" : ""));
      }
      manifest = Manifest.fromJson(tree, manifestFile.toString());
    } catch (IllegalArgumentException e) {
      throw new InvalidArtifactException("artifact " + dir + ": " + e.getMessage(), e);
    }
    for (int k = 0; k < manifest.entryPoints().size(); k++) {
      String file = programFiles(manifest.entryPoints().get(k)).stableHlo();
      if (!Files.exists(dir.resolve(file), LinkOption.NOFOLLOW_LINKS)) {
        throw new InvalidArtifactException("artifact " + dir + ": missing " + file + ", the program of entryPoints["
            + k + "] '" + manifest.entryPoints().get(k).name() + "'; recompile it");
      }
    }
    ImmutableMap.Builder<String, byte[]> files = ImmutableMap.builder();
    for (String file : programFileNames(manifest)) {
      Path path = dir.resolve(file);
      if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        files.put(file, readChecked(path, InputFiles.Kind.PROGRAM));
      }
    }
    ImmutableMap<String, byte[]> bytes = files.buildOrThrow();
    if (manifest.sha256() == null) {
      throw new InvalidArtifactException(
          "artifact " + dir + ": " + MANIFEST + " has no sha256; it was not written by Artifact.write; recompile it");
    }
    String actual = hash(bytes, manifest);
    if (!actual.equals(manifest.sha256())) {
      throw new InvalidArtifactException(
          "artifact " + dir + ": sha256 mismatch: manifest says " + manifest.sha256() + ", files give " + actual
              + "; the artifact was modified after it was written; recompile it");
    }
    return new Artifact(dir, manifest, ImmutableMap.copyOf(
        Maps.transformValues(bytes, b -> new String(b, StandardCharsets.UTF_8))));
  }

  /**
   * The hash defined in the class comment over {@code programFiles} (name to text, UTF-8) and the
   * canonical form of {@code manifest} (its own {@code sha256} ignored).
   */
  public static String sha256(Map<String, String> programFiles, Manifest manifest) {
    return hash(Maps.transformValues(programFiles, t -> t.getBytes(StandardCharsets.UTF_8)), manifest);
  }

  private static String hash(Map<String, byte[]> programFiles, Manifest manifest) {
    Hasher hasher = Hashing.sha256().newHasher();
    for (String file : programFileNames(manifest)) {
      byte[] bytes = programFiles.get(file);
      if (bytes != null) {
        hasher.putBytes((file + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
        hasher.putBytes(bytes);
      }
    }
    hasher.putBytes(manifest.canonicalJson().getBytes(StandardCharsets.UTF_8));
    return hasher.hash().toString();
  }

  public Path dir() {
    return dir;
  }

  /** The verified manifest, {@code sha256} filled in. */
  public Manifest manifest() {
    return manifest;
  }

  /** Whether the program file {@code fileName} is present. */
  public boolean hasProgram(String fileName) {
    return programs.containsKey(fileName);
  }

  /** Whether the artifact holds {@value #EMULATED_STABLEHLO}. */
  public boolean hasEmulatedProgram() {
    return programs.containsKey(EMULATED_STABLEHLO);
  }

  /** The text of a program file; fails naming the file and the ones present. */
  public String programText(String fileName) {
    String text = programs.get(fileName);
    if (text == null) {
      throw new IllegalArgumentException(
          "artifact " + dir + " has no " + fileName + "; it has " + programs.keySet());
    }
    return text;
  }

  @Override
  public String toString() {
    return "Artifact " + manifest.name() + " at " + dir;
  }

  private static byte[] readChecked(Path file, InputFiles.Kind kind) {
    try {
      return InputFiles.read(file, kind);
    } catch (RefusedFileException e) {
      throw new InvalidArtifactException("artifact " + file.getParent() + ": " + e.getMessage(), e);
    }
  }

  /** {@code bytes} read from {@code file} as text; bytes that are not UTF-8 fail naming the file. */
  private static String utf8(Path file, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidArtifactException(file + ": not UTF-8 text (" + e.getMessage() + ")", e);
    }
  }

  private static void requireFile(Path dir, String file) {
    if (!Files.exists(dir.resolve(file), LinkOption.NOFOLLOW_LINKS)) {
      throw new InvalidArtifactException("artifact " + dir + ": missing " + file + "; recompile it");
    }
  }
}
