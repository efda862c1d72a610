package io.github.justculture.guide;

import static io.github.justculture.testing.Invalid.assertFindings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.justculture.core.json.JsonCodec;
import io.github.justculture.core.json.JustCultureJson;
import org.junit.jupiter.api.Test;

/**
 * An answer in a request is a bare answer or an object with its details; anything else, in the
 * codec and in the plain mapper alike, is refused at the answer's path.
 */
class GivenAnswerJsonTest {

  private static final JsonCodec JSON = JustCultureJson.codec();

  private static String request(String answer) {
    return "{\"answers\":{\"1a\":\"NO\",\"2a\":" + answer + "}}";
  }

  @Test
  void aBareAnswerOrAnObjectIsRead() {
    EvaluationRequest bare = JSON.read(request("\"UNKNOWN\""), EvaluationRequest.class);
    assertThat(bare.answers().get("2a")).isEqualTo(GivenAnswer.of(Answer.UNKNOWN));
    EvaluationRequest detailed =
        JSON.read(
            request("{\"answer\":\"YES\",\"rationale\":\"r\",\"evidence\":[\"e1\"]}"),
            EvaluationRequest.class);
    assertThat(detailed.answers().get("2a").answer()).isEqualTo(Answer.YES);
    assertThat(detailed.answers().get("2a").evidence()).containsExactly("e1");
    assertThat(detailed.answers().get("1a")).isEqualTo(GivenAnswer.of(Answer.NO));
  }

  @Test
  void anythingElseIsAFindingAtTheAnswersPath() {
    String expected = "$.answers.2a: expected YES, NO, UNKNOWN or an object with an answer";
    assertFindings(
        () -> JSON.read(request("null"), EvaluationRequest.class),
        "$.answers.2a: must not be null: leave the field out instead");
    assertFindings(
        () -> JSON.read(request("true"), EvaluationRequest.class), expected + ", was true");
    assertFindings(
        () -> JSON.read(request("1.5"), EvaluationRequest.class), expected + ", was 1.5");
    assertFindings(
        () -> JSON.read(request("[\"YES\"]"), EvaluationRequest.class), expected + ", not a list");
    assertFindings(
        () -> JSON.read(request("\"yes\""), EvaluationRequest.class),
        "$.answers.2a: expected one of YES, NO, UNKNOWN, was \"yes\"");
    assertFindings(
        () -> JSON.read(request("{\"rationale\":\"r\"}"), EvaluationRequest.class),
        "$.answers.2a.answer: is required");
    assertFindings(
        () ->
            JSON.read(
                request("{\"answer\":\"MAYBE\",\"evidence\":[null]}"), EvaluationRequest.class),
        "$.answers.2a.answer: expected one of YES, NO, UNKNOWN, was \"MAYBE\"",
        "$.answers.2a.evidence[0]: must not be null: leave the field out instead");
  }

  @Test
  void thePlainMapperRefusesTheSame() {
    ObjectMapper mapper = JustCultureJson.newObjectMapper();
    assertThatThrownBy(() -> mapper.readValue(request("null"), EvaluationRequest.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("$.answers.2a: must not be null");
    assertThatThrownBy(() -> mapper.readValue(request("7"), EvaluationRequest.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("expected YES, NO, UNKNOWN or an object with an answer");
    assertThatThrownBy(() -> mapper.readValue(request("\"MAYBE\""), EvaluationRequest.class))
        .isInstanceOf(com.fasterxml.jackson.databind.exc.InvalidFormatException.class);
  }
}
