package io.github.justculture.examples.cli;

import picocli.CommandLine.Command;

/** {@code justculture guide}: the just culture decision guide. */
@Command(
    name = "guide",
    mixinStandardHelpOptions = true,
    description = "The just culture decision guide: list, evaluate, ask, render, validate, report.",
    subcommands = {
      GuideListCommand.class,
      GuideEvaluateCommand.class,
      GuideAskCommand.class,
      GuideRenderCommand.class,
      GuideValidateCommand.class,
      GuideReportCommand.class
    })
final class GuideCommand {}
