package io.github.justculture.cli;

import io.github.justculture.cli.op.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code justculture help [COMMAND…]}: the help of the top, a group or a command, as {@code --help}
 * prints it. A name that is not a command is a problem like any other, with picocli's guess ({@code
 * help guide evalute} → {@code evalute: unknown command (did you mean evaluate or validate?)}).
 */
@Command(
    name = "help",
    helpCommand = true,
    mixinStandardHelpOptions = true,
    description = "Display help information about the specified command.")
final class HelpCommand extends BaseCommand {

  @Parameters(
      paramLabel = "COMMAND",
      arity = "0..*",
      description = "The command whose help to show: a group, or a group and one of its commands.")
  private List<String> names = new ArrayList<>();

  @Override
  public Integer call() {
    CommandLine at = spec.root().commandLine();
    for (String name : names) {
      CommandLine next = at.getSubcommands().get(name);
      if (next == null) {
        throw new InvalidRequestException(JustCultureCli.unmatched(at, List.of(name)), 1);
      }
      at = next;
    }
    at.usage(out());
    out().flush();
    return JustCultureCli.OK;
  }
}
