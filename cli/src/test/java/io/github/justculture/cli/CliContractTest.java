package io.github.justculture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.justculture.cli.op.Operation;
import io.github.justculture.cli.op.Operations;
import io.github.justculture.cli.op.OptionDef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code docs/cli.md} is the contract, and it cannot drift: its reference section is exactly what
 * the command tree says of itself (every command's {@code --help}) and what the operation table
 * declares (route, schemas, formats, options). Run with {@code -Dgolden.update=true} to rewrite the
 * section after changing a command, then read the diff.
 */
class CliContractTest {

  static final Path CONTRACT = Path.of("../docs/cli.md");
  static final String BEGIN = "<!-- BEGIN GENERATED: commands (CliContractTest) -->";
  static final String END = "<!-- END GENERATED: commands -->";

  @Test
  void theContractsReferenceIsTheCommandTreeAndTheOperationTable() throws IOException {
    DocSection.assertGenerated(CONTRACT, BEGIN, END, "\n" + reference() + "\n");
  }

  @Test
  void everyOperationAndOptionIsNamedInTheContract() throws IOException {
    String doc = Files.readString(CONTRACT, StandardCharsets.UTF_8);
    for (Operation<?, ?, ?> op : Operations.ALL) {
      assertThat(doc).contains("### `justculture " + op.name() + "`");
      if (op.isHttp()) {
        assertThat(doc).contains("`POST " + op.route() + "`");
      }
      for (OptionDef def : op.options().defs()) {
        assertThat(doc).contains(def.cli());
      }
    }
  }

  /** The reference: every leaf command, in the tree's order, with its --help. */
  static String reference() {
    List<String> out = new ArrayList<>();
    walk(JustCultureCli.commandTree(), out);
    return String.join("\n", out);
  }

  private static void walk(CommandLine command, List<String> out) {
    Map<String, CommandLine> subcommands = command.getSubcommands();
    boolean isRoot = command.getParent() == null;
    if (!subcommands.isEmpty() && !isRoot) {
      subcommands.values().stream().distinct().forEach(c -> walk(c, out));
      return;
    }
    if (isRoot) {
      out.add("### `justculture`\n");
      out.add("```text\n" + usage(command) + "```\n");
      subcommands.values().stream()
          .distinct()
          .filter(c -> !c.getCommandName().equals("help"))
          .forEach(c -> walk(c, out));
      return;
    }
    String path = command.getCommandSpec().qualifiedName(" ");
    String name = path.substring(path.indexOf(' ') + 1);
    out.add("### `" + path + "`\n");
    Operations.ALL.stream()
        .filter(op -> op.name().equals(name))
        .findFirst()
        .ifPresent(
            op -> {
              StringBuilder facts = new StringBuilder();
              facts.append(
                  "Input: `"
                      + op.input().schema()
                      + "` ("
                      + op.input().kind().name().toLowerCase(java.util.Locale.ROOT)
                      + ")");
              if (!op.output().schema().isEmpty()) {
                facts.append("; output: `" + op.output().schema() + "`");
              }
              facts.append(
                  "; formats: "
                      + String.join(", ", op.output().formats().keySet())
                      + " (default "
                      + op.output().defaultFormat()
                      + ")");
              facts.append(
                  op.isHttp() ? "; HTTP: `POST " + op.route() + "`" : "; command line only");
              if (op.allowsBatch()) {
                facts.append("; `--batch`");
              }
              if (op.isDecision()) {
                facts.append("; recorded in the decision log");
              }
              out.add(facts + ".\n");
            });
    out.add("```text\n" + usage(command) + "```\n");
  }

  private static String usage(CommandLine command) {
    return command.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing() + "\n";
  }
}
