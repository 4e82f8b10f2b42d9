package dev.torus.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code torus completion}: prints the bash completion script of every command and option. */
@Command(name = "completion", description = {"print a bash completion script for every command and option", "",
    "Load it in the current shell with: source <(./torus completion)"},
    customSynopsis = "torus completion")
final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(AutoComplete.bash("torus", spec.root().commandLine()));
    return 0;
  }
}
