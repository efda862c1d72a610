package io.github.justculture.cli.serve;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;
import org.jspecify.annotations.Nullable;

/**
 * The service's metrics in the Prometheus text format: requests by route and status, a latency
 * histogram by route, errors by route, requests shed for overload, and decisions logged. Routes are
 * the templates ({@code /v1/guides/{id}}), never the paths asked for, and nothing of a payload is
 * ever recorded. Thread-safe and lock-free on the request path.
 */
public final class Metrics {

  /** The histogram's upper bounds, in seconds. */
  static final double[] BUCKETS = {
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10
  };

  private final Map<String, AtomicLong> requests = new ConcurrentHashMap<>();
  private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> batchLines = new ConcurrentHashMap<>();
  private final AtomicLong shed = new AtomicLong();
  private final AtomicLong decisions = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();

  private static final class Histogram {
    final AtomicLongArray counts = new AtomicLongArray(BUCKETS.length + 1);
    final DoubleAdder sum = new DoubleAdder();
  }

  /** The methods HTTP defines (RFC 9110, and PATCH): any other is counted and logged as OTHER. */
  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");

  /**
   * A request's method as a label: one of HTTP's own, or {@code OTHER}, so that a client cannot
   * grow the metrics (or fill the access log) with methods of its own invention.
   *
   * @param method the method as sent
   * @return the label
   */
  public static String method(String method) {
    return METHODS.contains(method) ? method : "OTHER";
  }

  /**
   * Records a request.
   *
   * @param method the HTTP method (any but HTTP's own is counted as OTHER)
   * @param route the route template
   * @param status the status sent
   * @param seconds how long it took
   */
  public void record(String method, String route, int status, double seconds) {
    requests
        .computeIfAbsent(
            "method=\"" + method(method) + "\",route=\"" + route + "\",status=\"" + status + "\"",
            k -> new AtomicLong())
        .incrementAndGet();
    Histogram h = latency.computeIfAbsent("route=\"" + route + "\"", k -> new Histogram());
    int bucket = 0;
    while (bucket < BUCKETS.length && seconds > BUCKETS[bucket]) {
      bucket++;
    }
    h.counts.incrementAndGet(bucket);
    h.sum.add(seconds);
    if (status >= 400) {
      errors
          .computeIfAbsent(
              "route=\"" + route + "\",class=\"" + (status >= 500 ? "5xx" : "4xx") + "\"",
              k -> new AtomicLong())
          .incrementAndGet();
    }
  }

  /**
   * Counts the lines a batch ran, by their outcome.
   *
   * @param route the route template
   * @param results valid lines, run
   * @param errors invalid lines
   */
  public void batchLines(String route, long results, long errors) {
    if (results > 0) {
      batchLines
          .computeIfAbsent("route=\"" + route + "\",outcome=\"result\"", k -> new AtomicLong())
          .addAndGet(results);
    }
    if (errors > 0) {
      batchLines
          .computeIfAbsent("route=\"" + route + "\",outcome=\"error\"", k -> new AtomicLong())
          .addAndGet(errors);
    }
  }

  /** Counts a request refused because too many were in flight. */
  public void shed() {
    shed.incrementAndGet();
  }

  /** Counts a decision appended to the decision log. */
  public void decisionLogged() {
    decisions.incrementAndGet();
  }

  /** Counts a decision not given because the decision log could not record it. */
  public void decisionRefused() {
    refused.incrementAndGet();
  }

  /**
   * The metrics in the Prometheus text exposition format (version 0.0.4).
   *
   * @param inFlight the requests being answered now
   * @param connections the open connections
   * @param logHealthy whether the decision log takes decisions; null when there is none
   * @return the text
   */
  public String text(long inFlight, long connections, @Nullable Boolean logHealthy) {
    StringBuilder out = new StringBuilder(4096);
    out.append(
            "# HELP justculture_http_requests_in_flight Requests being answered now, this one"
                + " included.\n")
        .append("# TYPE justculture_http_requests_in_flight gauge\n")
        .append("justculture_http_requests_in_flight ")
        .append(inFlight)
        .append('\n');
    out.append(
            "# HELP justculture_http_requests_total HTTP requests by method, route and status.\n")
        .append("# TYPE justculture_http_requests_total counter\n");
    new TreeMap<>(requests)
        .forEach(
            (labels, n) ->
                out.append("justculture_http_requests_total{")
                    .append(labels)
                    .append("} ")
                    .append(n.get())
                    .append('\n'));
    out.append("# HELP justculture_http_request_duration_seconds Time to answer, by route.\n")
        .append("# TYPE justculture_http_request_duration_seconds histogram\n");
    new TreeMap<>(latency)
        .forEach(
            (labels, h) -> {
              long cumulative = 0;
              for (int i = 0; i <= BUCKETS.length; i++) {
                cumulative += h.counts.get(i);
                String le = i < BUCKETS.length ? format(BUCKETS[i]) : "+Inf";
                out.append("justculture_http_request_duration_seconds_bucket{")
                    .append(labels)
                    .append(",le=\"")
                    .append(le)
                    .append("\"} ")
                    .append(cumulative)
                    .append('\n');
              }
              out.append("justculture_http_request_duration_seconds_sum{")
                  .append(labels)
                  .append("} ")
                  .append(format(h.sum.sum()))
                  .append('\n');
              out.append("justculture_http_request_duration_seconds_count{")
                  .append(labels)
                  .append("} ")
                  .append(cumulative)
                  .append('\n');
            });
    out.append("# HELP justculture_http_errors_total Answers with a 4xx or 5xx status, by route.\n")
        .append("# TYPE justculture_http_errors_total counter\n");
    new TreeMap<>(errors)
        .forEach(
            (labels, n) ->
                out.append("justculture_http_errors_total{")
                    .append(labels)
                    .append("} ")
                    .append(n.get())
                    .append('\n'));
    out.append(
            "# HELP justculture_batch_lines_total Lines of NDJSON batches run, by route and"
                + " outcome (result: a valid request; error: an invalid line).\n")
        .append("# TYPE justculture_batch_lines_total counter\n");
    new TreeMap<>(batchLines)
        .forEach(
            (labels, n) ->
                out.append("justculture_batch_lines_total{")
                    .append(labels)
                    .append("} ")
                    .append(n.get())
                    .append('\n'));
    out.append(
            "# HELP justculture_http_connections Open connections (at most --max-connections).\n")
        .append("# TYPE justculture_http_connections gauge\njustculture_http_connections ")
        .append(connections)
        .append('\n');
    out.append("# HELP justculture_http_shed_total Requests refused (503) because too many were in")
        .append(
            " flight.\n# TYPE justculture_http_shed_total counter\njustculture_http_shed_total ")
        .append(shed.get())
        .append('\n');
    out.append(
            "# HELP justculture_decisions_logged_total Decisions appended to the decision log.\n")
        .append("# TYPE justculture_decisions_logged_total counter\n")
        .append("justculture_decisions_logged_total ")
        .append(decisions.get())
        .append('\n');
    out.append(
            "# HELP justculture_decisions_refused_total Decisions not given (503) because the"
                + " decision log could not record them.\n")
        .append("# TYPE justculture_decisions_refused_total counter\n")
        .append("justculture_decisions_refused_total ")
        .append(refused.get())
        .append('\n');
    if (logHealthy != null) {
      out.append(
              "# HELP justculture_decision_log_healthy 1 while the decision log takes decisions; 0"
                  + " once it has failed (every decision is then refused until a restart).\n")
          .append("# TYPE justculture_decision_log_healthy gauge\n")
          .append("justculture_decision_log_healthy ")
          .append(logHealthy ? 1 : 0)
          .append('\n');
    }
    return out.toString();
  }

  private static String format(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
