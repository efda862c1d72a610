package io.github.justculture.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.justculture.cli.JustCultureCli;
import io.github.justculture.cli.op.Input;
import io.github.justculture.cli.op.Operation;
import io.github.justculture.cli.op.Operations;
import io.github.justculture.cli.op.OptionDef;
import io.github.justculture.cli.op.Output;
import io.github.justculture.core.json.JsonSchemas;
import io.github.justculture.core.json.JustCultureJson;
import java.util.Map;

/**
 * The service's OpenAPI 3.1 document, generated from the table of operations and the committed JSON
 * Schemas (embedded as components, their references rewritten to point inside the document): never
 * written by hand, so it cannot drift from what the service does.
 */
public final class OpenApi {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String SCHEMAS = "#/components/schemas/";

  private OpenApi() {}

  /**
   * The document.
   *
   * @return the OpenAPI document as indented JSON
   */
  public static String document() {
    ObjectNode doc = NODES.objectNode();
    doc.put("openapi", "3.1.0");
    ObjectNode info = doc.putObject("info");
    info.put("title", "justculture");
    info.put("version", JustCultureCli.version());
    info.put(
        "description",
        "Restorative just culture for the NHS as an HTTP service: the just culture guide, the"
            + " formal-action gate, restorative cases, civility, equality metrics and the cost of"
            + " bullying. Each operation takes the same JSON (or CSV) as the justculture command"
            + " line and answers the same bytes. Errors are RFC 9457 problem documents. With a"
            + " token file, /v1 routes and /metrics need a bearer token.");
    info.putObject("license").put("name", "MIT").put("identifier", "MIT");
    doc.put("jsonSchemaDialect", "https://json-schema.org/draft/2020-12/schema");
    doc.putArray("servers").addObject().put("url", "http://127.0.0.1:8080");
    ObjectNode paths = doc.putObject("paths");
    for (Operation<?, ?, ?> op : Operations.ALL) {
      if (op.isHttp()) {
        paths.putObject(op.route()).set("post", operation(op));
      }
    }
    paths
        .putObject("/v1/guides")
        .set("get", get("listGuides", "The built-in guides", json(ref("guide-list")), true));
    ObjectNode guide =
        get("getGuide", "A built-in guide's definition", json(ref("guide-definition")), true);
    guide
        .putArray("parameters")
        .add(pathParameter("id", "A built-in guide's id, such as nhs-2018."));
    ((ObjectNode) guide.get("responses"))
        .set("404", problemResponse("No built-in guide has that id"));
    paths.putObject("/v1/guides/{id}").set("get", guide);
    ObjectNode names = NODES.objectNode().put("type", "array");
    names.putObject("items").put("type", "string");
    paths
        .putObject("/v1/schemas")
        .set("get", get("listSchemas", "The names of every JSON Schema", json(names), true));
    ObjectNode schema =
        get(
            "getSchema",
            "One JSON Schema (draft 2020-12)",
            content("application/schema+json", NODES.objectNode().put("type", "object")),
            true);
    schema.putArray("parameters").add(pathParameter("name", "A schema's name."));
    ((ObjectNode) schema.get("responses")).set("404", problemResponse("No schema has that name"));
    paths.putObject("/v1/schemas/{name}").set("get", schema);
    // The /v1 GET routes take no query (HttpService.takingNoQuery).
    paths
        .properties()
        .forEach(
            path -> {
              if (path.getKey().startsWith("/v1/") && path.getValue().has("get")) {
                ((ObjectNode) path.getValue().get("get").get("responses"))
                    .set("400", problemResponse("A query parameter: this route takes none"));
              }
            });
    paths
        .putObject("/openapi.json")
        .set(
            "get",
            get("openApi", "This document", json(NODES.objectNode().put("type", "object")), false));
    ((ObjectNode) paths.get("/openapi.json").get("get").get("responses")).set("421", misdirected());
    ObjectNode status = NODES.objectNode().put("type", "object");
    status.putObject("properties").putObject("status").put("type", "string");
    paths
        .putObject("/health/live")
        .set("get", get("live", "Whether the process is up", json(status), false));
    ObjectNode ready =
        get(
            "ready",
            "Whether the service takes requests (503 while stopping, or when the decision log failed)",
            json(status),
            false);
    ((ObjectNode) ready.get("responses"))
        .set(
            "503", NODES.objectNode().put("description", "Not ready").set("content", json(status)));
    paths.putObject("/health/ready").set("get", ready);
    paths
        .putObject("/metrics")
        .set(
            "get",
            get(
                "metrics",
                "Prometheus metrics: requests, latency and errors by route; no payload data",
                content("text/plain", NODES.objectNode().put("type", "string")),
                true));
    ObjectNode components = doc.putObject("components");
    ObjectNode schemas = components.putObject("schemas");
    for (String name : JsonSchemas.names()) {
      JsonNode tree = JustCultureJson.codec().readTree(JsonSchemas.text(name).orElseThrow());
      schemas.set(key(name), rewrite(tree, key(name)));
    }
    schemas.set("problem-document", problemDocument());
    schemas.set("guide-list", guideList());
    components
        .putObject("securitySchemes")
        .putObject("bearer")
        .put("type", "http")
        .put("scheme", "bearer")
        .put(
            "description",
            "Needed on /v1 routes and /metrics when the service was started with --token-file.");
    return JustCultureJson.codec().writePretty(doc) + "\n";
  }

  private static ObjectNode operation(Operation<?, ?, ?> op) {
    ObjectNode post = NODES.objectNode();
    post.put("operationId", camel(op.name()));
    post.put("summary", op.summary());
    if (!op.details().isEmpty()) {
      post.put("description", String.join("\n\n", op.details()));
    }
    post.putArray("tags").add(op.words().get(0));
    secured(post);
    ArrayNode parameters = post.putArray("parameters");
    for (OptionDef def : op.options().defs()) {
      if (def.cliOnly()) {
        continue;
      }
      ObjectNode p = parameters.addObject();
      p.put("name", def.json());
      p.put("in", "query");
      p.put("required", false);
      p.put(
          "description",
          def.help() + def.defaultValue().map(d -> " Default: " + d + ".").orElse(""));
      p.set("schema", kind(def.kind()));
      if (def.kind() == OptionDef.Kind.LIST) {
        p.put("style", "form").put("explode", false);
      }
    }
    ObjectNode body = post.putObject("requestBody").put("required", true);
    if (op.input().kind() == Input.Kind.JSON) {
      ObjectNode content = json(ref(key(op.input().schema())));
      content.set(
          HttpBatch.NDJSON,
          ndjson(
              "A batch: one request a line, each as "
                  + op.input().schema()
                  + " says; the query parameters apply to every line. Blank lines are skipped"
                  + " and counted."));
      body.set("content", content);
    } else {
      body.set(
          "content",
          content(
              "text/csv",
              NODES
                  .objectNode()
                  .put("type", "string")
                  .put(
                      "description",
                      "UTF-8 CSV with a header; each row as an object of its cells follows "
                          + op.input().schema())));
    }
    ObjectNode responses = post.putObject("responses");
    ObjectNode ok = responses.putObject("200").put("description", "The result");
    if (op.isDecision()) {
      ObjectNode headers = ok.putObject("headers");
      headers
          .putObject(HttpService.DECISION_SEQ)
          .put(
              "description",
              "With --decision-log: the decision's sequence number in the decision log")
          .putObject("schema")
          .put("type", "integer")
          .put("minimum", 1);
      headers
          .putObject(HttpService.DECISION_SHA256)
          .put(
              "description",
              "With --decision-log: the SHA-256 of the decision's line in the log (hex), which the"
                  + " next line carries as its prev; keep it to show later that the entry is the"
                  + " one given")
          .putObject("schema")
          .put("type", "string")
          .put("pattern", "^[0-9a-f]{64}$");
    }
    if (op.output().kind() == Output.Kind.JSON) {
      ObjectNode content = json(ref(key(op.output().schema())));
      content.set(
          HttpBatch.NDJSON,
          ndjson(
              "The answer to a batch, streamed: one line per request line, in order, each as"
                  + " batch-line.schema.json says, its result as "
                  + op.output().schema()
                  + " says"
                  + (op.isDecision()
                      ? "; with --decision-log, each result line has the receipt of its"
                          + " decision's entry (SEQ:SHA256), and a log that fails part way ends"
                          + " the body with a line that says from which line nothing was answered"
                      : "")));
      for (String format : op.output().formats().keySet()) {
        if (!format.equals(op.output().defaultFormat())) {
          content.set(
              op.output().mediaType(format),
              NODES
                  .objectNode()
                  .set(
                      "schema",
                      NODES
                          .objectNode()
                          .put("type", "string")
                          .put(
                              "description",
                              "The result as the command line's --format "
                                  + format
                                  + " writes it, the same bytes; asked for with Accept: "
                                  + op.output().mediaType(format))));
        }
      }
      ok.set("content", content);
    } else {
      ok.set(
          "content",
          content(
              op.output().mediaType(),
              NODES
                  .objectNode()
                  .put("type", "string")
                  .put(
                      "description",
                      "CSV; each row as an object of its cells follows " + op.output().schema())));
      responses.set(
          "422",
          problemResponse(
              "Some rows were invalid: their problems in errors, the valid rows' CSV in goodRows"));
    }
    responses.set("400", problemResponse("Invalid input or parameters: every problem, by path"));
    responses.set("401", problemResponse("A bearer token is needed"));
    responses.set("421", misdirected());
    responses.set(
        "408",
        problemResponse(
            "The body stopped arriving before it was complete (idle timeout), or had not arrived"
                + " whole after two idle timeouts"));
    responses.set(
        "406",
        problemResponse(
            "The Accept header takes none of the route's formats (those of its 200 response)"));
    responses.set("413", problemResponse("The body is over the limit"));
    responses.set(
        "415",
        problemResponse(
            "Wrong content type, a charset other than UTF-8, or a Content-Encoding (send the body"
                + " uncompressed)"));
    responses.set(
        "503",
        problemResponse(
            "Too many requests in flight, shutting down, no room to hold a large answer before"
                + " it is sent, or (for decisions) the decision log cannot record the answer; see"
                + " Retry-After"));
    return post;
  }

  private static ObjectNode get(String id, String summary, ObjectNode content, boolean secured) {
    ObjectNode get = NODES.objectNode();
    get.put("operationId", id);
    get.put("summary", summary);
    if (secured) {
      secured(get);
    } else {
      get.putArray("security").addObject();
    }
    ObjectNode responses = get.putObject("responses");
    responses.putObject("200").put("description", summary).set("content", content);
    if (secured) {
      responses.set("401", problemResponse("A bearer token is needed"));
      responses.set("421", misdirected());
    }
    return get;
  }

  private static void secured(ObjectNode operation) {
    ArrayNode security = operation.putArray("security");
    security.addObject().putArray("bearer");
    security.addObject(); // open when the service runs without tokens
  }

  private static ObjectNode pathParameter(String name, String description) {
    ObjectNode p = NODES.objectNode();
    p.put("name", name).put("in", "path").put("required", true).put("description", description);
    p.putObject("schema").put("type", "string");
    return p;
  }

  /** The answer to a request for another host, on loopback without tokens. */
  private static ObjectNode misdirected() {
    return problemResponse(
        "Without tokens, on loopback: the Host header does not name this machine (localhost,"
            + " 127.0.0.1 or [::1])");
  }

  private static ObjectNode problemResponse(String description) {
    ObjectNode response = NODES.objectNode().put("description", description);
    response.set("content", content("application/problem+json", ref("problem-document")));
    return response;
  }

  private static ObjectNode json(JsonNode schema) {
    return content("application/json", schema);
  }

  private static ObjectNode ndjson(String description) {
    return NODES
        .objectNode()
        .set("schema", NODES.objectNode().put("type", "string").put("description", description));
  }

  private static ObjectNode content(String mediaType, JsonNode schema) {
    ObjectNode content = NODES.objectNode();
    content.putObject(mediaType).set("schema", schema);
    return content;
  }

  private static ObjectNode ref(String component) {
    return NODES.objectNode().put("$ref", SCHEMAS + component);
  }

  private static ObjectNode kind(OptionDef.Kind kind) {
    return switch (kind) {
      case WHOLE_NUMBER -> NODES.objectNode().put("type", "integer");
      case NUMBER -> NODES.objectNode().put("type", "number");
      case BOOLEAN -> NODES.objectNode().put("type", "boolean");
      case DATE -> NODES.objectNode().put("type", "string").put("format", "date");
      case TEXT, JSON_FILE -> NODES.objectNode().put("type", "string");
      case LIST -> {
        ObjectNode list = NODES.objectNode().put("type", "array");
        list.putObject("items").put("type", "string");
        yield list;
      }
    };
  }

  /** {@code cost-profile.schema.json} → {@code cost-profile}. */
  static String key(String schemaName) {
    return schemaName.replace(".schema.json", "");
  }

  private static String camel(String name) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == ' ' || c == '-') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  /**
   * A schema made a component: {@code $id} and {@code $schema} dropped, {@code #/$defs/x} pointed
   * into the component, {@code other.schema.json#…} pointed at the other component.
   */
  private static JsonNode rewrite(JsonNode node, String component) {
    if (node.isObject()) {
      ObjectNode out = NODES.objectNode();
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        if (f.getKey().equals("$id") || f.getKey().equals("$schema")) {
          continue;
        }
        if (f.getKey().equals("$ref") && f.getValue().isTextual()) {
          out.set("$ref", new TextNode(reference(f.getValue().asText(), component)));
        } else {
          out.set(f.getKey(), rewrite(f.getValue(), component));
        }
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = NODES.arrayNode();
      node.forEach(e -> out.add(rewrite(e, component)));
      return out;
    }
    return node;
  }

  private static String reference(String ref, String component) {
    if (ref.startsWith("#")) {
      return SCHEMAS + component + ref.substring(1);
    }
    int hash = ref.indexOf('#');
    String file = hash < 0 ? ref : ref.substring(0, hash);
    String pointer = hash < 0 ? "" : ref.substring(hash + 1);
    if (file.startsWith(JsonSchemas.BASE)) {
      file = file.substring(JsonSchemas.BASE.length());
    }
    return SCHEMAS + key(file) + pointer;
  }

  private static ObjectNode problemDocument() {
    ObjectNode s = NODES.objectNode();
    s.put("type", "object");
    s.put(
        "description",
        "An RFC 9457 problem document; errors carry the same problems as the command line's lines.");
    s.putArray("required").add("type").add("title").add("status");
    ObjectNode p = s.putObject("properties");
    ObjectNode type =
        p.putObject("type")
            .put("type", "string")
            .put("format", "uri")
            .put(
                "description",
                "What kind of problem: an identifier, not a page to fetch. The service answers"
                    + " these (docs/cli.md says what each means); a client should treat one it does"
                    + " not know by its status.");
    ArrayNode examples = type.putArray("examples");
    for (ProblemType t : ProblemType.values()) {
      examples.add(t.uri());
    }
    p.putObject("title").put("type", "string");
    p.putObject("status").put("type", "integer");
    p.putObject("detail").put("type", "string");
    p.putObject("errors").put("type", "array").set("items", ref("problem"));
    p.putObject("omitted").put("type", "integer").put("minimum", 1);
    ObjectNode goodRows = p.putObject("goodRows");
    goodRows
        .put("type", "array")
        .put(
            "description",
            "The valid rows' output as the 200 answer would have had it (text/csv), one CSV record"
                + " a string, the header first, without line ends: join them with line ends to get"
                + " the CSV.");
    goodRows.putObject("items").put("type", "string");
    return s;
  }

  private static ObjectNode guideList() {
    ObjectNode s = NODES.objectNode().put("type", "object");
    ObjectNode guides = s.putObject("properties").putObject("guides").put("type", "array");
    ObjectNode item = guides.putObject("items").put("type", "object");
    ObjectNode props = item.putObject("properties");
    for (String f : new String[] {"id", "version", "sha256", "title", "source"}) {
      props.putObject(f).put("type", "string");
    }
    return s;
  }
}
