package dev.torus.cli;

import dev.torus.train.DoesNotFitException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * Every mistake and failure as one line on stderr, {@code torus <command>: <what was wrong and what
 * to do>}: a mistake in the command line (picocli's or a {@link UsageException}) exits with 2, a
 * pre-flight refusal ({@link DoesNotFitException}) with 3, any other failure with 1. A misspelt command or option names the likely one ("did you mean").
 */
final class OneLineErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {
  static final int USAGE = 2;
  static final int ERROR = 1;
  static final int DOES_NOT_FIT = 3;

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    // picocli checks required options before it reports unmatched ones; the misspelling comes first.
    List<String> unmatched = command.getUnmatchedArguments();
    String message = !unmatched.isEmpty() ? unmatched(new UnmatchedArgumentException(command, unmatched))
        : e instanceof UnmatchedArgumentException u ? unmatched(u)
        : e instanceof MissingParameterException m ? missing(m)
        : e.getCause() instanceof TypeConversionException t ? label(e.getArgSpec()) + ": " + t.getMessage()
        : e.getMessage();
    command.getErr().println(name(command) + ": " + message);
    return USAGE;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    if (e instanceof UsageException) {
      command.getErr().println(name(command) + ": " + e.getMessage());
      return USAGE;
    }
    if (e instanceof DoesNotFitException) {
      command.getErr().println(name(command) + ": " + e.getMessage());
      return DOES_NOT_FIT;
    }
    command.getErr().println(name(command) + ": " + failure(e));
    return ERROR;
  }

  /**
   * A failure as one line: file-system errors name the file and what went wrong ("x: is a
   * directory"), arithmetic and other bare exceptions say what kind they are.
   */
  static String failure(Exception e) {
    if (e instanceof NoSuchFileException f) {
      return f.getFile() + " does not exist" + (f.getOtherFile() == null ? "" : " (" + f.getOtherFile() + ")");
    }
    if (e instanceof FileSystemException f) {
      return f.getFile() + ": " + (f.getReason() == null ? "cannot be used" : f.getReason().toLowerCase(Locale.ROOT));
    }
    if (e instanceof UncheckedIOException u) {
      return u.getMessage();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static String unmatched(UnmatchedArgumentException e) {
    CommandSpec spec = e.getCommandLine().getCommandSpec();
    String arg = e.getUnmatched().get(0);
    boolean option = arg.startsWith("-");
    List<String> suggestions = closest(arg, e.getSuggestions());
    String didYouMean = suggestions.isEmpty() ? "" : "did you mean " + String.join(" or ", suggestions) + "?";
    if (spec.parent() == null) {
      String commands = "known commands: " + String.join(", ", TorusCli.commandNames(spec)) + " (see: torus help)";
      return option ? "unknown option '" + arg + "' before the command; " + commands
          : "unknown command '" + arg + "'" + (didYouMean.isEmpty() ? "" : " (" + didYouMean + ")") + "; " + commands;
    }
    String takes = spec.options().stream().filter(o -> !o.usageHelp() && !o.versionHelp() && !o.hidden())
        .map(OptionSpec::longestName).sorted().collect(Collectors.joining(", "));
    return (option ? "unknown option '" : "unexpected argument '") + arg + "'; " + spec.name() + " takes "
        + (takes.isEmpty() ? "no options" : takes) + (didYouMean.isEmpty() ? "" : "; " + didYouMean);
  }

  /** Of picocli's suggestions for a misspelt {@code arg}, the ones fewest edits away. */
  private static List<String> closest(String arg, List<String> suggestions) {
    int best = suggestions.stream().mapToInt(c -> editDistance(arg, c)).min().orElse(0);
    return suggestions.stream().filter(c -> editDistance(arg, c) == best).toList();
  }

  /** Levenshtein distance: the fewest insertions, deletions and substitutions that turn {@code a} into {@code b}. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** A required option or parameter not given ("--model is required"), or an option without its value. */
  private static String missing(MissingParameterException e) {
    List<ArgSpec> missing = e.getMissing();
    boolean notGiven = e.getMessage().startsWith("Missing required option")
        || e.getMessage().startsWith("Missing required parameter:");
    if (!notGiven && missing.size() == 1 && missing.get(0) instanceof OptionSpec o) {
      return o.longestName() + " needs a value: " + o.longestName() + " " + o.paramLabel();
    }
    return required(missing) + "; see " + name(e.getCommandLine()) + " --help";
  }

  /** "--model is required", "--model and --out are required". */
  private static String required(List<ArgSpec> missing) {
    List<String> names = missing.stream().map(OneLineErrors::label).toList();
    return names.size() == 1 ? names.get(0) + " is required"
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1)
            + " are required";
  }

  private static String label(ArgSpec arg) {
    return arg instanceof OptionSpec o ? o.longestName()
        : arg instanceof PositionalParamSpec p ? p.paramLabel() : "the argument";
  }

  /** "torus" or "torus compile". */
  private static String name(CommandLine command) {
    return command.getCommandSpec().qualifiedName();
  }
}
