package io.github.justculture.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.justculture.core.json.JustCultureJson;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service as its own process: killed with {@code kill -9} in the middle of a burst, every
 * decision that got a 200 is in the log and the log verifies (up to an incomplete last line, which
 * the next start repairs, and logs); stopped with SIGTERM, requests in flight finish and the log is
 * closed whole.
 */
class ForkedServerTest {

  private static final Pattern LISTENING =
      Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

  @TempDir Path dir;

  /** A server in a JVM of its own, on the test's runtime classes. */
  record Server(Process process, int port) {}

  /** The command line that runs {@code justculture ARGS} in a JVM of its own. */
  static List<String> command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(
        System.getProperty("jdk.module.path", "")
            + File.pathSeparator
            + System.getProperty("java.class.path", ""));
    command.add("io.github.justculture.cli.JustCultureCli");
    command.addAll(List.of(args));
    return command;
  }

  static Server fork(String... args) throws IOException {
    return fork(ProcessBuilder.Redirect.DISCARD, args);
  }

  static Server fork(ProcessBuilder.Redirect err, String... args) throws IOException {
    List<String> command = command("serve", "--port", "0");
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectError(err).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    Matcher m = LISTENING.matcher(line == null ? "" : line);
    if (!m.find()) {
      process.destroyForcibly();
      throw new IllegalStateException("the server did not start: " + line);
    }
    return new Server(process, Integer.parseInt(m.group(1)));
  }

  /** A request to the forked service's guide evaluation, of a body in a content type. */
  private static HttpRequest evaluate(
      Server server, String contentType, int timeoutSeconds, String body) {
    return HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + "/v1/guide/evaluate"))
        .header("Content-Type", contentType)
        .timeout(Duration.ofSeconds(timeoutSeconds))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  static String request(int n) {
    return "{\"answers\":{\"1a\":{\"answer\":\"NO\",\"rationale\":\"request-"
        + n
        + "\"},\"2a\":\"NO\",\"2b\":\"NO\",\"2c\":\"NO\",\"3a\":\"YES\",\"3b\":\"NO\"}}";
  }

  /** Each whole line of the log by the request number in its rationale: "SEQ SHA256". */
  private static Map<Integer, String> loggedByRequest(Path log) throws IOException {
    Map<Integer, String> logged = new HashMap<>();
    Pattern id = Pattern.compile("\"rationale\":\"request-(\\d+)\"");
    for (Path file : DecisionLog.files(log)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        Matcher m = id.matcher(line);
        if (m.find() && line.endsWith("}")) {
          logged.put(
              Integer.parseInt(m.group(1)),
              JustCultureJson.codec().readTree(line).get("seq").asLong()
                  + " "
                  + DecisionLog.sha256(line));
        }
      }
    }
    return logged;
  }

  @Test
  void killedMidBurstEveryAcknowledgedDecisionIsInTheLogAndTheLogVerifies() throws Exception {
    Path log = dir.resolve("log");
    Server server = fork("--decision-log", log.toString(), "--decision-log-sync", "always");
    // While it runs, nothing else may append to its log (the lines would interleave).
    assertThatThrownBy(
            () -> DecisionLog.open(log, DecisionLog.Sync.ALWAYS, 64 << 20, Clock.systemUTC()))
        .isInstanceOf(FileSystemException.class)
        .hasMessage(log + ": in use: another running service holds its decisions.lock");
    HttpClient client = HttpClient.newHttpClient();
    // Each acknowledged decision by its request, with where the service said it logged it.
    Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      running.add(
          clients.submit(
              () -> {
                while (!stop.get()) {
                  int n = next.incrementAndGet();
                  try {
                    HttpResponse<String> response =
                        client.send(
                            evaluate(server, "application/json", 5, request(n)),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                      acknowledged.put(
                          n,
                          response.headers().firstValue("Justculture-Decision-Seq").orElse("-")
                              + " "
                              + response
                                  .headers()
                                  .firstValue("Justculture-Decision-Sha256")
                                  .orElse("-"));
                    }
                  } catch (IOException | InterruptedException e) {
                    return; // the server is gone
                  }
                }
              }));
    }
    long deadline = System.currentTimeMillis() + 30_000;
    while (acknowledged.size() < 300 && System.currentTimeMillis() < deadline) {
      Thread.sleep(5);
    }
    server.process().destroyForcibly(); // SIGKILL
    server.process().waitFor(10, TimeUnit.SECONDS);
    stop.set(true);
    clients.shutdown();
    clients.awaitTermination(30, TimeUnit.SECONDS);
    for (Future<?> c : running) {
      c.get(); // a client that failed other than by losing the server fails the test
    }
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(300);

    DecisionLog.Verification v = DecisionLog.verify(log);
    if (!v.intact()) {
      assertThat(v.problem().orElseThrow()).contains("incomplete (no line end)");
    }
    Map<Integer, String> logged = loggedByRequest(log);
    // Every decision answered is in the log, at the place and with the hash its answer gave.
    assertThat(logged).containsAllEntriesOf(acknowledged);
    // The lock went with the process; the next start repairs an incomplete last line, logs the
    // repair, and the chain goes on.
    try (DecisionLog reopened =
        DecisionLog.open(log, DecisionLog.Sync.ALWAYS, 64 << 20, Clock.systemUTC())) {
      reopened.append(
          "/v1/guide/evaluate", JustCultureJson.codec().readTree(request(0)), "{}", 5000);
    }
    assertThat(DecisionLog.verify(log).intact()).isTrue();
  }

  @Test
  void killedMidBatchEveryLineReceivedWithAReceiptIsInTheLog() throws Exception {
    Path log = dir.resolve("log");
    Server server = fork("--decision-log", log.toString(), "--decision-log-sync", "always");
    HttpClient client = HttpClient.newHttpClient();
    // Each answer line received, by its request, with the receipt it carried.
    Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService clients = Executors.newFixedThreadPool(2);
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      running.add(
          clients.submit(
              () -> {
                while (!stop.get()) {
                  int first = next.getAndAdd(1_000) + 1;
                  StringBuilder batch = new StringBuilder();
                  for (int n = first; n < first + 1_000; n++) {
                    batch.append(request(n)).append('\n');
                  }
                  try {
                    HttpResponse<java.util.stream.Stream<String>> response =
                        client.send(
                            evaluate(server, "application/x-ndjson", 30, batch.toString()),
                            HttpResponse.BodyHandlers.ofLines());
                    response
                        .body()
                        .forEach(
                            line -> {
                              JsonNode answer = JustCultureJson.codec().readTree(line);
                              acknowledged.put(
                                  first - 1 + answer.get("line").asInt(),
                                  answer.get("receipt").asText().replace(':', ' '));
                            });
                  } catch (IOException | InterruptedException | RuntimeException e) {
                    return; // the server is gone, perhaps in the middle of a line
                  }
                }
              }));
    }
    long deadline = System.currentTimeMillis() + 30_000;
    while (acknowledged.size() < 3_000 && System.currentTimeMillis() < deadline) {
      Thread.sleep(2);
    }
    server.process().destroyForcibly(); // SIGKILL
    server.process().waitFor(10, TimeUnit.SECONDS);
    stop.set(true);
    clients.shutdown();
    clients.awaitTermination(30, TimeUnit.SECONDS);
    for (Future<?> c : running) {
      c.get(); // a client that failed other than by losing the server fails the test
    }
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(3_000);

    Map<Integer, String> logged = loggedByRequest(log);
    // Every line answered is in the log, at the place and with the hash its receipt gave.
    assertThat(logged).containsAllEntriesOf(acknowledged);
    DecisionLog.Verification v = DecisionLog.verify(log);
    if (!v.intact()) {
      assertThat(v.problem().orElseThrow()).contains("incomplete (no line end)");
    }
  }

  @Test
  void sigtermFinishesTheRequestsInFlightAndClosesTheLogWhole() throws Exception {
    Path log = dir.resolve("log");
    Path err = dir.resolve("stderr.txt");
    Server server =
        fork(ProcessBuilder.Redirect.to(err.toFile()), "--decision-log", log.toString());
    HttpClient client = HttpClient.newHttpClient();
    // The decision first, so that it cannot outlast the simulation (which must still be running
    // when the service is told to stop).
    HttpResponse<String> decision =
        client.send(
            evaluate(server, "application/json", 30, request(1)),
            HttpResponse.BodyHandlers.ofString());
    assertThat(decision.statusCode()).isEqualTo(200);
    var inFlight =
        client.sendAsync(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:" + server.port() + "/v1/cost/simulate?draws=5000000"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"profile\":{\"headcount\":5200,\"prevalence\":0.21}}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    // Wait until the service is answering the simulation (it and this metrics request in flight).
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!get(client, server, "/metrics").contains("justculture_http_requests_in_flight 2")) {
      assertThat(System.nanoTime()).as("the simulation started").isLessThan(deadline);
      Thread.sleep(20);
    }
    server.process().destroy(); // SIGTERM
    HttpResponse<String> finished = inFlight.get(60, TimeUnit.SECONDS);
    assertThat(finished.statusCode()).as(finished.body()).isEqualTo(200);
    JsonNode result = JustCultureJson.codec().readTree(finished.body());
    assertThat(result.get("draws").asInt()).isEqualTo(5_000_000);
    assertThat(server.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
    // 128 + SIGTERM's number, as docs/cli.md says (a supervisor counts it as a clean stop).
    assertThat(server.process().exitValue()).isEqualTo(143);
    DecisionLog.Verification v = DecisionLog.verify(log);
    assertThat(v.intact()).isTrue();
    assertThat(v.lines()).isEqualTo(1);
    // The operator sees the stop begin and end; the simulation was answered in between.
    List<String> said = Files.readAllLines(err);
    assertThat(said).last().isEqualTo("stopped; the decision log is closed whole");
    int stopping = -1;
    int simulation = -1;
    for (int i = 0; i < said.size(); i++) {
      // One, or two if the last /metrics request is not yet counted out.
      if (said.get(i)
          .matches("stopping: new requests are refused; [12] in flight, 10 s to finish")) {
        stopping = i;
      } else if (said.get(i).startsWith("POST /v1/cost/simulate 200 ")) {
        simulation = i;
      }
    }
    assertThat(stopping).as(said.toString()).isNotNegative().isLessThan(simulation);
  }

  @Test
  void sigtermAnswersABodyStillArriving503AndCutsOffOnlyWhatOutrunsTheGracePeriod()
      throws Exception {
    Path err = dir.resolve("stderr.txt");
    Server server = fork(ProcessBuilder.Redirect.to(err.toFile()), "--max-draws", "100000000000");
    HttpClient client = HttpClient.newHttpClient();
    // Simulations far longer than the grace period (10 s) on any machine: 10,000 rows of a million
    // draws, about 30 minutes of work on two cores.
    var tooLong =
        client.sendAsync(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:" + server.port() + "/v1/cost/sweep?draws=1000000"))
                .header("Content-Type", "text/csv")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "headcount,prevalence\n" + "5200,0.21\n".repeat(10_000)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      // A body that starts and then stops arriving, well inside the idle timeout (30 s).
      socket
          .getOutputStream()
          .write(
              ("POST /v1/cost/estimate HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
                      + "{\"headcount\":")
                  .getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!get(client, server, "/metrics").contains("justculture_http_requests_in_flight 3")) {
        assertThat(System.nanoTime()).as("both requests in their handlers").isLessThan(deadline);
        Thread.sleep(20);
      }
      server.process().destroy(); // SIGTERM
      // The body is answered inside the grace period, not cut off with its connection.
      socket.setSoTimeout(20_000);
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      assertThat(answer)
          .startsWith("HTTP/1.1 503 ")
          .contains("Retry-After: 1")
          .contains(
              "the service is shutting down and the body had not arrived whole: nothing was run");
    }
    // The grace period and no more: the simulation is cut off, and the access log says so.
    assertThat(server.process().waitFor(25, TimeUnit.SECONDS)).isTrue();
    assertThatThrownBy(() -> tooLong.get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(IOException.class);
    assertThat(Files.readString(err))
        // Two, or three if the last /metrics request is not yet counted out.
        .containsPattern("\nstopping: new requests are refused; [23] in flight, 10 s to finish\n")
        .contains("POST /v1/cost/estimate 503 ")
        .contains(
            "stopping: 1 request not finished after 10 s; its connection was closed without an"
                + " answer")
        .endsWith("\nstopped\n")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void aServiceWhoseStandardOutputCannotBeWrittenServesAnywayAndStopsQuietly() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    List<String> command = command("serve", "--port", String.valueOf(port));
    Path err = dir.resolve("stderr.txt");
    assumeTrue(Files.isWritable(Path.of("/dev/full")), "/dev/full: every write fails");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(new File("/dev/full"))
            .redirectError(err.toFile())
            .start();
    Server server = new Server(process, port);
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    String health = "";
    while (!health.contains("live")) {
      assertThat(System.nanoTime()).as("the service started").isLessThan(deadline);
      try {
        health = get(client, server, "/health/live");
      } catch (java.net.ConnectException notYet) {
        Thread.sleep(50);
      }
    }
    process.destroy(); // SIGTERM
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(err))
        .contains("GET /health/live 200")
        .doesNotContain("standard output")
        .doesNotContain("Exception");
  }

  @Test
  void aTokenFileOthersCanReadIsSaidOnStandardError() throws Exception {
    Path tokens = dir.resolve("shared-tokens.txt");
    Files.writeString(tokens, "0123456789abcdef-token\n");
    Files.setPosixFilePermissions(tokens, PosixFilePermissions.fromString("rw-r--r--"));
    Path err = dir.resolve("stderr-shared-tokens.txt");
    Process process =
        new ProcessBuilder(command("serve", "--port", "0", "--token-file", tokens.toString()))
            .redirectError(err.toFile())
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).contains(" listening on http://");
      assertThat(Files.readString(err))
          .startsWith(
              "justculture: warning: --token-file "
                  + tokens
                  + " can be read by other users of this machine: make it its owner's only (chmod"
                  + " 600)");
    } finally {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aConnectionCapTooNearTheOpenFileLimitIsSaidOnStandardError() throws Exception {
    assumeTrue(
        Files.isReadable(Path.of("/proc/self/limits")) && Files.isExecutable(Path.of("/bin/sh")),
        "Linux, where a process's open-file limit can be read and lowered");
    Map<String, Boolean> caps = new LinkedHashMap<>();
    caps.put("512", true); // the default, under a limit of 300 files
    caps.put("100", false);
    for (Map.Entry<String, Boolean> cap : caps.entrySet()) {
      List<String> java = command("serve", "--port", "0", "--max-connections", cap.getKey());
      List<String> shell =
          new ArrayList<>(List.of("/bin/sh", "-c", "ulimit -n 300 && exec \"$@\"", "sh"));
      shell.addAll(java);
      Path err = dir.resolve("stderr-cap-" + cap.getKey() + ".txt");
      Process process = new ProcessBuilder(shell).redirectError(err.toFile()).start();
      try {
        BufferedReader out =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).as(cap.getKey()).contains(" listening on http://");
        String said = Files.readString(err);
        if (cap.getValue()) {
          assertThat(said)
              .startsWith(
                  "justculture: warning: --max-connections 512 leaves too few of this process's"
                      + " 300 open files (ulimit -n)");
        } else {
          assertThat(said).as(cap.getKey()).doesNotContain("warning");
        }
      } finally {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void listeningBeyondThisMachineWithoutTokensIsSaidOnStandardError() throws Exception {
    Path tokens = dir.resolve("tokens.txt");
    Files.writeString(tokens, "0123456789abcdef-token\n");
    Files.setPosixFilePermissions(tokens, PosixFilePermissions.fromString("rw-------"));
    String warning = "justculture: warning: listening on 0.0.0.0 without --token-file";
    Map<List<String>, Boolean> cases = new LinkedHashMap<>();
    cases.put(List.of("--host", "0.0.0.0"), true);
    cases.put(List.of("--host", "0.0.0.0", "--token-file", tokens.toString()), false);
    cases.put(List.of("--host", "127.0.0.1"), false);
    cases.put(List.of("--host", "localhost"), false);
    if (ipv6Loopback()) {
      cases.put(List.of("--host", "::1"), false);
    }
    HttpClient client = HttpClient.newHttpClient();
    for (Map.Entry<List<String>, Boolean> c : cases.entrySet()) {
      List<String> command = command("serve", "--port", "0");
      command.addAll(c.getKey());
      Path err = dir.resolve("stderr-" + c.getKey().size() + c.getKey().get(1) + ".txt");
      Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
      try {
        BufferedReader out =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("%s", c.getKey()).contains(" listening on http://");
        // The line is a URL a client can use as it is (an IPv6 address in brackets).
        String url = line.substring(line.indexOf("http://"));
        HttpResponse<String> live =
            client.send(
                HttpRequest.newBuilder(URI.create(url + "/health/live")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(live.statusCode()).as(url).isEqualTo(200);
        // The warning, if any, was written before the listening line.
        if (c.getValue()) {
          assertThat(Files.readString(err)).as("%s", c.getKey()).startsWith(warning);
        } else {
          assertThat(Files.readString(err)).as("%s", c.getKey()).doesNotContain("warning");
        }
      } finally {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  private static String get(HttpClient client, Server server, String path) throws Exception {
    return client
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  /** Whether this machine can listen on the IPv6 loopback address. */
  private static boolean ipv6Loopback() {
    try (java.net.ServerSocket socket =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("::1"))) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
