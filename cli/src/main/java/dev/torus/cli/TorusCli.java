package dev.torus.cli;

import dev.torus.compiler.Torus;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The {@code ./torus} command line: {@code torus <command> [options]}, one picocli command class per
 * command. Every command takes {@code --help} and {@code --version}. Exit codes: 0 ok, 1 error, 2 a
 * mistake in the command line, 3 the program does not fit. Errors go to stderr as one line that says
 * what was wrong and what to do ({@link OneLineErrors}).
 */
@Command(name = "torus", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
    version = "Torus " + Torus.VERSION, separator = " ", sortOptions = false, usageHelpWidth = 100,
    synopsisHeading = "usage: ", descriptionHeading = "%n", commandListHeading = "%ncommands:%n",
    parameterListHeading = "%narguments:%n", optionListHeading = "%noptions:%n", footerHeading = "%n",
    customSynopsis = "torus <command> [options]   (torus <command> --help for its options)",
    description = "Compiles long-context transformers to XLA programs with Ring Attention, runs and analyses them.",
    footer = "Exit status: 0 ok, 1 error, 2 a mistake in the command line, 3 the program does not fit.",
    subcommands = {DemoCommand.class, CompileCommand.class, RunCommand.class, TrainCommand.class, ReportCommand.class,
        TpuCheckCommand.class, PlanCommand.class, CodegenCommand.class, PodRunCommand.class, PodTrainCommand.class,
        CheckpointToHfCommand.class, ExportCommand.class, GenerateCommand.class,
        CompletionCommand.class, HelpCommand.class})
public final class TorusCli implements Callable<Integer> {
  @Spec CommandSpec spec;

  private TorusCli() {}

  public static void main(String[] argv) {
    System.exit(run(Arrays.asList(argv), System.out, System.err));
  }

  /** Runs one command line, printing to {@code out} and {@code err}; the exit code. */
  public static int run(List<String> argv, PrintStream out, PrintStream err) {
    PrintWriter outWriter = writer(out);
    PrintWriter errWriter = writer(err);
    try {
      return commandLine().setOut(outWriter).setErr(errWriter).execute(argv.toArray(String[]::new));
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /** The whole command line: every command, its converters and the one-line error handling. */
  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new TorusCli());
    OptionTypes.register(commandLine);
    OneLineErrors errors = new OneLineErrors();
    return commandLine.setExpandAtFiles(false).setOverwrittenOptionsAllowed(true).setUsageHelpLongOptionsMaxWidth(24)
        .setParameterExceptionHandler(errors).setExecutionExceptionHandler(errors);
  }

  /** The commands a user runs, in the order the help lists them. */
  static List<String> commandNames(CommandSpec root) {
    return root.subcommands().keySet().stream().filter(name -> !name.equals("help")).toList();
  }

  /** {@code torus} alone: the list of commands, and the exit code of a mistake. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return OneLineErrors.USAGE;
  }

  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, stream.charset()), true);
  }
}
