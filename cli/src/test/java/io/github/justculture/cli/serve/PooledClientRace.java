package io.github.justculture.cli.serve;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A way round a race in the JDK's own HTTP client, for tests that send many requests at once.
 *
 * <p>Before JDK 24, {@link HttpClient} can close a kept-alive connection that it has just taken
 * from its pool to send the next request: the pool's watcher sees the new response's first bytes as
 * unexpected data on an idle connection (JDK-8338569, fixed in JDK 24). The request then fails with
 * "HTTP/1.1 header parser received no bytes", caused by "connection closed locally", though the
 * server answered. Only that failure, on those JDKs, is sent again, and counted, so that a test can
 * bound how often it happened; any other failure is the test's.
 */
final class PooledClientRace {

  private static final boolean AFFECTED = Runtime.version().feature() < 24;

  private PooledClientRace() {}

  /**
   * Sends a request, again (at most twice more) if the JDK's pool closed its connection under it.
   *
   * @param client the client
   * @param request the request; every operation of the service is pure, so sending it again is safe
   * @param handler the response body handler
   * @param resent counts the requests sent again
   * @param <T> the response body type
   * @return the response
   * @throws IOException on any other failure, or the race three times in a row
   * @throws InterruptedException if interrupted
   */
  static <T> HttpResponse<T> send(
      HttpClient client,
      HttpRequest request,
      HttpResponse.BodyHandler<T> handler,
      AtomicInteger resent)
      throws IOException, InterruptedException {
    for (int attempt = 0; ; attempt++) {
      try {
        return client.send(request, handler);
      } catch (IOException e) {
        if (attempt == 2 || !isTheRace(e)) {
          throw e;
        }
        resent.incrementAndGet();
      }
    }
  }

  /** Whether a failure is JDK-8338569's: no header bytes, the connection closed by the client. */
  static boolean isTheRace(IOException e) {
    if (!AFFECTED || !"HTTP/1.1 header parser received no bytes".equals(e.getMessage())) {
      return false;
    }
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if ("connection closed locally".equals(t.getMessage())) {
        return true;
      }
    }
    return false;
  }
}
