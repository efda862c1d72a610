package io.github.justculture.examples.cli;

import io.github.justculture.core.json.JsonSchemas;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code justculture schema [NAME]}: the JSON Schemas of every payload. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "List the JSON Schemas (draft 2020-12) of every payload, or print one by name.")
final class SchemaCommand extends JsonCommand {

  @Parameters(
      arity = "0..1",
      paramLabel = "NAME",
      description = "A schema's name, e.g. guide-result.schema.json.")
  private @Nullable String name;

  @Override
  public Integer call() {
    if (name == null) {
      JsonSchemas.names().forEach(out()::println);
    } else {
      String wanted = name;
      out()
          .print(
              JsonSchemas.text(wanted)
                  .orElseThrow(
                      () ->
                          new UsageException(
                              "NAME: unknown schema '"
                                  + wanted
                                  + "' (run 'justculture schema' for the list)")));
    }
    out().flush();
    return JustCultureCli.OK;
  }
}
