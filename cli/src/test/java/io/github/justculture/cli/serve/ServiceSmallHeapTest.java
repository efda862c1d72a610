package io.github.justculture.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The service in a 64 MB heap (the {@code small-heap} run): answers many times larger than their
 * bodies, several at once, are held outside the heap until they are sent.
 */
@Tag("small-heap")
class ServiceSmallHeapTest {

  /** Answers are counted as they arrive, never held, so that only the service uses the heap. */
  private record Counted(int status, long bytes, long lines) {}

  private static Counted count(HttpResponse<InputStream> response) {
    long bytes = 0;
    long lines = 0;
    try (InputStream in = response.body()) {
      byte[] chunk = new byte[1 << 16];
      for (int n = in.read(chunk); n > 0; n = in.read(chunk)) {
        bytes += n;
        for (int i = 0; i < n; i++) {
          if (chunk[i] == '\n') {
            lines++;
          }
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new Counted(response.statusCode(), bytes, lines);
  }

  @Test
  void fourSweepsOfAMegabyteAtOnceAreAnsweredWhole() throws Exception {
    HttpService service = HttpServiceTest.startQuiet(4);
    try {
      // 1 MB of the shortest rows: each answer is about 13 MB of CSV.
      byte[] body =
          ("headcount,prevalence\n" + "1,0\n".repeat(250_000)).getBytes(StandardCharsets.UTF_8);
      List<CompletableFuture<Counted>> answers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        answers.add(
            HttpServiceTest.CLIENT
                .sendAsync(
                    HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + service.port() + "/v1/cost/sweep"))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                    HttpResponse.BodyHandlers.ofInputStream())
                .thenApply(ServiceSmallHeapTest::count));
      }
      for (CompletableFuture<Counted> answer : answers) {
        Counted counted = answer.get();
        assertThat(counted.status()).isEqualTo(200);
        assertThat(counted.lines()).isEqualTo(250_001); // the header and every row
        assertThat(counted.bytes()).isGreaterThan(8L << 20);
      }
      assertThat(service.metrics().text(0, 0, null)).doesNotContain("class=\"5xx\"");
    } finally {
      service.close();
    }
  }

  @Test
  void moreDistinctPeopleThanTheHeapCanCountAreA400NotA500() throws Exception {
    HttpService service =
        HttpService.start(
            HttpServiceTest.config(
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                24 << 20,
                1,
                20_000_000,
                new java.io.PrintStream(
                    java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8),
                HttpService.IDLE_TIMEOUT));
    try {
      // About 23 MB of 1,300,000 people, streamed from a generator: with the body in the heap,
      // counting them would need more than the rest of a 64 MB heap.
      HttpResponse<String> response =
          HttpServiceTest.CLIENT.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + service.port() + "/v1/equality/wres3"))
                  .header("Content-Type", "text/csv")
                  .POST(
                      HttpRequest.BodyPublishers.ofInputStream(
                          () ->
                              io.github.justculture.cli.BigInputTest.lines(
                                  "person,group,entered",
                                  1_300_000,
                                  i -> "p" + i + (i % 5 == 0 ? ",BME,no" : ",WHITE,no"))))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      com.fasterxml.jackson.databind.JsonNode problem =
          io.github.justculture.core.json.JustCultureJson.codec().readTree(response.body());
      assertThat(problem.get("errors")).hasSize(1);
      assertThat(problem.at("/errors/0/column").asText()).isEqualTo("person");
      assertThat(problem.at("/errors/0/rule").asText())
          .startsWith("is one distinct person more than the memory allowed can count (");
      assertThat(service.metrics().text(0, 0, null)).doesNotContain("class=\"5xx\"");
    } finally {
      service.close();
    }
  }
}
