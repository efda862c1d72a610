package io.github.justculture.cli;

import io.github.justculture.cli.op.Listings;
import picocli.CommandLine.Command;

/** {@code justculture guide list}: the built-in guides. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the built-in guides with their versions and sources.")
final class GuideListCommand extends BaseCommand {

  @Override
  public Integer call() {
    printJson(Listings.guides());
    return JustCultureCli.OK;
  }
}
