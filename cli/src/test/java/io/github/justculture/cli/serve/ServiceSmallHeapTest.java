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
}
