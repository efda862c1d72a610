package io.github.justculture.cli.serve;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.justculture.core.json.JustCultureJson;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * The errors Jetty answers itself, before any route sees the request (a malformed request line or
 * path, a header or URI over Jetty's limits), as problem documents like every other error of the
 * service, instead of Jetty's HTML page. The detail is fixed text for the status: Jetty's reason
 * can quote the request, and nothing of a request is ever written back or logged.
 */
final class ProblemErrorHandler extends ErrorHandler {

  static final String PROBLEM_JSON = "application/problem+json";
  static final String PROBLEM_BASE = "https://justculture.github.io/problems/";

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      @Nullable String message,
      @Nullable Throwable cause,
      Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, PROBLEM_JSON);
    response.write(true, ByteBuffer.wrap(document(code)), callback);
  }

  /**
   * The problem document for a status Jetty answered.
   *
   * @param code the status
   * @return the document, as UTF-8 JSON
   */
  static byte[] document(int code) {
    String title = HttpStatus.getMessage(code);
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    doc.put("type", PROBLEM_BASE + type(code));
    doc.put("title", title);
    doc.put("status", code);
    doc.put("detail", detail(code));
    return (JustCultureJson.codec().writePretty(doc) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static String type(int code) {
    return switch (code) {
      case 400 -> "bad-request";
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 413 -> "too-large";
      case 414 -> "uri-too-long";
      case 431 -> "headers-too-large";
      case 505 -> "http-version-not-supported";
      case 500 -> "internal-error";
      case 503 -> "unavailable";
      default -> "http-" + code;
    };
  }

  private static String detail(int code) {
    return switch (code) {
      case 400 ->
          "the request is not well-formed HTTP (for example, a control character or an ambiguous"
              + " encoding in its path): nothing was run";
      case 414 -> "the request's URI is over the server's limit: nothing was run";
      case 431 -> "the request's headers are over the server's limit: nothing was run";
      case 505 -> "the request's HTTP version is not one this server speaks: nothing was run";
      default -> "the server answered " + code + " before any route: nothing was run";
    };
  }
}
