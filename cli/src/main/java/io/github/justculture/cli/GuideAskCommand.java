package io.github.justculture.cli;

import io.github.justculture.cli.op.Given;
import io.github.justculture.cli.op.Problem;
import io.github.justculture.core.json.JustCultureJson;
import io.github.justculture.guide.Answer;
import io.github.justculture.guide.GivenAnswer;
import io.github.justculture.guide.Guide;
import io.github.justculture.guide.GuideResult;
import io.github.justculture.guide.GuideSession;
import io.github.justculture.guide.Guides;
import io.github.justculture.guide.Outcome;
import io.github.justculture.guide.Question;
import io.github.justculture.guide.UnknownPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code justculture guide ask}: the guide as a conversation in the terminal. */
@Command(
    name = "ask",
    mixinStandardHelpOptions = true,
    description = {
      "Work through a guide one question at a time in the terminal.",
      "Answer y (yes), n (no) or u (unknown); b goes back one answer; ? shows the help text; q stops.",
      "The result so far is printed (and written to --out) when q or the end of input stops the"
          + " questions, or a reply longer than 1000 bytes (then with exit 2)."
    })
final class GuideAskCommand extends BaseCommand {

  @Option(
      names = "--guide",
      paramLabel = "ID",
      description = "A built-in guide (default nhs-2018).")
  private @Nullable String guide;

  @Option(
      names = "--definition",
      paramLabel = "FILE",
      description = "A guide definition in JSON (a trust's own), instead of a built-in guide.")
  private @Nullable String definition;

  @Option(
      names = "--unknown-policy",
      paramLabel = "POLICY",
      description = "SUSPEND (default) or BENEFIT_OF_DOUBT.")
  private UnknownPolicy policy = UnknownPolicy.SUSPEND;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Also write the result as JSON to FILE.")
  private @Nullable String outFile;

  /** The command line's problems come with the guide's (see {@link #guideOptions}). */
  @Override
  boolean reportsCommandLineProblems() {
    return true;
  }

  @Override
  public Integer call() throws IOException {
    Given given = guideOptions(this.guide, this.definition);
    if (outFile != null) {
      // Before the conversation, with the guide's problems: not after every answer is given.
      try {
        CliFiles.checkWritable(outFile);
      } catch (UsageException e) {
        List<Problem> problems = new ArrayList<>(given.problems());
        problems.add(e.problem());
        given = new Given(given.values(), problems);
      }
    }
    Guide guide = guideChoice(given).chosen().orElseGet(Guides::nhs2018);
    PrintWriter out = out();
    Replies in = new Replies(stdin());
    out.println(guide.definition().title());
    for (String caveat : guide.definition().caveats()) {
      out.println("  * " + caveat);
    }
    GuideSession session = GuideSession.start(guide, policy);
    long tooLong = 0; // the line of a reply over the limit, if one stopped the conversation
    Optional<Question> next = session.nextQuestion();
    while (next.isPresent()) {
      Question q = next.get();
      out.printf("%n%s (%s) %s%n", q.id(), q.test(), q.text());
      out.print("  y / n / u, b back, ? help, q quit > ");
      out.flush();
      String line = in.next();
      if (line == null) {
        out.println();
        break;
      }
      if (line.equals(Replies.TOO_LONG)) {
        // Not a reply: the conversation ends with what was answered, and the run is an input error.
        out.println();
        tooLong = in.lines();
        break;
      }
      String reply = line.trim().toLowerCase(Locale.ROOT);
      switch (reply) {
        case "y", "yes" -> session = session.answer(q.id(), GivenAnswer.of(Answer.YES));
        case "n", "no" -> session = session.answer(q.id(), GivenAnswer.of(Answer.NO));
        case "u", "unknown" -> {
          if (session.answers().containsKey(q.id())) {
            out.println(
                "  "
                    + q.id()
                    + " is already unknown, and the outcome depends on it: resolve it, or q.");
          }
          session = session.answer(q.id(), GivenAnswer.of(Answer.UNKNOWN));
        }
        case "b", "back" -> {
          if (!session.canGoBack()) {
            out.println("  Nothing to go back to.");
          }
          session = session.back();
        }
        case "?", "h", "help" ->
            out.println("  " + (q.help().isEmpty() ? "No help text for this question." : q.help()));
        case "q", "quit" -> {
          next = Optional.empty();
          continue;
        }
        default -> out.println("  Please answer y, n or u (or b, ?, q).");
      }
      next = session.nextQuestion();
    }
    GuideResult result = session.result();
    out.println();
    out.print(describe(result));
    out.flush();
    if (outFile != null) {
      CliFiles.write(CliFiles.path(outFile), JustCultureJson.codec().writePretty(result) + "\n");
      err().println("wrote " + UsageException.named(outFile));
    }
    if (tooLong > 0) {
      err()
          .println(
              "-: line "
                  + tooLong
                  + ": a reply is longer than "
                  + Replies.MAX_REPLY
                  + " bytes; the conversation stopped there");
      return JustCultureCli.INVALID_INPUT;
    }
    return JustCultureCli.OK;
  }

  /**
   * Replies typed at the prompt, one a line: at most {@value #MAX_REPLY} bytes are kept of a line
   * (a longer one is not a reply), so that no input, however long its lines, fills the memory.
   */
  static final class Replies {
    static final int MAX_REPLY = 1_000;

    /** What {@link #next()} returns for a line over the limit; the session then stops. */
    static final String TOO_LONG = "\u0000too long";

    private final InputStream in;
    private long lines;

    Replies(InputStream in) {
      this.in = in;
    }

    /** How many lines {@link #next()} has begun to read, the last one included. */
    long lines() {
      return lines;
    }

    /**
     * The next line, null at the end of input, or {@link #TOO_LONG} once a line passes the limit
     * (reading stops there: a line that never ends must not keep the prompt waiting forever).
     */
    @Nullable String next() throws IOException {
      java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
      lines++;
      int b;
      while ((b = in.read()) != -1 && b != '\n') {
        if (line.size() == MAX_REPLY) {
          return TOO_LONG;
        }
        line.write(b);
      }
      if (b == -1 && line.size() == 0) {
        return null;
      }
      return line.toString(StandardCharsets.UTF_8);
    }
  }

  /** A result for people: outcome, response, system clause, explanation and caveats. */
  static String describe(GuideResult result) {
    StringBuilder text = new StringBuilder();
    if (result.outcome().isPresent()) {
      Outcome o = result.outcome().get();
      text.append("Outcome: ")
          .append(o.label())
          .append(" (")
          .append(o.id())
          .append(", severity ")
          .append(o.severityOutOfMax())
          .append(")\n")
          .append("Response: ")
          .append(o.response())
          .append('\n')
          .append("System learning: ")
          .append(o.systemClause())
          .append('\n');
    } else {
      text.append("No outcome yet. Possible outcomes: ")
          .append(String.join(", ", result.possibleOutcomes()))
          .append('\n');
    }
    text.append("Why: ").append(result.explanation()).append('\n');
    return text.toString();
  }
}
