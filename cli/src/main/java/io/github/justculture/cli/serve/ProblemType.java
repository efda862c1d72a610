package io.github.justculture.cli.serve;

import java.util.Locale;

/**
 * Every kind of problem document the service answers, in one table: its {@code type} URI, status,
 * title and what it means. The handlers, the errors Jetty answers itself, the OpenAPI document and
 * the table in {@code docs/cli.md} all read it, so a client can rely on the list being whole.
 *
 * <p>A type is an identifier (RFC 9457, §3.1.1): {@value #BASE} followed by the name. It is not a
 * page to fetch; its meaning is the {@link #meaning()} here and in {@code docs/cli.md}.
 */
enum ProblemType {
  INVALID_REQUEST(
      400,
      "Invalid request",
      "the body or a query parameter breaks the operation's rules; `errors` lists every problem by"
          + " path, row, column or parameter (the first 100; `omitted` counts the rest). Also a"
          + " simulation, or a sweep with `draws`, that needs more than `--max-draws` draws in all"
          + " (default 20,000,000): the problem names `draws` and, for a sweep, how many"
          + " simulations fit. In a batch (NDJSON), only bad query parameters refuse the whole"
          + " batch; a bad line is answered on its own line"),
  BAD_REQUEST(
      400,
      "Bad request",
      "not well-formed HTTP (a malformed request line, path, encoding or chunked body, or a body"
          + " that ended before its length); nothing was run"),
  UNAUTHORIZED(
      401, "Unauthorized", "the service has tokens and the request has no valid bearer token"),
  NOT_FOUND(404, "Not found", "no such route, built-in guide or schema"),
  METHOD_NOT_ALLOWED(405, "Method not allowed", "the route does not take this method"),
  REQUEST_TIMEOUT(
      408,
      "Request timeout",
      "the body stopped arriving for 30 s before it was complete, or had not arrived whole after"
          + " 60 s (a body trickled a byte at a time); nothing was run, and the connection is"
          + " closed"),
  NOT_ACCEPTABLE(
      406,
      "Not acceptable",
      "the `Accept` header takes none of the route's formats: its command's formats"
          + " (`--format`), each by its media type (`application/json`, `text/csv`, `text/plain`),"
          + " as the route's 200 response in `/openapi.json` lists them; nothing was run"),
  TOO_LARGE(413, "Content too large", "the body is over `--max-body`; nothing was run"),
  URI_TOO_LONG(414, "URI too long", "the URI is over the server's limit; nothing was run"),
  UNSUPPORTED_MEDIA_TYPE(
      415,
      "Unsupported media type",
      "the route does not read this content type, a charset other than UTF-8 was declared, or"
          + " the body is compressed (`Content-Encoding`, or a `Transfer-Encoding` other than"
          + " `chunked`)"),
  MISDIRECTED_REQUEST(
      421,
      "Misdirected request",
      "the service listens on this machine only and has no tokens, so it answers only requests"
          + " addressed to this machine (`Host` localhost, 127.0.0.1 or [::1]): a web page whose"
          + " own name was pointed at this address (DNS rebinding) gets nothing; start it with"
          + " `--token-file` to serve other names, as behind a proxy that sends its own `Host`"),
  INVALID_ROWS(
      422,
      "Some rows are invalid",
      "a CSV stream (a sweep) with bad rows: their problems in `errors` (the first 100; `omitted`"
          + " counts the rest), every valid row's output in `goodRows`, an array of CSV records (the"
          + " header first, then each good row with its row number, so the rows it skips are the bad"
          + " ones; join them with line ends for the CSV)"),
  HEADERS_TOO_LARGE(
      431, "Request headers too large", "the headers are over the server's limit; nothing was run"),
  INTERNAL_ERROR(
      500,
      "Internal error",
      "a bug in justculture, not a problem of the request; no input should ever cause one"),
  UNAVAILABLE(
      503,
      "Service unavailable",
      "too many requests in flight (`--max-concurrent`), the service is shutting down (a request"
          + " that arrives then, or one whose body has not arrived whole 8 s into the 10 s grace"
          + " period: nothing was run), or it has no room to hold a large answer before sending it"
          + " (a full temporary folder); with `Retry-After`"),
  DECISION_LOG_UNAVAILABLE(
      503,
      "Decision log unavailable",
      "a decision the decision log could not record, so it is not given: with `Retry-After`"
          + " while the log is behind, without it once the log has failed (until a restart)"),
  HTTP_VERSION_NOT_SUPPORTED(
      505,
      "HTTP version not supported",
      "the request's HTTP version is not one the server speaks; nothing was run"),
  HTTP_ERROR(
      0, "HTTP error", "any other status the server answers before a route sees the request");

  /** The prefix of every type: an identifier, not a page. */
  static final String BASE = "https://justculture.github.io/problems/";

  private final int status;
  private final String title;
  private final String meaning;

  ProblemType(int status, String title, String meaning) {
    this.status = status;
    this.title = title;
    this.meaning = meaning;
  }

  /**
   * The status this type is answered with; 0 for {@link #HTTP_ERROR}, which takes the status the
   * server chose.
   *
   * @return the status
   */
  int status() {
    return status;
  }

  /**
   * The document's title.
   *
   * @return the title
   */
  String title() {
    return title;
  }

  /**
   * What the type means, for the docs and the OpenAPI document.
   *
   * @return one sentence, Markdown
   */
  String meaning() {
    return meaning;
  }

  /**
   * The short name: {@code invalid-request}.
   *
   * @return the name
   */
  String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The document's {@code type}.
   *
   * @return {@value #BASE} and the name
   */
  String uri() {
    return BASE + slug();
  }

  /**
   * The type of a status the server answered before any route (Jetty's own refusals).
   *
   * @param status the status
   * @return the type of that status, {@link #HTTP_ERROR} when none is particular to it
   */
  static ProblemType ofServerStatus(int status) {
    return switch (status) {
      case 400 -> BAD_REQUEST;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 408 -> REQUEST_TIMEOUT;
      case 413 -> TOO_LARGE;
      case 414 -> URI_TOO_LONG;
      case 431 -> HEADERS_TOO_LARGE;
      case 500 -> INTERNAL_ERROR;
      case 503 -> UNAVAILABLE;
      case 505 -> HTTP_VERSION_NOT_SUPPORTED;
      default -> HTTP_ERROR;
    };
  }
}
