package io.github.justculture.cli;

import io.github.justculture.cli.serve.DecisionLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code justculture decision-log verify} and {@code show}: the service's decision log (a command
 * group of the tree, built as the others are).
 */
final class DecisionLogCommand {

  private DecisionLogCommand() {}

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
    private @Nullable String after;

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
      List<String> problems = new ArrayList<>();
      if (!Files.isDirectory(dir)) {
        problems.add(UsageException.named(dir.toString()) + ": is not a folder");
      }
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
            dir.toString(),
            "holds no decision log files (decisions-NNNNNN.jsonl): is it the log's folder?");
      }
      if (v.intact()) {
        out().println(summary(v, from, distinct));
        out().flush();
        return JustCultureCli.OK;
      }
      String problem = v.problem().orElseThrow();
      // A problem in a file starts with the file's name: given here by its path, as the user named
      // the folder.
      err().println(v.file().isPresent() ? dir.resolve(problem).toString() : problem);
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

  /** {@code justculture decision-log show DIR SEQ[:SHA256]…}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = {
        "Print entries of a decision log by sequence number, each as its line is in the log (one"
            + " JSON object a line, in the log's order). Given as a receipt (SEQ:SHA256, as the"
            + " service answered it), an entry must also hash to it.",
        "It does not check the chain: 'decision-log verify DIR --receipt SEQ:SHA256' does. Exit 0"
            + " when every entry asked for was found (and matches its receipt); 2 naming each that"
            + " was not, after printing those that were."
      })
  static final class Show extends BaseCommand {

    @Parameters(index = "0", paramLabel = "DIR", description = "The log's folder.")
    private Path dir;

    @Parameters(
        index = "1..*",
        arity = "1..*",
        paramLabel = "SEQ[:SHA256]",
        description = "An entry's sequence number, or its receipt.")
    private List<String> entries = new ArrayList<>();

    @Override
    public Integer call() {
      List<String> problems = new ArrayList<>();
      if (!Files.isDirectory(dir)) {
        problems.add(UsageException.named(dir.toString()) + ": is not a folder");
      }
      java.util.SortedMap<Long, Optional<String>> wanted = new java.util.TreeMap<>();
      for (String text : entries) {
        String entry = text.trim();
        try {
          if (entry.contains(":")) {
            DecisionLog.Receipt r = DecisionLog.Receipt.parse(entry);
            Optional<String> before = wanted.put(r.seq(), Optional.of(r.sha256()));
            if (before != null && before.isPresent() && !before.get().equals(r.sha256())) {
              problems.add(
                  UsageException.named(entry)
                      + ": another receipt gives "
                      + r.seq()
                      + " another SHA-256");
            }
          } else {
            long seq = WholeNumbers.parse(entry).orElse(0);
            if (seq < 1) {
              throw new NumberFormatException();
            }
            wanted.putIfAbsent(seq, Optional.empty());
          }
        } catch (IllegalArgumentException e) {
          problems.add(
              UsageException.named(entry)
                  + ": not a sequence number (1 or more) or a receipt SEQ:SHA256");
        }
      }
      if (!problems.isEmpty()) {
        throw new UsageException(String.join("\n", problems));
      }
      List<DecisionLog.Found> found;
      try {
        if (DecisionLog.files(dir).isEmpty()) {
          throw new UsageException(
              dir.toString(),
              "holds no decision log files (decisions-NNNNNN.jsonl): is it the log's folder?");
        }
        found = DecisionLog.find(dir, wanted.keySet());
      } catch (IOException e) {
        throw CliFiles.cannotNamed(dir.toString(), "read", e);
      }
      java.io.PrintStream out = ((JustCultureCli) spec.root().userObject()).out();
      java.util.Map<Long, List<DecisionLog.Found>> bySeq = new java.util.TreeMap<>();
      for (DecisionLog.Found f : found) {
        bySeq.computeIfAbsent(f.receipt().seq(), k -> new ArrayList<>()).add(f);
        try {
          DecisionLog.copy(f, out);
        } catch (IOException e) {
          throw CliFiles.cannotNamed(f.file().toString(), "read", e);
        }
      }
      out.flush();
      for (java.util.Map.Entry<Long, Optional<String>> w : wanted.entrySet()) {
        List<DecisionLog.Found> lines = bySeq.getOrDefault(w.getKey(), List.of());
        if (lines.isEmpty()) {
          problems.add(w.getKey() + ": no entry has this sequence number here");
        } else if (lines.size() > 1) {
          problems.add(
              w.getKey()
                  + ": more than one line has this sequence number ("
                  + where(lines)
                  + "): the log does not verify");
        } else if (w.getValue().isPresent()
            && !w.getValue().get().equals(lines.get(0).receipt().sha256())) {
          problems.add(
              w.getKey()
                  + ": the entry here ("
                  + where(lines)
                  + ") is not the one the receipt names: its SHA-256 is "
                  + lines.get(0).receipt().sha256());
        }
      }
      if (!problems.isEmpty()) {
        // After the entries that were found: a problem line each, the first hundred.
        throw new UsageException(String.join("\n", problems));
      }
      return JustCultureCli.OK;
    }

    private String where(List<DecisionLog.Found> lines) {
      List<String> places = new ArrayList<>();
      for (DecisionLog.Found f : lines) {
        places.add(dir.resolve(f.file().getFileName()) + " line " + f.line());
      }
      return String.join(", ", places);
    }
  }
}
