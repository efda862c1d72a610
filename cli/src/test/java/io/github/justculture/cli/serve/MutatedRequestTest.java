package io.github.justculture.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.justculture.cli.JustCultureCli;
import io.github.justculture.cli.MutatedInputTest;
import io.github.justculture.cli.op.Input;
import io.github.justculture.cli.op.Operation;
import io.github.justculture.cli.op.Operations;
import io.github.justculture.core.json.JustCultureJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The samples of every HTTP route, mutated as {@link MutatedInputTest} mutates them, sent to the
 * service and given to the command line: the service answers exactly what the command line prints.
 * A result is a 200 with the command line's bytes; a refusal is a 400 (a 422 for a sweep's rows)
 * whose {@code errors} are the command line's lines, in order, and a sweep's {@code goodRows} are
 * the rows it printed. Never a 500.
 */
class MutatedRequestTest {

  /** Requests in all. {@code -Dmutated.runs=N} for more (shared with MutatedInputTest). */
  private static final int RUNS = Integer.getInteger("mutated.runs", 600);

  private static final long SEED = Long.getLong("mutated.seed", 20261130L);

  @TempDir Path dir;

  private HttpService service;

  @AfterEach
  void stop() {
    if (service != null) {
      service.close();
    }
  }

  @Test
  void everyMutatedRequestIsAnsweredAsTheCommandLineAnswersIt() throws Exception {
    ByteArrayOutputStream accessLog = new ByteArrayOutputStream();
    service =
        HttpService.start(
            HttpServiceTest.config(
                Optional.empty(),
                Optional.empty(),
                1 << 20,
                4,
                20_000_000,
                new PrintStream(accessLog, true, StandardCharsets.UTF_8),
                HttpService.IDLE_TIMEOUT));
    List<Operation<?, ?, ?>> ops = Operations.ALL.stream().filter(Operation::isHttp).toList();
    Random random = new Random(SEED);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < RUNS && failures.size() < 5; i++) {
      Operation<?, ?, ?> op = ops.get(i % ops.size());
      String[] sample = HttpServiceTest.SAMPLES.get(op.name());
      String query = sample[1].replace("draws=20000", "draws=500");
      // Every third request to a JSON route is a batch: three mutated samples, one a line.
      boolean batch = i % 3 == 2 && op.input().kind() == Input.Kind.JSON;
      byte[] input =
          batch
              ? batchOf(HttpServiceTest.sample(sample[0]), random)
              : MutatedInputTest.mutate(HttpServiceTest.sample(sample[0]), random);

      HttpResponse<String> http =
          HttpServiceTest.CLIENT.send(
              HttpRequest.newBuilder(
                      URI.create(
                          "http://127.0.0.1:"
                              + service.port()
                              + op.route()
                              + (query.isEmpty() ? "" : "?" + query)))
                  .header(
                      "Content-Type",
                      batch ? "application/x-ndjson" : HttpServiceTest.contentType(op))
                  .POST(HttpRequest.BodyPublishers.ofByteArray(input))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

      List<String> args = new ArrayList<>(op.words());
      args.addAll(HttpBatchTest.cliOptions(op, query));
      if (batch) {
        args.add("--batch");
      }
      args.add("-");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code =
          JustCultureCli.run(
              args.toArray(String[]::new),
              new ByteArrayInputStream(input),
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));
      String printed = out.toString(StandardCharsets.UTF_8);
      List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();

      String wrong =
          batch
              ? (http.statusCode() == 200 && http.body().equals(printed) && code != 1
                  ? null
                  : "the batch's answer is not the command line's: "
                      + http.statusCode()
                      + " "
                      + http.body())
              : difference(code, printed, lines, http);
      if (wrong != null) {
        failures.add(MutatedInputTest.failure(SEED, i, args, input, wrong));
      }
    }
    assertThat(failures).isEmpty();
    assertThat(accessLog.toString(StandardCharsets.UTF_8)).doesNotContain(" 500 ");
  }

  /** Three mutations of a sample, each compacted to one line when it is still JSON. */
  private static byte[] batchOf(byte[] sample, Random random) {
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    for (int k = 0; k < 3; k++) {
      byte[] line = MutatedInputTest.mutate(sample, random);
      try {
        line =
            JustCultureJson.codec()
                .write(JustCultureJson.codec().readTree(new String(line, StandardCharsets.UTF_8)))
                .getBytes(StandardCharsets.UTF_8);
      } catch (RuntimeException notJson) {
        // sent as it is: its lines are the batch's lines
      }
      lines.writeBytes(line);
      lines.write('\n');
    }
    return lines.toByteArray();
  }

  /** How the service's answer differs from the command line's, or null when it does not. */
  private static String difference(
      int code, String printed, List<String> lines, HttpResponse<String> http) {
    if (code == 0) {
      return http.statusCode() == 200 && http.body().equals(printed)
          ? null
          : "the command line answered, the service said " + http.statusCode() + ": " + http.body();
    }
    if (code != 2) {
      return "the command line exited " + code;
    }
    if (http.statusCode() != 400 && http.statusCode() != 422) {
      return "the command line refused it, the service said " + http.statusCode();
    }
    JsonNode doc = JustCultureJson.codec().readTree(http.body());
    if (doc.get("status").asInt() != http.statusCode()) {
      return "the document's status is not the answer's";
    }
    List<String> messages = new ArrayList<>();
    doc.get("errors").forEach(e -> messages.add(e.get("message").asText()));
    long omitted = doc.has("omitted") ? doc.get("omitted").asLong() : 0;
    List<String> expected =
        lines.stream().filter(l -> !l.startsWith("… and ")).limit(messages.size()).toList();
    if (!messages.equals(expected)) {
      return "errors " + messages + ", the command line printed " + lines;
    }
    if (omitted == 0 && messages.size() != lines.size()) {
      return "errors " + messages + ", the command line printed " + lines;
    }
    if (http.statusCode() == 422) {
      List<String> records = new ArrayList<>();
      doc.get("goodRows").forEach(r -> records.add(r.asText()));
      String rows = records.isEmpty() ? "" : String.join("\n", records) + "\n";
      if (!rows.equals(printed)) {
        return "goodRows are not the rows the command line printed";
      }
    } else if (!printed.isEmpty()) {
      return "the service refused what the command line partly answered";
    }
    return null;
  }
}
