package io.github.justculture.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.justculture.core.Finding;
import io.github.justculture.core.Gbp;
import io.github.justculture.core.ImmutableTestProfile;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.SourceCitation;
import io.github.justculture.core.TestProfile;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonCodecTest {

  private final JsonCodec codec = JustCultureJson.codec();

  private List<String> problems(String json) {
    try {
      codec.read(json, TestProfile.class);
    } catch (InvalidInputException e) {
      return e.findings().stream().map(Finding::message).toList();
    }
    throw new AssertionError("expected " + json + " to be rejected");
  }

  @Test
  void readsAndWritesAValueWithMoneyAsAString() {
    TestProfile profile =
        codec.read(
            "{\"headcount\":5200,\"prevalence\":0.21,\"annualPay\":\"34000.00\",\"answers\":[\"YES\",\"NO\"],"
                + "\"byQuestion\":{\"1a\":\"NO\"},\"source\":{\"title\":\"T\",\"year\":2018},"
                + "\"at\":\"2026-11-22T10:15:30Z\"}",
            TestProfile.class);
    assertThat(profile.headcount()).isEqualTo(5200);
    assertThat(profile.annualPay()).contains(Gbp.parse("34000"));
    assertThat(profile.answers()).containsExactly(TestProfile.Answer.YES, TestProfile.Answer.NO);
    assertThat(profile.at()).contains(Instant.parse("2026-11-22T10:15:30Z"));
    String json = codec.write(profile);
    assertThat(json)
        .contains("\"annualPay\":\"34000.00\"")
        .contains("\"at\":\"2026-11-22T10:15:30Z\"");
    assertThat(codec.read(json, TestProfile.class)).isEqualTo(profile);
    assertThat(codec.read(json.getBytes(StandardCharsets.UTF_8), TestProfile.class))
        .isEqualTo(profile);
    assertThat(
            codec.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), TestProfile.class))
        .isEqualTo(profile);
    assertThat(codec.read(new StringReader(json), TestProfile.class)).isEqualTo(profile);
    assertThat(codec.read(codec.readTree(json), TestProfile.class)).isEqualTo(profile);
    assertThat(codec.toTree(profile).get("annualPay").asText()).isEqualTo("34000.00");
    assertThat(codec.writePretty(profile)).contains("\n");
  }

  @Test
  void acceptsMoneyAsANumberReadExactly() {
    TestProfile profile =
        codec.read("{\"headcount\":1,\"prevalence\":0,\"annualPay\":34000.10}", TestProfile.class);
    assertThat(profile.annualPay()).contains(Gbp.parse("34000.10"));
  }

  @Test
  void namesTheWrongTypeInPlainWords() {
    assertThat(problems("{\"headcount\":\"many\",\"prevalence\":0.2}"))
        .containsExactly("$.headcount: expected a whole number, was \"many\"");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    assertThat(
            problems(
                "{\"headcount\":\"many\",\"prevalance\":0.2,\"answers\":[\"YES\",\"MAYBE\"],"
                    + "\"annualPay\":\"1.234\",\"source\":{\"title\":\"\",\"year\":1066},\"colour\":1}"))
        .containsExactly(
            "$.headcount: expected a whole number, was \"many\"",
            "$.prevalance: unknown field (did you mean 'prevalence'?)",
            "$.answers[1]: expected one of YES, NO, UNKNOWN, was \"MAYBE\"",
            "$.annualPay: must have at most 2 decimal places (pence), was \"1.234\"",
            "$.source.title: must not be blank, was \"\"",
            "$.source.year: must be between 1900 and 2100, was 1066",
            "$.colour: unknown field (known fields: annualPay, answers, at, byQuestion, explode, flags,"
                + " headcount, more, note, prevalence, ratio, source, tags)",
            "$.prevalence: is required");
  }

  @Test
  void reportsUnknownFieldsTogetherWithBrokenRules() {
    assertThat(problems("{\"headcount\":0,\"prevalence\":0.5,\"colour\":1}"))
        .containsExactly(
            "$.colour: unknown field (known fields: annualPay, answers, at, byQuestion, explode, flags,"
                + " headcount, more, note, prevalence, ratio, source, tags)",
            "$.headcount: must be a positive whole number, was 0");
  }

  @Test
  void reportsBrokenRulesOfTheValueItself() {
    assertThat(problems("{\"headcount\":0,\"prevalence\":1.4}"))
        .containsExactly(
            "$.headcount: must be a positive whole number, was 0",
            "$.prevalence: must be between 0 and 1, was 1.4");
  }

  @Test
  void reportsProblemsInsideListsOfObjects() {
    assertThat(
            problems(
                "{\"headcount\":1,\"prevalence\":0.1,\"more\":[{\"title\":\"ok\"},{\"title\":\"x\","
                    + "\"url\":\"not a url\"},{\"year\":2000}]}"))
        .containsExactly(
            "$.more[1].url: must be an absolute http or https URL, was \"not a url\"",
            "$.more[2].title: is required");
  }

  @Test
  void doesNotCoerceSilently() {
    assertThat(problems("{\"headcount\":12.5,\"prevalence\":0.1}"))
        .singleElement()
        .asString()
        .startsWith("$.headcount: expected a whole number");
    assertThat(problems("{\"headcount\":\"12\",\"prevalence\":0.1}"))
        .containsExactly("$.headcount: expected a whole number, was \"12\"");
    assertThat(problems("{\"headcount\":1,\"prevalence\":0.1,\"note\":5}"))
        .singleElement()
        .asString()
        .startsWith("$.note: expected a string");
    assertThat(problems("{\"headcount\":1,\"prevalence\":0.1,\"answers\":[0]}"))
        .singleElement()
        .asString()
        .startsWith("$.answers[0]: expected one of YES, NO, UNKNOWN");
    assertThat(problems("{\"headcount\":null,\"prevalence\":0.1}"))
        .singleElement()
        .asString()
        .startsWith("$.headcount: ");
    assertThat(problems("{\"headcount\":{\"a\":1},\"prevalence\":0.1}"))
        .containsExactly("$.headcount: expected a whole number, not an object");
  }

  @Test
  void rejectsDuplicateKeysMalformedJsonAndTrailingContent() {
    assertThat(problems("{\"headcount\":1,\"headcount\":2,\"prevalence\":0.1}"))
        .containsExactly("$.headcount: duplicate field");
    assertThat(problems("{\"headcount\":1,\"prevalence\":}"))
        .singleElement()
        .asString()
        .startsWith("$.prevalence: malformed JSON at line 1, column ");
    assertThat(problems("{\"headcount\":1,\"prevalence\":0.1} {}"))
        .singleElement()
        .asString()
        .isEqualTo("$: unexpected content after the end of the JSON value");
    assertThat(problems("")).singleElement().asString().startsWith("$: ");
    assertThat(problems("[]")).singleElement().asString().startsWith("$: expected an object");
  }

  @Test
  void boundsHostileInput() {
    String deep = "[".repeat(200) + "]".repeat(200);
    assertThatThrownBy(() -> codec.readTree(deep))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("size limit");
    String longString =
        "{\"headcount\":1,\"prevalence\":0.1,\"note\":\"" + "x".repeat(1_000_001) + "\"}";
    assertThat(problems(longString)).singleElement().asString().contains("size limit");
    String longNumber = "{\"headcount\":1" + "0".repeat(100) + ",\"prevalence\":0.1}";
    assertThat(problems(longNumber)).singleElement().asString().contains("size limit");
  }

  @Test
  void echoesNoPayloadInErrors() {
    String secret =
        "{\"headcount\":1,\"prevalence\":0.1,\"note\":\"Patient J. Smith, NHS 943 476 5919\"";
    assertThatThrownBy(() -> codec.read(secret, TestProfile.class))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Smith"));
  }

  @Test
  void aPlainObjectMapperStillFailsFastOutsideTheCodec() {
    assertThatThrownBy(
            () ->
                JustCultureJson.newObjectMapper()
                    .readValue("{\"headcount\":\"many\",\"prevalence\":0.1}", TestProfile.class))
        .isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class);
  }

  @Test
  void readsTreesWithTheSameLimits() {
    JsonNode tree = codec.readTree("{\"a\":[1,2]}");
    assertThat(tree.get("a").size()).isEqualTo(2);
    assertThatThrownBy(() -> codec.readTree("{\"a\":1,\"a\":2}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("$.a: duplicate field");
  }

  @Test
  void writesACanonicalFormWithSortedKeys() {
    TestProfile profile =
        codec.read(
            "{\"prevalence\":0.5,\"headcount\":3,\"byQuestion\":{\"b\":\"NO\",\"a\":\"YES\"}}",
            TestProfile.class);
    String canonical = codec.writeCanonical(profile);
    assertThat(canonical)
        .startsWith(
            "{\"annualPay\":null,\"answers\":[],\"at\":null,\"byQuestion\":{\"a\":\"YES\",\"b\":\"NO\"}")
        .doesNotContain("\n");
    assertThat(codec.read(canonical, TestProfile.class)).isEqualTo(profile);
  }

  @Test
  void citationsRoundTrip() {
    SourceCitation citation = SourceCitation.of("Being fair", "https://resolution.nhs.uk/", 2019);
    assertThat(codec.read(codec.write(citation), SourceCitation.class)).isEqualTo(citation);
    assertThat(ImmutableTestProfile.builder().headcount(1).prevalence(0).build().answers())
        .isEmpty();
  }
}
