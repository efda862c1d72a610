package io.github.justculture.cli.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.justculture.cli.JustCultureCli;
import io.github.justculture.cli.op.Input;
import io.github.justculture.cli.op.Operation;
import io.github.justculture.cli.op.Operations;
import io.github.justculture.cli.op.Output;
import io.github.justculture.cli.op.Problem;
import io.github.justculture.core.json.JustCultureJson;
import io.github.justculture.testing.Golden;
import io.github.justculture.testing.SchemaCheck;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service over real HTTP: an in-process server on a free port and {@code java.net.http}. Every
 * route with valid input answers the command line's golden bytes, which validate against the
 * operation's output schema; bad input is a 400 naming the path; the gates answer 413, 415, 401 and
 * 503; the hostile corpus never gets a 500.
 */
class HttpServiceTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
  static final String TOKEN = "s3cret-token-for-tests-0001";

  /** The sample input of each operation the service offers, and its query string. */
  static final Map<String, String[]> SAMPLES =
      Map.ofEntries(
          Map.entry("guide evaluate", new String[] {"guide-evaluate.json", ""}),
          Map.entry("guide validate", new String[] {"guide-definition.json", ""}),
          Map.entry("gate check", new String[] {"gate-proposal.json", ""}),
          Map.entry(
              "restorative check", new String[] {"restorative-case.json", "today=2026-11-22"}),
          Map.entry("civility score", new String[] {"civility-self-assessment.json", ""}),
          Map.entry("equality relative-likelihood", new String[] {"relative-likelihood.json", ""}),
          Map.entry("equality wres3", new String[] {"wres3-records.csv", ""}),
          Map.entry("cost estimate", new String[] {"cost-profile.json", ""}),
          Map.entry("cost compare", new String[] {"cost-comparison.json", ""}),
          Map.entry("cost sensitivity", new String[] {"cost-profile.json", ""}),
          Map.entry("cost simulate", new String[] {"cost-simulation.json", "draws=20000&seed=11"}),
          Map.entry("cost sweep", new String[] {"trust-scenarios.csv", "draws=500"}));

  static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir Path dir;

  private HttpService service;
  private final ByteArrayOutputStream accessLog = new ByteArrayOutputStream();

  HttpService start(Optional<Tokens> tokens, Optional<Path> log, long maxBody, int concurrent)
      throws IOException {
    return start(tokens, log, maxBody, concurrent, 20_000_000);
  }

  HttpService start(
      Optional<Tokens> tokens, Optional<Path> log, long maxBody, int concurrent, long maxDraws)
      throws IOException {
    service =
        HttpService.start(
            config(
                tokens,
                log,
                maxBody,
                concurrent,
                maxDraws,
                new PrintStream(accessLog, true, StandardCharsets.UTF_8),
                HttpService.IDLE_TIMEOUT));
    return service;
  }

  /**
   * A service with default limits but {@code concurrent} slots, whose access log goes nowhere.
   *
   * @param concurrent --max-concurrent
   * @return the running service; the caller closes it
   */
  static HttpService startQuiet(int concurrent) throws IOException {
    return HttpService.start(
        config(
            Optional.empty(),
            Optional.empty(),
            1 << 20,
            concurrent,
            20_000_000,
            new PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8),
            HttpService.IDLE_TIMEOUT));
  }

  /** Settings for a test's service: on loopback, any free port, the fixed clock. */
  static HttpService.Config config(
      Optional<Tokens> tokens,
      Optional<Path> log,
      long maxBody,
      int concurrent,
      long maxDraws,
      PrintStream accessLog,
      Duration idleTimeout) {
    return new HttpService.Config(
        "127.0.0.1",
        0,
        tokens,
        log,
        DecisionLog.Sync.ALWAYS,
        1 << 20,
        maxBody,
        concurrent,
        512,
        maxDraws,
        CLOCK,
        accessLog,
        idleTimeout);
  }

  @AfterEach
  void stop() {
    if (service != null) {
      service.close();
    }
  }

  HttpResponse<String> post(String path, String contentType, byte[] body, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Sends bytes as they are (ASCII) on a new connection and reads until the server closes it. */
  String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", service.port())) {
      socket.setSoTimeout(20_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  HttpResponse<String> head(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
            .timeout(Duration.ofSeconds(30))
            .method("HEAD", HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
            .timeout(Duration.ofSeconds(30));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static byte[] sample(String file) throws IOException {
    return Files.readAllBytes(Path.of("../examples/data", file));
  }

  /** An operation's route with its sample's query string. */
  static String sampleRoute(Operation<?, ?, ?> op) {
    String query = SAMPLES.get(op.name())[1];
    return op.route() + (query.isEmpty() ? "" : "?" + query);
  }

  static String contentType(Operation<?, ?, ?> op) {
    return op.input().kind() == Input.Kind.JSON ? "application/json" : "text/csv";
  }

  @Test
  void aClosedServiceLeavesNoThreadOfItsOwnBehind() throws Exception {
    java.util.Set<Thread> before = Thread.getAllStackTraces().keySet();
    Path tokenFile = dir.resolve("tokens");
    Files.writeString(tokenFile, "a-token-of-at-least-32-characters-long\n");
    start(
        Optional.of(Tokens.watch(tokenFile, System.err)),
        Optional.of(dir.resolve("log")),
        1 << 20,
        16);
    // Every route once: the Jetty threads, the decision log's writer and the simulation workers.
    for (Operation<?, ?, ?> op : Operations.ALL) {
      if (op.isHttp()) {
        String[] sample = SAMPLES.get(op.name());
        HttpResponse<String> response =
            post(
                sampleRoute(op),
                contentType(op),
                sample(sample[0]),
                "Authorization",
                "Bearer a-token-of-at-least-32-characters-long");
        assertThat(response.statusCode()).as(op.name()).isEqualTo(200);
      }
    }
    service.close();
    service = null;
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    List<String> left;
    do {
      left =
          Thread.getAllStackTraces().keySet().stream()
              .filter(t -> t.isAlive() && !before.contains(t))
              .map(Thread::getName)
              // the test's own HTTP client keeps its threads between tests
              .filter(name -> !name.startsWith("HttpClient-"))
              .sorted()
              .toList();
      if (left.isEmpty()) {
        break;
      }
      Thread.sleep(50);
    } while (System.nanoTime() < deadline);
    assertThat(left).as("threads still running after close()").isEmpty();
  }

  @Test
  void everyRouteAnswersTheCommandLinesBytesWhichValidate() throws Exception {
    start(Optional.empty(), Optional.empty(), 1 << 20, 16);
    List<String> offered = new ArrayList<>();
    for (Operation<?, ?, ?> op : Operations.ALL) {
      if (!op.isHttp()) {
        assertThat(op.output().kind()).isEqualTo(Output.Kind.HTML);
        continue;
      }
      offered.add(op.name());
      String[] sample = SAMPLES.get(op.name());
      HttpResponse<String> response =
          post(sampleRoute(op), contentType(op) + "; charset=utf-8", sample(sample[0]));
      assertThat(response.statusCode()).as(op.name() + ": " + response.body()).isEqualTo(200);
      String golden =
          Golden.resource(
              "ops/"
                  + op.name().replace(' ', '-')
                  + (op.output().kind() == Output.Kind.CSV ? ".csv" : ".json"));
      assertThat(response.body()).as(op.name()).isEqualTo(golden);
      // Without a decision log, no answer claims a place in one.
      assertThat(response.headers().firstValue("Justculture-Decision-Seq")).isEmpty();
      if (op.output().kind() == Output.Kind.JSON) {
        assertThat(response.headers().firstValue("Content-Type"))
            .get()
            .asString()
            .startsWith("application/json");
        assertThat(
                SchemaCheck.violations(
                    op.output().schema(), JustCultureJson.codec().readTree(response.body())))
            .isEmpty();
      } else {
        assertThat(response.headers().firstValue("Content-Type"))
            .get()
            .asString()
            .startsWith("text/csv");
      }
    }
    assertThat(offered).containsExactlyInAnyOrderElementsOf(SAMPLES.keySet());
    String log = accessLog.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("POST /v1/guide/evaluate 200");
    // No payload data (a question id, the profile's headcount) on any line, its time taken (the
    // last word, whose digits may hold "5200" by chance) aside.
    assertThat(log.lines().map(line -> line.substring(0, Math.max(0, line.lastIndexOf(' ')))))
        .isNotEmpty()
        .noneMatch(line -> line.contains("1a") || line.contains("5200"));
  }

  @Test
  void everyFormatOfTheCommandLineIsAskedForByItsMediaType() throws Exception {
    start(Optional.empty(), Optional.empty(), 1 << 20, 16);
    int formats = 0;
    for (Operation<?, ?, ?> op : Operations.ALL) {
      if (!op.isHttp() || op.output().formats().size() == 1) {
        continue;
      }
      String[] sample = SAMPLES.get(op.name());
      for (String format : op.output().formats().keySet()) {
        String type = op.output().mediaType(format);
        HttpResponse<String> response =
            post(
                sampleRoute(op),
                contentType(op),
                sample(sample[0]),
                "Accept",
                type + ";q=0.9, */*;q=0.1");
        assertThat(response.statusCode()).as(op.name() + " " + format).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
            .get()
            .asString()
            .matches(java.util.regex.Pattern.quote(type) + "; ?charset=utf-8");
        assertThat(response.headers().firstValue("Vary")).hasValue("Accept");
        List<String> args = new ArrayList<>(op.words());
        args.addAll(HttpBatchTest.cliOptions(op, sample[1]));
        args.addAll(List.of("--format", format, "../examples/data/" + sample[0]));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code =
            JustCultureCli.run(
                args.toArray(String[]::new),
                InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(response.body()).as(op.name() + " " + format).isEqualTo(out.toString(UTF_8));
        formats++;
      }
    }
    assertThat(formats).isEqualTo(5); // estimate: json, csv, table; simulate: json, csv
  }

  @Test
  void aFormatTheClientDoesNotTakeIs406BeforeAnythingRunsOrIsLogged(@TempDir Path dir)
      throws Exception {
    start(Optional.empty(), Optional.of(dir), 1 << 20, 16);
    HttpResponse<String> refused =
        post(
            "/v1/guide/evaluate",
            "application/json",
            sample("guide-evaluate.json"),
            "Accept",
            "text/csv, application/xml;q=0.5");
    assertThat(refused.statusCode()).isEqualTo(406);
    JsonNode problem = JustCultureJson.codec().readTree(refused.body());
    assertThat(problem.get("type").asText()).endsWith("/not-acceptable");
    assertThat(problem.get("detail").asText())
        .isEqualTo(
            "this route answers in application/json, and the request's Accept header (text/csv,"
                + " application/xml;q=0.5) does not take it: nothing was run");
    assertThat(refused.headers().firstValue("Justculture-Decision-Seq")).isEmpty();
    HttpResponse<String> estimate =
        post(
            "/v1/cost/estimate",
            "application/json",
            sample("cost-profile.json"),
            "Accept",
            "application/json;q=0, image/png");
    assertThat(estimate.statusCode()).isEqualTo(406);
    assertThat(JustCultureJson.codec().readTree(estimate.body()).get("detail").asText())
        .startsWith(
            "this route answers in application/json or text/csv or text/plain (its command's"
                + " --format), and");
    // What a browser or a generic client sends takes the default; a batch answers in NDJSON
    // whatever it asks.
    HttpResponse<String> accepted =
        post(
            "/v1/guide/evaluate",
            "application/json",
            sample("guide-evaluate.json"),
            "Accept",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    assertThat(accepted.statusCode()).isEqualTo(200);
    assertThat(accepted.headers().firstValue("Justculture-Decision-Seq")).hasValue("1");
    assertThat(accepted.headers().firstValue("Vary")).isEmpty();
    HttpResponse<String> batch =
        post(
            "/v1/cost/estimate",
            "application/x-ndjson",
            "{\"headcount\":100,\"prevalence\":0.2}\n".getBytes(UTF_8),
            "Accept",
            "text/csv");
    assertThat(batch.statusCode()).isEqualTo(200);
    assertThat(batch.body()).startsWith("{\"line\":1,\"result\":");
  }

  @Test
  void badInputIsA400NamingEveryPathAsTheCommandLineDoes() throws Exception {
    start(Optional.empty(), Optional.empty(), 1 << 20, 16);
    HttpResponse<String> response =
        post(
            "/v1/cost/estimate",
            "application/json",
            "{\"headcount\":\"many\",\"prevalance\":0.2,\"prevalence\":1.4}"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
    JsonNode problem = JustCultureJson.codec().readTree(response.body());
    assertThat(problem.get("type").asText())
        .isEqualTo("https://justculture.github.io/problems/invalid-request");
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("errors"))
        .extracting(e -> e.get("path").asText())
        .containsExactly("$.headcount", "$.prevalance", "$.prevalence");
    assertThat(problem.get("errors").get(2).get("message").asText())
        .isEqualTo("$.prevalence: must be between 0 and 1, was 1.4");
    for (JsonNode error : problem.get("errors")) {
      assertThat(SchemaCheck.violations("problem.schema.json", error)).isEmpty();
    }
    // Options are query parameters, checked by the same rules, named as in the JSON; a parameter
    // the route does not take, or cannot be decoded, comes with the other problems, all at once.
    HttpResponse<String> draws =
        post(
            "/v1/cost/simulate?draws=0&colour=red&%FF=1",
            "application/json",
            "{\"profile\":{\"headcount\":\"many\",\"prevalence\":0.2}}"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(draws.statusCode()).isEqualTo(400);
    assertThat(JustCultureJson.codec().readTree(draws.body()).get("errors"))
        .extracting(e -> e.get("message").asText())
        .containsExactly(
            "%FF: the name is not UTF-8 text in percent-encoding (each byte as %XX, the bytes"
                + " UTF-8)",
            "colour: unknown parameter (parameters: draws, seed)",
            "draws: must be between 1 and 5000000, was 0",
            "$.profile.headcount: expected a whole number, was \"many\"");
    // A batch runs no line while a parameter is wrong.
    HttpResponse<String> batchDraws =
        post(
            "/v1/cost/simulate?draws=0&colour=red",
            "application/x-ndjson",
            (new String(sample("cost-simulation.json"), StandardCharsets.UTF_8).replace("\n", " ")
                    + "\n")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(batchDraws.statusCode()).isEqualTo(400);
    assertThat(JustCultureJson.codec().readTree(batchDraws.body()).get("errors"))
        .extracting(e -> e.get("message").asText())
        .containsExactly(
            "colour: unknown parameter (parameters: draws, seed)",
            "draws: must be between 1 and 5000000, was 0");
    HttpResponse<String> zero =
        post("/v1/cost/simulate?draws=0", "application/json", sample("cost-simulation.json"));
    assertThat(
            JustCultureJson.codec()
                .readTree(zero.body())
                .get("errors")
                .get(0)
                .get("message")
                .asText())
        .isEqualTo("draws: must be between 1 and 5000000, was 0");
    // Parameters are decoded strictly: a byte that is not UTF-8 is a problem, never a U+FFFD.
    HttpResponse<String> bytes =
        post(
            "/v1/cost/simulate?draws=1%3000&seed=%FF&%FEx=1&colour=%E9",
            "application/json", sample("cost-simulation.json"));
    assertThat(bytes.statusCode()).isEqualTo(400);
    assertThat(errors(bytes))
        .containsExactly(
            "seed: the value is not UTF-8 text in percent-encoding (each byte as %XX, the bytes"
                + " UTF-8)",
            "%FEx: the name is not UTF-8 text in percent-encoding (each byte as %XX, the bytes"
                + " UTF-8)",
            "colour: the value is not UTF-8 text in percent-encoding (each byte as %XX, the bytes"
                + " UTF-8)");
    assertThat(bytes.body()).doesNotContain("\uFFFD");
    // A parameter's name is named on one short line, whatever it holds.
    HttpResponse<String> odd =
        post(
            "/v1/cost/simulate?a%0Ab=1&" + "z".repeat(300) + "=1&draws=1&draws=2",
            "application/json",
            sample("cost-simulation.json"));
    assertThat(errors(odd))
        .containsExactly(
            "\"a\\nb\": unknown parameter (parameters: draws, seed)",
            "\"" + "z".repeat(80) + "…: unknown parameter (parameters: draws, seed)",
            "draws: must be given once");
    // However many parameters are wrong, the first hundred are listed and the rest counted.
    StringBuilder many = new StringBuilder("/v1/cost/simulate?draws=100");
    for (int i = 0; i < 300; i++) {
      many.append("&p").append(i).append("=1");
    }
    HttpResponse<String> capped =
        post(many.toString(), "application/json", sample("cost-simulation.json"));
    JsonNode doc = JustCultureJson.codec().readTree(capped.body());
    assertThat(doc.get("errors")).hasSize(100);
    assertThat(doc.get("omitted").asInt()).isEqualTo(200);
    assertThat(doc.get("detail").asText()).isEqualTo("300 problems: see errors");
  }

  @Test
  void aPageFromAnotherOriginIsGivenNoCorsHeadersSoItCannotReadAnAnswer() throws Exception {
    start(Optional.empty(), Optional.empty(), 1 << 20, 16);
    HttpResponse<String> preflight =
        CLIENT.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + service.port() + "/v1/guide/evaluate"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://hr.example")
                .header("Access-Control-Request-Method", "POST")
                .build(),
            HttpResponse.BodyHandlers.ofString(UTF_8));
    assertThat(preflight.statusCode()).isEqualTo(405);
    HttpResponse<String> answer =
        post(
            "/v1/guide/evaluate",
            "application/json",
            sample("guide-evaluate.json"),
            "Origin",
            "https://hr.example");
    assertThat(answer.statusCode()).isEqualTo(200);
    for (HttpResponse<String> response : List.of(preflight, answer)) {
      assertThat(response.headers().map().keySet())
          .noneMatch(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("access-control-"));
    }
  }

  @Test
  void aNearMissOfARouteIsNamedAndAFarOneIsNot() {
    Map<String, String> routes = new java.util.TreeMap<>();
    for (Operation<?, ?, ?> op : Operations.ALL) {
      if (op.isHttp()) {
        routes.put(op.route(), "POST");
      }
    }
    routes.put("/v1/guides/{id}", "GET");
    routes.put("/health/ready", "GET");
    assertThat(HttpService.nearest("/guide/evaluate", "POST", routes))
        .hasValue("POST /v1/guide/evaluate");
    assertThat(HttpService.nearest("/v1/Cost/Estimate", "POST", routes))
        .hasValue("POST /v1/cost/estimate");
    assertThat(HttpService.nearest("/v1/cost/simulation", "POST", routes))
        .hasValue("POST /v1/cost/simulate");
    assertThat(HttpService.nearest("/v1/guide/evaluate;x=1", "POST", routes))
        .hasValue("POST /v1/guide/evaluate");
    // A parameter is compared as the path's own segment; a GET is first offered GET routes.
    assertThat(HttpService.nearest("/v1/guide/nhs-2018", "GET", routes))
        .hasValue("GET /v1/guides/{id}");
    assertThat(HttpService.nearest("/v1/guide/nhs-2018", "HEAD", routes))
        .hasValue("GET /v1/guides/{id}");
    assertThat(HttpService.nearest("/v1/guide/nhs-2018", "POST", routes)).isEmpty();
    assertThat(HttpService.nearest("/v1/guides/nhs-2018/x", "GET", routes)).isEmpty();
    // Another method's route, when nothing of the request's own is near.
    assertThat(HttpService.nearest("/health/redy", "POST", routes)).hasValue("GET /health/ready");
    assertThat(HttpService.nearest("/v1/cost/estimat", "GET", routes))
        .hasValue("POST /v1/cost/estimate");
    assertThat(HttpService.nearest("/health", "GET", routes)).isEmpty();
    assertThat(HttpService.nearest("/v1/nope", "POST", routes)).isEmpty();
    assertThat(HttpService.nearest("/" + "x".repeat(5000), "POST", routes)).isEmpty();
  }

  @Test
  void queryParametersDecodeAsFormsDoButStrictly() {
    HttpService.Query good = HttpService.query("a=1&b=x+y&&c=%C3%A9&a=2&d&e=");
    assertThat(good.problems()).isEmpty();
    assertThat(good.params())
        .containsExactly(
            Map.entry("a", List.of("1", "2")),
            Map.entry("b", List.of("x y")),
            Map.entry("c", List.of("é")),
            Map.entry("d", List.of("")),
            Map.entry("e", List.of("")));
    assertThat(HttpService.query("=1&%3D=2&a=3").problems())
        .extracting(Problem::message)
        .containsExactly("query: a parameter has no name (nothing before its =)");
    assertThat(HttpService.query("=1&%3D=2&a=3").params())
        .containsExactly(Map.entry("=", List.of("2")), Map.entry("a", List.of("3")));
    assertThat(HttpService.query(null)).isEqualTo(new HttpService.Query(Map.of(), List.of()));
    assertThat(HttpService.query("")).isEqualTo(new HttpService.Query(Map.of(), List.of()));
    for (String bad : List.of("a=%", "a=%4", "a=%zz", "a=%C3", "a=%ED%A0%80", "a=é")) {
      // The parameter is left out, and said to be bad; the ones beside it are kept.
      HttpService.Query query = HttpService.query("b=1&" + bad + "&%FF=2");
      assertThat(query.params()).as(bad).containsExactly(Map.entry("b", List.of("1")));
      assertThat(query.problems())
          .as(bad)
          .extracting(Problem::message)
          .containsExactly(
              "a: the value is not UTF-8 text in percent-encoding (each byte as %XX, the bytes"
                  + " UTF-8)",
              "%FF: the name is not UTF-8 text in percent-encoding (each byte as %XX, the bytes"
                  + " UTF-8)");
    }
  }

  @Test
  void aRequestMakesNoMoreSimulationDrawsThanTheServiceAllows() throws Exception {
    start(Optional.empty(), Optional.empty(), 1 << 20, 16, 1_200);
    // A simulation over the limit is refused before it draws.
    HttpResponse<String> over =
        post("/v1/cost/simulate?draws=2000", "application/json", sample("cost-simulation.json"));
    assertThat(over.statusCode()).isEqualTo(400);
    assertThat(errors(over))
        .containsExactly(
            "draws: is more than the 1200 draws this service (serve --max-draws) allows a request,"
                + " was 2000");
    // Each request has its own count: two within the limit are both answered.
    for (int i = 0; i < 2; i++) {
      assertThat(
              post(
                      "/v1/cost/simulate?draws=1200",
                      "application/json",
                      sample("cost-simulation.json"))
                  .statusCode())
          .isEqualTo(200);
    }
    // A sweep of five rows at 500 draws: the third row would pass 1,200, so nothing is answered
    // but the problem (no rows acknowledged and then dropped).
    HttpResponse<String> sweep =
        post("/v1/cost/sweep?draws=500", "text/csv", sample("trust-scenarios.csv"));
    assertThat(sweep.statusCode()).isEqualTo(400);
    assertThat(errors(sweep))
        .containsExactly(
            "draws: after 2 simulations of 500 draws, another would pass the 1200 draws this"
                + " service (serve --max-draws) allows a request: send at most 2 simulations a request, or"
                + " ask for fewer draws");
    assertThat(sweep.body()).doesNotContain("goodRows").doesNotContain("kline-lewis-2019");
    // The same rows two at a time are answered; bad rows count nothing.
    String[] lines = new String(sample("trust-scenarios.csv"), StandardCharsets.UTF_8).split("\n");
    HttpResponse<String> two =
        post(
            "/v1/cost/sweep?draws=500",
            "text/csv",
            (lines[0] + "\n" + lines[1] + "\n" + lines[2] + "\nnot-a-preset,1,0.1,,,\n")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(two.statusCode()).isEqualTo(422);
    assertThat(goodRows(JustCultureJson.codec().readTree(two.body())))
        .hasSize(3)
        .allMatch(line -> line.startsWith("row,") || line.contains(",kline-lewis-2019,"));
  }

  private static List<String> errors(HttpResponse<String> response) {
    List<String> messages = new ArrayList<>();
    JustCultureJson.codec()
        .readTree(response.body())
        .get("errors")
        .forEach(e -> messages.add(e.get("message").asText()));
    return messages;
  }

  @Test
  void aClientWaitingToSendTooLargeABodyIsAnswered413WithoutSendingIt() throws Exception {
    start(Optional.empty(), Optional.empty(), 1000, 16);
    String answer =
        raw(
            "POST /v1/cost/estimate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100000000\r\nExpect: 100-continue\r\n\r\n");
    assertThat(answer)
        .startsWith("HTTP/1.1 413")
        .doesNotContain("100 Continue")
        .contains("the body is over the limit of 1000 bytes");
  }

  /** A query on a /v1 GET route is never ignored: ?version=1.0 must not answer the current one. */
  @Test
  void theV1ReadRoutesTakeNoQueryAndSaySoForEachParameter() throws Exception {
    start(Optional.empty(), Optional.empty(), 1 << 20, 16);
    HttpResponse<String> version = get("/v1/guides/nhs-2018?version=1.0");
    assertThat(version.statusCode()).isEqualTo(400);
    assertThat(version.headers().firstValue("Content-Type")).contains("application/problem+json");
    JsonNode doc = JustCultureJson.codec().readTree(version.body());
    assertThat(doc.get("type").asText()).endsWith("/invalid-request");
    assertThat(doc.get("errors").findValuesAsText("message"))
        .containsExactly("version: unknown parameter (this route takes none)");
    for (String path :
        List.of("/v1/guides", "/v1/schemas", "/v1/schemas/cost-profile.schema.json")) {
      HttpResponse<String> two = get(path + "?a=1&%ff=2&b");
      assertThat(two.statusCode()).as(path).isEqualTo(400);
      assertThat(
              JustCultureJson.codec()
                  .readTree(two.body())
                  .get("errors")
                  .findValuesAsText("message"))
          .as(path)
          .containsExactly(
              "%ff: the name is not UTF-8 text in percent-encoding (each byte as %XX, the bytes"
                  + " UTF-8)",
              "a: unknown parameter (this route takes none)",
              "b: unknown parameter (this route takes none)");
      assertThat(head(path + "?a=1").statusCode()).as(path).isEqualTo(400);
      assertThat(get(path).statusCode()).as(path).isEqualTo(200);
      assertThat(get(path + "?").statusCode()).as(path).isEqualTo(200);
    }
    // A missing guide with a query: the query is the request's problem first.
    assertThat(get("/v1/guides/nope?x=1").statusCode()).isEqualTo(400);
    assertThat(get("/v1/guides/nope").statusCode()).isEqualTo(404);
    // The infrastructure's routes are left as probes and scrapers call them.
    assertThat(get("/health/live?probe=1").statusCode()).isEqualTo(200);
    assertThat(get("/metrics?x=1").statusCode()).isEqualTo(200);
    assertThat(get("/openapi.json?x=1").statusCode()).isEqualTo(200);
  }

  @Test
  void methodsOfAClientsOwnInventionCannotGrowTheMetricsOrTheLog() throws Exception {
    start(Optional.empty(), Optional.empty(), 1000, 16);
    for (int i = 0; i < 50; i++) {
      HttpResponse<String> response =
          CLIENT.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + service.port() + "/v1/guides"))
                  .method("INVENTED" + i, HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(response.statusCode()).isEqualTo(405);
      assertThat(response.body()).contains("this route does not take OTHER");
    }
    String metrics = get("/metrics").body();
    assertThat(metrics)
        .contains(
            "justculture_http_requests_total{method=\"OTHER\",route=\"unmatched\",status=\"405\"}"
                + " 50")
        .doesNotContain("INVENTED");
    assertThat(accessLog.toString(StandardCharsets.UTF_8))
        .contains("OTHER unmatched 405")
        .doesNotContain("INVENTED");
    assertThat(Metrics.method("PATCH")).isEqualTo("PATCH");
    assertThat(Metrics.method("get")).isEqualTo("OTHER");
  }

  @Test
  void theGatesAnswer413And415And404And405() throws Exception {
    start(Optional.empty(), Optional.empty(), 1000, 16);
    HttpResponse<String> large = post("/v1/cost/estimate", "application/json", new byte[5000]);
    assertThat(large.statusCode()).isEqualTo(413);
    assertThat(large.body()).contains("\"status\" : 413");
    HttpResponse<String> type =
        post("/v1/cost/estimate", "text/plain", "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(type.statusCode()).isEqualTo(415);
    assertThat(type.body()).contains("this route takes application/json");
    HttpResponse<String> none =
        post("/v1/cost/estimate", null, "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(none.statusCode()).isEqualTo(415);
    HttpResponse<String> csv =
        post("/v1/cost/sweep", "application/json", "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(csv.statusCode()).isEqualTo(415);
    byte[] profile = sample("cost-profile.json");
    for (String declared :
        List.of(
            "application/json; charset=ISO-8859-1",
            "application/json;charset=\"utf-16\"",
            "application/json; CHARSET=windows-1252")) {
      HttpResponse<String> latin = post("/v1/cost/estimate", declared, profile);
      assertThat(latin.statusCode()).as(declared).isEqualTo(415);
      assertThat(latin.body()).as(declared).contains("in UTF-8; leave out the charset");
    }
    for (String declared :
        List.of(
            "application/json; charset=utf-8",
            "Application/JSON; Charset=\"UTF-8\"",
            "application/json; charset=us-ascii")) {
      assertThat(post("/v1/cost/estimate", declared, profile).statusCode())
          .as(declared)
          .isEqualTo(200);
    }
    HttpResponse<String> gzip =
        post("/v1/cost/estimate", "application/json", profile, "Content-Encoding", "gzip");
    assertThat(gzip.statusCode()).isEqualTo(415);
    assertThat(gzip.body())
        .contains("takes a body without a Content-Encoding (send it uncompressed), not gzip");
    assertThat(
            post("/v1/cost/estimate", "application/json", profile, "Content-Encoding", "identity")
                .statusCode())
        .isEqualTo(200);
    assertThat(get("/v1/nope").statusCode()).isEqualTo(404);
    assertThat(JustCultureJson.codec().readTree(get("/v1/nope").body()).get("detail").asText())
        .isEqualTo("no such route; every route is in /openapi.json");
    // A near miss is named, as the command line names a mistyped command.
    HttpResponse<String> typo = post("/v1/guide/evalute", "application/json", profile);
    assertThat(typo.statusCode()).isEqualTo(404);
    assertThat(JustCultureJson.codec().readTree(typo.body()).get("detail").asText())
        .isEqualTo(
            "no such route (did you mean POST /v1/guide/evaluate?); every route is in"
                + " /openapi.json");
    assertThat(get("/v1/cost/estimate").statusCode()).isEqualTo(405);
    assertThat(get("/v1/guides/nope").statusCode()).isEqualTo(404);
    assertThat(get("/v1/schemas/nope").statusCode()).isEqualTo(404);
    assertThat(
            JustCultureJson.codec()
                .readTree(get("/v1/schemas/cost-profle.schema.json").body())
                .get("detail")
                .asText())
        .isEqualTo(
            "no such schema (did you mean cost-profile.schema.json?); every schema is in"
                + " /v1/schemas");
    assertThat(
            JustCultureJson.codec()
                .readTree(get("/v1/schemas/gate-result").body())
                .get("detail")
                .asText())
        .isEqualTo(
            "no such schema (did you mean gate-result.schema.json?); every schema is in"
                + " /v1/schemas");
  }

  @Test
  void requestsJettyRefusesBeforeAnyRouteGetProblemDocumentsThatQuoteNothing() throws Exception {
    start(Optional.empty(), Optional.empty(), 1000, 16);
    String secret = "Jane-Doe-" + "x".repeat(20_000);
    Map<String, HttpResponse<String>> refused = new LinkedHashMap<>();
    refused.put("a NUL in the path", get("/v1/guides/%00Jane-Doe"));
    refused.put("an over-long URI", get("/v1/guides/" + secret));
    refused.put("an over-long header", get("/health/live", "X-Note", secret));
    refused.forEach(
        (what, response) -> {
          assertThat(response.statusCode()).as(what).isIn(400, 414, 431);
          assertThat(response.headers().firstValue("Content-Type"))
              .as(what)
              .hasValue("application/problem+json");
          JsonNode doc = JustCultureJson.codec().readTree(response.body());
          assertThat(doc.get("status").asInt()).as(what).isEqualTo(response.statusCode());
          assertThat(doc.get("type").asText())
              .as(what)
              .startsWith("https://justculture.github.io/problems/");
          assertThat(response.body()).as(what).doesNotContain("Jane").doesNotContain("<html");
        });
    assertThat(refused.get("an over-long URI").statusCode()).isEqualTo(414);
    assertThat(refused.get("an over-long header").statusCode()).isEqualTo(431);
    assertThat(raw("Jane-Doe\r\n\r\n"))
        .startsWith("HTTP/1.1 400")
        .contains("Content-Type: application/problem+json")
        .contains("\"status\" : 400")
        .doesNotContain("Jane");
    // Whatever the method: Jetty's own pages are written only for GET, POST and HEAD.
    assertThat(raw("OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
        .startsWith("HTTP/1.1 404")
        .contains("Content-Type: application/problem+json")
        .contains("\"status\" : 404");
    assertThat(raw("PUT /v1/guides/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
        .startsWith("HTTP/1.1 400")
        .contains("Content-Type: application/problem+json")
        .contains("\"status\" : 400");
  }

  @Test
  void aMalformedChunkedBodyIs400AndAContentTypeOrCodingItCannotReadIs415NotA500()
      throws Exception {
    start(Optional.empty(), Optional.empty(), 1000, 16);
    String head = "POST /v1/guide/evaluate HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n";
    String json = "{\"answers\":{}}";
    String chunked = head + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("a chunk size that is not hex", chunked + "zz\r\n" + json + "\r\n0\r\n\r\n");
    bodies.put(
        "a chunk size over 2^63", chunked + "F".repeat(17) + "\r\n" + json + "\r\n0\r\n\r\n");
    bodies.put("a chunk without its line end", chunked + "e\r\n" + json + "XX0\r\n\r\n");
    bodies.forEach(
        (what, request) -> {
          String answer;
          try {
            answer = raw(request);
          } catch (IOException e) {
            throw new AssertionError(what, e);
          }
          assertThat(answer)
              .as(what)
              .startsWith("HTTP/1.1 400")
              .contains("Content-Type: application/problem+json")
              .contains("the request's body is not well-formed HTTP");
        });
    for (String declared :
        List.of(
            "application/json; ;;; charset=\"",
            "application/json; charset=",
            "application/json; charset=no such charset",
            "application/json; charset=x-no-such-charset")) {
      String answer =
          raw(
              head
                  + "Content-Type: "
                  + declared
                  + "\r\nContent-Length: "
                  + json.length()
                  + "\r\n\r\n"
                  + json);
      assertThat(answer).as(declared).startsWith("HTTP/1.1 415").contains("in UTF-8");
    }
    // Jetty takes only the chunks off: a body in another transfer coding is refused, not misread.
    for (String coding : List.of("gzip, chunked", "deflate,chunked", "x-custom ,  chunked")) {
      String answer =
          raw(
              head
                  + "Content-Type: application/json\r\nTransfer-Encoding: "
                  + coding
                  + "\r\n\r\ne\r\n"
                  + json
                  + "\r\n0\r\n\r\n");
      assertThat(answer)
          .as(coding)
          .startsWith("HTTP/1.1 415")
          .contains(
              "no transfer coding but chunked (send it uncompressed), not "
                  + coding.split(",")[0].trim());
    }
    assertThat(raw(chunked + "e\r\n" + json + "\r\n0\r\n\r\n"))
        .as("chunked alone")
        .startsWith("HTTP/1.1 200");
    assertThat(accessLog.toString(StandardCharsets.UTF_8)).doesNotContain(" 500 ");
  }

  /** A service with one slot (--max-concurrent 1) and an idle timeout of 0.5 s. */
  private void startWithOneSlotAndAShortIdleTimeout() throws IOException {
    service =
        HttpService.start(
            config(
                Optional.empty(),
                Optional.empty(),
                1 << 20,
                1,
                20_000_000,
                new PrintStream(accessLog, true, StandardCharsets.UTF_8),
                Duration.ofMillis(500)));
  }

  /** The one slot of {@link #startWithOneSlotAndAShortIdleTimeout} takes a request again. */
  private void assertTheOneSlotIsFree() throws Exception {
    HttpResponse<String> next =
        post(
            "/v1/guide/evaluate",
            "application/json",
            "{\"answers\":{}}".getBytes(StandardCharsets.UTF_8));
    assertThat(next.statusCode()).isEqualTo(200);
  }

  @Test
  void aBodyThatStopsArrivingIsAnswered408AndItsSlotFreed() throws Exception {
    startWithOneSlotAndAShortIdleTimeout();
    assertThat(
            raw(
                "POST /v1/guide/evaluate HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"answ"))
        .startsWith("HTTP/1.1 408")
        .contains("Content-Type: application/problem+json")
        .contains("Connection: close")
        .contains("the body stopped arriving, or had not arrived whole after 1 s: nothing was run");
    // The one slot (--max-concurrent 1) is free again.
    assertTheOneSlotIsFree();
    assertThat(accessLog.toString(StandardCharsets.UTF_8)).contains("POST /v1/guide/evaluate 408");
  }

  @Test
  void aBodyTrickledInsideTheIdleTimeoutIsCutAtItsDeadline() throws Exception {
    // Idle timeout 0.5 s: the whole body has 1 s. A byte every 0.2 s is never idle for long, but
    // 100 bytes at that pace would take 20 s, and hold the only slot (--max-concurrent 1).
    startWithOneSlotAndAShortIdleTimeout();
    String answer;
    try (Socket socket = new Socket("127.0.0.1", service.port())) {
      socket.setSoTimeout(20_000);
      java.io.OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /v1/guide/evaluate HTTP/1.1\r\nHost: localhost\r\n"
                  + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      try {
        for (int i = 0; i < 100; i++) {
          out.write(' ');
          out.flush();
          Thread.sleep(200);
        }
      } catch (IOException closed) {
        // the service gave up on the body and closed the connection
      }
      answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(answer)
        .startsWith("HTTP/1.1 408")
        .contains("Connection: close")
        .contains("the body stopped arriving, or had not arrived whole after 1 s");
    // Never idle for 0.5 s, so only the deadline can have cut it: had the body arrived, the 100
    // spaces would have been answered 400 (no JSON).
    assertTheOneSlotIsFree();
  }

  /** A GET with the given Host header, on a new connection. */
  private String getAs(String host, String path, String... headers) throws IOException {
    StringBuilder request =
        new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
    for (String header : headers) {
      request.append(header).append("\r\n");
    }
    return raw(request.append("Connection: close\r\n\r\n").toString());
  }

  @Test
  void onLoopbackWithoutTokensOnlyRequestsAddressedToThisMachineAreAnswered() throws Exception {
    start(Optional.empty(), Optional.empty(), 1 << 20, 16);
    int port = service.port();
    for (String host :
        List.of(
            "localhost:" + port,
            "127.0.0.1:" + port,
            "127.8.9.10:" + port,
            "[::1]:" + port,
            "[::1]",
            "api.localhost:" + port,
            "LOCALHOST.:" + port)) {
      assertThat(getAs(host, "/v1/guides")).as(host).startsWith("HTTP/1.1 200");
    }
    // A page at attacker.example whose name now resolves to 127.0.0.1 (DNS rebinding) sends its
    // own name: it must not read, or decide, anything.
    for (String host :
        List.of(
            "attacker.example:" + port,
            "127.0.0.1.attacker.example:" + port,
            "localhost.attacker.example",
            "[::2]:" + port,
            "10.0.0.1:" + port)) {
      String answer = getAs(host, "/v1/guides");
      assertThat(answer).as(host).startsWith("HTTP/1.1 421");
      assertThat(answer)
          .as(host)
          .contains("application/problem+json")
          .contains("\"type\" : \"https://justculture.github.io/problems/misdirected-request\"")
          .doesNotContain("attacker");
    }
    // Health says nothing and stays open to every name.
    assertThat(getAs("attacker.example", "/health/live")).startsWith("HTTP/1.1 200");
  }

  @Test
  void aTokenFileIsFollowedSoTokensChangeWithoutARestart() throws Exception {
    Path file = dir.resolve("tokens.txt");
    Files.writeString(file, TOKEN + "\n");
    start(
        Optional.of(Tokens.watch(file, new PrintStream(accessLog, true, StandardCharsets.UTF_8))),
        Optional.empty(),
        1 << 20,
        16);
    assertThat(get("/v1/guides", "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
    // Rotated: a new token in, the old one out. The file is looked at once a second at most.
    String rotated = "rotated-token-0123456789";
    rewrite(file, "# rotated\n" + rotated + "\n", 5);
    assertThat(get("/v1/guides", "Authorization", "Bearer " + rotated).statusCode()).isEqualTo(200);
    assertThat(get("/v1/guides", "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(401);
    // A file that cannot be used leaves the tokens in force, and says so once.
    rewrite(file, "short\n", 10);
    for (int i = 0; i < 3; i++) {
      assertThat(get("/v1/guides", "Authorization", "Bearer " + rotated).statusCode())
          .isEqualTo(200);
      assertThat(get("/v1/guides", "Authorization", "Bearer short").statusCode()).isEqualTo(401);
    }
    // A file that is gone leaves them in force too, said in plain words (no Java names).
    Files.delete(file);
    Thread.sleep(Tokens.CHECK_NANOS / 1_000_000 + 100);
    for (int i = 0; i < 2; i++) {
      assertThat(get("/v1/guides", "Authorization", "Bearer " + rotated).statusCode())
          .isEqualTo(200);
    }
    assertThat(
            accessLog
                .toString(StandardCharsets.UTF_8)
                .lines()
                .filter(l -> l.startsWith("token file")))
        .containsExactly(
            "token file " + file + ": reloaded: 1 token",
            "token file "
                + file
                + ": not reloaded, line 1: a token must have at least 16 characters; the tokens in"
                + " force stay",
            "token file "
                + file
                + ": not reloaded, cannot be read (no such file or folder); the tokens in force"
                + " stay");
  }

  /**
   * Writes a token file anew, dated later (a change even where file times are coarse), and waits
   * past the next look.
   */
  private static void rewrite(Path file, String text, int secondsLater) throws Exception {
    Files.writeString(file, text);
    Files.setLastModifiedTime(
        file,
        java.nio.file.attribute.FileTime.from(java.time.Instant.now().plusSeconds(secondsLater)));
    Thread.sleep(Tokens.CHECK_NANOS / 1_000_000 + 100);
  }

  @Test
  void withTokensAnyNameIsServedAsAProxyWouldSendIt() throws Exception {
    start(Optional.of(Tokens.parse(TOKEN + "\n")), Optional.empty(), 1 << 20, 16);
    assertThat(getAs("justculture.trust.nhs.uk", "/v1/guides", "Authorization: Bearer " + TOKEN))
        .startsWith("HTTP/1.1 200");
    assertThat(getAs("justculture.trust.nhs.uk", "/v1/guides")).startsWith("HTTP/1.1 401");
  }

  @Test
  void tokensGuardTheV1RoutesAndMetricsButNotHealth() throws Exception {
    start(
        Optional.of(Tokens.parse("# ours\n" + TOKEN + "\nanother-token-0123456789\n")),
        Optional.empty(),
        1 << 20,
        16);
    byte[] body = sample("cost-profile.json");
    assertThat(post("/v1/cost/estimate", "application/json", body).statusCode()).isEqualTo(401);
    HttpResponse<String> wrong =
        post(
            "/v1/cost/estimate",
            "application/json",
            body,
            "Authorization",
            "Bearer nope-nope-nope-nope");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.headers().firstValue("WWW-Authenticate")).isPresent();
    assertThat(
            post("/v1/cost/estimate", "application/json", body, "Authorization", "Bearer " + TOKEN)
                .statusCode())
        .isEqualTo(200);
    assertThat(
            post(
                    "/v1/cost/estimate",
                    "application/json",
                    body,
                    "Authorization",
                    "Bearer another-token-0123456789")
                .statusCode())
        .isEqualTo(200);
    assertThat(get("/metrics").statusCode()).isEqualTo(401);
    String metrics = get("/metrics", "Authorization", "Bearer " + TOKEN).body();
    assertThat(metrics)
        .contains(
            "justculture_http_requests_total{method=\"POST\",route=\"/v1/cost/estimate\",status=\"200\"} 2")
        .contains(
            "justculture_http_requests_total{method=\"POST\",route=\"/v1/cost/estimate\",status=\"401\"} 2");
    // No payload data (the profile's headcount, 5200) in any name, label or comment; the sample
    // values are timings and counts, whose digits may hold "5200" by chance.
    assertThat(metrics.lines().map(line -> line.substring(0, Math.max(0, line.lastIndexOf(' ')))))
        .isNotEmpty()
        .noneMatch(nameAndLabels -> nameAndLabels.contains("5200"));
    assertThat(get("/v1/guides").statusCode()).isEqualTo(401);
    assertThat(get("/health/live").statusCode()).isEqualTo(200);
    assertThat(get("/health/ready").statusCode()).isEqualTo(200);
    assertThat(get("/openapi.json").statusCode()).isEqualTo(200);
    assertThat(Tokens.parse(TOKEN).accepts("bearer " + TOKEN)).isTrue();
    // HEAD goes through the same handlers, token check included, and sends no body.
    for (String path : List.of("/v1/guides", "/v1/guides/nhs-2018", "/v1/schemas", "/metrics")) {
      assertThat(head(path).statusCode()).as(path).isEqualTo(401);
      HttpResponse<String> allowed = head(path, "Authorization", "Bearer " + TOKEN);
      assertThat(allowed.statusCode()).as(path).isEqualTo(200);
      assertThat(allowed.body()).as(path).isEmpty();
      String getType =
          get(path, "Authorization", "Bearer " + TOKEN)
              .headers()
              .firstValue("Content-Type")
              .orElseThrow();
      assertThat(allowed.headers().firstValue("Content-Type")).as(path).hasValue(getType);
    }
    assertThat(head("/health/live").statusCode()).isEqualTo(200);
    assertThat(head("/v1/guide/evaluate").statusCode()).isEqualTo(405);
    assertThat(accessLog.toString(StandardCharsets.UTF_8))
        .contains("HEAD /v1/guides 401")
        .contains("HEAD /metrics 200")
        .doesNotContain("HEAD unmatched 200");
  }

  /** A 3,000,000-draw simulation sent in the background, once the service is answering it. */
  private CompletableFuture<HttpResponse<String>> simulationUnderWay() throws InterruptedException {
    CompletableFuture<HttpResponse<String>> answer =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return post(
                    "/v1/cost/simulate?draws=3000000",
                    "application/json",
                    sample("cost-simulation.json"));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    long deadline = System.currentTimeMillis() + 20_000;
    while (service.active() == 0 && System.currentTimeMillis() < deadline) {
      Thread.sleep(5);
    }
    return answer;
  }

  @Test
  void overloadIsShedWithRetryAfterNeverQueued() throws Exception {
    start(Optional.empty(), Optional.empty(), 1 << 20, 1);
    CompletableFuture<HttpResponse<String>> slow = simulationUnderWay();
    assertThat(service.active()).isEqualTo(1);
    HttpResponse<String> shed =
        post("/v1/cost/estimate", "application/json", sample("cost-profile.json"));
    assertThat(shed.statusCode()).isEqualTo(503);
    assertThat(shed.headers().firstValue("Retry-After")).contains("1");
    // A metrics scrape still answers while the service sheds load, and counts what it shed.
    HttpResponse<String> scrape = get("/metrics");
    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.body())
        .contains("justculture_http_shed_total 1")
        .contains("justculture_http_requests_in_flight 2");
    assertThat(slow.get().statusCode()).isEqualTo(200);
    assertThat(
            post("/v1/cost/estimate", "application/json", sample("cost-profile.json")).statusCode())
        .isEqualTo(200);
  }

  @Test
  void idleConnectionsCannotHoldTheServiceOffBeyondItsConnectionLimit() throws Exception {
    service =
        HttpService.start(
            new HttpService.Config(
                "127.0.0.1",
                0,
                Optional.empty(),
                Optional.empty(),
                DecisionLog.Sync.ALWAYS,
                1 << 20,
                1 << 20,
                16,
                4,
                20_000_000,
                CLOCK,
                new PrintStream(accessLog, true, StandardCharsets.UTF_8),
                HttpService.IDLE_TIMEOUT));
    // A long answer under way when the limit is reached is not cut by the shorter idle timeout.
    CompletableFuture<HttpResponse<String>> working = simulationUnderWay();
    List<Socket> idle = new ArrayList<>();
    try {
      // Twice the limit of clients that connect and say nothing (each would otherwise hold its
      // connection, and a file descriptor, for the 30 s idle timeout).
      for (int i = 0; i < 8; i++) {
        Socket socket = new Socket("127.0.0.1", service.port());
        socket.setSoTimeout(20_000);
        idle.add(socket);
      }
      // A health check still gets in: at the limit, idle connections are closed after a second.
      HttpResponse<String> live =
          assertTimeoutPreemptively(Duration.ofSeconds(30), () -> get("/health/live"));
      assertThat(live.statusCode()).isEqualTo(200);
      String metrics = get("/metrics").body();
      long open =
          Long.parseLong(
              metrics
                  .lines()
                  .filter(l -> l.startsWith("justculture_http_connections "))
                  .findFirst()
                  .orElseThrow()
                  .split(" ")[1]);
      assertThat(open).isBetween(1L, 4L);
      // The idle clients the service let in were closed by it, not left open.
      // (Those let in once the limit was no longer reached keep the usual idle timeout.)
      int closedByService = 0;
      for (Socket socket : idle) {
        socket.setSoTimeout(3_000);
        try {
          if (socket.getInputStream().read() == -1) {
            closedByService++;
          }
        } catch (java.net.SocketTimeoutException stillOpen) {
          // not closed (yet)
        } catch (IOException reset) {
          closedByService++;
        }
      }
      assertThat(closedByService).isGreaterThanOrEqualTo(3);
      HttpResponse<String> simulated = working.get(60, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(simulated.statusCode()).isEqualTo(200);
      assertThat(JustCultureJson.codec().readTree(simulated.body()).get("draws").asInt())
          .isEqualTo(3_000_000);
    } finally {
      for (Socket socket : idle) {
        socket.close();
      }
    }
  }

  @Test
  void aFailedDecisionLogRefusesEveryDecisionAndTellsTheOperatorOnce() throws Exception {
    Path log = dir.resolve("log");
    // A log that starts a new file after every line, and a file of another program's in the way
    // of the second: the log cannot go on without putting that file inside its chain.
    service =
        HttpService.start(
            new HttpService.Config(
                "127.0.0.1",
                0,
                Optional.empty(),
                Optional.of(log),
                DecisionLog.Sync.ALWAYS,
                1,
                1 << 20,
                4,
                512,
                20_000_000,
                CLOCK,
                new PrintStream(accessLog, true, StandardCharsets.UTF_8),
                HttpService.IDLE_TIMEOUT));
    byte[] evaluate = sample("guide-evaluate.json");
    HttpResponse<String> given = post("/v1/guide/evaluate", "application/json", evaluate);
    assertThat(given.statusCode()).isEqualTo(200);
    // The answer says where its decision went: the log's first line, and that line's hash.
    String line = Files.readAllLines(log.resolve("decisions-000001.jsonl")).get(0);
    assertThat(given.headers().firstValue("Justculture-Decision-Seq")).hasValue("1");
    assertThat(given.headers().firstValue("Justculture-Decision-Sha256"))
        .hasValue(DecisionLog.sha256(line));
    assertThat(get("/metrics").body())
        .contains("justculture_decision_log_healthy 1\n")
        .contains("justculture_decisions_refused_total 0\n");
    Files.writeString(log.resolve("decisions-000002.jsonl"), "another program's line\n");
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> refused = post("/v1/guide/evaluate", "application/json", evaluate);
      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).isEmpty();
      assertThat(refused.body())
          .contains("decision-log-unavailable")
          .contains("no decision is given until it is restarted")
          .doesNotContain("decisions-0");
    }
    assertThat(get("/health/ready").statusCode()).isEqualTo(503);
    assertThat(get("/metrics").body())
        .contains("justculture_decision_log_healthy 0\n")
        .contains("justculture_decisions_refused_total 2\n")
        .contains("justculture_decisions_logged_total 1\n");
    // Operations that decide nothing still answer.
    assertThat(
            post("/v1/cost/estimate", "application/json", sample("cost-profile.json")).statusCode())
        .isEqualTo(200);
    String told = accessLog.toString(StandardCharsets.UTF_8);
    assertThat(told.lines().filter(l -> l.startsWith("decision log failed: ")))
        .containsExactly(
            "decision log failed: decisions-000002.jsonl: exists already, though the log was about"
                + " to start it (a file it did not write); every decision is now refused (503) and"
                + " /health/ready answers 503 until the service is restarted");
    // verify shows the operator where: the other program's file, after the one good line.
    assertThat(DecisionLog.verify(log).problem())
        .get(as(InstanceOfAssertFactories.STRING))
        .startsWith("decisions-000002.jsonl line 1: ");
  }

  @Test
  void theGuidesAndSchemasAreServed() throws Exception {
    start(Optional.empty(), Optional.empty(), 1 << 20, 16);
    HttpResponse<String> guides = get("/v1/guides");
    assertThat(guides.body())
        .contains("\"id\" : \"nhs-2018\"")
        .contains("\"id\" : \"reason-1997\"");
    HttpResponse<String> definition = get("/v1/guides/reason-1997");
    assertThat(
            SchemaCheck.violations(
                "guide-definition.schema.json",
                JustCultureJson.codec().readTree(definition.body())))
        .isEmpty();
    HttpResponse<String> schema = get("/v1/schemas/gate-result.schema.json");
    assertThat(schema.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/schema+json");
    assertThat(schema.body()).contains("\"$id\"");
    assertThat(get("/v1/schemas").body()).contains("guide-result.schema.json");
  }

  @Test
  void theOpenApiDocumentIsValidOpenApi31AndListsEveryRoute() throws Exception {
    start(Optional.empty(), Optional.empty(), 1 << 20, 16);
    String document = get("/openapi.json").body();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIParser().readContents(document, null, options);
    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    for (Operation<?, ?, ?> op : Operations.ALL) {
      if (op.isHttp()) {
        assertThat(result.getOpenAPI().getPaths()).containsKey(op.route());
      }
    }
    assertThat(result.getOpenAPI().getComponents().getSchemas()).containsKey("guide-result");
  }

  @Test
  void aSweepWithBadRowsLosesNoGoodRow() throws Exception {
    start(Optional.empty(), Optional.empty(), 1 << 20, 16);
    HttpResponse<String> response =
        post(
            "/v1/cost/sweep",
            "text/csv",
            "headcount,prevalence\n5200,0.2\nmany,0.2\n100,0.1\n".getBytes(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode problem = JustCultureJson.codec().readTree(response.body());
    assertThat(problem.get("errors").get(0).get("message").asText())
        .isEqualTo("row 2 (line 3), column headcount: expected a whole number, was \"many\"");
    assertThat(goodRows(problem).stream().map(l -> l.split(",")[0]))
        .containsExactly("row", "1", "3");
  }

  /** A 422's goodRows: its CSV records. */
  private static List<String> goodRows(JsonNode problem) {
    assertThat(problem.get("goodRows").isArray()).as("goodRows is an array of records").isTrue();
    List<String> records = new ArrayList<>();
    problem.get("goodRows").forEach(r -> records.add(r.asText()));
    return records;
  }

  @Test
  void aSweepOfManyBadRowsListsTheFirstProblemsAndStreamsEveryGoodRow() throws Exception {
    start(Optional.empty(), Optional.empty(), 1 << 20, 16);
    // About 1 MB of rows, every fourth one bad: 130,000 problems, and good rows' output many times
    // larger than the body (held in a temporary file, not the heap, until it is sent): about 29
    // million characters, more than Jackson reads in one string by default.
    String body = "headcount\n" + "1\n1\n1\nx\n".repeat(130_000);
    HttpResponse<String> response =
        post("/v1/cost/sweep", "text/csv", body.getBytes(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body().length()).isGreaterThan(20_000_000);
    // Read as a client would, with Jackson's own limits (our codec refuses strings over 1 MB).
    JsonNode problem = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    assertThat(problem.get("detail").asText())
        .isEqualTo("130000 problems in the rows; the valid rows are in goodRows");
    assertThat(problem.get("errors")).hasSize(100);
    assertThat(problem.get("errors").get(99).get("message").asText())
        .startsWith("row 400 (line 401), column headcount: ");
    assertThat(problem.get("omitted").asLong()).isEqualTo(129_900);
    assertThat(SchemaCheck.violations("problem.schema.json", problem.get("errors").get(0)))
        .isEmpty();
    // goodRows is what the command line writes for the same rows, byte for byte.
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int code =
        io.github.justculture.cli.JustCultureCli.run(
            new String[] {"cost", "sweep", "-"},
            new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    List<String> records = goodRows(problem);
    assertThat(records).hasSize(1 + 390_000);
    assertThat(String.join("\n", records) + "\n").isEqualTo(out.toString(StandardCharsets.UTF_8));
    assertThat(records.stream().skip(1).map(l -> l.split(",")[0]).limit(4))
        .containsExactly("1", "2", "3", "5");
  }

  @Test
  void aLargeAnswerWithNoRoomToWaitIsA503NotA500() throws Exception {
    start(Optional.empty(), Optional.empty(), 1 << 20, 16);
    // A "folder" that is a file: no temporary file can be made in it.
    Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "");
    service.answersWaitIn(notAFolder);
    byte[] big =
        ("headcount,prevalence\n" + "1,0\n".repeat(250_000)).getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> refused = post("/v1/cost/sweep", "text/csv", big);
    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(refused.body())
        .contains("no room now to hold this answer")
        .doesNotContain(notAFolder.toString());
    // A small answer needs no file.
    assertThat(post("/v1/cost/sweep", "text/csv", sample("trust-scenarios.csv")).statusCode())
        .isEqualTo(200);
    service.answersWaitIn(null);
    assertThat(post("/v1/cost/sweep", "text/csv", big).statusCode()).isEqualTo(200);
  }

  @Test
  void theResearchersAndTheGatesNewOptionsWorkAsQueryParameters() throws Exception {
    start(Optional.empty(), Optional.empty(), 1 << 20, 16);
    byte[] trusts =
        "code,region,headcount\nSYN01,London,5200\nSYN02,North West,900\n"
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> sweep =
        post("/v1/cost/sweep?ids=code,region&draws=500&seed=3", "text/csv", trusts);
    assertThat(sweep.statusCode()).isEqualTo(200);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int exit =
        io.github.justculture.cli.JustCultureCli.run(
            new String[] {
              "cost", "sweep", "--id", "code,region", "--draws", "500", "--seed", "3", "-"
            },
            new java.io.ByteArrayInputStream(trusts),
            new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
            new java.io.PrintStream(
                new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(exit).isZero();
    String cli = out.toString(StandardCharsets.UTF_8);
    assertThat(sweep.body()).isEqualTo(cli);
    assertThat(sweep.body().lines().findFirst().orElseThrow())
        .startsWith("row,code,region,headcount,")
        .endsWith(",totalP5,totalP50,totalP95");
    HttpResponse<String> badId = post("/v1/cost/sweep?ids=trust", "text/csv", trusts);
    assertThat(badId.statusCode()).isEqualTo(400);
    assertThat(badId.body()).contains("names no column of the header");
    // A bad option and a bad header in one answer: the header is checked against the options
    // whose values are valid (here the ids), though no record is read.
    HttpResponse<String> both =
        post(
            "/v1/cost/sweep?ids=code,trust&draws=many",
            "text/csv",
            "code,headcount,prevalance\nSYN01,5200,0.2\n".getBytes(StandardCharsets.UTF_8));
    assertThat(both.statusCode()).isEqualTo(400);
    assertThat(
            JustCultureJson.codec().readTree(both.body()).get("errors").findValuesAsText("message"))
        .containsExactly(
            "draws: expected a whole number, was \"many\"",
            "$.prevalance: column is not a profile field (did you mean 'prevalence'?)",
            "ids $[1]: names no column of the header, was \"trust\"");
    HttpResponse<String> tabs =
        post(
            "/v1/equality/wres3",
            "text/csv",
            "person\tgroup\tentered\np1\tBME\tyes\n".getBytes(StandardCharsets.UTF_8));
    assertThat(tabs.statusCode()).isEqualTo(400);
    assertThat(
            JustCultureJson.codec().readTree(tabs.body()).get("errors").findValuesAsText("message"))
        .hasSize(4)
        .last()
        .isEqualTo(
            "$: the header is one column holding tabs: columns must be separated by commas (save"
                + " the file as comma-separated CSV)");

    // The gate's restorative track: advisory by default, required on request.
    byte[] withoutCase =
        JustCultureJson.codec()
            .writePretty(
                ((com.fasterxml.jackson.databind.node.ObjectNode)
                        JustCultureJson.codec()
                            .readTree(
                                new String(sample("gate-proposal.json"), StandardCharsets.UTF_8)))
                    .without("restorativeCase"))
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> advisory = post("/v1/gate/check", "application/json", withoutCase);
    assertThat(advisory.statusCode()).isEqualTo(200);
    assertThat(advisory.body()).contains("\"passed\" : true").contains("\"status\" : \"ADVISORY\"");
    HttpResponse<String> required =
        post("/v1/gate/check?restorativeTrackRequired=true", "application/json", withoutCase);
    assertThat(required.body()).contains("\"passed\" : false");
    HttpResponse<String> notABoolean =
        post("/v1/gate/check?restorativeTrackRequired=maybe", "application/json", withoutCase);
    assertThat(notABoolean.statusCode()).isEqualTo(400);
  }

  /** The hostile corpus over HTTP: never a 500, never an internal name or planted name echoed. */
  @Test
  void theHostileCorpusNeverGetsA500() throws Exception {
    start(Optional.empty(), Optional.empty(), 1 << 20, 16);
    List<Path> corpus;
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/hostile"))) {
      corpus = files.filter(p -> !p.toString().endsWith(".md")).sorted().toList();
    }
    for (Operation<?, ?, ?> op : Operations.ALL) {
      if (!op.isHttp()) {
        continue;
      }
      String query = op.name().equals("cost simulate") ? "?draws=2000" : "";
      for (Path file : corpus) {
        HttpResponse<String> response =
            post(op.route() + query, contentType(op), Files.readAllBytes(file));
        assertThat(response.statusCode()).as(op.route() + " " + file).isIn(200, 400, 413, 422);
        if (response.statusCode() != 200) {
          assertThat(response.body())
              .as(op.route() + " " + file)
              .doesNotContainPattern(io.github.justculture.cli.HostileCorpusTest.INTERNALS);
          for (String word : io.github.justculture.cli.HostileCorpusTest.PERSONAL) {
            assertThat(response.body()).as(op.route() + " " + file).doesNotContain(word);
          }
        }
      }
    }
    assertThat(service.metrics().text(0, 0, null)).doesNotContain("class=\"5xx\"");
  }

  @Test
  void aStopThatRunsOutOfTimeIsOneLineCountingTheRequestsCutOff() {
    RuntimeException javalins = new RuntimeException(new java.util.concurrent.TimeoutException());
    assertThat(HttpService.stopProblem(javalins, 1))
        .isEqualTo(
            "stopping: 1 request not finished after 10 s; its connection was closed without an"
                + " answer");
    // None counted (one cut off before its handler ran) is still one.
    assertThat(HttpService.stopProblem(javalins, 0))
        .isEqualTo(HttpService.stopProblem(javalins, 1));
    assertThat(HttpService.stopProblem(new java.util.concurrent.TimeoutException(), 3))
        .isEqualTo(
            "stopping: 3 requests not finished after 10 s; their connections were closed without"
                + " an answer");
    assertThat(HttpService.stopProblem(new IllegalStateException("port in use"), 2))
        .isEqualTo("stopping: the server did not stop cleanly (port in use)");
    assertThat(HttpService.stopProblem(new RuntimeException(new IllegalStateException()), 2))
        .isEqualTo("stopping: the server did not stop cleanly (an error)");
  }
}
