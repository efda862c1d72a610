package io.github.justculture.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.justculture.cli.HostileCorpusTest;
import io.github.justculture.cli.JustCultureCli;
import io.github.justculture.cli.op.Input;
import io.github.justculture.cli.op.Operation;
import io.github.justculture.cli.op.Operations;
import io.github.justculture.cli.op.OptionDef;
import io.github.justculture.core.json.JustCultureJson;
import io.github.justculture.testing.SchemaCheck;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch over HTTP ({@code Content-Type: application/x-ndjson}): the command line's {@code
 * --batch} lines, streamed, with each recorded decision's receipt on its line.
 */
class HttpBatchTest {

  private static final String NDJSON = "application/x-ndjson";

  @TempDir Path dir;

  private HttpService service;
  private final ByteArrayOutputStream accessLog = new ByteArrayOutputStream();

  private void start(Optional<Path> log, long rotateBytes, long maxDraws) throws IOException {
    HttpService.Config base =
        HttpServiceTest.config(
            Optional.empty(),
            log,
            1 << 20,
            4,
            maxDraws,
            new PrintStream(accessLog, true, StandardCharsets.UTF_8),
            HttpService.IDLE_TIMEOUT);
    service =
        HttpService.start(
            new HttpService.Config(
                base.host(),
                base.port(),
                base.tokens(),
                base.decisionLog(),
                base.sync(),
                rotateBytes,
                base.maxBody(),
                base.maxConcurrent(),
                base.maxConnections(),
                base.maxDraws(),
                base.clock(),
                base.accessLog(),
                base.idleTimeout()));
  }

  @AfterEach
  void stop() {
    if (service != null) {
      service.close();
    }
  }

  private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return HttpServiceTest.CLIENT.send(
        request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String compact(String file) throws IOException {
    return JustCultureJson.codec()
        .write(
            JustCultureJson.codec()
                .readTree(
                    new String(
                        HttpServiceTest.sample(file), java.nio.charset.StandardCharsets.UTF_8)));
  }

  private static List<JsonNode> lines(HttpResponse<String> response) {
    return response.body().lines().map(l -> JustCultureJson.codec().readTree(l)).toList();
  }

  /** The command line's options for a query string of the service's samples. */
  static List<String> cliOptions(Operation<?, ?, ?> op, String query) {
    List<String> args = new ArrayList<>();
    if (query.isEmpty()) {
      return args;
    }
    for (String pair : query.split("&")) {
      String[] nameValue = pair.split("=", 2);
      OptionDef def =
          op.options().defs().stream()
              .filter(d -> d.json().equals(nameValue[0]))
              .findFirst()
              .orElseThrow();
      args.add(def.cli());
      args.add(nameValue[1]);
    }
    return args;
  }

  @Test
  void aBatchAnswersTheCommandLinesBatchBytesForEveryJsonOperation() throws Exception {
    start(Optional.empty(), 1 << 20, 20_000_000);
    int routes = 0;
    for (Operation<?, ?, ?> op : Operations.ALL) {
      if (!op.isHttp() || op.input().kind() != Input.Kind.JSON) {
        continue;
      }
      routes++;
      String[] sample = HttpServiceTest.SAMPLES.get(op.name());
      String good = compact(sample[0]);
      String batch = good + "\n\nnot json\r\n{\"zz\":1}\n" + good;
      HttpResponse<String> response = post(HttpServiceTest.sampleRoute(op), NDJSON, batch);
      assertThat(response.statusCode()).as(op.name() + ": " + response.body()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/x-ndjson; charset=utf-8");

      List<String> args = new ArrayList<>(op.words());
      args.addAll(cliOptions(op, sample[1]));
      args.add("--batch");
      args.add("-");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int code =
          JustCultureCli.run(
              args.toArray(String[]::new),
              new ByteArrayInputStream(batch.getBytes(StandardCharsets.UTF_8)),
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      assertThat(code).as(op.name()).isEqualTo(2);
      assertThat(response.body()).as(op.name()).isEqualTo(out.toString(StandardCharsets.UTF_8));

      List<JsonNode> answers = lines(response);
      assertThat(answers)
          .as(op.name())
          .extracting(a -> a.get("line").asInt())
          .containsExactly(1, 3, 4, 5);
      assertThat(answers)
          .extracting(a -> a.has("result"))
          .containsExactly(true, false, false, true);
      for (JsonNode answer : answers) {
        assertThat(SchemaCheck.violations("batch-line.schema.json", answer)).isEmpty();
        assertThat(answer.has("receipt")).isFalse(); // no decision log
        if (answer.has("result")) {
          assertThat(SchemaCheck.violations(op.output().schema(), answer.get("result")))
              .as(op.name())
              .isEmpty();
        }
      }
    }
    assertThat(routes).isEqualTo(10);
  }

  @Test
  void withADecisionLogEveryResultLineCarriesTheReceiptOfItsOwnEntry() throws Exception {
    Path log = dir.resolve("log");
    start(Optional.of(log), 1 << 20, 20_000_000);
    // 300 lines, more than one group of recorded decisions; every seventh is invalid.
    String[] answers = {"YES", "NO", "UNKNOWN"};
    StringBuilder batch = new StringBuilder();
    List<String> sent = new ArrayList<>();
    for (int i = 1; i <= 300; i++) {
      String line =
          i % 7 == 0
              ? "{\"answers\":{\"1a\":\"maybe\"}}"
              : "{\"answers\":{\"1a\":\"NO\",\"2a\":\""
                  + answers[i % 3]
                  + "\",\"3a\":\""
                  + answers[(i / 3) % 3]
                  + "\"}}";
      sent.add(line);
      batch.append(line).append('\n');
    }
    HttpResponse<String> response = post("/v1/guide/evaluate", NDJSON, batch.toString());
    assertThat(response.statusCode()).isEqualTo(200);
    List<JsonNode> lines = lines(response);
    assertThat(lines).hasSize(300);

    Map<Long, JsonNode> entries = new HashMap<>();
    for (Path file : DecisionLog.files(log)) {
      for (String entry : Files.readAllLines(file)) {
        JsonNode node = JustCultureJson.codec().readTree(entry);
        entries.put(node.get("seq").asLong(), node);
      }
    }
    List<DecisionLog.Receipt> receipts = new ArrayList<>();
    for (JsonNode line : lines) {
      int n = line.get("line").asInt();
      assertThat(SchemaCheck.violations("batch-line.schema.json", line)).isEmpty();
      if (n % 7 == 0) {
        assertThat(line.has("errors")).isTrue();
        assertThat(line.has("receipt")).as("line %d", n).isFalse();
        continue;
      }
      DecisionLog.Receipt receipt = DecisionLog.Receipt.parse(line.get("receipt").asText());
      receipts.add(receipt);
      // The entry the receipt names holds this line's request and the result given for it.
      JsonNode entry = entries.get(receipt.seq());
      assertThat(entry.get("route").asText()).isEqualTo("/v1/guide/evaluate");
      assertThat(entry.get("request")).isEqualTo(JustCultureJson.codec().readTree(sent.get(n - 1)));
      assertThat(entry.get("result")).isEqualTo(line.get("result"));
    }
    assertThat(receipts).hasSize(300 - 42);
    assertThat(entries).hasSize(300 - 42);
    DecisionLog.Verification verified = DecisionLog.verify(log, Optional.empty(), receipts);
    assertThat(verified.problem()).isEmpty();
    assertThat(verified.lines()).isEqualTo(300 - 42);
    assertThat(service.metrics().text(0, 0, true))
        .contains("justculture_decisions_logged_total 258\n")
        .contains(
            "justculture_batch_lines_total{route=\"/v1/guide/evaluate\",outcome=\"result\"} 258\n")
        .contains(
            "justculture_batch_lines_total{route=\"/v1/guide/evaluate\",outcome=\"error\"} 42\n");

    // A route that decides nothing is not recorded, and its lines carry no receipt.
    HttpResponse<String> costs =
        post("/v1/cost/estimate", NDJSON, compact("cost-profile.json") + "\n");
    assertThat(lines(costs).get(0).has("receipt")).isFalse();
    assertThat(DecisionLog.verify(log).lines()).isEqualTo(258);
  }

  @Test
  void badOptionsRefuseTheWholeBatchBeforeAnyLineIsRun() throws Exception {
    Path log = dir.resolve("log");
    start(Optional.of(log), 1 << 20, 20_000_000);
    HttpResponse<String> response =
        post(
            "/v1/guide/evaluate?guide=no-such-guide",
            NDJSON,
            "{\"answers\":{\"1a\":\"YES\"}}\n{\"answers\":{\"1a\":\"NO\"}}\n");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("invalid-request").contains("\"option\" : \"guide\"");
    assertThat(DecisionLog.verify(log).lines()).isZero();
  }

  @Test
  void anEmptyBatchIsAnEmptyAnswer() throws Exception {
    start(Optional.empty(), 1 << 20, 20_000_000);
    HttpResponse<String> response = post("/v1/gate/check", NDJSON, "\n\r\n");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void aLogThatCannotRecordTheFirstDecisionsRefusesTheBatchAndOneThatFailsLaterStopsIt()
      throws Exception {
    // A log that starts a new file for every line, with another program's file where the second
    // line would go: the first group cannot be recorded, so nothing is answered.
    Path first = dir.resolve("first");
    start(Optional.of(first), 1, 20_000_000);
    Files.writeString(first.resolve("decisions-000002.jsonl"), "another program's line\n");
    String good = "{\"answers\":{\"1a\":\"YES\"}}\n";
    HttpResponse<String> refused = post("/v1/guide/evaluate", NDJSON, good.repeat(3));
    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(refused.headers().firstValue("Retry-After")).isEmpty(); // failed, not behind
    assertThat(refused.body())
        .contains("decision-log-unavailable")
        .contains("none is given")
        .doesNotContain("result")
        .doesNotContain("decisions-0");
    service.close();

    // The same with the other program's file where line 257 would go: the first group of 256 is
    // recorded and answered, then the batch stops with a line that says where.
    Path later = dir.resolve("later");
    start(Optional.of(later), 1, 20_000_000);
    Files.writeString(later.resolve("decisions-000257.jsonl"), "another program's line\n");
    HttpResponse<String> stopped = post("/v1/guide/evaluate", NDJSON, good.repeat(300));
    assertThat(stopped.statusCode()).isEqualTo(200);
    List<JsonNode> lines = lines(stopped);
    assertThat(lines).hasSize(257);
    for (int i = 0; i < 256; i++) {
      assertThat(lines.get(i).get("line").asInt()).isEqualTo(i + 1);
      assertThat(DecisionLog.Receipt.parse(lines.get(i).get("receipt").asText()).seq())
          .isEqualTo(i + 1);
    }
    JsonNode last = lines.get(256);
    assertThat(SchemaCheck.violations("batch-line.schema.json", last)).isEmpty();
    assertThat(last.get("line").asInt()).isEqualTo(257);
    assertThat(last.get("stopped").asText())
        .startsWith("the decision log could not record this line's decision")
        .contains("no decision is given until it is restarted")
        .doesNotContain("decisions-0");
    assertThat(service.metrics().text(0, 0, false))
        .contains("justculture_decisions_logged_total 256\n")
        .contains("justculture_decisions_refused_total 44\n");
  }

  @Test
  void aBatchCountsEveryLinesDrawsAgainstTheServicesLimit() throws Exception {
    start(Optional.empty(), 1 << 20, 1_200);
    String simulation = compact("cost-simulation.json") + "\n";
    HttpResponse<String> response =
        post("/v1/cost/simulate?draws=500&seed=3", NDJSON, simulation.repeat(3));
    assertThat(response.statusCode()).isEqualTo(200);
    List<JsonNode> lines = lines(response);
    assertThat(lines).extracting(l -> l.has("result")).containsExactly(true, true, false);
    assertThat(lines.get(2).get("errors").get(0).get("message").asText())
        .isEqualTo(
            "draws: after 2 simulations of 500 draws, another would pass the 1200 draws this"
                + " service (serve --max-draws) allows a request: send at most 2 simulations a"
                + " request, or ask for fewer draws");
  }

  @Test
  void onlyJsonRoutesTakeABatch() throws Exception {
    start(Optional.empty(), 1 << 20, 20_000_000);
    HttpResponse<String> sweep = post("/v1/cost/sweep", NDJSON, "{}\n");
    assertThat(sweep.statusCode()).isEqualTo(415);
    assertThat(sweep.body()).contains("this route takes text/csv (UTF-8), not " + NDJSON);
    HttpResponse<String> plain = post("/v1/gate/check", "text/plain", "{}\n");
    assertThat(plain.statusCode()).isEqualTo(415);
    assertThat(plain.body())
        .contains(
            "this route takes application/json (or application/x-ndjson, a batch: one request a"
                + " line) (UTF-8), not text/plain");
    HttpResponse<String> latin = post("/v1/gate/check", NDJSON + "; charset=latin1", "{}\n");
    assertThat(latin.statusCode()).isEqualTo(415);
  }

  @Test
  void theHostileCorpusAsBatchLinesIsAnsweredLineByLineNeverWithA500() throws Exception {
    start(Optional.of(dir.resolve("log")), 1 << 20, 20_000_000);
    // Every file small enough to share one body, as it is (bytes that are not UTF-8 included),
    // each file's lines as lines of the batch.
    ByteArrayOutputStream batch = new ByteArrayOutputStream();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/hostile"))) {
      for (Path file : files.filter(p -> !p.toString().endsWith(".md")).sorted().toList()) {
        if (Files.size(file) < 64 << 10) {
          batch.write(Files.readAllBytes(file));
          batch.write('\n');
        }
      }
    }
    for (Operation<?, ?, ?> op : Operations.ALL) {
      if (!op.isHttp() || op.input().kind() != Input.Kind.JSON) {
        continue;
      }
      String query = op.name().equals("cost simulate") ? "?draws=2000" : "";
      HttpResponse<String> response = post(op.route() + query, NDJSON, batch.toByteArray());
      assertThat(response.statusCode()).as(op.name()).isEqualTo(200);
      assertThat(lines(response)).as(op.name()).hasSizeGreaterThan(50);
      for (JsonNode line : lines(response)) {
        assertThat(SchemaCheck.violations("batch-line.schema.json", line))
            .as(op.name() + " " + line)
            .isEmpty();
        if (line.has("errors")) {
          assertThat(line.toString()).doesNotContainPattern(HostileCorpusTest.INTERNALS);
          for (String word : HostileCorpusTest.PERSONAL) {
            assertThat(line.toString()).doesNotContain(word);
          }
        }
      }
    }
    assertThat(service.metrics().text(0, 0, true)).doesNotContain("class=\"5xx\"");
    assertThat(DecisionLog.verify(dir.resolve("log")).problem()).isEmpty();
  }

  @Test
  void aBatchStillRunningAtTheStopsCutOffEndsWithAStoppedLineBeforeTheConnectionsClose()
      throws Exception {
    start(Optional.empty(), 1 << 20, 100_000_000_000L);
    // 5,000 simulations of a million draws: far longer than the grace period on any machine.
    String line = "{\"profile\":{\"headcount\":5200,\"prevalence\":0.21}}\n";
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:" + service.port() + "/v1/cost/simulate?draws=1000000"))
            .header("Content-Type", NDJSON)
            .POST(HttpRequest.BodyPublishers.ofString(line.repeat(5_000)))
            .build();
    HttpResponse<Stream<String>> response =
        HttpServiceTest.CLIENT.send(request, HttpResponse.BodyHandlers.ofLines());
    assertThat(response.statusCode()).isEqualTo(200);
    java.util.Iterator<String> answers = response.body().iterator();
    List<String> got = new ArrayList<>();
    got.add(answers.next()); // the batch is running
    HttpService stopping = service;
    service = null;
    Thread stop = new Thread(stopping::close);
    stop.start();
    answers.forEachRemaining(got::add);
    stop.join(30_000);
    assertThat(stop.isAlive()).isFalse();
    // Every line answered, in order, then the line from which none was: the rest can be sent again.
    int answered = got.size() - 1;
    assertThat(answered).isBetween(1, 4_999);
    for (int i = 0; i < answered; i++) {
      JsonNode answer = JustCultureJson.codec().readTree(got.get(i));
      assertThat(answer.get("line").asLong()).isEqualTo(i + 1);
      assertThat(answer.get("result").get("draws").asInt()).isEqualTo(1_000_000);
    }
    JsonNode last = JustCultureJson.codec().readTree(got.get(answered));
    assertThat(last.get("line").asLong()).isEqualTo(answered + 1);
    assertThat(last.get("stopped").asText())
        .isEqualTo(
            "the service is shutting down, so this line and those after it were not answered"
                + " (the lines before it were): send them again");
    assertThat(SchemaCheck.violations("batch-line.schema.json", last)).isEmpty();
    // Answered whole within the grace period: nothing was cut off.
    assertThat(accessLog.toString(StandardCharsets.UTF_8))
        .contains("POST /v1/cost/simulate 200 ")
        .doesNotContain("not finished");
  }

  @Test
  void aRequestStillRunningWhenTheStopClosesItsConnectionGetsNoAccessLogLineOfItsOwn()
      throws Exception {
    start(Optional.empty(), 1 << 20, 100_000_000_000L);
    // 10,000 simulations of a million draws, streamed as rows: far longer than the grace period.
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + service.port() + "/v1/cost/sweep?draws=1000000"))
            .header("Content-Type", "text/csv")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "headcount,prevalence\n" + "5200,0.21\n".repeat(10_000)))
            .build();
    var answer = HttpServiceTest.CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    while (service.active() == 0) {
      assertThat(System.nanoTime()).as("the sweep is running").isLessThan(deadline);
      Thread.sleep(20);
    }
    HttpService stopping = service;
    service = null;
    stopping.close();
    // Its connection is closed; its handler then ends, as the stop cut its simulations short. The
    // request logger runs for it all the same, after the service said it stopped.
    while (stopping.unwritten() > 0) {
      assertThat(System.nanoTime())
          .as(
              () ->
                  "the sweep's handler ended: "
                      + stopping.unwritten()
                      + " "
                      + stopping.active()
                      + accessLog.toString(StandardCharsets.UTF_8))
          .isLessThan(deadline);
      Thread.sleep(20);
    }
    Thread.sleep(200); // the logger's line, if it made one, follows its count at once
    assertThatThrownBy(() -> answer.get(10, java.util.concurrent.TimeUnit.SECONDS))
        .hasCauseInstanceOf(IOException.class);
    assertThat(accessLog.toString(StandardCharsets.UTF_8))
        .contains(
            "stopping: 1 request not finished after 10 s; its connection was closed without an"
                + " answer")
        .endsWith("\nstopped\n")
        .doesNotContain("POST /v1/cost/sweep")
        .doesNotContain(" 500 ");
  }
}
