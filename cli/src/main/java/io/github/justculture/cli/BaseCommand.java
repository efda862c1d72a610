package io.github.justculture.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.justculture.cli.op.Given;
import io.github.justculture.cli.op.GuideChoice;
import io.github.justculture.cli.op.InvalidRequestException;
import io.github.justculture.cli.op.Operations;
import io.github.justculture.cli.op.OptionDef;
import io.github.justculture.cli.op.Problem;
import io.github.justculture.cli.op.Runner;
import io.github.justculture.core.json.JustCultureJson;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The base of the commands that are not operations of the table ({@code tour}, {@code schema},
 * {@code guide ask}, {@code guide render}, …): standard input and output of this run, and the
 * table's own readers for what they share with operations (a guide's choice).
 */
abstract class BaseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** Standard input of this run. */
  InputStream stdin() {
    return ((JustCultureCli) spec.root().userObject()).in();
  }

  /** Standard output. */
  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Standard error, for diagnostics and progress. */
  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /**
   * Whether {@link #call} reports {@link #commandLineProblems} itself, with its own problems, all
   * at once. If not, they are reported before it is called, and it is not called.
   *
   * @return false unless the command says so
   */
  boolean reportsCommandLineProblems() {
    return false;
  }

  /**
   * The problems of this run's command line: those picocli stopped at (a required option missing),
   * when {@link #problems} runs the command for them, then those it went past (arguments this
   * command does not take, options without a value, values it could not convert, options given
   * twice).
   *
   * @return the problems; empty when there are none
   */
  List<Problem> commandLineProblems() {
    List<Problem> problems = new ArrayList<>(stoppedAt);
    problems.addAll(JustCultureCli.commandLineProblems(spec.commandLine()));
    return problems;
  }

  /** The problems picocli stopped at, for {@link #problems}. */
  private List<Problem> stoppedAt = List.of();

  /**
   * Every problem of this command line, when picocli found one it stops at: the command's own
   * checks, which report the command line's problems with theirs (see {@link
   * #reportsCommandLineProblems}), find the rest, and stop there, since there is a problem.
   *
   * @param parser the problems picocli found; with those it went past, not empty
   * @return those problems, then every other one the command finds
   * @throws Exception as {@link #call} does, when the command cannot check itself (an unreadable
   *     file)
   */
  InvalidRequestException problems(List<Problem> parser) throws Exception {
    stoppedAt = List.copyOf(parser);
    try {
      call();
    } catch (InvalidRequestException e) {
      return e;
    }
    throw new IllegalStateException("a command with problems ran");
  }

  /** Prints a value as indented JSON on standard output, followed by a newline. */
  void printJson(Object value) {
    out().println(JustCultureJson.codec().writePretty(value));
    out().flush();
  }

  /**
   * The guide chosen by {@code --guide} and {@code --definition}, read by the same rules as every
   * operation that takes them.
   */
  GuideChoice guideChoice(@Nullable String guide, @Nullable String definition) {
    return guideChoice(guideOptions(guide, definition));
  }

  /** The guide chosen by options already read. */
  GuideChoice guideChoice(Given given) {
    return Runner.options(
        Operations.guideChoiceOptions(), given, JustCultureCli.context(this), OptionDef::cli);
  }

  /**
   * {@code --guide} and {@code --definition} as given: their values, and the problems of the
   * command line and of reading a definition file (read once: it may be standard input).
   */
  Given guideOptions(@Nullable String guide, @Nullable String definition) {
    List<Problem> problems = new ArrayList<>(commandLineProblems());
    Map<String, JsonNode> values =
        OperationCommand.values(
            Operations.guideChoiceOptions().defs(),
            def -> def.json().equals("guide") ? guide : definition,
            stdin(),
            problems);
    return new Given(values, problems);
  }
}
