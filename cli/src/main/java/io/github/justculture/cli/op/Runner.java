package io.github.justculture.cli.op;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.justculture.core.Finding;
import io.github.justculture.core.InputException;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.csv.CsvReader;
import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.json.JustCultureJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs an operation on one request, the same way for every front end: options and input are read
 * and checked together (every problem of both at once), then the library is called. What a front
 * end adds is only where the bytes come from and how the result and problems are shown.
 */
public final class Runner {

  private Runner() {}

  /**
   * Runs a JSON operation on one document.
   *
   * @param op the operation
   * @param json the document's bytes, or null when the front end could not read it or could not
   *     tell which argument it is (then {@code given} has a problem that says why)
   * @param given the options given, by JSON name, and what the front end found wrong
   * @param context what the application lends
   * @param spelling how the front end names an option
   * @param <I> the input
   * @param <P> the options
   * @param <O> the result
   * @return the result
   * @throws InvalidRequestException naming every problem the front end found and every problem of
   *     the options and the document
   */
  public static <I, P, O> O runJson(
      Operation<I, P, O> op,
      @Nullable Body json,
      Given given,
      Context context,
      Function<OptionDef, String> spelling) {
    Checked<P> checked = check(op.options(), given, context, spelling);
    P options = checked.options();
    InvalidRequestException problems = checked.problems();
    if (json == null) {
      if (problems == null) {
        throw new IllegalArgumentException("no input, and no problem that says why");
      }
      throw problems;
    }
    I input = null;
    try (InputStream in = json.open()) {
      input = JustCultureJson.codec().read(in, op.input().type());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the input", e);
    } catch (InvalidInputException e) {
      problems = and(problems, withLaterChecks(op, json, options, e));
    }
    if (problems != null) {
      throw problems;
    }
    // Without problems, both were read.
    return call(op, Objects.requireNonNull(input), Objects.requireNonNull(options), context);
  }

  /**
   * Runs a CSV operation on a stream of records.
   *
   * @param op the operation
   * @param records the records, not closed; or null when the front end could not open them (then
   *     {@code given} has a problem that says why)
   * @param given the options given, by JSON name, and what the front end found wrong
   * @param context what the application lends
   * @param spelling how the front end names an option
   * @param <P> the options
   * @param <O> the result
   * @return the result (for a streamed result, a cursor the renderer reads)
   * @throws InvalidRequestException naming every problem the front end found and every problem of
   *     the options, or of the records when the operation refuses them whole
   */
  public static <P, O> O runCsv(
      Operation<CsvSource, P, O> op,
      @Nullable InputStream records,
      Given given,
      Context context,
      Function<OptionDef, String> spelling) {
    Checked<P> checked = check(op.options(), given, context, spelling);
    InvalidRequestException problems = checked.problems();
    if (problems != null) {
      if (records != null && op.input().header().isPresent()) {
        // The records are not read while a problem stands, but their header is read, and checked
        // unless an option it is checked against (the id columns of a sweep, say) is invalid too.
        Input.Header header = op.input().header().get();
        P usable = usable(op.options(), given, problems, header.reads(), context, spelling);
        problems = and(problems, header(records, header.check(), usable, context));
      }
      throw problems;
    }
    if (records == null) {
      throw new IllegalArgumentException("no records, and no problem that says why");
    }
    return call(
        op, new CsvSource(records), Objects.requireNonNull(checked.options()), context); // checked
  }

  /**
   * The options value without the options that have a problem (each then takes its default); null
   * when one of them is needed, when that is not valid either, or when not every problem is known.
   */
  private static <P> @Nullable P usable(
      Options<P> options,
      Given given,
      InvalidRequestException problems,
      List<String> needed,
      Context context,
      Function<OptionDef, String> spelling) {
    if (problems.total() > problems.problems().size()) {
      return null; // not every problem is known
    }
    java.util.Map<String, JsonNode> valid = new java.util.HashMap<>(given.values());
    for (OptionDef def : options.defs()) {
      String name = spelling.apply(def);
      if (problems.problems().stream().anyMatch(p -> p.option().filter(name::equals).isPresent())) {
        if (needed.contains(def.json())) {
          return null;
        }
        valid.remove(def.json());
      }
    }
    try {
      return options.read(valid, context, spelling);
    } catch (InvalidRequestException stillInvalid) {
      return null;
    }
  }

  /**
   * The problems of a CSV header: that it cannot be read, or, when the options to check it against
   * are known, that it fails the check; null when there are none.
   */
  private static @Nullable InvalidRequestException header(
      InputStream records, Input.HeaderCheck check, @Nullable Object options, Context context) {
    try {
      List<String> header = CsvReader.of(records).header();
      if (options != null) {
        check.check(header, options, context);
      }
      return null;
    } catch (InputException e) {
      return InvalidRequestException.of(e);
    } catch (InvalidRequestException e) {
      return e;
    }
  }

  /**
   * Reads an options value, refusing it with every problem the front end found as well.
   *
   * @param options the options (an operation's, or those a command shares with operations)
   * @param given the options given, and what the front end found wrong
   * @param context what the application lends
   * @param spelling how the front end names an option
   * @param <P> the options value
   * @return the options value
   * @throws InvalidRequestException naming every problem the front end found and every problem of
   *     the options
   */
  public static <P> P options(
      Options<P> options, Given given, Context context, Function<OptionDef, String> spelling) {
    Checked<P> checked = check(options, given, context, spelling);
    InvalidRequestException problems = checked.problems();
    if (problems != null) {
      throw problems;
    }
    return Objects.requireNonNull(checked.options()); // no problems: the options were made
  }

  /** The options value, when it could be read, and the problems found so far. */
  private record Checked<P>(@Nullable P options, @Nullable InvalidRequestException problems) {}

  private static <P> Checked<P> check(
      Options<P> options, Given given, Context context, Function<OptionDef, String> spelling) {
    try {
      return new Checked<>(options.read(given.values(), context, spelling), given.problemsFound());
    } catch (InvalidRequestException e) {
      return new Checked<>(null, and(given.problemsFound(), e));
    }
  }

  private static InvalidRequestException and(
      @Nullable InvalidRequestException first, @Nullable InvalidRequestException then) {
    if (then == null) {
      return java.util.Objects.requireNonNull(first);
    }
    return first == null ? then : first.and(then);
  }

  private static <I, P, O> O call(Operation<I, P, O> op, I input, P options, Context context) {
    try {
      return op.call(input, options, context);
    } catch (InputException e) {
      throw InvalidRequestException.of(e);
    }
  }

  /**
   * The document's findings, with those of the operation's later checks (answers to unknown
   * questions, say) run over the raw document in the same pass. The later checks need the options
   * (which guide the answers are for): when the options could not be read, they are not run, since
   * what they would check against is not known.
   */
  private static InvalidRequestException withLaterChecks(
      Operation<?, ?, ?> op, Body json, @Nullable Object options, InvalidInputException e) {
    if (op.input().alsoOnFailure().isEmpty() || options == null) {
      return InvalidRequestException.of(e);
    }
    List<Finding> more;
    try (InputStream in = json.open()) {
      JsonNode tree = JustCultureJson.codec().read(in, JsonNode.class);
      more = op.input().alsoOnFailure().get().apply(tree, options);
    } catch (InvalidInputException malformed) {
      more = List.of(); // not even a tree: the findings already say why
    } catch (IOException ioe) {
      throw new UncheckedIOException("cannot read the input", ioe);
    }
    if (more.isEmpty()) {
      return InvalidRequestException.of(e);
    }
    FindingCollector all = FindingCollector.create();
    all.addAll(e);
    for (Finding f : more) {
      if (!all.hasAnyWithin(f.path())) {
        all.add(f);
      }
    }
    List<Problem> problems = new ArrayList<>();
    all.findings().forEach(f -> problems.add(Problem.of(f)));
    return new InvalidRequestException(problems, all.total());
  }
}
