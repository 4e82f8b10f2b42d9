package dev.torus.cli;

import com.google.common.collect.ImmutableMap;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code ./torus} command line: {@code torus <command> [args]}. Errors go to stderr as one line
 * that says what was wrong and what to do, with a non-zero exit.
 */
public final class TorusCli {
  /** One subcommand: runs with its arguments and returns the process exit code. */
  interface Command {
    String summary();

    /** The full help: every option, what it takes and its default. */
    String usage();

    int run(List<String> args, PrintStream out) throws Exception;
  }

  /** A mistake in the command line; its message is the one line printed. */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }

  private static final ImmutableMap<String, Command> COMMANDS = ImmutableMap.of(
      "demo", new DemoCommand(),
      "compile", new CompileCommand(),
      "run", new RunCommand(),
      "train", new TrainCommand(),
      "report", new ReportCommand(),
      "tpu-check", new TpuCheckCommand(),
      "plan", new PlanCommand(),
      "codegen", new CodegenCommand(),
      "pod-run", new PodRunCommand(),
      "export", new ExportCommand());

  private TorusCli() {}

  public static void main(String[] argv) {
    System.exit(run(Arrays.asList(argv), System.out, System.err));
  }

  /** Runs one command line; the exit code. */
  public static int run(List<String> argv, PrintStream out, PrintStream err) {
    if (argv.isEmpty() || argv.get(0).equals("help") || argv.get(0).equals("--help")) {
      out.println("usage: torus <command> [args]   (torus <command> --help for its options)\ncommands:");
      COMMANDS.forEach((name, c) -> out.printf("  %-9s %s%n", name, c.summary()));
      return argv.isEmpty() ? 2 : 0;
    }
    Command command = COMMANDS.get(argv.get(0));
    if (command == null) {
      err.println("torus: unknown command '" + argv.get(0) + "'; known commands: " + String.join(", ", COMMANDS.keySet())
          + " (see: torus help)");
      return 2;
    }
    List<String> args = argv.subList(1, argv.size());
    if (args.contains("--help") || args.contains("-h")) {
      out.print(command.usage());
      return 0;
    }
    try {
      return command.run(args, out);
    } catch (UsageException e) {
      err.println("torus " + argv.get(0) + ": " + e.getMessage());
      return 2;
    } catch (Exception e) {
      err.println("torus " + argv.get(0) + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return 1;
    }
  }
}
