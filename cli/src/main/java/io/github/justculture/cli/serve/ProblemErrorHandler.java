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

  /**
   * Every method gets its document: Jetty's own handler writes a body only for GET, POST and HEAD,
   * so an {@code OPTIONS *} or a malformed {@code PUT} got a status with nothing to say why.
   */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

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
    ProblemType type = ProblemType.ofServerStatus(code);
    ObjectNode doc = document(type, code, detail(code));
    if (type == ProblemType.HTTP_ERROR) {
      doc.put("title", HttpStatus.getMessage(code));
    }
    return (JustCultureJson.codec().writePretty(doc) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A problem document: type, title, status and detail.
   *
   * @param type the type
   * @param status the status (the type's own, but for {@link ProblemType#HTTP_ERROR})
   * @param detail what happened, quoting nothing of the request
   * @return the document
   */
  static ObjectNode document(ProblemType type, int status, String detail) {
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    doc.put("type", type.uri());
    doc.put("title", type.title());
    doc.put("status", status);
    doc.put("detail", detail);
    return doc;
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
