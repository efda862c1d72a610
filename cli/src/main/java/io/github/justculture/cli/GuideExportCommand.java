package io.github.justculture.cli;

import io.github.justculture.core.internal.JsonText;
import io.github.justculture.guide.Guide;
import io.github.justculture.guide.Guides;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code justculture guide export ID}: a built-in guide's definition as JSON, the start of a
 * trust's own guide (edit it, check it with {@code guide validate}, use it with {@code
 * --definition}).
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Print a built-in guide's definition as JSON (as GET /v1/guides/{id} gives it).",
      "Start a trust's own guide from it: change the id and version, edit, check with 'guide"
          + " validate', then pass it with --definition."
    })
final class GuideExportCommand extends BaseCommand {

  @Parameters(
      index = "0",
      paramLabel = "ID",
      description = "A built-in guide: nhs-2018 or reason-1997.")
  private String id;

  @Override
  public Integer call() {
    Guide guide =
        Guides.builtIn(id)
            .orElseThrow(
                () ->
                    new UsageException(
                        "ID: no built-in guide "
                            + JsonText.shown(id, 80)
                            + " (built-in: "
                            + String.join(", ", Guides.builtIns().stream().map(Guide::id).toList())
                            + ")"));
    printJson(guide.definition());
    return JustCultureCli.OK;
  }
}
