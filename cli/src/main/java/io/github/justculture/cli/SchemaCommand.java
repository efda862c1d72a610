package io.github.justculture.cli;

import io.github.justculture.cli.op.Listings;
import io.github.justculture.cli.op.Operation;
import io.github.justculture.cli.op.Operations;
import io.github.justculture.core.internal.JsonText;
import io.github.justculture.core.json.JsonSchemas;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code justculture schema [NAME]}: the JSON Schemas of every payload. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description =
        "List the JSON Schemas (draft 2020-12) of every payload with the operations that read or"
            + " write it, or print one by name.")
final class SchemaCommand extends BaseCommand {

  @Parameters(
      arity = "0..1",
      paramLabel = "NAME",
      description = "A schema's name, e.g. guide-result.schema.json.")
  private @Nullable String name;

  @Override
  public Integer call() {
    if (name == null) {
      // Each schema with the operations that read or write it, from the table of operations.
      for (String schema : JsonSchemas.names()) {
        List<String> uses = new ArrayList<>();
        for (Operation<?, ?, ?> op : Operations.ALL) {
          if (op.input().schema().equals(schema)) {
            uses.add(op.name() + " (input)");
          }
          if (op.output().schema().equals(schema)) {
            uses.add(op.name() + " (output)");
          }
        }
        out().printf("%-42s %s%n", schema, uses.isEmpty() ? "-" : String.join(", ", uses));
      }
    } else {
      String wanted = name;
      out()
          .print(
              JsonSchemas.text(wanted)
                  .orElseThrow(
                      () ->
                          new UsageException(
                              "NAME: unknown schema "
                                  + JsonText.shown(wanted, 80)
                                  + " ("
                                  + Listings.schemaNear(wanted)
                                      .map(n -> "did you mean " + n + "? ")
                                      .orElse("")
                                  + "run 'justculture schema' for the list)")));
    }
    out().flush();
    return JustCultureCli.OK;
  }
}
