package io.github.justculture.examples.cli;

import io.github.justculture.core.Finding;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.csv.CsvInputException;
import io.github.justculture.core.csv.CsvProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code justculture} command line. Exit codes follow the CLI contract: {@code 0} a result was
 * produced, {@code 2} invalid input or usage (one line per problem on standard error, naming the
 * JSON path or option), {@code 1} an unexpected internal failure. No stack traces are printed.
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
    },
    subcommands = {
      CommandLine.HelpCommand.class,
      GuideCommand.class,
      CostCommand.class,
      GateCommand.class,
      CaseCommand.class,
      RestorativeCommand.class,
      CivilityCommand.class,
      EqualityCommand.class,
      SchemaCommand.class,
      TourCommand.class
    })
public final class JustCultureCli implements Callable<Integer> {

  /** Exit code: a result was produced, whatever it says. */
  public static final int OK = 0;

  /** Exit code: an unexpected internal failure. */
  public static final int INTERNAL_ERROR = 1;

  /** Exit code: invalid input or usage. */
  public static final int INVALID_INPUT = 2;

  @Spec private CommandSpec spec;

  private final InputStream in;

  private JustCultureCli(InputStream in) {
    this.in = in;
  }

  /** The standard input of this run, for commands that read {@code -}. */
  InputStream in() {
    return in;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("justculture: a command is required");
    spec.commandLine().usage(err);
    return INVALID_INPUT;
  }

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /**
   * Runs the command line without exiting: what {@link #main} does, for tests and for hosts that
   * embed the CLI.
   *
   * @param args the arguments
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    PrintWriter outWriter =
        new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter =
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cli = new CommandLine(new JustCultureCli(in));
    cli.setOut(outWriter);
    cli.setErr(errWriter);
    cli.setParameterExceptionHandler(
        (ex, arguments) -> {
          ex.getCommandLine().getErr().println(ex.getMessage());
          return INVALID_INPUT;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter e = commandLine.getErr();
          if (ex instanceof InvalidInputException invalid) {
            for (Finding finding : invalid.findings()) {
              e.println(finding.message());
            }
            return INVALID_INPUT;
          }
          if (ex instanceof CsvInputException csv) {
            for (CsvProblem problem : csv.problems()) {
              e.println(problem.message());
            }
            if (csv.totalProblems() > csv.problems().size()) {
              e.println(
                  "… and " + (csv.totalProblems() - csv.problems().size()) + " more problems");
            }
            return INVALID_INPUT;
          }
          if (ex instanceof UsageException usage) {
            e.println(usage.getMessage());
            return INVALID_INPUT;
          }
          e.println("justculture: internal error: " + ex);
          return INTERNAL_ERROR;
        });
    try {
      return cli.execute(args);
    } catch (RuntimeException | Error e) {
      // picocli lets errors (and failures inside its own handlers) through; they still get one
      // line.
      errWriter.println("justculture: internal error: " + e);
      return INTERNAL_ERROR;
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
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
}
