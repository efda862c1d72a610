package io.github.justculture.examples.cli;

import io.github.justculture.guide.Guide;
import io.github.justculture.guide.Guides;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options that choose a guide: a built-in by id, or a trust's own definition file. */
final class GuideSelection {

  @Option(
      names = "--guide",
      paramLabel = "ID",
      description = "A built-in guide: nhs-2018 (default) or reason-1997.")
  @Nullable String id;

  @Option(
      names = "--definition",
      paramLabel = "FILE",
      description = "A guide definition in JSON (a trust's own), instead of a built-in guide.")
  @Nullable String definitionFile;

  /** The chosen guide, or null when neither option was given. */
  @Nullable Guide chosen() {
    if (id != null && definitionFile != null) {
      throw new UsageException("--guide and --definition cannot be used together");
    }
    if (definitionFile != null) {
      return Guides.parse(JsonCommand.readFile(definitionFile));
    }
    if (id != null) {
      String wanted = id;
      return Guides.builtIn(wanted)
          .orElseThrow(
              () ->
                  new UsageException(
                      "--guide: unknown guide '"
                          + wanted
                          + "' (built-in guides: "
                          + Guides.builtIns().stream()
                              .map(Guide::id)
                              .collect(Collectors.joining(", "))
                          + ")"));
    }
    return null;
  }

  /** The chosen guide, or the default. */
  Guide chosenOrDefault() {
    Guide guide = chosen();
    return guide == null ? Guides.nhs2018() : guide;
  }
}
