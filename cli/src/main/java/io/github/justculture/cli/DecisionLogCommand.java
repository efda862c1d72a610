package io.github.justculture.cli;

import io.github.justculture.cli.serve.DecisionLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code justculture decision-log}: the service's decision log. */
@Command(
    name = "decision-log",
    mixinStandardHelpOptions = true,
    description = "The service's hash-chained decision log.",
    subcommands = {DecisionLogCommand.Verify.class})
final class DecisionLogCommand {

  /** {@code justculture decision-log verify DIR [--after SEQ:SHA256] [--receipt SEQ:SHA256]…}. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Check the chain of a decision log: every line's prev is the SHA-256 of the line before,"
            + " across files, with sequence numbers in order. On success it prints the last line's"
            + " receipt (SEQ:SHA256): keep it when you archive the files, to check the rest later"
            + " with --after.",
        "Exit 0 when intact (and every receipt matches); 2 naming the first broken or incomplete"
            + " line by file and line, or the first receipt that does not match."
      })
  static final class Verify extends BaseCommand {

    @Parameters(paramLabel = "DIR", description = "The log's folder.")
    private Path dir = Path.of(".");

    @Option(
        names = "--after",
        paramLabel = "SEQ:SHA256",
        description =
            "The files before those here were archived: check from the line after this one (the"
                + " last line's receipt, as verify printed it while they were here).")
    private String after;

    @Option(
        names = "--receipt",
        paramLabel = "SEQ:SHA256",
        split = ",",
        description =
            "A receipt to check (the service's Justculture-Decision-Seq and"
                + " Justculture-Decision-Sha256 answer headers, or a batch line's receipt): its"
                + " line must be here and hash to it. Repeat it, or separate receipts with commas.")
    private List<String> receipts = new ArrayList<>();

    @Override
    public Integer call() {
      if (!Files.isDirectory(dir)) {
        throw new UsageException(dir + ": is not a folder");
      }
      List<String> problems = new ArrayList<>();
      Optional<DecisionLog.Receipt> from = Optional.empty();
      if (after != null) {
        from = receipt("--after", after, problems);
      }
      List<DecisionLog.Receipt> checked = new ArrayList<>();
      for (String r : receipts) {
        receipt("--receipt", r, problems).ifPresent(checked::add);
      }
      int distinct = 0;
      try {
        distinct = DecisionLog.Receipt.bySeq(checked).size();
      } catch (IllegalArgumentException e) {
        problems.add("--receipt: " + e.getMessage());
      }
      if (!problems.isEmpty()) {
        throw new UsageException(String.join("\n", problems));
      }
      DecisionLog.Verification v;
      try {
        v = DecisionLog.verify(dir, from, checked);
      } catch (IOException e) {
        throw CliFiles.cannotNamed(dir.toString(), "read", e);
      }
      if (v.files() == 0) {
        // A service makes its first file when it starts: an empty folder is the wrong folder, and
        // "intact" would vouch for nothing.
        throw new UsageException(
            dir
                + ": holds no decision log files (decisions-NNNNNN.jsonl): is it the log's folder?");
      }
      if (v.intact()) {
        out().println(summary(v, from, distinct));
        out().flush();
        return JustCultureCli.OK;
      }
      String problem = v.problem().orElseThrow();
      err().println(problem.startsWith("the receipt") ? problem : dir.resolve(problem).toString());
      return JustCultureCli.INVALID_INPUT;
    }

    private static Optional<DecisionLog.Receipt> receipt(
        String option, String text, List<String> problems) {
      try {
        return Optional.of(DecisionLog.Receipt.parse(text.trim()));
      } catch (IllegalArgumentException e) {
        problems.add(option + ": " + e.getMessage());
        return Optional.empty();
      }
    }

    /**
     * {@code intact: 5 decisions in 1 file, seq 1 to 5; last line 5:…}, and what was taken on trust
     * (the archived files) and checked besides (receipts).
     */
    private static String summary(
        DecisionLog.Verification v, Optional<DecisionLog.Receipt> after, int receipts) {
      StringBuilder out =
          new StringBuilder("intact: ")
              .append(v.lines())
              .append(v.lines() == 1 ? " decision in " : " decisions in ")
              .append(v.files())
              .append(v.files() == 1 ? " file" : " files");
      // Intact, so the lines run without a gap up to the last.
      v.last()
          .ifPresent(
              r ->
                  out.append(", seq ")
                      .append(r.seq() - v.lines() + 1)
                      .append(" to ")
                      .append(r.seq()));
      after.ifPresent(r -> out.append(", continuing from ").append(r));
      if (receipts > 0) {
        out.append("; ")
            .append(receipts)
            .append(receipts == 1 ? " receipt matches" : " receipts match");
      }
      v.last().ifPresent(r -> out.append("; last line ").append(r));
      return out.toString();
    }
  }
}
