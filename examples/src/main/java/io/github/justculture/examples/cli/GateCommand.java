package io.github.justculture.examples.cli;

import io.github.justculture.gate.FormalActionGate;
import io.github.justculture.gate.FormalActionProposal;
import io.github.justculture.gate.GateConfig;
import io.github.justculture.gate.ImmutableGateConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code justculture gate}: the formal-action gate. */
@Command(
    name = "gate",
    mixinStandardHelpOptions = true,
    description =
        "The formal-action gate HR systems call before disciplinary action, suspension or referral.",
    subcommands = {GateCommand.Check.class})
final class GateCommand {

  /** {@code justculture gate check PROPOSAL.json}. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = {
        "Check a formal-action proposal: each item MET, UNMET (with the reason) or NOT_APPLICABLE, whether the gate"
            + " passed, and the fairness prompts when it did not.",
        "Exit 0 whenever a result is produced, passed or not; 2 for an invalid proposal."
      })
  static final class Check extends JsonCommand {

    @Parameters(
        paramLabel = "PROPOSAL",
        description = "The proposal (JSON), or - for standard input.")
    private String file = "-";

    @Option(
        names = "--suspension-review-days",
        paramLabel = "DAYS",
        description =
            "The longest time from a suspension's start to its first review (default 28).")
    private int reviewDays = GateConfig.DEFAULT_SUSPENSION_REVIEW_DAYS;

    @Option(
        names = "--minimum-decision-makers",
        paramLabel = "N",
        description =
            "The least number of distinct decision-makers besides the HR adviser (default 2).")
    private int minimumDecisionMakers = GateConfig.DEFAULT_MINIMUM_DECISION_MAKERS;

    @Override
    public Integer call() {
      GateConfig config;
      try {
        config =
            ImmutableGateConfig.builder()
                .suspensionReviewDays(reviewDays)
                .minimumDecisionMakers(minimumDecisionMakers)
                .build();
      } catch (io.github.justculture.core.InvalidInputException e) {
        throw new UsageException(
            e.findings()
                .get(0)
                .message()
                .replace("$.suspensionReviewDays", "--suspension-review-days")
                .replace("$.minimumDecisionMakers", "--minimum-decision-makers"));
      }
      FormalActionProposal proposal = readJson(file, FormalActionProposal.class);
      printJson(FormalActionGate.of(config).check(proposal));
      return JustCultureCli.OK;
    }
  }
}
