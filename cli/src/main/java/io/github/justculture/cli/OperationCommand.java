package io.github.justculture.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.justculture.cli.op.Batch;
import io.github.justculture.cli.op.Body;
import io.github.justculture.cli.op.Context;
import io.github.justculture.cli.op.CsvSource;
import io.github.justculture.cli.op.Given;
import io.github.justculture.cli.op.Input;
import io.github.justculture.cli.op.InvalidRequestException;
import io.github.justculture.cli.op.Operation;
import io.github.justculture.cli.op.OptionDef;
import io.github.justculture.cli.op.Output;
import io.github.justculture.cli.op.Problem;
import io.github.justculture.cli.op.Runner;
import io.github.justculture.core.Finding;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.json.JustCultureJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The one command-line adapter for every operation of the table: it makes the picocli command
 * (help, options, the input file or {@code -}, {@code --batch}, {@code --format}, {@code --out},
 * {@code --threads}) from the operation's declaration, and runs it through the shared {@link
 * Runner}. No operation has a command class of its own.
 */
final class OperationCommand implements Callable<Integer> {

  private static final String INPUT = "INPUT";
  private static final String BATCH = "--batch";
  private static final String FORMAT = "--format";
  private static final String OUT = "--out";
  private static final String THREADS = "--threads";
  private static final String QUIET = "--quiet";

  private final Operation<?, ?, ?> op;
  private final JustCultureCli root;

  @SuppressWarnings("NullAway.Init") // set by the factory, right after construction
  private CommandSpec spec;

  private OperationCommand(Operation<?, ?, ?> op, JustCultureCli root) {
    this.op = op;
    this.root = root;
  }

  /**
   * The picocli command of an operation.
   *
   * @param op the operation
   * @param root the running command line
   * @return the command's spec
   */
  static CommandSpec of(Operation<?, ?, ?> op, JustCultureCli root) {
    OperationCommand command = new OperationCommand(op, root);
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
    command.spec = spec;
    spec.name(op.words().get(op.words().size() - 1));
    spec.mixinStandardHelpOptions(true);
    List<String> description = new ArrayList<>();
    description.add(escape(op.summary()));
    op.details().forEach(d -> description.add(escape(d)));
    spec.usageMessage().description(description.toArray(new String[0]));
    spec.usageMessage().footer(escape(footer(op)));
    String inputHelp =
        switch (op.input().kind()) {
          case JSON -> "The input (JSON), or - for standard input (the default).";
          case CSV -> "The records (CSV, UTF-8), or - for standard input (the default).";
        };
    spec.addPositional(
        PositionalParamSpec.builder()
            .paramLabel(INPUT)
            .arity("0..1")
            .defaultValue("-")
            .description(inputHelp)
            .type(String.class)
            .build());
    for (OptionDef def : op.options().defs()) {
      spec.addOption(
          OptionSpec.builder(def.cli())
              .paramLabel(def.label())
              .type(String.class)
              .description(
                  escape(
                      def.help() + def.defaultValue().map(d -> " Default: " + d + ".").orElse("")))
              .build());
    }
    if (op.allowsBatch()) {
      spec.addOption(
          OptionSpec.builder(BATCH)
              .arity("0")
              .type(boolean.class)
              .description(
                  "NDJSON: one request a line in; one line out per request, in order:"
                      + " {\"line\":N,\"result\":...} or {\"line\":N,\"errors\":[...]}. Exit 2 when"
                      + " any line was invalid; every valid line is still answered.")
              .build());
    }
    if (op.output().formats().size() > 1) {
      spec.addOption(
          OptionSpec.builder(FORMAT)
              .paramLabel("FORMAT")
              .type(String.class)
              .description(
                  "One of "
                      + String.join(", ", op.output().formats().keySet())
                      + " (default "
                      + op.output().defaultFormat()
                      + ").")
              .build());
    }
    if (op.output().kind() == Output.Kind.HTML) {
      spec.addOption(
          OptionSpec.builder(OUT)
              .paramLabel("FILE")
              .required(true)
              .type(String.class)
              .description("The HTML file to write (its folder is created if needed).")
              .build());
    }
    if (op.isParallel()) {
      spec.addOption(
          OptionSpec.builder(THREADS)
              .paramLabel("T")
              .type(String.class)
              .description("Worker threads, 1 to 256 (default: the number of processors).")
              .build());
    }
    if (op.isParallel() || op.input().kind() == Input.Kind.CSV) {
      spec.addOption(
          OptionSpec.builder(QUIET)
              .arity("0")
              .type(boolean.class)
              .description("No progress on standard error (shown only when it is a terminal).")
              .build());
    }
    return spec;
  }

  /** picocli formats help text with {@code String.format}: a literal % must be doubled. */
  private static String escape(String text) {
    return text.replace("%", "%%");
  }

  private static String footer(Operation<?, ?, ?> op) {
    String schemas = "Schemas: input " + op.input().schema();
    if (!op.output().schema().isEmpty()) {
      schemas += ", output " + op.output().schema();
    }
    return schemas + " (justculture schema NAME).";
  }

  @Override
  public Integer call() throws IOException {
    return run(List.of());
  }

  /**
   * Every problem of this command line and its input, when picocli found one it stops at (a
   * required option missing): the operation is not run.
   *
   * @param parser the problems picocli found; not empty
   * @return those problems, then every other one the command finds
   */
  InvalidRequestException problems(List<Problem> parser) {
    try {
      run(parser);
    } catch (InvalidRequestException e) {
      return e;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    throw new IllegalStateException("a command with problems ran");
  }

  /**
   * Runs the operation. What is wrong with the command line (an unknown option, a bad {@code
   * --threads}, an input file that cannot be read) is reported with every problem of the options'
   * values and the input, all at once, and then nothing runs.
   */
  private int run(List<Problem> parser) throws IOException {
    List<Problem> problems = new ArrayList<>(parser);
    problems.addAll(JustCultureCli.commandLineProblems(spec.commandLine()));
    List<String> unmatched = spec.commandLine().getUnmatchedArguments();
    int threadCount = threadCount(problems);
    Output.Renderer<Object> renderer = renderer(problems);
    Map<String, JsonNode> values =
        values(
            op.options().defs(), def -> spec.findOption(def.cli()).getValue(), root.in(), problems);
    String out = op.output().kind() == Output.Kind.HTML ? spec.findOption(OUT).getValue() : null;
    if (out != null) {
      try {
        CliFiles.checkWritable(out);
      } catch (UsageException e) {
        problems.add(e.problem());
      }
    }
    String input = spec.positionalParameters().get(0).getValue();
    // The input is not read when it may be an unknown option's value (--colour red): its problems
    // would be about the wrong thing; nor, when there are problems already, from a terminal, where
    // the run would wait for someone to type it.
    boolean typed = "-".equals(input) && root.in() == System.in && Terminal.isStandardInput();
    boolean readInput = !mayBeAValue(input, unmatched) && !(typed && !problems.isEmpty());
    if (readInput && typed) {
      // Someone would have to type it: say so, instead of waiting in silence.
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          typingHint(op.name(), isGiven(BATCH) ? "NDJSON (one request a line)" : kindOfInput()));
      err.flush();
    }
    ExecutorService threads = problems.isEmpty() && op.isParallel() ? pool(threadCount) : null;
    try {
      Context context = root.context(threads, !isGiven(QUIET), this::spell);
      if (isGiven(BATCH)) {
        return batch(readInput ? input : null, values, problems, context);
      }
      return switch (op.input().kind()) {
        case JSON -> json(readInput ? input : null, values, problems, context, renderer, out);
        case CSV -> csv(readInput ? input : null, values, problems, context, renderer);
      };
    } finally {
      if (threads != null) {
        threads.shutdownNow();
      }
    }
  }

  private String kindOfInput() {
    return op.input().kind() == Input.Kind.CSV ? "CSV" : "JSON";
  }

  /**
   * What a command whose input is a terminal says before it waits for it.
   *
   * @param command the command's words, for example {@code cost estimate}
   * @param what what to type, for example {@code JSON}
   * @return the line
   */
  static String typingHint(String command, String what) {
    return "justculture "
        + command
        + ": reading "
        + what
        + " from the terminal: type or paste it, then press Ctrl-D (Ctrl-Z and Enter on Windows);"
        + " or give a file: justculture "
        + command
        + " FILE";
  }

  /**
   * Whether the input argument directly follows an unknown option given without {@code =}, so may
   * be meant as its value rather than as the input.
   */
  private boolean mayBeAValue(String input, List<String> unmatched) {
    if (unmatched.isEmpty()) {
      return false;
    }
    List<String> args = spec.commandLine().getParseResult().originalArgs();
    java.util.Set<String> unknown = new java.util.HashSet<>(unmatched);
    for (int i = 0; i + 1 < args.size(); i++) {
      String arg = args.get(i);
      if (arg.startsWith("-")
          && arg.length() > 1
          && !arg.contains("=")
          && unknown.contains(arg)
          && args.get(i + 1).equals(input)) {
        return true;
      }
    }
    return false;
  }

  private String spell(String json) {
    for (OptionDef def : op.options().defs()) {
      if (def.json().equals(json)) {
        return def.cli();
      }
    }
    return "--" + json;
  }

  private boolean isGiven(String option) {
    OptionSpec o = spec.findOption(option);
    return o != null && Boolean.TRUE.equals(o.getValue());
  }

  /** The worker threads {@code --threads} asks for (a problem if it is not 1 to 256). */
  private int threadCount(List<Problem> problems) {
    int n = Runtime.getRuntime().availableProcessors();
    String given = op.isParallel() ? spec.findOption(THREADS).getValue() : null;
    if (given != null) {
      OptionalLong parsed = WholeNumbers.parse(given);
      if (parsed.isEmpty()) {
        problems.add(Problem.option(THREADS, WholeNumbers.notOne(given)));
      } else if (parsed.getAsLong() < 1 || parsed.getAsLong() > 256) {
        problems.add(
            Problem.ofOption(
                THREADS, "$", Finding.of("$", "must be between 1 and 256", parsed.getAsLong())));
      } else {
        n = (int) parsed.getAsLong();
      }
    }
    return n;
  }

  private static ExecutorService pool(int n) {
    return Executors.newFixedThreadPool(
        n,
        r -> {
          Thread t = new Thread(r, "justculture-worker");
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * The renderer {@code --format} chooses (a problem if there is no such format, or if it is not
   * JSON in a batch, which answers in NDJSON).
   */
  @SuppressWarnings("unchecked")
  private Output.@Nullable Renderer<Object> renderer(List<Problem> problems) {
    Output<Object> output = (Output<Object>) op.output();
    String format = spec.findOption(FORMAT) == null ? null : spec.findOption(FORMAT).getValue();
    String chosen = format == null ? output.defaultFormat() : format;
    Output.Renderer<Object> renderer = output.formats().get(chosen);
    if (renderer == null) {
      problems.add(
          Problem.ofOption(
              FORMAT,
              "$",
              Finding.of(
                  "$", "must be one of " + String.join(", ", output.formats().keySet()), chosen)));
    } else if (isGiven(BATCH) && !chosen.equals("json")) {
      problems.add(
          Problem.option(
              FORMAT,
              "cannot be "
                  + chosen
                  + " with "
                  + BATCH
                  + ": a batch answers in NDJSON, one JSON line a request"));
    }
    return renderer;
  }

  @SuppressWarnings("unchecked")
  private int json(
      @Nullable String input,
      Map<String, JsonNode> values,
      List<Problem> problems,
      Context context,
      Output.@Nullable Renderer<Object> renderer,
      @Nullable String out)
      throws IOException {
    Body body = null;
    if (input != null) {
      try {
        body = CliFiles.readJson(input, root.in());
      } catch (UsageException e) {
        problems.add(e.problem());
      } catch (InvalidRequestException e) {
        problems.addAll(e.problems());
      }
    }
    Object result =
        Runner.runJson(
            (Operation<Object, Object, Object>) op,
            body,
            new Given(values, problems),
            context,
            OptionDef::cli);
    return render(renderer, result, out);
  }

  @SuppressWarnings("unchecked")
  private int csv(
      @Nullable String input,
      Map<String, JsonNode> values,
      List<Problem> problems,
      Context context,
      Output.@Nullable Renderer<Object> renderer)
      throws IOException {
    try (InputStream records = open(input, problems, context)) {
      Object result =
          Runner.runCsv(
              (Operation<CsvSource, Object, Object>) op,
              records,
              new Given(values, problems),
              context,
              OptionDef::cli);
      return render(renderer, result, null);
    } catch (java.io.UncheckedIOException e) {
      // Records were read, so there was an input; the exception always holds its cause.
      throw CliFiles.cannot(
          Objects.requireNonNull(input), "read", Objects.requireNonNull(e.getCause()));
    }
  }

  /**
   * The input as a stream, with progress; null, and a problem, when it cannot be opened; null when
   * it is not to be read.
   */
  private @Nullable InputStream open(
      @Nullable String input, List<Problem> problems, Context context) {
    if (input == null) {
      return null;
    }
    try {
      return withProgress(input, CliFiles.open(input, root.in()), context);
    } catch (UsageException e) {
      problems.add(e.problem());
      return null;
    }
  }

  /**
   * A file's records with progress by bytes read (a bar on standard error when it is a terminal and
   * {@code --quiet} is not given); standard input, whose size is unknown, as it is.
   */
  private static InputStream withProgress(String input, InputStream records, Context context) {
    if ("-".equals(input)) {
      return records;
    }
    long size;
    try {
      size = java.nio.file.Files.size(CliFiles.path(input));
    } catch (IOException e) {
      return records;
    }
    return new ProgressInputStream(records, context.progress("reading " + input, size));
  }

  /** Writes a result: to standard output, or for a report to {@code out}. */
  private int render(
      Output.@Nullable Renderer<Object> renderer, Object result, @Nullable String out)
      throws IOException {
    if (renderer == null) {
      throw new IllegalStateException("a result without its format: the format was not checked");
    }
    PrintWriter err = spec.commandLine().getErr();
    boolean[] anyProblem = {false};
    Output.ProblemSink problems =
        problem -> {
          anyProblem[0] = true;
          err.println(problem.message());
        };
    if (out != null) {
      StringBuilder html = new StringBuilder();
      renderer.render(result, html, problems);
      CliFiles.write(CliFiles.path(out), html.toString());
      err.println("wrote " + UsageException.named(out));
    } else {
      Writer stdout = stdout();
      renderer.render(result, stdout, problems);
      stdout.flush();
    }
    err.flush();
    return anyProblem[0] ? JustCultureCli.INVALID_INPUT : JustCultureCli.OK;
  }

  private int batch(
      @Nullable String input, Map<String, JsonNode> values, List<Problem> problems, Context context)
      throws IOException {
    InputStream lines = open(input, problems, context);
    Given given = new Given(values, problems);
    if (lines == null) {
      // Throws: it has a problem that says why.
      Runner.options(op.options(), given, context, OptionDef::cli);
      throw new IllegalStateException("no input, and no problem that says why");
    }
    try (lines) {
      Writer out = stdout();
      Batch.Tally tally = new Batch.Tally(Batch.writingTo(out));
      boolean allGood = Batch.run(op, lines, given, context, OptionDef::cli, tally);
      out.flush();
      if (!allGood) {
        // Exit 2 says something on standard error, as always: here, where to look.
        PrintWriter err = spec.commandLine().getErr();
        err.println(
            "justculture: "
                + tally.summary()
                + "; each is answered in the output with its \"errors\"");
        err.flush();
      }
      return allGood ? JustCultureCli.OK : JustCultureCli.INVALID_INPUT;
    }
  }

  /** Standard output of this run; flushed by the caller, never closed. */
  private Writer stdout() {
    return spec.commandLine().getOut();
  }

  /**
   * The options given, by JSON name, as their options value reads them; a problem for each that
   * cannot be read (a file option's file).
   *
   * @param defs the options
   * @param valueOf each option's text as given, or null if it is not given
   * @param stdin standard input, for a file option given as {@code -}
   * @param problems where the problems go
   * @return the values that could be read
   */
  static Map<String, JsonNode> values(
      List<OptionDef> defs,
      java.util.function.Function<OptionDef, @Nullable String> valueOf,
      InputStream stdin,
      List<Problem> problems) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    for (OptionDef def : defs) {
      String value = valueOf.apply(def);
      if (value != null) {
        try {
          values.put(def.json(), optionJson(def, value, stdin));
        } catch (InvalidRequestException e) {
          problems.addAll(e.problems());
        } catch (UsageException e) {
          problems.add(e.problem());
        }
      }
    }
    return values;
  }

  /**
   * An option's given text as the JSON its options field reads: a number where it is written as
   * one, text otherwise; for a JSON file option, the file's document (bounded), with problems of
   * the file named under the option.
   */
  static JsonNode optionJson(OptionDef def, String value, InputStream stdin) {
    if (def.kind() != OptionDef.Kind.JSON_FILE) {
      return def.toJson(value);
    }
    Body body;
    try {
      body = CliFiles.readJson(value, stdin);
    } catch (InvalidRequestException e) {
      // Standard input or a pipe over the size limit: named by the option, not as $ (the main
      // input's name).
      List<Problem> problems = new ArrayList<>();
      for (Problem p : e.problems()) {
        problems.add(Problem.option(def.cli(), p.rule()));
      }
      throw new InvalidRequestException(problems, e.total());
    }
    try (InputStream in = body.open()) {
      return JustCultureJson.codec().read(in, JsonNode.class);
    } catch (IOException e) {
      throw CliFiles.cannot(value, "read", e);
    } catch (InvalidInputException e) {
      List<Problem> problems = new ArrayList<>();
      for (Finding f : e.findings()) {
        problems.add(Problem.ofOption(def.cli(), f.path(), f));
      }
      throw new InvalidRequestException(problems, e.total());
    }
  }
}
