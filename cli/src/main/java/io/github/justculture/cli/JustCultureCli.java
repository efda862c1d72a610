package io.github.justculture.cli;

import io.github.justculture.cli.op.Context;
import io.github.justculture.cli.op.InvalidRequestException;
import io.github.justculture.cli.op.Operation;
import io.github.justculture.cli.op.Operations;
import io.github.justculture.cli.op.Problem;
import io.github.justculture.cli.op.StandardContext;
import io.github.justculture.core.internal.JsonText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code justculture} command line. Its operations come from the table ({@link
 * Operations#ALL}), each through the one adapter {@link OperationCommand}; a few commands that are
 * not operations (the tour, the schemas, the guide as a conversation) are classes of their own.
 *
 * <p>Exit codes: {@code 0} a result was produced; {@code 2} invalid input or usage, one line per
 * problem on standard error naming the JSON path, row and column, option or file; {@code 1} an
 * internal failure (a bug), one line. No stack traces are printed.
 */
@Command(
    name = "justculture",
    mixinStandardHelpOptions = true,
    versionProvider = JustCultureCli.Version.class,
    description = {
      "Restorative just culture for the NHS: the just culture decision guide, restorative cases, the"
          + " formal-action gate, equality metrics and the cost of bullying and harassment.",
      "",
      "JSON in (a file, or - for standard input), JSON out. Exit codes: 0 a result was produced;"
          + " 2 invalid input or usage, one line per problem on standard error; 1 internal failure."
    })
public final class JustCultureCli implements Callable<Integer> {

  /** Exit code: a result was produced, whatever it says. */
  public static final int OK = 0;

  /** Exit code: an unexpected internal failure. */
  public static final int INTERNAL_ERROR = 1;

  /** Exit code: invalid input or usage. */
  public static final int INVALID_INPUT = 2;

  /** The command groups, with their help: the first word of each operation's name. */
  private static final Map<String, String> GROUPS = new LinkedHashMap<>();

  static {
    GROUPS.put(
        "guide",
        "The just culture decision guide: evaluate, validate, report, list, export, ask, render.");
    GROUPS.put("gate", "The formal-action gate HR systems call before formal action.");
    GROUPS.put("restorative", "Restorative cases: who is hurt, what they need, whose obligation.");
    GROUPS.put("civility", "The civility and respect framework: score a self-assessment.");
    GROUPS.put("equality", "Disproportionality: relative likelihood, and WRES indicator 3.");
    GROUPS.put(
        "cost",
        "The cost of bullying and harassment: estimate, compare, sensitivity, simulate, sweep,"
            + " report, presets.");
    GROUPS.put("case", "One incident: a report of its evaluations, restorative case and gates.");
    GROUPS.put("decision-log", "The service's hash-chained decision log: verify it, show entries.");
  }

  /**
   * The commands at the top, before the groups, by name (each command's own name): new instances
   * for every run.
   */
  private static final Map<String, Supplier<Object>> TOP = new LinkedHashMap<>();

  /** Commands that are not operations, by group and then name: new instances for every run. */
  private static final Map<String, Map<String, Supplier<Object>>> HAND_WRITTEN = new HashMap<>();

  static {
    TOP.put("help", HelpCommand::new);
    TOP.put("schema", SchemaCommand::new);
    TOP.put("tour", TourCommand::new);
    TOP.put("serve", ServeCommand::new);
    Map<String, Supplier<Object>> guide = new LinkedHashMap<>();
    guide.put("list", GuideListCommand::new);
    guide.put("export", GuideExportCommand::new);
    guide.put("ask", GuideAskCommand::new);
    guide.put("render", GuideRenderCommand::new);
    HAND_WRITTEN.put("guide", guide);
    HAND_WRITTEN.put("cost", Map.of("presets", CostPresetsCommand::new));
    Map<String, Supplier<Object>> decisionLog = new LinkedHashMap<>();
    decisionLog.put("verify", DecisionLogCommand.Verify::new);
    decisionLog.put("show", DecisionLogCommand.Show::new);
    HAND_WRITTEN.put("decision-log", decisionLog);
  }

  @Spec private CommandSpec spec;

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Clock clock;
  private final boolean errIsTerminal;
  private boolean outputGone;

  private JustCultureCli(
      InputStream in, PrintStream out, PrintStream err, Clock clock, boolean errIsTerminal) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.clock = clock;
    this.errIsTerminal = errIsTerminal;
  }

  /**
   * Notes that standard output cannot be written (reported, or of no matter to the command): the
   * run does not try to flush it at the end.
   */
  void outputGone() {
    outputGone = true;
  }

  /** Standard input of this run, for commands that read {@code -}. */
  InputStream in() {
    return in;
  }

  /** Standard output of this run, as bytes. */
  PrintStream out() {
    return out;
  }

  /** Standard error of this run, as bytes (the service's access log). */
  PrintStream err() {
    return err;
  }

  /**
   * The context an operation of this run gets.
   *
   * @param executor where parallel work runs, or null for the calling thread
   * @param progress whether progress may be shown (on standard error, if it is a terminal)
   * @param spelling an options field → its option name
   */
  Context context(
      @Nullable Executor executor, boolean progress, Function<String, String> spelling) {
    return new StandardContext(
        clock,
        executor == null ? Runnable::run : executor,
        progress && errIsTerminal
            ? (what, total) -> Terminal.progressBar(spec.commandLine().getErr(), what, total)
            : (what, total) -> done -> {},
        spelling);
  }

  /** The context of a hand-written command. */
  static Context context(BaseCommand command) {
    JustCultureCli root = (JustCultureCli) command.spec.root().userObject();
    return root.context(null, false, json -> "--" + json);
  }

  @Override
  public Integer call() {
    PrintWriter e = spec.commandLine().getErr();
    e.println("justculture: a command is required");
    spec.commandLine().usage(e);
    return INVALID_INPUT;
  }

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(StandardOutput.ofProcess(), false, StandardCharsets.UTF_8);
    System.exit(run(args, System.in, out, System.err));
  }

  /**
   * Runs the command line without exiting: what {@link #main} does, for tests and for hosts that
   * embed the command line.
   *
   * @param args the arguments
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, Clock.system(ZoneId.systemDefault()));
  }

  /**
   * Runs the command line with a given clock (for today's date), for tests.
   *
   * @param args the arguments
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @param clock the clock
   * @return the exit code
   */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Clock clock) {
    return run(args, in, out, err, clock, err == System.err && Terminal.isStandardError());
  }

  /**
   * Runs the command line with a given clock and a given answer to whether standard error is a
   * terminal (progress is drawn only there), for tests.
   *
   * @param args the arguments
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @param clock the clock
   * @param errIsTerminal whether {@code err} is a terminal
   * @return the exit code
   */
  static int run(
      String[] args,
      InputStream in,
      PrintStream out,
      PrintStream err,
      Clock clock,
      boolean errIsTerminal) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    PrintWriter errWriter =
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    JustCultureCli root = new JustCultureCli(in, out, err, clock, errIsTerminal);
    int code;
    try {
      code = root.execute(args, outWriter, errWriter);
      if (!root.outputGone) {
        outWriter.flush();
      }
    } catch (StandardOutput.Closed closed) {
      // The last of the output could not be written.
      errWriter.println(closed.line());
      code = INVALID_INPUT;
    } catch (RuntimeException | Error e) {
      // picocli lets errors (and failures inside its own handlers) through; they still get one
      // line, and count as internal failures, never as a problem of the input.
      errWriter.println("justculture: internal error: " + e);
      code = INTERNAL_ERROR;
    }
    errWriter.flush();
    return code;
  }

  /**
   * Parses and runs the arguments. A problem picocli stops at that concerns one option's tokens (a
   * value it cannot convert, an option given without its value) is noted, and the run starts again
   * without those tokens, so that every other problem of the command line and its input is found
   * and reported with it: at most {@link #MOST_RETRIES} times.
   */
  private int execute(String[] args, PrintWriter outWriter, PrintWriter errWriter) {
    CommandLine cli = commandLine(this, args);
    cli.setOut(outWriter);
    cli.setErr(errWriter);
    cli.setParameterExceptionHandler(
        (ex, arguments) -> {
          Retry retry = retries.size() < MOST_RETRIES ? retry(ex, arguments) : null;
          if (retry != null) {
            retries.add(retry.problem());
            return execute(retry.args(), outWriter, errWriter);
          }
          print(ex.getCommandLine().getErr(), refused(ex));
          return INVALID_INPUT;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter e = commandLine.getErr();
          StandardOutput.Closed closed = StandardOutput.Closed.in(ex);
          if (closed == null) {
            try {
              commandLine.getOut().flush();
            } catch (StandardOutput.Closed c) {
              closed = c;
            }
          }
          if (closed != null) {
            // The reader has gone or the disk is full: the command stopped at its next write.
            outputGone();
            e.println(closed.line());
            return INVALID_INPUT;
          }
          if (ex instanceof InvalidRequestException invalid) {
            print(e, invalid);
            return INVALID_INPUT;
          }
          if (ex instanceof UsageException usage) {
            print(e, problems(usage));
            return INVALID_INPUT;
          }
          e.println("justculture: internal error: " + ex);
          return INTERNAL_ERROR;
        });
    cli.setExecutionStrategy(
        parseResult -> {
          try {
            List<CommandLine> chain = parseResult.asCommandLineList();
            boolean help =
                chain.stream()
                    .anyMatch(c -> c.isUsageHelpRequested() || c.isVersionHelpRequested());
            if (!help) {
              Integer refused = mustNotRun(chain);
              if (refused != null) {
                return refused;
              }
            }
            return new CommandLine.RunLast().execute(parseResult);
          } catch (StandardOutput.Closed closed) {
            // Raised while picocli printed help or a version (a command's own failures reach the
            // handler above): picocli would print a stack trace.
            outputGone();
            errWriter.println(closed.line());
            return INVALID_INPUT;
          }
        });
    return cli.execute(args);
  }

  /**
   * What a run that picocli parsed without complaint still must not do, as an exit code: arguments
   * the top or a group did not take (they take unknown ones, so that picocli's exception, which
   * quotes them all in time that grows with their square, is never made), where no command is
   * named; a group named without one of its commands; and a command's own problems (those before
   * its name included), unless it reports them itself with the rest. Null when the command is to
   * run.
   */
  private @Nullable Integer mustNotRun(List<CommandLine> chain) {
    CommandLine leaf = chain.get(chain.size() - 1);
    Object command = leaf.getCommand();
    boolean reportsItsOwn =
        command instanceof OperationCommand
            || (command instanceof BaseCommand base && base.reportsCommandLineProblems());
    // The command line's problems, those of the top and the group included: a command that
    // reports them with its own runs (and reads its input) to find the rest.
    List<Problem> problems = reportsItsOwn ? List.of() : commandLineProblems(leaf);
    if (!problems.isEmpty()) {
      print(leaf.getErr(), new InvalidRequestException(problems, problems.size()));
      return INVALID_INPUT;
    }
    if (!(command instanceof Callable || command instanceof Runnable)
        && !leaf.getSubcommands().isEmpty()) {
      leaf.getErr().println("justculture " + leaf.getCommandName() + ": a command is required");
      leaf.usage(leaf.getErr());
      return INVALID_INPUT;
    }
    return null;
  }

  /** The most times one run starts again after a problem with an option's tokens. */
  static final int MOST_RETRIES = 100;

  /** The problems a run started again without (see {@link #execute}), in the order found. */
  private final List<Problem> retries = new ArrayList<>();

  /** A problem with an option's tokens, and the arguments without them. */
  @SuppressWarnings("ArrayRecordComponent") // used once, never compared or hashed
  private record Retry(Problem problem, String[] args) {}

  /**
   * The retry for a problem with one option's tokens, of a command that reports its command line's
   * problems all at once; null for any other problem, or where the tokens cannot be told apart.
   */
  private static @Nullable Retry retry(CommandLine.ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    if (!command.isOverwrittenOptionsAllowed()) {
      return null; // the top or a group: not a command that runs
    }
    if (ex instanceof CommandLine.MissingParameterException missing) {
      if (missing.getMissing().size() != 1
          || !(missing.getMissing().get(0) instanceof CommandLine.Model.OptionSpec option)) {
        return null;
      }
      // Given last, or followed by one of the command's options: picocli takes anything else as
      // its value.
      for (int i = 0; i < args.length; i++) {
        if (List.of(option.names()).contains(args[i])
            && (i + 1 == args.length || isOptionOf(command, args[i + 1]))) {
          return new Retry(needsAValue(option), without(args, i, 1));
        }
      }
      return null;
    }
    if (ex.getClass() == CommandLine.ParameterException.class
        && ex.getArgSpec() instanceof CommandLine.Model.OptionSpec option
        && ex.getValue() != null) {
      // A value picocli could not convert (a port that is not a number, a format not listed).
      String value = ex.getValue();
      for (int i = 0; i < args.length; i++) {
        for (String name : option.names()) {
          if (args[i].equals(name + "=" + value)) {
            return new Retry(unconvertible(option, value, ex), without(args, i, 1));
          }
          if (args[i].equals(name) && i + 1 < args.length && args[i + 1].equals(value)) {
            return new Retry(unconvertible(option, value, ex), without(args, i, 2));
          }
        }
      }
    }
    return null;
  }

  /** An option given without its value. */
  private static Problem needsAValue(CommandLine.Model.ArgSpec option) {
    return Problem.option(name(option), "needs a value (" + option.paramLabel() + ")");
  }

  /** Whether an argument is one of a command's options, or the end of its options. */
  private static boolean isOptionOf(CommandLine command, String arg) {
    int equals = arg.indexOf('=');
    return arg.equals("--")
        || command.getCommandSpec().findOption(equals < 0 ? arg : arg.substring(0, equals)) != null;
  }

  private static String[] without(String[] args, int from, int count) {
    List<String> rest = new ArrayList<>(List.of(args).subList(0, from));
    rest.addAll(List.of(args).subList(from + count, args.length));
    return rest.toArray(new String[0]);
  }

  /** A value picocli could not convert to its option's type, said as every other problem is. */
  private static Problem unconvertible(
      CommandLine.Model.OptionSpec option, String value, CommandLine.ParameterException ex) {
    Class<?> type = option.type();
    String rule;
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      rule = WholeNumbers.notOne(value);
    } else if (type.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        names.add(String.valueOf(constant));
      }
      rule = "must be one of " + String.join(", ", names) + ", was " + JsonText.shown(value, 80);
    } else {
      // Picocli's message: "Invalid value for option '--x': <why>".
      String message = String.valueOf(ex.getMessage());
      int why = message.indexOf("': ");
      rule = why < 0 ? message : message.substring(why + 3);
    }
    return Problem.option(name(option), rule);
  }

  /**
   * Every problem picocli found with a command's arguments that it went past or that the run
   * started again without: arguments the command (or the top, or its group, before its name) does
   * not take, options given without a value and values it could not convert, options given more
   * than once. The command reports them with its own, all at once.
   *
   * @param command the command, as parsed
   * @return the problems, in that order; empty when there are none
   */
  static List<Problem> commandLineProblems(CommandLine command) {
    List<Problem> problems = new ArrayList<>();
    List<CommandLine> path = new ArrayList<>();
    for (CommandLine c = command; c != null; c = c.getParent()) {
      path.add(0, c);
    }
    for (CommandLine c : path) {
      if (!c.getUnmatchedArguments().isEmpty()) {
        problems.addAll(unmatched(c, c.getUnmatchedArguments()));
      }
    }
    if (command.getCommandSpec().root().userObject() instanceof JustCultureCli root) {
      problems.addAll(root.retries);
    }
    for (CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
      if (!option.isMultiValue() && option.originalStringValues().size() > 1) {
        problems.add(Problem.option(name(option), "must be given once"));
      }
    }
    return problems;
  }

  /** Every problem of a command line picocli refused: with every other it found, all at once. */
  private InvalidRequestException refused(CommandLine.ParameterException ex) {
    List<Problem> problems = new ArrayList<>(retries);
    if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
      // Unknown arguments first, as everywhere (see commandLineProblems).
      problems.addAll(0, unmatched(unmatched.getCommandLine(), unmatched.getUnmatched()));
    } else if (ex instanceof CommandLine.OverwrittenOptionException twice) {
      problems.add(Problem.option(name(twice.getOverwritten()), "must be given once"));
    } else if (ex instanceof CommandLine.MissingParameterException missing) {
      List<CommandLine.Model.ArgSpec> absent = missing(missing);
      if (absent.isEmpty()) {
        // An option given without its value, where the run could not start again without it.
        for (CommandLine.Model.ArgSpec arg : missing.getMissing()) {
          problems.add(needsAValue(arg));
        }
      } else {
        List<Problem> required = new ArrayList<>();
        for (CommandLine.Model.ArgSpec arg : absent) {
          Problem problem =
              arg instanceof CommandLine.Model.OptionSpec
                  ? Problem.option(name(arg), "is required")
                  : Problem.general(name(arg), "is required");
          // Not when its value was refused: the run started again without it.
          if (problem.option().isEmpty()
              || retries.stream().noneMatch(r -> r.option().equals(problem.option()))) {
            required.add(problem);
          }
        }
        return withTheRest(ex.getCommandLine(), required);
      }
    } else if (ex.getArgSpec() instanceof CommandLine.Model.OptionSpec option
        && ex.getValue() != null) {
      problems.add(unconvertible(option, ex.getValue(), ex));
    } else {
      problems.add(Problem.general(Optional.empty(), String.valueOf(ex.getMessage())));
    }
    return new InvalidRequestException(problems, problems.size());
  }

  /**
   * The command tree a run with the given arguments builds, on the process's own streams, for
   * inspection (tests, the contract); with no arguments, the whole tree.
   *
   * @param args the arguments of the run
   * @return the tree
   */
  static CommandLine commandTree(String... args) {
    return commandLine(
        new JustCultureCli(
            System.in, System.out, System.err, Clock.system(ZoneId.systemDefault()), false),
        args);
  }

  /**
   * The command tree for the given arguments: the commands at the top, then a group per first word
   * of the operations, each with its operations and hand-written commands.
   *
   * <p>Building every command costs about a fifth of a run's start-up (picocli reads each one's
   * annotations or options), so only the path the arguments name is built: where an argument names
   * a command of the level it is read at, that command alone is built at that level, and every
   * other level is built whole. What a run can see is therefore the same as with the whole tree: a
   * level is pruned only when picocli would go straight past it to the named command (neither the
   * root nor a group takes an option with a value, so an argument there is a command name or an
   * option of its own); a help request, an unknown name or no name builds the level whole, so usage
   * lists and "did you mean" suggestions are complete; and {@code help}, which prints its parent's
   * list, always gets the whole tree.
   *
   * @param root the root command of this run
   * @param args the arguments of this run
   * @return the tree, pruned to the named path
   */
  static CommandLine commandLine(JustCultureCli root, String[] args) {
    String first = args.length > 0 ? args[0] : "";
    boolean pruned = !first.equals("help") && (TOP.containsKey(first) || GROUPS.containsKey(first));
    CommandLine cli = new CommandLine(root);
    // Before the commands are added, so that it holds for the top alone (see mustNotRun).
    cli.setUnmatchedArgumentsAllowed(true);
    TOP.forEach(
        (name, command) -> {
          if (!pruned || name.equals(first)) {
            cli.addSubcommand(reportingAllAtOnce(command.get()));
          }
        });
    for (Map.Entry<String, String> group : GROUPS.entrySet()) {
      if (!pruned || group.getKey().equals(first)) {
        cli.addSubcommand(group(root, group.getKey(), group.getValue(), pruned ? args : null));
      }
    }
    // After the commands are added: picocli gives a converter to the commands it has then.
    cli.registerConverter(
        Path.class,
        name -> {
          try {
            return CliFiles.path(name);
          } catch (UsageException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
          }
        });
    // Whole numbers in ASCII digits only (Java's parsers take any script's digits).
    CommandLine.ITypeConverter<Integer> ints =
        text -> WholeNumbers.parseInt(text).orElseThrow(NumberFormatException::new);
    CommandLine.ITypeConverter<Long> longs =
        text -> WholeNumbers.parse(text).orElseThrow(NumberFormatException::new);
    cli.registerConverter(Integer.class, ints);
    cli.registerConverter(int.class, ints);
    cli.registerConverter(Long.class, longs);
    cli.registerConverter(long.class, longs);
    return cli;
  }

  /**
   * One command group: its operations in the table's order, then its hand-written commands.
   *
   * @param args the arguments whose second names the one command to build, or null for all
   */
  private static CommandLine group(
      JustCultureCli root, String name, String description, String @Nullable [] args) {
    CommandSpec spec = CommandSpec.create().name(name);
    spec.mixinStandardHelpOptions(true);
    spec.usageMessage().description(description);
    CommandLine group = new CommandLine(spec);
    group.setUnmatchedArgumentsAllowed(true);
    Map<String, Supplier<Object>> handWritten = HAND_WRITTEN.getOrDefault(name, Map.of());
    String only = args != null && args.length > 1 ? args[1] : "";
    boolean pruned =
        handWritten.containsKey(only)
            || Operations.ALL.stream().anyMatch(op -> op.words().equals(List.of(name, only)));
    for (Operation<?, ?, ?> op : Operations.ALL) {
      if (op.words().size() != 2 || !GROUPS.containsKey(op.words().get(0))) {
        throw new IllegalStateException(op + " has no command group");
      }
      if (op.words().get(0).equals(name) && (!pruned || op.words().get(1).equals(only))) {
        // An operation reports arguments it does not take with every other problem of the request.
        group.addSubcommand(reportingAllAtOnce(OperationCommand.of(op, root)));
      }
    }
    handWritten.forEach(
        (command, make) -> {
          if (!pruned || command.equals(only)) {
            group.addSubcommand(reportingAllAtOnce(make.get()));
          }
        });
    return group;
  }

  /**
   * A command that runs (an operation, or a hand-written {@link BaseCommand}), made to go past an
   * argument it does not take and an option given twice, so that these are reported with every
   * other problem of the run (see {@link #commandLineProblems}); any other command (help) as it is.
   */
  private static Object reportingAllAtOnce(Object command) {
    if (!(command instanceof BaseCommand || command instanceof CommandSpec)) {
      return command;
    }
    return new CommandLine(command)
        .setUnmatchedArgumentsAllowed(true)
        .setOverwrittenOptionsAllowed(true);
  }

  /** Prints the version of the command line and of the Java runtime. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "justculture " + version(),
        "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
      };
    }
  }

  /**
   * The version of this build, for example {@code 0.1.0-SNAPSHOT}.
   *
   * @return the version
   */
  public static String version() {
    try (InputStream props = JustCultureCli.class.getResourceAsStream("version.properties")) {
      if (props == null) {
        throw new IllegalStateException("version.properties is missing from the build");
      }
      Properties p = new Properties();
      p.load(props);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Picocli's problems, then every other problem of the command line and, for an operation or a
   * command that reports its command line's problems with its own, of its input and options, all at
   * once (without those if the command cannot check itself after all).
   */
  private static InvalidRequestException withTheRest(CommandLine command, List<Problem> picocli) {
    try {
      if (command.getCommand() instanceof OperationCommand operation) {
        return operation.problems(picocli);
      }
      if (command.getCommand() instanceof BaseCommand base && base.reportsCommandLineProblems()) {
        return base.problems(picocli);
      }
    } catch (UsageException usage) {
      if (command.getCommand() instanceof BaseCommand) {
        return problems(usage); // a hand-written command's list of problems
      }
    } catch (UncheckedIOException | IOException unreadable) {
      // fall through: the command line's own
    } catch (RuntimeException bug) {
      throw bug;
    } catch (Exception other) {
      throw new IllegalStateException(other);
    }
    List<Problem> problems = new ArrayList<>(picocli);
    problems.addAll(commandLineProblems(command));
    return new InvalidRequestException(problems, problems.size());
  }

  /** A usage error's problems, one a line of its message, as every list of problems is kept. */
  private static InvalidRequestException problems(UsageException usage) {
    List<Problem> lines = new ArrayList<>();
    String message = usage.getMessage();
    (message == null ? "" : message)
        .lines()
        .forEach(l -> lines.add(Problem.general(Optional.empty(), l)));
    if (lines.isEmpty()) {
      lines.add(Problem.general(Optional.empty(), "invalid usage"));
    }
    return new InvalidRequestException(lines, lines.size());
  }

  /** A request's problems, one a line, and how many more there were. */
  private static void print(PrintWriter err, InvalidRequestException invalid) {
    for (Problem problem : invalid.problems()) {
      err.println(problem.message());
    }
    if (invalid.total() > invalid.problems().size()) {
      err.println(Problem.omitted(invalid.total() - invalid.problems().size()));
    }
  }

  /**
   * Every required option and parameter the command line lacks (picocli's exception holds the first
   * only, though its message names them all); empty when what is missing is an option's value.
   */
  private static List<CommandLine.Model.ArgSpec> missing(CommandLine.MissingParameterException ex) {
    CommandLine.ParseResult parsed = ex.getCommandLine().getParseResult();
    List<CommandLine.Model.ArgSpec> missing = new ArrayList<>();
    for (CommandLine.Model.ArgSpec arg : ex.getCommandLine().getCommandSpec().args()) {
      boolean given =
          parsed != null
              && (arg instanceof CommandLine.Model.OptionSpec option
                  ? parsed.hasMatchedOption(option)
                  : parsed.hasMatchedPositional((CommandLine.Model.PositionalParamSpec) arg));
      if (arg.required() && !given) {
        missing.add(arg);
      }
    }
    return missing;
  }

  /** An option by its longest name, a parameter by its label: as a problem line names it. */
  private static String name(CommandLine.Model.ArgSpec arg) {
    return arg instanceof CommandLine.Model.OptionSpec option
        ? option.longestName()
        : arg.paramLabel();
  }

  /**
   * Arguments the command does not take, one problem each and named first, as every other problem
   * is ({@code --colour: unknown option (did you mean --color?)}), instead of picocli's one line
   * for all. The words after an unknown command are taken as its arguments: not named again.
   *
   * @param commandLine the command that did not take them
   * @param args the arguments, in order; not empty
   * @return the problems
   */
  static List<Problem> unmatched(CommandLine commandLine, List<String> args) {
    List<Problem> problems = new ArrayList<>();
    // Picocli's guesses are for the first argument it could not match (and its exception quotes
    // every argument it is given, in time that grows with their square: it gets the first alone).
    List<String> suggestions =
        new CommandLine.UnmatchedArgumentException(commandLine, args.subList(0, 1))
            .getSuggestions();
    boolean first = true;
    boolean unknownCommand = false;
    for (String arg : args) {
      if (unknownCommand && !(arg.startsWith("-") && arg.length() > 1)) {
        continue; // an argument of the unknown command before it, not a command of its own
      }
      if (arg.startsWith("-") && arg.length() > 1) {
        problems.add(
            Problem.option(
                UsageException.named(arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg),
                "unknown option"
                    + (!first || suggestions.isEmpty()
                        ? " (see --help)"
                        : " (did you mean " + String.join(" or ", suggestions) + "?)")));
      } else if (!commandLine.getSubcommands().isEmpty()) {
        unknownCommand = true;
        problems.add(
            Problem.general(
                UsageException.named(arg),
                "unknown command"
                    + (first && !suggestions.isEmpty()
                        ? " (did you mean " + String.join(" or ", suggestions) + "?)"
                        : " (commands: "
                            + String.join(", ", commandLine.getSubcommands().keySet())
                            + ")")));
      } else {
        problems.add(
            Problem.general(
                UsageException.named(arg), "an argument this command does not take (see --help)"));
      }
      first = false;
    }
    return problems;
  }
}
