package io.github.justculture.cli;

import io.github.justculture.cost.Presets;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code justculture cost presets}. */
@Command(
    name = "presets",
    mixinStandardHelpOptions = true,
    description =
        "Every preset with its parameters (name, value, unit, provenance, source) and caveats.")
final class CostPresetsCommand extends BaseCommand {

  @Override
  public Integer call() {
    printJson(Map.of("presets", Presets.all()));
    return JustCultureCli.OK;
  }
}
