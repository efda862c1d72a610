package io.github.justculture.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.justculture.cli.UsageException;
import io.github.justculture.cli.op.Batch;
import io.github.justculture.cli.op.Body;
import io.github.justculture.cli.op.Context;
import io.github.justculture.cli.op.CsvSource;
import io.github.justculture.cli.op.Given;
import io.github.justculture.cli.op.Input;
import io.github.justculture.cli.op.InvalidRequestException;
import io.github.justculture.cli.op.Listings;
import io.github.justculture.cli.op.Operation;
import io.github.justculture.cli.op.Operations;
import io.github.justculture.cli.op.OptionDef;
import io.github.justculture.cli.op.Output;
import io.github.justculture.cli.op.Problem;
import io.github.justculture.cli.op.Runner;
import io.github.justculture.cli.op.StandardContext;
import io.github.justculture.core.InputException;
import io.github.justculture.core.internal.EditDistance;
import io.github.justculture.core.json.JsonSchemas;
import io.github.justculture.core.json.JustCultureJson;
import io.github.justculture.guide.Guides;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.jspecify.annotations.Nullable;

/**
 * {@code justculture serve}: the operations of the table over HTTP, for HR and incident systems in
 * any language. Each operation that the table marks for the service is a {@code POST} route ({@code
 * /v1/guide/evaluate}) taking the same JSON (or CSV) as the command line and answering the same
 * bytes; options are query parameters named as in the JSON ({@code ?draws=20000}).
 *
 * <p>Held to a server's standards: it binds to 127.0.0.1 unless told otherwise; with tokens, every
 * {@code /v1} route and {@code /metrics} need {@code Authorization: Bearer <token>}; bodies are
 * bounded ({@code 413}), media types checked ({@code 415}); at most {@code maxConcurrent} requests
 * are in flight and the next is refused at once ({@code 503}, {@code Retry-After}), never queued
 * without bound; errors are RFC 9457 problem documents carrying the same problems as the command
 * line's lines; a {@code 500} means a bug. No request or response body is ever logged: the access
 * log has the method, the route, the status and the time taken. With a decision log, every
 * evaluation and gate check is written (and, by policy, on disk) before it is answered.
 */
public final class HttpService implements AutoCloseable {

  /**
   * The most bytes of a body over the limit read (and dropped) so that the 413 reaches the client.
   */
  static final long DRAIN_BYTES = 16 << 20;

  /**
   * The end of a graceful stop's grace period left for answering requests whose bodies had not
   * arrived by then (503): their bodies are cut off this long before it ends.
   */
  static final long ANSWER_MILLIS = 2_000;

  /** How long a graceful stop waits for requests in flight. */
  static final long GRACE_MILLIS = 10_000;

  /**
   * The service's settings.
   *
   * @param host the address to bind
   * @param port the port; 0 for any free one
   * @param tokens the accepted tokens, or empty for none required
   * @param decisionLog the decision log's folder, or empty for none
   * @param sync the decision log's fsync policy
   * @param rotateBytes the size at which a decision log file rotates
   * @param maxBody the largest request body, in bytes
   * @param maxConcurrent the most requests in flight
   * @param maxDraws the most simulation draws one request may make, in all
   * @param clock the server's clock (decision times, today's date)
   * @param accessLog where the access log goes (method, route, status, time)
   * @param idleTimeout how long a connection may send nothing in the middle of a request (a body
   *     that stops arriving is answered 408 and its connection closed)
   */
  public record Config(
      String host,
      int port,
      Optional<Tokens> tokens,
      Optional<Path> decisionLog,
      DecisionLog.Sync sync,
      long rotateBytes,
      long maxBody,
      int maxConcurrent,
      int maxConnections,
      long maxDraws,
      Clock clock,
      PrintStream accessLog,
      Duration idleTimeout) {}

  /**
   * How long a connection may be silent in the middle of a request before it is answered 408 and
   * closed, or between requests before it is closed: Jetty's default, kept.
   */
  public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

  /** How many idle timeouts a request's whole body may take to arrive. */
  static final int BODY_IDLE_TIMEOUTS = 2;

  /** How long a connection may be idle while the service is at its connection limit. */
  static final long LIMITED_IDLE_MILLIS = 1_000;

  private static final String PROBLEM_JSON = ProblemErrorHandler.PROBLEM_JSON;
  private static final String ROUTE = "justculture.route";

  /** The response header with a logged decision's sequence number in the decision log. */
  static final String DECISION_SEQ = "Justculture-Decision-Seq";

  /** The response header with the SHA-256 of a logged decision's line in the decision log. */
  static final String DECISION_SHA256 = "Justculture-Decision-Sha256";

  // Set on a request counted in `unwritten`; the request logger, which runs once the response has
  // been written, uncounts it, so that a graceful stop waits for the bytes and not only the
  // handler.
  private static final String COUNTED = "justculture.counted";

  private final Config config;
  private final Metrics metrics = new Metrics();

  /** Every route's path and method, for "did you mean" on a 404; filled as routes are added. */
  private final Map<String, String> routePaths = new java.util.concurrent.ConcurrentSkipListMap<>();

  private final Semaphore inFlight;
  // Requests in their handlers (the in-flight gauge), and requests whose answer is not yet written
  // (what a graceful stop waits for): the second outlasts the first by the time it takes to write.
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicInteger unwritten = new AtomicInteger();
  // The operator is told once that the decision log failed; the access log then shows each 503.
  private final AtomicBoolean logFailureTold = new AtomicBoolean();
  // On loopback without tokens, the Host header is the only thing between a web page that points
  // its own name at 127.0.0.1 (DNS rebinding) and every route: such a page may then call the
  // service as its own origin.
  private final boolean hostChecked;
  private final ExecutorService workers;
  private final @Nullable DecisionLog log;
  private volatile byte @Nullable [] openApi; // made on first request: start-up stays short
  private volatile boolean stopping;
  private final AtomicBoolean closing = new AtomicBoolean();
  // When stopping, the time (System.nanoTime) by which every body must have arrived: inside the
  // grace period, so that one still arriving is answered before the connections are closed.
  private volatile long cutOffNanos;
  // When stopping, the time (System.nanoTime) at which Jetty closes the connections still open;
  // set as the stop starts to wait for them.
  private volatile long closingConnectionsNanos;
  private volatile boolean closingConnectionsSet;
  // The bodies being read, so that a stop can move their deadline to the cut-off.
  private final java.util.Set<BodyDeadline> arriving =
      java.util.concurrent.ConcurrentHashMap.newKeySet();
  private volatile @Nullable Path spillDir; // null: the system's temporary folder

  @SuppressWarnings("NullAway.Init") // made with the server, in start(), before it is returned
  private ConnectionCap connections;

  // Tracks each request until its answer has been written out (not only handed to Jetty), so that
  // a graceful stop closes no connection with an answer still in its buffers.
  private final GracefulHandler graceful = new GracefulHandler();
  private org.eclipse.jetty.server.@Nullable Server jetty;

  @SuppressWarnings("NullAway.Init") // set by start(), before the service is returned
  private Javalin app;

  private HttpService(Config config, @Nullable DecisionLog log) {
    this.config = config;
    this.hostChecked = config.tokens().isEmpty() && isLoopback(config.host());
    this.inFlight = new Semaphore(config.maxConcurrent());
    this.workers =
        Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(),
            r -> {
              Thread t = new Thread(r, "justculture-simulation");
              t.setDaemon(true);
              return t;
            });
    this.log = log;
  }

  /**
   * Starts a service.
   *
   * @param config the settings
   * @return the running service
   * @throws IOException if the decision log cannot be opened
   */
  public static HttpService start(Config config) throws IOException {
    DecisionLog log =
        config.decisionLog().isPresent()
            ? DecisionLog.open(
                config.decisionLog().get(), config.sync(), config.rotateBytes(), config.clock())
            : null;
    HttpService service = new HttpService(config, log);
    service.app = service.javalin().start();
    return service;
  }

  /**
   * The port the service listens on.
   *
   * @return the port
   */
  public int port() {
    return app.port();
  }

  /**
   * Where large answers wait to be sent (a seam for tests: a folder with no room).
   *
   * @param dir the folder, or null for the system's temporary folder
   */
  void answersWaitIn(@Nullable Path dir) {
    spillDir = dir;
  }

  /**
   * The metrics.
   *
   * @return the metrics
   */
  Metrics metrics() {
    return metrics;
  }

  /**
   * How many requests are being answered now.
   *
   * @return the count
   */
  int active() {
    return active.get();
  }

  /**
   * How many requests have not yet been logged out: their answers are not yet written, or their
   * handlers have not yet ended.
   *
   * @return the count
   */
  int unwritten() {
    return unwritten.get();
  }

  private byte[] openApi() {
    byte[] document = openApi;
    if (document == null) {
      document = OpenApi.document().getBytes(StandardCharsets.UTF_8);
      openApi = document;
    }
    return document;
  }

  private Javalin javalin() {
    return Javalin.create(
        c -> {
          c.jetty.host = config.host();
          c.jetty.port = config.port();
          c.startup.showJavalinBanner = false;
          c.startup.showOldJavalinVersionWarning = false;
          c.http.maxRequestSize = config.maxBody();
          c.http.prefer405over404 = true;
          c.jetty.modifyServer(
              server -> {
                jetty = server;
                // Javalin puts its handler inside this one.
                server.setHandler(graceful);
                server.setErrorHandler(new ProblemErrorHandler());
                // Open connections are bounded below the process's open-file limit, so that idle
                // or slow clients cannot take the descriptors the decision log needs for its next
                // file. At the limit, new connections wait in the kernel's queue and idle ones are
                // closed after a second instead of IDLE_TIMEOUT, so waiting ones get in.
                connections =
                    new ConnectionCap(config.maxConnections(), LIMITED_IDLE_MILLIS, server);
                server.addBean(connections);
              });
          c.jetty.modifyHttpConfiguration(
              http -> http.setIdleTimeout(config.idleTimeout().toMillis()));
          c.requestLogger.http(
              (ctx, ms) -> {
                if (ctx.attribute(COUNTED) != null) {
                  unwritten.decrementAndGet();
                }
                if (cutOffByStop()) {
                  // Its connection was closed by the stop, which counted it in its own line; a
                  // status here would be what the handler made of that (often a 500), not an
                  // answer anyone received.
                  return;
                }
                String route = ctx.attribute(ROUTE);
                String template = route == null ? "unmatched" : route;
                int status = ctx.statusCode();
                String method = Metrics.method(ctx.method().name());
                metrics.record(method, template, status, ms / 1000.0);
                config
                    .accessLog()
                    .printf(Locale.ROOT, "%s %s %d %.1fms%n", method, template, status, ms);
              });
          for (Operation<?, ?, ?> op : Operations.ALL) {
            if (op.isHttp()) {
              c.routes.post(op.route(), guarded(op.route(), true, ctx -> operation(op, ctx)));
              routePaths.put(op.route(), "POST");
            }
          }
          getAndHead(
              c.routes,
              "/v1/guides",
              guarded("/v1/guides", true, takingNoQuery(ctx -> json(ctx, 200, Listings.guides()))));
          getAndHead(
              c.routes,
              "/v1/guides/{id}",
              guarded(
                  "/v1/guides/{id}",
                  true,
                  takingNoQuery(
                      ctx -> {
                        String id = ctx.pathParam("id");
                        if (Guides.builtIn(id).isEmpty()) {
                          problem(ctx, ProblemType.NOT_FOUND, "no built-in guide '" + id + "'");
                        } else {
                          json(ctx, 200, Guides.builtIn(id).get().definition());
                        }
                      })));
          getAndHead(
              c.routes,
              "/v1/schemas",
              guarded(
                  "/v1/schemas", true, takingNoQuery(ctx -> json(ctx, 200, JsonSchemas.names()))));
          getAndHead(
              c.routes,
              "/v1/schemas/{name}",
              guarded(
                  "/v1/schemas/{name}",
                  true,
                  takingNoQuery(
                      ctx -> {
                        Optional<String> text = JsonSchemas.text(ctx.pathParam("name"));
                        if (text.isEmpty()) {
                          problem(
                              ctx,
                              ProblemType.NOT_FOUND,
                              "no such schema"
                                  + Listings.schemaNear(ctx.pathParam("name"))
                                      .map(n -> " (did you mean " + n + "?)")
                                      .orElse("")
                                  + "; every schema is in /v1/schemas");
                        } else {
                          ctx.status(200)
                              .contentType("application/schema+json")
                              .result(text.get().getBytes(StandardCharsets.UTF_8));
                        }
                      })));
          getAndHead(
              c.routes,
              "/openapi.json",
              guarded(
                  "/openapi.json",
                  false,
                  ctx -> ctx.status(200).contentType("application/json").result(openApi())));
          getAndHead(
              c.routes,
              "/health/live",
              ctx -> {
                ctx.attribute(ROUTE, "/health/live");
                json(ctx, 200, Map.of("status", "live"));
              });
          getAndHead(
              c.routes,
              "/health/ready",
              ctx -> {
                ctx.attribute(ROUTE, "/health/ready");
                boolean ready = !stopping && (log == null || log.isHealthy());
                json(ctx, ready ? 200 : 503, Map.of("status", ready ? "ready" : "not ready"));
              });
          getAndHead(
              c.routes,
              "/metrics",
              guarded(
                  "/metrics",
                  true,
                  false,
                  ctx ->
                      ctx.status(200)
                          .contentType("text/plain; version=0.0.4; charset=utf-8")
                          .result(
                              metrics
                                  .text(
                                      active.get(),
                                      connections.getNetworkConnectionCount(),
                                      log == null ? null : log.isHealthy())
                                  .getBytes(StandardCharsets.UTF_8))));
          c.routes.error(
              404,
              ctx -> {
                if (!PROBLEM_JSON.equals(ctx.res().getContentType())) {
                  problem(
                      ctx,
                      ProblemType.NOT_FOUND,
                      "no such route"
                          + nearest(ctx.path(), ctx.method().name(), routePaths)
                              .map(r -> " (did you mean " + r + "?)")
                              .orElse("")
                          + "; every route is in /openapi.json");
                }
              });
          c.routes.error(
              405,
              ctx ->
                  problem(
                      ctx,
                      ProblemType.METHOD_NOT_ALLOWED,
                      "this route does not take " + Metrics.method(ctx.method().name())));
          c.routes.exception(
              Exception.class,
              (e, ctx) ->
                  problem(
                      ctx,
                      ProblemType.INTERNAL_ERROR,
                      "the service failed; this is a bug in justculture, not a problem of the"
                          + " request"));
        });
  }

  /**
   * A {@code /v1} GET route's handler that refuses any query parameter (400, each named, as the
   * operation routes name one they do not take): {@code /v1/guides/nhs-2018?version=1.0} must not
   * quietly answer the current version.
   */
  private Handler takingNoQuery(Handler inner) {
    return ctx -> {
      Query query = query(ctx.queryString());
      List<Problem> problems = new ArrayList<>(query.problems());
      for (String name : query.params().keySet()) {
        problems.add(unknownParameter(name, List.of()));
      }
      if (problems.isEmpty()) {
        inner.handle(ctx);
      } else {
        invalid(ctx, new InvalidRequestException(problems, problems.size()));
      }
    };
  }

  /**
   * A GET route, and HEAD on the same path through the same handler (Jetty sends no body for a
   * HEAD). Without the second, Javalin answers HEAD itself, 200 with no content type, without
   * running the handler: past the token check.
   */
  private void getAndHead(RoutesConfig routes, String path, Handler handler) {
    routes.get(path, handler);
    routes.head(path, handler);
    routePaths.put(path, "GET");
  }

  /**
   * The route nearest a path that is none, as "did you mean" says it ({@code POST
   * /v1/guide/evaluate}): the fewest characters changed, at most 3 (or a fifth of the path's length
   * if more). Routes taking the request's method come first (HEAD counts as GET); a route of
   * another method is suggested only if none of those is near, and only if it has no parameter. A
   * route with a parameter ({@code /v1/guides/{id}}) is compared with the path's own segment in its
   * place, so it is near only a path with as many segments.
   *
   * @param path the path asked for
   * @param method the request's method
   * @param routes each route's path and method
   * @return the nearest route, if one is near
   */
  static Optional<String> nearest(String path, String method, Map<String, String> routes) {
    String wanted = method.equals("HEAD") ? "GET" : method;
    int limit = Math.max(3, path.length() / 5);
    for (boolean sameMethod : new boolean[] {true, false}) {
      // Each route as the path is compared with it, and as a suggestion names it.
      Map<String, String> compared = new LinkedHashMap<>();
      for (Map.Entry<String, String> route : routes.entrySet()) {
        String template = route.getKey();
        boolean parameter = template.contains("{");
        String filled = parameter ? filled(template, path) : template;
        if (route.getValue().equals(wanted) == sameMethod
            && (sameMethod || !parameter)
            && filled != null) {
          compared.putIfAbsent(filled, route.getValue() + " " + template);
        }
      }
      Optional<String> nearest = EditDistance.nearest(path, compared.keySet(), limit);
      if (nearest.isPresent()) {
        return nearest.map(compared::get);
      }
    }
    return Optional.empty();
  }

  /**
   * A route's template with each parameter the path's segment in its place; null if they differ in
   * length.
   */
  private static @Nullable String filled(String template, String path) {
    String[] parts = template.split("/", -1);
    String[] given = path.split("/", -1);
    if (parts.length != given.length) {
      return null;
    }
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].startsWith("{")) {
        parts[i] = given[i];
      }
    }
    return String.join("/", parts);
  }

  /**
   * A route's handler behind the service's gates: shutting down (503), the token (401), and the
   * limit of requests in flight (503 with Retry-After).
   */
  private Handler guarded(String route, boolean needsToken, Handler handler) {
    return guarded(route, needsToken, true, handler);
  }

  /**
   * A route behind the service's gates: stopping, the token, and (when {@code limited}) the limit
   * of requests in flight. {@code /metrics} is not limited, so that a scrape still answers when the
   * service is shedding load, which is when it is most wanted.
   */
  private Handler guarded(String route, boolean needsToken, boolean limited, Handler handler) {
    return ctx -> {
      ctx.attribute(ROUTE, route);
      if (stopping) {
        ctx.header("Connection", "close");
        retryLater(ctx, "the service is shutting down");
        return;
      }
      if (hostChecked && !isLocalName(ctx.header("Host"))) {
        problem(
            ctx,
            ProblemType.MISDIRECTED_REQUEST,
            "this service answers only requests addressed to this machine (localhost, 127.0.0.1"
                + " or [::1])");
        return;
      }
      if (needsToken
          && config.tokens().isPresent()
          && !config.tokens().get().accepts(ctx.header("Authorization"))) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"justculture\"");
        problem(ctx, ProblemType.UNAUTHORIZED, "this route needs Authorization: Bearer <token>");
        return;
      }
      if (limited && !inFlight.tryAcquire()) {
        metrics.shed();
        retryLater(ctx, "too many requests in flight (" + config.maxConcurrent() + ")");
        return;
      }
      unwritten.incrementAndGet();
      ctx.attribute(COUNTED, true);
      active.incrementAndGet();
      try {
        handler.handle(ctx);
      } finally {
        active.decrementAndGet();
        if (limited) {
          inFlight.release();
        }
      }
    };
  }

  /**
   * Whether an address is this machine's own (a loopback address, or a name that resolves to one).
   *
   * @param host a host name or address
   * @return true for loopback; false otherwise, or when the name does not resolve
   */
  public static boolean isLoopback(String host) {
    try {
      return java.net.InetAddress.getByName(host).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  /**
   * Whether a request's {@code Host} names this machine without asking DNS (asking would be the
   * very rebinding it guards against): {@code localhost} or a name under it (RFC 6761), an address
   * in 127.0.0.0/8, or {@code [::1]}, with any port. No header (HTTP/1.0) passes: browsers always
   * send one.
   */
  static boolean isLocalName(@Nullable String hostHeader) {
    if (hostHeader == null) {
      return true;
    }
    String host = hostHeader.trim().toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      int close = host.indexOf(']');
      return close > 0
          && host.substring(0, close + 1).equals("[::1]")
          && (close + 1 == host.length() || host.charAt(close + 1) == ':');
    }
    int colon = host.indexOf(':');
    if (colon >= 0) {
      if (host.indexOf(':', colon + 1) >= 0) {
        return false;
      }
      host = host.substring(0, colon);
    }
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    return host.equals("localhost")
        || host.endsWith(".localhost")
        || LOOPBACK_V4.matcher(host).matches();
  }

  private static final java.util.regex.Pattern LOOPBACK_V4 =
      java.util.regex.Pattern.compile("127(\\.\\d{1,3}){3}");

  private void retryLater(io.javalin.http.Context ctx, String why) {
    ctx.header("Retry-After", "1");
    problem(ctx, ProblemType.UNAVAILABLE, why + "; try again shortly");
  }

  @SuppressWarnings("unchecked")
  private void operation(Operation<?, ?, ?> op, io.javalin.http.Context ctx) throws IOException {
    boolean json = op.input().kind() == Input.Kind.JSON;
    String expected = json ? "application/json" : "text/csv";
    // The header as sent: Jetty's own reading of it (ctx.contentType()) throws on a charset it
    // cannot parse, where this route answers 415.
    String contentType = ctx.header("Content-Type");
    boolean batch = json && mediaType(contentType).equals(HttpBatch.NDJSON);
    if (!mediaType(contentType).equals(expected) && !batch) {
      unsupported(
          ctx,
          "this route takes "
              + expected
              + (json ? " (or " + HttpBatch.NDJSON + ", a batch: one request a line)" : "")
              + " (UTF-8), not "
              + describe(contentType));
      return;
    }
    if (!isUtf8(contentType)) {
      // The body is read as UTF-8 whatever the header says; a declared other charset would be read
      // wrongly (and sometimes without an error: Latin-1 "Ã©" is UTF-8 "é"), so it is refused.
      unsupported(
          ctx,
          "this route takes "
              + expected
              + " in UTF-8; leave out the charset or give charset=utf-8");
      return;
    }
    String encoding = ctx.header("Content-Encoding");
    if (encoding != null && !encoding.isBlank() && !encoding.trim().equalsIgnoreCase("identity")) {
      // Read as it is, a compressed body would be reported as malformed JSON or CSV.
      unsupported(
          ctx,
          "this route takes a body without a Content-Encoding (send it uncompressed), not "
              + (encoding.length() > 30 ? "another encoding" : encoding.trim()));
      return;
    }
    String coding = transferCoding(ctx.req().getHeaders("Transfer-Encoding"));
    if (coding != null) {
      // Jetty takes the chunks off and passes on what is inside them as it is: a compressed body
      // would be reported as malformed JSON or CSV.
      unsupported(
          ctx,
          "this route takes a body with no transfer coding but chunked (send it uncompressed), not "
              + (coding.length() > 30 ? "another coding" : coding));
      return;
    }
    // The format the client takes, before anything runs: a decision is never logged and then
    // refused for its format. A batch answers in NDJSON, whatever it asks.
    String format = op.output().defaultFormat();
    if (!batch) {
      List<String> formats = List.copyOf(op.output().formats().keySet());
      if (formats.size() > 1) {
        ctx.header("Vary", "Accept");
      }
      List<String> types = formats.stream().map(op.output()::mediaType).toList();
      OptionalInt chosen = Accept.choose(ctx.header("Accept"), types);
      if (chosen.isEmpty()) {
        String accept = ctx.header("Accept");
        problem(
            ctx,
            ProblemType.NOT_ACCEPTABLE,
            "this route answers in "
                + String.join(" or ", types)
                + (types.size() == 1 ? "" : " (its command's --format)")
                + ", and the request's Accept header"
                + (accept.length() > 60 ? "" : " (" + accept.trim() + ")")
                + (types.size() == 1 ? " does not take it" : " takes none of them")
                + ": nothing was run");
        return;
      }
      format = formats.get(chosen.getAsInt());
    }
    if (ctx.req().getContentLengthLong() > config.maxBody()
        && "100-continue".equalsIgnoreCase(ctx.header("Expect"))) {
      // The client waits for "100 Continue" before it sends the body, and Jetty sends that when
      // the body is first asked for: answered now, nothing is sent or read.
      tooLarge(ctx, InputStream.nullInputStream());
      return;
    }
    Body body;
    BodyDeadline arrival = BodyDeadline.of(ctx.req(), bodyMillis(), this::cutOffMillis);
    arriving.add(arrival);
    try (InputStream in = arrival) {
      if (stopping) {
        // Stopping began after this request passed its gate: the cut-off may have moved already.
        arrival.cutOffMoved();
      }
      if (ctx.req().getContentLengthLong() > config.maxBody()) {
        tooLarge(ctx, in);
        return;
      }
      try {
        body = Body.readBounded(in, config.maxBody(), "$");
      } catch (InvalidRequestException e) {
        tooLarge(ctx, in);
        return;
      } catch (IOException e) {
        // Answered, then closed: what is left of the body cannot be found.
        ctx.header("Connection", "close");
        if (timedOut(e)) {
          if (stopping) {
            // The service's cut-off: answered while there is time, not cut off with the connection.
            retryLater(
                ctx,
                "the service is shutting down and the body had not arrived whole: nothing was run");
            return;
          }
          // Jetty's idle timeout (no byte of the body for that long), or the body's deadline (it
          // trickled).
          problem(
              ctx,
              ProblemType.REQUEST_TIMEOUT,
              "the body stopped arriving, or had not arrived whole after "
                  // Each branch a string: a long and a double in one ?: make a double ("60.0").
                  + (bodyMillis() % 1000 == 0
                      ? Long.toString(bodyMillis() / 1000)
                      : Double.toString(bodyMillis() / 1000.0))
                  + " s: nothing was run");
          return;
        }
        if (malformed(e)) {
          // Jetty could not parse the body's framing (a chunk size that is not a number, a chunk
          // without its line end, or the connection ended inside the body).
          problem(
              ctx,
              ProblemType.BAD_REQUEST,
              "the request's body is not well-formed HTTP (a malformed chunk, or the body ended"
                  + " before its length): nothing was run");
          return;
        }
        throw e;
      }
    } finally {
      arriving.remove(arrival);
    }
    Given given;
    Context context = context();
    try {
      given = options(op, query(ctx.queryString()));
      if (batch) {
        batch(op, ctx, body, given, context);
        return;
      }
      Object result;
      if (json) {
        result =
            Runner.runJson(
                (Operation<Object, Object, Object>) op, body, given, context, OptionDef::json);
      } else {
        try (InputStream records = body.open()) {
          result =
              Runner.runCsv(
                  (Operation<CsvSource, Object, Object>) op,
                  records,
                  given,
                  context,
                  OptionDef::json);
          respond(ctx, (Output<Object>) op.output(), format, result);
          return;
        }
      }
      if (op.isDecision() && log != null) {
        JsonNode request;
        try (InputStream in = body.open()) {
          request = JustCultureJson.codec().read(in, JsonNode.class);
        }
        try {
          DecisionLog.Receipt logged = log.append(op.route(), request, result, GRACE_MILLIS);
          metrics.decisionLogged();
          ctx.header(DECISION_SEQ, Long.toString(logged.seq()));
          ctx.header(DECISION_SHA256, logged.sha256());
        } catch (IOException e) {
          refuseUnlogged(ctx, e);
          return;
        }
      }
      respond(ctx, (Output<Object>) op.output(), format, result);
    } catch (InvalidRequestException e) {
      invalid(ctx, e);
    } catch (UncheckedIOException e) {
      throw new IOException(e.getCause());
    }
  }

  /**
   * A decision the log could not take is not given. A failed log (a full disk, a file in its way)
   * stays failed until a restart: the operator is told why once, on the access log, and clients are
   * not told the server's file names. A log that is merely behind is worth a retry.
   */
  private void refuseUnlogged(io.javalin.http.Context ctx, IOException e) {
    refuseUnlogged(
        ctx, "the decision could not be recorded, so it is not given: " + unlogged(e, 1));
  }

  /** A 503 for decisions not given; with Retry-After unless the log has failed for good. */
  private void refuseUnlogged(io.javalin.http.Context ctx, String detail) {
    if (log == null || log.failure().isEmpty()) {
      ctx.header("Retry-After", "1");
    }
    problem(ctx, ProblemType.DECISION_LOG_UNAVAILABLE, detail);
  }

  /**
   * Counts decisions not given because the log could not take them, tells the operator once if the
   * log has failed, and says why in words a client may be told.
   */
  private String unlogged(IOException e, int decisions) {
    for (int i = 0; i < decisions; i++) {
      metrics.decisionRefused();
    }
    Optional<IOException> failed = log == null ? Optional.empty() : log.failure();
    if (failed.isEmpty()) {
      return Objects.requireNonNullElse(e.getMessage(), "the decision log could not record it");
    }
    if (logFailureTold.compareAndSet(false, true)) {
      config
          .accessLog()
          .println(
              "decision log failed: "
                  + failed.get().getMessage()
                  + "; every decision is now refused (503) and /health/ready answers 503 until"
                  + " the service is restarted");
    }
    return "the service's decision log has failed; no decision is given until it is restarted";
  }

  /**
   * Answers an NDJSON batch: 200 and the answer lines, streamed; the options are checked first (a
   * 400 before any line runs), and a decision log that cannot record the first answers is a 503.
   */
  private void batch(
      Operation<?, ?, ?> op, io.javalin.http.Context ctx, Body body, Given given, Context context)
      throws IOException {
    HttpBatch.Response out = new HttpBatch.Response(ctx);
    DecisionLog recording = op.isDecision() ? log : null;
    Batch.Sink written =
        recording == null
            ? Batch.writingTo(out)
            : HttpBatch.recorded(op.route(), recording, metrics, GRACE_MILLIS, out);
    Batch.Tally sink = new Batch.Tally(written);
    try (InputStream lines = body.open()) {
      try {
        Batch.run(
            op, lines, given, context, OptionDef::json, HttpBatch.until(this::cutOffMillis, sink));
      } catch (HttpBatch.CutOff e) {
        if (!out.opened()) {
          retryLater(ctx, "the service is shutting down: no line of the batch was run");
          return;
        }
        HttpBatch.writeCutOff(out, e.line());
      } catch (HttpBatch.Unrecorded e) {
        String why = unlogged(e.reason(), e.decisions());
        if (!out.opened()) {
          refuseUnlogged(
              ctx, "the batch's first decisions could not be recorded, so none is given: " + why);
          return;
        }
        HttpBatch.writeStopped(out, e.line(), why);
      }
      out.finish();
    } catch (IOException e) {
      if (!out.opened()) {
        throw e;
      }
      // the client stopped reading: nothing more can be said to it
    } finally {
      metrics.batchLines(op.route(), sink.valid(), sink.invalid());
    }
  }

  /**
   * Whether the stop has closed (or is closing) the connections of the requests still running: a
   * request that ends after that was not answered.
   */
  private boolean cutOffByStop() {
    return closingConnectionsSet && System.nanoTime() - closingConnectionsNanos >= 0;
  }

  /**
   * The time left until the service's cut-off (for bodies still arriving, and batches still
   * running); none while it is not stopping.
   */
  private long cutOffMillis() {
    return stopping ? (cutOffNanos - System.nanoTime()) / 1_000_000L : Long.MAX_VALUE;
  }

  /**
   * How long a request's whole body may take to arrive: {@value #BODY_IDLE_TIMEOUTS} idle timeouts
   * (60 s by default), so that a body trickled a byte at a time cannot hold a slot for long.
   */
  private long bodyMillis() {
    return BODY_IDLE_TIMEOUTS * config.idleTimeout().toMillis();
  }

  private Context context() {
    return new StandardContext(
        config.clock(),
        workers,
        (what, total) -> done -> {},
        json -> json,
        config.maxDraws(),
        "this service (serve --max-draws)");
  }

  /**
   * The query's parameters, in order, decoded strictly: {@code +} is a space, a percent escape a
   * byte, and the bytes must be UTF-8 (Jetty's own decoding replaces a bad byte with U+FFFD, which
   * would turn a wrong parameter into a silently different one). Every parameter that cannot be
   * decoded is a problem, named by its name as sent (cut to 60 characters); its value is never
   * quoted.
   *
   * @param raw the query as sent, without the {@code ?}, or null
   * @return each name with its values, and a problem for each parameter that cannot be decoded
   */
  static Query query(@Nullable String raw) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    if (raw == null || raw.isEmpty()) {
      return new Query(query, problems);
    }
    for (String part : raw.split("&", -1)) {
      if (part.isEmpty()) {
        continue;
      }
      int equals = part.indexOf('=');
      String rawName = equals < 0 ? part : part.substring(0, equals);
      String name = decode(rawName);
      String value = equals < 0 ? "" : decode(part.substring(equals + 1));
      if (name == null || value == null) {
        String shown = UsageException.named(name != null ? name : rawName);
        problems.add(
            Problem.option(
                shown,
                (name == null ? "the name" : "the value")
                    + " is not UTF-8 text in percent-encoding (each byte as %XX, the bytes UTF-8)"));
        continue;
      }
      if (name.isEmpty()) {
        problems.add(Problem.general("query", "a parameter has no name (nothing before its =)"));
        continue;
      }
      query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return new Query(query, problems);
  }

  /**
   * A query, decoded.
   *
   * @param params each name that could be decoded, with its values in order
   * @param problems a problem for each parameter that could not be
   */
  record Query(Map<String, List<String>> params, List<Problem> problems) {}

  /** A percent-encoded name or value, or null if it is malformed or its bytes are not UTF-8. */
  private static @Nullable String decode(String encoded) {
    byte[] bytes = new byte[encoded.length()];
    int n = 0;
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        if (i + 2 >= encoded.length()
            || Character.digit(encoded.charAt(i + 1), 16) < 0
            || Character.digit(encoded.charAt(i + 2), 16) < 0) {
          return null;
        }
        bytes[n++] =
            (byte)
                (Character.digit(encoded.charAt(i + 1), 16) * 16
                    + Character.digit(encoded.charAt(i + 2), 16));
        i += 2;
      } else if (c > 0x7F) {
        return null; // a raw non-ASCII character: Jetty passes the URI through as sent
      } else {
        bytes[n++] = (byte) (c == '+' ? ' ' : c);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, n))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * The query as the operation's options, by JSON name; a parameter that cannot be decoded, is
   * unknown or is repeated is a problem, reported with those of the values and the body.
   */
  private static Given options(Operation<?, ?, ?> op, Query query) {
    Map<String, JsonNode> given = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>(query.problems());
    for (Map.Entry<String, List<String>> param : query.params().entrySet()) {
      Optional<OptionDef> def =
          op.options().defs().stream()
              .filter(d -> !d.cliOnly() && d.json().equals(param.getKey()))
              .findFirst();
      if (def.isEmpty()) {
        problems.add(
            unknownParameter(
                param.getKey(),
                op.options().defs().stream()
                    .filter(d -> !d.cliOnly())
                    .map(OptionDef::json)
                    .toList()));
      } else if (param.getValue().size() != 1) {
        problems.add(Problem.option(UsageException.named(param.getKey()), "must be given once"));
      } else {
        given.put(param.getKey(), def.get().toJson(param.getValue().get(0)));
      }
    }
    return new Given(given, problems);
  }

  /** A query parameter a route does not take, with those it does. */
  private static Problem unknownParameter(String name, List<String> taken) {
    return Problem.option(
        UsageException.named(name),
        "unknown parameter"
            + (taken.isEmpty()
                ? " (this route takes none)"
                : " (parameters: " + String.join(", ", taken) + ")"));
  }

  /**
   * Answers a result. A stream with bad rows (a sweep) is a 422 whose document lists the first
   * problems (the rest counted, as for a document) and carries every good row's output in {@code
   * goodRows}, one CSV record a string: nothing is lost, since each good row carries its row
   * number. The text is held in a {@link Spill} until its status is known, so the heap a request
   * takes stays bounded.
   */
  private void respond(
      io.javalin.http.Context ctx, Output<Object> output, String format, Object result)
      throws IOException {
    List<Problem> problems = new ArrayList<>();
    long[] total = {0};
    try (Spill text = new Spill(Spill.IN_MEMORY, spillDir)) {
      try {
        Objects.requireNonNull(output.formats().get(format), "a format the request was checked for")
            .render(
                result,
                text,
                problem -> {
                  if (total[0]++ < InputException.MAX_PROBLEMS) {
                    problems.add(problem);
                  }
                });
      } catch (IOException e) {
        if (!text.failed()) {
          throw e;
        }
        ctx.header("Retry-After", "1");
        problem(
            ctx,
            ProblemType.UNAVAILABLE,
            "the service has no room now to hold this answer before it is sent; try again"
                + " shortly");
        return;
      }
      if (total[0] > 0) {
        invalidRows(ctx, problems, total[0], text);
        return;
      }
      ctx.status(200).contentType(output.mediaType(format) + "; charset=utf-8");
      String small = text.inMemory();
      if (small != null) {
        ctx.result(small.getBytes(StandardCharsets.UTF_8));
        return;
      }
      try {
        text.copyTo(ctx.res().getOutputStream());
      } catch (IOException clientGone) {
        // the client stopped reading: nothing more can be said to it
      }
    }
  }

  /** The marker where a 422's {@code goodRows} records go, streamed, in its document. */
  private static final String GOOD_ROWS = "justculture:good-rows";

  private void invalidRows(
      io.javalin.http.Context ctx, List<Problem> problems, long total, Spill goodRows)
      throws IOException {
    ObjectNode doc =
        problemDocument(
            ProblemType.INVALID_ROWS,
            total + " problems in the rows; the valid rows are in goodRows",
            problems);
    if (total > problems.size()) {
      doc.put("omitted", total - problems.size());
    }
    doc.put("goodRows", GOOD_ROWS);
    String json = new String(bytes(doc), StandardCharsets.UTF_8);
    String marker = '"' + GOOD_ROWS + '"';
    int at = json.lastIndexOf(marker);
    ctx.status(422).contentType(PROBLEM_JSON);
    try {
      Writer out =
          new BufferedWriter(
              new OutputStreamWriter(ctx.res().getOutputStream(), StandardCharsets.UTF_8));
      out.write(json, 0, at);
      try (Reader rows = goodRows.reader()) {
        CsvRecordsJson.write(rows, out);
      }
      int after = at + marker.length();
      out.write(json, after, json.length() - after);
      out.flush();
    } catch (IOException clientGone) {
      // the client stopped reading: nothing more can be said to it
    }
  }

  private void invalid(io.javalin.http.Context ctx, InvalidRequestException e) {
    ObjectNode doc =
        problemDocument(
            ProblemType.INVALID_REQUEST,
            e.total() == 1 ? e.problems().get(0).message() : e.total() + " problems: see errors",
            e.problems());
    if (e.total() > e.problems().size()) {
      doc.put("omitted", e.total() - e.problems().size());
    }
    ctx.status(400).contentType(PROBLEM_JSON).result(bytes(doc));
  }

  /**
   * A 413. The rest of the body is read and dropped (up to {@value #DRAIN_BYTES} bytes) so that a
   * client still sending it can read the answer; past that the connection is closed.
   */
  private void tooLarge(io.javalin.http.Context ctx, InputStream rest) throws IOException {
    long drained = 0;
    byte[] sink = new byte[1 << 16];
    int n;
    while (drained < DRAIN_BYTES && (n = rest.read(sink)) > 0) {
      drained += n;
    }
    ctx.header("Connection", "close");
    problem(
        ctx, ProblemType.TOO_LARGE, "the body is over the limit of " + config.maxBody() + " bytes");
  }

  private static ObjectNode problemDocument(
      ProblemType type, String detail, List<Problem> problems) {
    ObjectNode doc = ProblemErrorHandler.document(type, type.status(), detail);
    doc.set("errors", JustCultureJson.codec().toTree(problems));
    return doc;
  }

  /** A 415: the request's media type, charset or encoding is not one this route reads. */
  private static void unsupported(io.javalin.http.Context ctx, String detail) {
    problem(ctx, ProblemType.UNSUPPORTED_MEDIA_TYPE, detail);
  }

  private static void problem(io.javalin.http.Context ctx, ProblemType type, String detail) {
    ctx.status(type.status())
        .contentType(PROBLEM_JSON)
        .result(bytes(ProblemErrorHandler.document(type, type.status(), detail)));
  }

  private static void json(io.javalin.http.Context ctx, int status, Object value) {
    ctx.status(status)
        .contentType("application/json; charset=utf-8")
        .result(
            (JustCultureJson.codec().writePretty(value) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] bytes(JsonNode doc) {
    return (JustCultureJson.codec().writePretty(doc) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** The media type without parameters, lower case; empty when absent. */
  static String mediaType(@Nullable String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
    return type.toLowerCase(Locale.ROOT);
  }

  /**
   * The first transfer coding other than {@code chunked} (which Jetty decodes) in the request's
   * {@code Transfer-Encoding} headers, or null when there is none.
   */
  static @Nullable String transferCoding(java.util.Enumeration<String> headers) {
    while (headers != null && headers.hasMoreElements()) {
      for (String coding : headers.nextElement().split(",", -1)) {
        String name = coding.trim();
        if (!name.isEmpty() && !name.equalsIgnoreCase("chunked")) {
          return name;
        }
      }
    }
    return null;
  }

  /**
   * Whether a read failed because the request is not well-formed HTTP: Jetty's parser marks such a
   * failure with the status it calls for (400).
   */
  static boolean malformed(Throwable e) {
    return causedBy(
        e, t -> t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500);
  }

  /** Whether a read failed because the connection was idle too long (Jetty's idle timeout). */
  static boolean timedOut(Throwable e) {
    return causedBy(e, t -> t instanceof TimeoutException);
  }

  private static boolean causedBy(Throwable e, java.util.function.Predicate<Throwable> what) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (what.test(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a content type's charset, if it names one, is UTF-8 (or US-ASCII, its subset): the
   * parameter's name and value are case-insensitive, and the value may be quoted.
   */
  static boolean isUtf8(@Nullable String contentType) {
    if (contentType == null) {
      return true;
    }
    String[] parts = contentType.split(";", -1);
    for (int i = 1; i < parts.length; i++) {
      int equals = parts[i].indexOf('=');
      if (equals < 0 || !parts[i].substring(0, equals).trim().equalsIgnoreCase("charset")) {
        continue;
      }
      String value = parts[i].substring(equals + 1).trim();
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1);
      }
      String charset = value.toLowerCase(Locale.ROOT);
      if (!charset.equals("utf-8") && !charset.equals("utf8") && !charset.equals("us-ascii")) {
        return false;
      }
    }
    return true;
  }

  private static String describe(@Nullable String contentType) {
    String type = mediaType(contentType);
    return type.isEmpty() ? "no content type" : type.length() > 60 ? "another type" : type;
  }

  /**
   * What the access log says when the server's stop fails: when Jetty's graceful stop ran out of
   * time (Javalin wraps its {@code TimeoutException}), the requests it then cut off (a body still
   * arriving, an answer not yet read), which get no line of their own; else the failure. One line,
   * never a stack trace.
   *
   * @param e what {@code stop} threw
   * @param unfinished the requests whose answers were not written
   * @return the line
   */
  static String stopProblem(Throwable e, int unfinished) {
    Throwable root = e;
    Throwable c = e;
    for (int depth = 0; c != null && depth < 16; c = c.getCause(), depth++) {
      root = c;
      if (c instanceof java.util.concurrent.TimeoutException) {
        int n = Math.max(1, unfinished);
        return n == 1
            ? "stopping: 1 request not finished after "
                + GRACE_MILLIS / 1000
                + " s; its connection was closed without an answer"
            : "stopping: "
                + n
                + " requests not finished after "
                + GRACE_MILLIS / 1000
                + " s; their connections were closed without an answer";
      }
    }
    return "stopping: the server did not stop cleanly ("
        + (root.getMessage() == null ? "an error" : root.getMessage())
        + ")";
  }

  /**
   * Stops gracefully: new requests are refused (503), those in flight finish (up to {@value
   * #GRACE_MILLIS} ms), then the server stops and the decision log is forced to disk and closed. A
   * request whose body has not arrived whole {@value #ANSWER_MILLIS} ms before the end is answered
   * 503 (nothing was run); one still running at the end has its connection closed, and the access
   * log says how many, in one line: such a request gets no line of its own, whatever its handler
   * makes of the closed connection when it ends.
   */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    cutOffNanos = System.nanoTime() + (GRACE_MILLIS - ANSWER_MILLIS) * 1_000_000L;
    stopping = true;
    config
        .accessLog()
        .printf(
            Locale.ROOT,
            "stopping: new requests are refused; %d in flight, %d s to finish%n",
            unwritten.get(),
            GRACE_MILLIS / 1000);
    for (BodyDeadline body : arriving) {
      body.cutOffMoved();
    }
    long deadline = System.currentTimeMillis() + GRACE_MILLIS;
    while (unwritten.get() > 0 && System.currentTimeMillis() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    // What is left is writing out the last answers: Jetty's graceful stop waits for them (the
    // rest of the same grace period, at least a second) before it closes the connections.
    long wait = Math.max(1_000, deadline - System.currentTimeMillis());
    if (jetty != null) {
      jetty.setStopTimeout(wait);
    }
    closingConnectionsNanos = System.nanoTime() + wait * 1_000_000L;
    closingConnectionsSet = true;
    try {
      app.stop();
    } catch (RuntimeException e) {
      config.accessLog().println(stopProblem(e, unwritten.get()));
    }
    // Not shutdownNow: it would drop the chunks of a simulation still queued, whose futures then
    // never complete, and the handler waiting for them would wait for ever. The queued chunks
    // run out (each is short); a simulation that then asks for more is refused and ends.
    workers.shutdown();
    boolean logClosed = false;
    if (log != null) {
      try {
        log.close();
        logClosed = true;
      } catch (IOException e) {
        config.accessLog().println("decision log: the final write failed: " + e.getMessage());
      }
    }
    config.accessLog().println(logClosed ? "stopped; the decision log is closed whole" : "stopped");
  }
}
