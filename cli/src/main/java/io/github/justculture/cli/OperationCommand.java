package io.github.justculture.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.justculture.cli.op.Batch;
import io.github.justculture.cli.op.Context;
import io.github.justculture.cli.op.CsvSource;
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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    PrintWriter err = spec.commandLine().getErr();
    ExecutorService threads = threads();
    try {
      Context context = root.context(threads, !isGiven(QUIET), this::spell);
      Map<String, JsonNode> given = new LinkedHashMap<>();
      List<Problem> optionProblems = new ArrayList<>();
      for (OptionDef def : op.options().defs()) {
        String value = spec.findOption(def.cli()).getValue();
        if (value != null) {
          try {
            given.put(def.json(), optionJson(def, value, root.in()));
          } catch (InvalidRequestException e) {
            optionProblems.addAll(e.problems());
          }
        }
      }
      if (!optionProblems.isEmpty()) {
        throw new InvalidRequestException(optionProblems, optionProblems.size());
      }
      String input = spec.positionalParameters().get(0).getValue();
      if (isGiven(BATCH)) {
        String format = spec.findOption(FORMAT) == null ? null : spec.findOption(FORMAT).getValue();
        if (format != null && !format.equals("json")) {
          throw new UsageException(
              FORMAT
                  + " "
                  + format
                  + " cannot be used with "
                  + BATCH
                  + ": a batch answers in NDJSON, one JSON line a request");
        }
        return batch(input, given, context);
      }
      return switch (op.input().kind()) {
        case JSON -> json(input, given, context, err);
        case CSV -> csv(input, given, context, err);
      };
    } finally {
      if (threads != null) {
        threads.shutdownNow();
      }
    }
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

  private ExecutorService threads() {
    if (!op.isParallel()) {
      return null;
    }
    String given = spec.findOption(THREADS).getValue();
    int n = Runtime.getRuntime().availableProcessors();
    if (given != null) {
      try {
        n = Integer.parseInt(given);
      } catch (NumberFormatException e) {
        n = -1;
      }
      if (n < 1 || n > 256) {
        throw new UsageException(
            THREADS + ": must be a whole number between 1 and 256, was \"" + given + "\"");
      }
    }
    return Executors.newFixedThreadPool(
        n,
        r -> {
          Thread t = new Thread(r, "justculture-worker");
          t.setDaemon(true);
          return t;
        });
  }

  @SuppressWarnings("unchecked")
  private int json(String input, Map<String, JsonNode> given, Context context, PrintWriter err)
      throws IOException {
    Object result =
        Runner.runJson(
            (Operation<Object, Object, Object>) op,
            CliFiles.readJson(input, root.in()),
            given,
            context,
            OptionDef::cli);
    return render((Output<Object>) op.output(), result, err);
  }

  @SuppressWarnings("unchecked")
  private int csv(String input, Map<String, JsonNode> given, Context context, PrintWriter err)
      throws IOException {
    try (InputStream records = withProgress(input, CliFiles.open(input, root.in()), context)) {
      Object result =
          Runner.runCsv(
              (Operation<CsvSource, Object, Object>) op, records, given, context, OptionDef::cli);
      return render((Output<Object>) op.output(), result, err);
    } catch (java.io.UncheckedIOException e) {
      throw CliFiles.cannot(input, "read", e.getCause());
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

  private int render(Output<Object> output, Object result, PrintWriter err) throws IOException {
    String format = spec.findOption(FORMAT) == null ? null : spec.findOption(FORMAT).getValue();
    String chosen = format == null ? output.defaultFormat() : format;
    Output.Renderer<Object> renderer = output.formats().get(chosen);
    if (renderer == null) {
      throw new UsageException(
          FORMAT
              + ": must be one of "
              + String.join(", ", output.formats().keySet())
              + ", was \""
              + chosen
              + "\"");
    }
    boolean[] anyProblem = {false};
    Output.ProblemSink problems =
        problem -> {
          anyProblem[0] = true;
          err.println(problem.message());
        };
    if (output.kind() == Output.Kind.HTML) {
      String file = spec.findOption(OUT).getValue();
      StringBuilder html = new StringBuilder();
      renderer.render(result, html, problems);
      CliFiles.write(CliFiles.path(file), html.toString());
      err.println("wrote " + file);
    } else {
      Writer out = stdout();
      renderer.render(result, out, problems);
      out.flush();
    }
    err.flush();
    return anyProblem[0] ? JustCultureCli.INVALID_INPUT : JustCultureCli.OK;
  }

  private int batch(String input, Map<String, JsonNode> given, Context context) throws IOException {
    try (InputStream lines = CliFiles.open(input, root.in())) {
      Writer out = stdout();
      boolean allGood = Batch.run(op, lines, given, context, OptionDef::cli, Batch.writingTo(out));
      out.flush();
      return allGood ? JustCultureCli.OK : JustCultureCli.INVALID_INPUT;
    }
  }

  /** Standard output of this run; flushed by the caller, never closed. */
  private Writer stdout() {
    return spec.commandLine().getOut();
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
    try (InputStream in = CliFiles.readJson(value, stdin).open()) {
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
