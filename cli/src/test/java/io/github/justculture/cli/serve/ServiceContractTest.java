package io.github.justculture.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.justculture.cli.DocSection;
import io.github.justculture.core.json.JustCultureJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The service's contract in {@code docs/cli.md} cannot drift from the code: its problem types are
 * one table ({@link ProblemType}) that the docs list exactly, the OpenAPI document names every one,
 * and Jetty's own refusals use them; every metric is in the docs' table. Run with {@code
 * -Dgolden.update=true} to rewrite the docs' list of problem types after changing one.
 */
class ServiceContractTest {

  static final Path CONTRACT = Path.of("../docs/cli.md");
  static final String BEGIN = "<!-- BEGIN GENERATED: problem types (ServiceContractTest) -->";
  static final String END = "<!-- END GENERATED: problem types -->";

  static String table() {
    StringBuilder out = new StringBuilder("| status | `type` | meaning |\n|---|---|---|\n");
    for (ProblemType type : ProblemType.values()) {
      out.append("| ")
          .append(type.status() == 0 ? "other" : String.valueOf(type.status()))
          .append(" | `")
          .append(type.slug())
          .append("` | ")
          .append(type.meaning())
          .append(" |\n");
    }
    return out.toString();
  }

  @Test
  void theContractListsEveryProblemType() throws IOException {
    DocSection.assertGenerated(CONTRACT, BEGIN, END, "\n" + table());
  }

  @Test
  void theOpenApiDocumentNamesEveryProblemType() {
    JsonNode type =
        JustCultureJson.codec()
            .readTree(OpenApi.document())
            .at("/components/schemas/problem-document/properties/type");
    assertThat(type.get("examples"))
        .extracting(JsonNode::asText)
        .containsExactlyElementsOf(
            Arrays.stream(ProblemType.values()).map(ProblemType::uri).collect(Collectors.toList()));
  }

  @Test
  void theOpenApiDocumentGivesEveryOperationTheStatusesItsGatesAnswer() {
    JsonNode paths = JustCultureJson.codec().readTree(OpenApi.document()).get("paths");
    int operations = 0;
    for (java.util.Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
      String path = it.next();
      JsonNode post = paths.get(path).get("post");
      if (post != null) {
        operations++;
        assertThat(post.get("responses").fieldNames())
            .toIterable()
            .as(path)
            .contains("200", "400", "401", "408", "413", "415", "421", "503");
      }
    }
    assertThat(operations)
        .isEqualTo(
            io.github.justculture.cli.op.Operations.ALL.stream()
                .filter(io.github.justculture.cli.op.Operation::isHttp)
                .count());
    assertThat(paths.at("/~1openapi.json/get/responses").has("421")).isTrue();
    assertThat(paths.at("/~1v1~1guides/get/responses").has("421")).isTrue();
  }

  @Test
  void eachTypeHasOneNameAndJettysRefusalsUseTheirs() {
    assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::slug))
        .doesNotHaveDuplicates()
        .contains("invalid-request", "decision-log-unavailable", "internal-error");
    for (int status : new int[] {400, 404, 405, 408, 413, 414, 431, 500, 503, 505}) {
      ProblemType type = ProblemType.ofServerStatus(status);
      assertThat(type.status()).as("%s", status).isEqualTo(status);
      JsonNode doc =
          JustCultureJson.codec()
              .readTree(new String(ProblemErrorHandler.document(status), StandardCharsets.UTF_8));
      assertThat(doc.get("type").asText()).isEqualTo(type.uri());
      assertThat(doc.get("title").asText()).isEqualTo(type.title());
      assertThat(doc.get("status").asInt()).isEqualTo(status);
    }
    // A status with no type of its own keeps its number and the server's words for it.
    JsonNode other =
        JustCultureJson.codec()
            .readTree(new String(ProblemErrorHandler.document(501), StandardCharsets.UTF_8));
    assertThat(other.get("type").asText()).isEqualTo(ProblemType.HTTP_ERROR.uri());
    assertThat(other.get("status").asInt()).isEqualTo(501);
    assertThat(other.get("title").asText()).isEqualTo("Not Implemented");
  }

  @Test
  void theContractListsEveryMetric() throws IOException {
    Metrics metrics = new Metrics();
    metrics.record("GET", "/health/live", 200, 0.001);
    String doc = Files.readString(CONTRACT, StandardCharsets.UTF_8);
    List<String> names =
        metrics
            .text(1, 1, Boolean.TRUE)
            .lines()
            .filter(l -> l.startsWith("# TYPE "))
            .map(l -> l.split(" ")[2])
            .collect(Collectors.toList());
    assertThat(names).hasSize(10);
    for (String name : names) {
      assertThat(doc).as(name).contains("| `" + name);
    }
  }
}
