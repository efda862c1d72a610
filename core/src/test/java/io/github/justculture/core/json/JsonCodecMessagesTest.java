package io.github.justculture.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.TestProfile;
import io.github.justculture.testing.Golden;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the codec says about JSON it cannot read, for every way in (string, bytes, stream, reader):
 * the subject, the path, the position, a limit in plain words, and never the text it could not
 * read.
 */
class JsonCodecMessagesTest {

  private final JsonCodec codec = JustCultureJson.codec();

  private static final List<String> INPUTS =
      List.of(
          "",
          "   ",
          "null",
          "{\"headcount\":1,",
          "{\"headcount\":1,\"headcount\":2,\"prevalence\":0.1}",
          "{\"headcount\":1,\"prevalence\":0.1} trailing",
          "{\"headcount\": Josephine, \"prevalence\": 0.1}",
          "{\"headcount\": 1, \"note\": \"unterminated",
          "[".repeat(70) + "]".repeat(70),
          "{\"headcount\":1,\"prevalence\":0.1,\"tags\":[\"a\",}",
          "{\"headcount\":1,\"prevalence\":NaN}",
          "{\"headcount\":1,\"prevalence\":-Infinity}",
          "{\"headcount\":+1,\"prevalence\":0.1}",
          "{\"headcount\":1 /* staff */,\"prevalence\":0.1}",
          "{\"headcount\":1,\"prevalence\":0.1,\"tags\":[\"a\",\"b\"}");

  @Test
  void everyWayInSaysTheSame() {
    StringBuilder out = new StringBuilder();
    for (String json : INPUTS) {
      String fromString = message(() -> codec.read(json, TestProfile.class));
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      // Jackson words the detail of malformed input differently for bytes and characters; the
      // subject, path and position must agree.
      String where = where(fromString);
      assertThat(where(message(() -> codec.read(bytes, TestProfile.class)))).isEqualTo(where);
      assertThat(
              where(message(() -> codec.read(new ByteArrayInputStream(bytes), TestProfile.class))))
          .isEqualTo(where);
      assertThat(where(message(() -> codec.read(new StringReader(json), TestProfile.class))))
          .isEqualTo(where);
      assertThat(fromString).doesNotContain("Josephine").doesNotContain("unterminated");
      // Jackson's hints name its Java settings ("enable `JsonReadFeature…` to allow", "[Source:
      // REDACTED (`StreamReadFeature…` disabled)"): help for a programmer, not for a sender.
      assertThat(fromString)
          .doesNotContain("enable")
          .doesNotContain("Feature")
          .doesNotContain("Source")
          .doesNotContain("REDACTED")
          .doesNotContain("disabled");
      out.append(json.length() > 60 ? json.substring(0, 60) + "…" : json)
          .append("\n  -> ")
          .append(fromString)
          .append('\n');
    }
    out.append("## as a tree\n");
    for (String json : List.of("", "{", "[1,]", "{\"a\":1,\"a\":2}")) {
      out.append(json).append("\n  -> ").append(message(() -> codec.readTree(json))).append('\n');
      assertThat(message(() -> codec.read(json, JsonNode.class)))
          .startsWith("invalid JSON input: ");
    }
    Golden.assertMatches("json-codec-messages.txt", out.toString());
  }

  /** The message without the parser's own detail after "malformed JSON at line L, column C". */
  private static String where(String message) {
    int at = message.indexOf("malformed JSON");
    return at < 0 ? message : message.substring(0, message.indexOf(':', at));
  }

  private static String message(Runnable read) {
    InvalidInputException e = catchThrowableOfType(read::run, InvalidInputException.class);
    assertThat(e).as("an input error").isNotNull();
    return e.getMessage();
  }
}
