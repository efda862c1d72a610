package io.github.justculture.cli;

import io.github.justculture.cli.serve.DecisionLog;
import io.github.justculture.cli.serve.HttpService;
import io.github.justculture.cli.serve.Tokens;
import io.github.justculture.core.internal.JsonText;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code justculture serve}: the operations over HTTP. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the operations over HTTP for HR and incident systems: POST /v1/guide/evaluate,"
          + " /v1/gate/check, /v1/cost/estimate, … (the same JSON as the command line, or NDJSON for a batch); GET"
          + " /openapi.json, /health/live, /health/ready, /metrics.",
      "Binds to 127.0.0.1 unless --host says otherwise; put TLS in front with a reverse proxy."
          + " Stops gracefully on SIGTERM: new requests are refused, those in flight have 10 s to"
          + " finish (a body not arrived whole by 8 s is answered 503, nothing run), the decision"
          + " log is forced to disk."
    })
final class ServeCommand extends BaseCommand {

  /** The most simulation draws one request may make, unless {@code --max-draws} says otherwise. */
  static final long DEFAULT_MAX_DRAWS = 20_000_000;

  /** The largest {@code --max-draws}: about a day of one core's work. */
  static final long MAX_DRAWS_LIMIT = 1_000_000_000_000L;

  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KiB|MiB|GiB|KB|MB|GB)?");

  @Option(
      names = "--host",
      paramLabel = "HOST",
      description = "The address to bind (default 127.0.0.1).")
  private String host = "127.0.0.1";

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "The port; 0 for any free one (default 8080).")
  private int port = 8080;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description =
          "Bearer tokens, one a line (# starts a comment; at least 16 characters each, letters,"
              + " digits, - . _ ~ + / and = padding at the end): /v1 routes and"
              + " /metrics then need Authorization: Bearer <token>. The file is followed: a change"
              + " takes effect within a second, and a file that cannot be used keeps the tokens in"
              + " force.")
  private @Nullable Path tokenFile;

  @Option(
      names = "--decision-log",
      paramLabel = "DIR",
      description =
          "Append every evaluation and gate check, before it is answered, to a hash-chained log in"
              + " DIR (check it with 'justculture decision-log verify DIR').")
  private @Nullable Path decisionLog;

  @Option(
      names = "--decision-log-sync",
      paramLabel = "POLICY",
      description =
          "always (default): on disk before the answer, nothing acknowledged is lost; interval: on"
              + " disk every second, a power failure may lose the last second's decisions.")
  private String sync = "always";

  @Option(
      names = "--decision-log-rotate",
      paramLabel = "SIZE",
      description = "Start a new decision log file at this size (default 64MiB).")
  private String rotate = "64MiB";

  @Option(
      names = "--max-body",
      paramLabel = "SIZE",
      description =
          "The largest request body (default 1MiB); larger ones get 413. With --max-concurrent,"
              + " it must fit in half of Java's heap.")
  private String maxBody = "1MiB";

  @Option(
      names = "--max-concurrent",
      paramLabel = "N",
      description =
          "The most requests in flight (default: 4 per processor); the next gets 503 at once.")
  private @Nullable Integer maxConcurrent;

  @Option(
      names = "--max-connections",
      paramLabel = "N",
      description =
          "The most open connections (default 512); more wait until one closes, and idle ones are"
              + " then closed after 1 s. Keep it well under the open-file limit (ulimit -n).")
  private int maxConnections = 512;

  @Option(
      names = "--max-draws",
      paramLabel = "N",
      description =
          "The most simulation draws one request may make, in all (default "
              + DEFAULT_MAX_DRAWS
              + ", a few seconds of work); a simulation or sweep that needs more gets 400.")
  private long maxDraws = DEFAULT_MAX_DRAWS;

  /** The command line's problems come with the options' (see {@link #call}). */
  @Override
  boolean reportsCommandLineProblems() {
    return true;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    // Every option's problem at once, before anything listens.
    List<String> problems = new ArrayList<>();
    commandLineProblems().forEach(problem -> problems.add(problem.message()));
    long body = size("--max-body", maxBody, problems);
    long rotateBytes = size("--decision-log-rotate", rotate, problems);
    int concurrent =
        maxConcurrent == null ? 4 * Runtime.getRuntime().availableProcessors() : maxConcurrent;
    boolean concurrentOk = concurrent >= 1 && concurrent <= 10_000;
    if (!concurrentOk) {
      problems.add("--max-concurrent: must be between 1 and 10000, was " + concurrent);
    }
    long heap = Runtime.getRuntime().maxMemory();
    if (body > 0 && concurrentOk && body * concurrent > heap / 2) {
      // Each request in flight may hold its whole body: more than the heap can give would let
      // large bodies end in an out-of-memory error rather than a 413.
      problems.add(
          "--max-body "
              + maxBody
              + " with --max-concurrent "
              + concurrent
              + ": up to "
              + mebibytes(body * concurrent)
              + " MiB of request bodies could be held at once, more than half of this JVM's heap ("
              + mebibytes(heap)
              + " MiB): lower one, or give Java a larger heap (java -Xmx… -jar …)");
    }
    if (maxConnections < 1 || maxConnections > 1_000_000) {
      problems.add("--max-connections: must be between 1 and 1000000, was " + maxConnections);
    }
    if (maxDraws < 1 || maxDraws > MAX_DRAWS_LIMIT) {
      problems.add("--max-draws: must be between 1 and " + MAX_DRAWS_LIMIT + ", was " + maxDraws);
    }
    if (port < 0 || port > 65_535) {
      problems.add("--port: must be between 0 and 65535, was " + port);
    }
    DecisionLog.Sync policy =
        switch (sync.toLowerCase(Locale.ROOT)) {
          case "always" -> DecisionLog.Sync.ALWAYS;
          case "interval" -> DecisionLog.Sync.INTERVAL;
          default -> {
            problems.add(
                "--decision-log-sync: must be always or interval, was " + JsonText.shown(sync, 80));
            yield DecisionLog.Sync.ALWAYS;
          }
        };
    PrintStream err = ((JustCultureCli) spec.root().userObject()).err();
    Optional<Tokens> tokens = Optional.empty();
    if (tokenFile != null) {
      try {
        tokens = Optional.of(tokens(tokenFile, err));
      } catch (UsageException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new UsageException(String.join("\n", problems));
    }
    HttpService service;
    try {
      service =
          HttpService.start(
              new HttpService.Config(
                  host,
                  port,
                  tokens,
                  Optional.ofNullable(decisionLog),
                  policy,
                  rotateBytes,
                  body,
                  concurrent,
                  maxConnections,
                  maxDraws,
                  Clock.systemUTC(),
                  err,
                  HttpService.IDLE_TIMEOUT));
    } catch (IOException e) {
      throw CliFiles.cannotNamed(String.valueOf(decisionLog), "written", e);
    } catch (RuntimeException e) {
      throw new UsageException(authority(host, port), "cannot listen (" + rootMessage(e) + ")");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.close();
                  stopped.countDown();
                },
                "justculture-shutdown"));
    if (tokenFile != null && readableByOthers(tokenFile)) {
      warn(
          err,
          "--token-file "
              + tokenFile
              + " can be read by other users of this machine: make it its owner's only (chmod 600)");
    }
    OptionalLong files = openFileLimit(Path.of("/proc/self/limits"));
    if (files.isPresent() && maxConnections > files.getAsLong() - FILE_HEADROOM) {
      warn(
          err,
          "--max-connections "
              + maxConnections
              + " leaves too few of this process's "
              + files.getAsLong()
              + " open files (ulimit -n) for the service's own: raise the limit or lower"
              + " --max-connections, or clients could take the files the decision log needs");
    }
    if (tokens.isEmpty() && !HttpService.isLoopback(host)) {
      // Allowed (a private network, a proxy that authenticates), but never silently.
      warn(
          err,
          "listening on "
              + host
              + " without --token-file: anyone who can reach this port can use every route");
    }
    try {
      out()
          .println(
              "justculture "
                  + JustCultureCli.version()
                  + " listening on http://"
                  + authority(host, service.port()));
      out().flush();
    } catch (StandardOutput.Closed closed) {
      // A service's standard output is only this line: with no reader for it, it serves anyway.
      ((JustCultureCli) spec.root().userObject()).outputGone();
    }
    stopped.await();
    return JustCultureCli.OK;
  }

  /** A warning on standard error, before the listening line: allowed, but never silently. */
  private static void warn(PrintStream err, String what) {
    err.println("justculture: warning: " + what);
    err.flush();
  }

  /** Whether a file's POSIX permissions let its group or other users read it. */
  static boolean readableByOthers(Path file) {
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
      return permissions.contains(PosixFilePermission.GROUP_READ)
          || permissions.contains(PosixFilePermission.OTHERS_READ);
    } catch (IOException | UnsupportedOperationException notPosixOrNotAFile) {
      return false; // standard input, or Windows, where its access control list decides
    }
  }

  /** Open files the service keeps for itself beyond its connections: the JVM's, the log's. */
  static final long FILE_HEADROOM = 128;

  /**
   * The process's soft limit of open files, from Linux's {@code /proc/self/limits}; empty where
   * that file is not there or says "unlimited".
   */
  static OptionalLong openFileLimit(Path limits) {
    try {
      for (String line : Files.readAllLines(limits, StandardCharsets.US_ASCII)) {
        if (line.startsWith("Max open files")) {
          String[] words = line.substring("Max open files".length()).trim().split("\\s+", -1);
          return words.length > 0 && words[0].matches("\\d{1,18}")
              ? OptionalLong.of(Long.parseLong(words[0]))
              : OptionalLong.empty();
        }
      }
    } catch (IOException | RuntimeException notLinux) {
      // Not Linux, or not readable: no warning rather than a wrong one.
    }
    return OptionalLong.empty();
  }

  /**
   * A host and port as a URL writes them: an IPv6 address in brackets ({@code [::1]:8080}), so that
   * the listening line is a URL a client can use as it is.
   */
  static String authority(String host, int port) {
    boolean ipv6 = host.indexOf(':') >= 0 && !host.startsWith("[");
    return (ipv6 ? "[" + host + "]" : host) + ":" + port;
  }

  private Tokens tokens(Path file, PrintStream log) {
    try {
      if (!"-".equals(file.toString()) && Files.isRegularFile(file)) {
        // A regular file is followed: tokens are added and withdrawn without a restart.
        return Tokens.watch(file, log);
      }
      // Standard input, or a pipe: read once.
      try (InputStream in = CliFiles.open(file.toString(), stdin())) {
        return Tokens.read(in);
      }
    } catch (IOException e) {
      throw CliFiles.cannot(file.toString(), "read", e);
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          Tokens.NOT_UTF_8.equals(e.getMessage())
              ? UsageException.named(file.toString()) + ": " + e.getMessage()
              : "--token-file " + UsageException.named(file.toString()) + ": " + e.getMessage());
    }
  }

  /**
   * {@code 1MiB}, {@code 512KiB}, {@code 1000000}: a size in bytes; -1, with a problem added, when
   * the text is not one or is out of range.
   */
  static long size(String option, String text, List<String> problems) {
    Matcher m = SIZE.matcher(text.trim());
    if (!m.matches()) {
      problems.add(
          option
              + ": must be a size such as 1MiB, 512KiB or 1000000, was "
              + JsonText.shown(text, 80));
      return -1;
    }
    String digits = m.group(1).replaceFirst("^0+(?=\\d)", "");
    String unit = m.group(2) == null ? "B" : m.group(2);
    long perUnit =
        switch (unit) {
          case "KiB" -> 1L << 10;
          case "MiB" -> 1L << 20;
          case "GiB" -> 1L << 30;
          case "KB" -> 1000;
          case "MB" -> 1_000_000;
          case "GB" -> 1_000_000_000;
          default -> 1;
        };
    // Ten digits hold every size up to the limit in bytes; more is over it (never multiplied, so
    // never wrapped round to a size that looks right).
    long bytes = digits.length() > 10 ? Long.MAX_VALUE : Long.parseLong(digits);
    bytes = bytes > (1L << 30) / perUnit ? Long.MAX_VALUE : bytes * perUnit;
    if (bytes < 1 || bytes > (1L << 30)) {
      problems.add(option + ": must be between 1 byte and 1GiB, was " + JsonText.shown(text, 80));
      return -1;
    }
    return bytes;
  }

  /** The message of a failure's root cause, said plainly for an unknown host. */
  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof java.nio.channels.UnresolvedAddressException
        || root instanceof java.net.UnknownHostException) {
      return "no such host or address";
    }
    return root.getMessage() == null ? "an error" : root.getMessage();
  }

  private static long mebibytes(long bytes) {
    return (bytes + (1 << 20) - 1) >> 20;
  }
}
