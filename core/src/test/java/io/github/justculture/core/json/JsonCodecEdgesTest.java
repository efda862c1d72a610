package io.github.justculture.core.json;

import static io.github.justculture.testing.Invalid.assertFindings;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.core.TestProfile;
import io.github.justculture.restorative.RestorativeAssessment;
import org.junit.jupiter.api.Test;

/**
 * The codec's less travelled paths: suggestions for a mistyped field, keys of the wrong kind, and
 * types that no JSON could build (a host's mistake, not the input's).
 */
class JsonCodecEdgesTest {

  private final JsonCodec codec = JustCultureJson.codec();

  private static String profileWith(String field) {
    return "{\"headcount\":1,\"prevalence\":0.1,\"" + field + "\":1}";
  }

  @Test
  void aMistypedFieldGetsTheClosestNameOrTheList() {
    String known =
        "known fields: annualPay, answers, at, byQuestion, explode, flags, headcount, more, note,"
            + " prevalence, ratio, source, tags";
    assertFindings(
        () -> codec.read(profileWith("prevalance"), TestProfile.class),
        "$.prevalance: unknown field (did you mean 'prevalence'?)");
    assertFindings(
        () -> codec.read(profileWith("HEADCOUNT"), TestProfile.class),
        "$.HEADCOUNT: unknown field (did you mean 'headcount'?)");
    // Up to a quarter of the name's length may differ (at least 2)...
    assertFindings(
        () -> codec.read(profileWith("annualPayXYZ"), TestProfile.class),
        "$.annualPayXYZ: unknown field (did you mean 'annualPay'?)");
    assertFindings(
        () -> codec.read(profileWith("xy"), TestProfile.class),
        "$.xy: unknown field (did you mean 'at'?)");
    // ...beyond that the known fields are listed.
    assertFindings(
        () -> codec.read(profileWith("annualPayWXYZ"), TestProfile.class),
        "$.annualPayWXYZ: unknown field (" + known + ")");
    assertFindings(
        () -> codec.read(profileWith("xyz"), TestProfile.class),
        "$.xyz: unknown field (" + known + ")");
    // A tie goes to the first name in alphabetical order ("at" and "flags" are both 2 away).
    assertFindings(
        () -> codec.read(profileWith("flat"), TestProfile.class),
        "$.flat: unknown field (did you mean 'at'?)");
    // An unknown field holding a structure is named at its own path, and skipped whole.
    assertFindings(
        () ->
            codec.read(
                "{\"headcount\":1,\"prevalence\":0.1,\"extra\":[{\"a\":[1]}],\"more\":{}}",
                TestProfile.class),
        "$.extra: unknown field (" + known + ")",
        "$.more: expected a list, not an object");
  }

  @Test
  void aKeyOfTheWrongKindIsNamedAtItsPath() {
    assertFindings(
        () ->
            codec.read(
                "{\"checklist\":{\"NOT_A_STAGE\":{},\"EXPLORED\":{\"NOBODY\":\"DONE\"}}}",
                RestorativeAssessment.class),
        "$.checklist.NOT_A_STAGE: expected a key that is one of ACKNOWLEDGED, EXPLORED,"
            + " IDENTIFIED, ACHIEVED, was \"NOT_A_STAGE\"",
        "$.checklist.EXPLORED.NOBODY: expected a key that is one of FIRST_VICTIM, SECOND_VICTIM,"
            + " ORGANISATION, COMMUNITY, OTHER, was \"NOBODY\"");
  }

  @Test
  void aTypeNoJsonCouldBuildIsTheHostsMistake() {
    for (Class<?> type : new Class<?>[] {Runnable.class, java.io.InputStream.class}) {
      for (String json : new String[] {"{}", "\"x\"", "[]"}) {
        assertThatThrownBy(() -> codec.read(json, type))
            .as(type.getSimpleName() + " from " + json)
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("Jackson cannot read this type");
      }
    }
  }

  @Test
  void aDocumentThatHoldsNoValueSaysSo() {
    assertFindings(() -> codec.read("null", Object.class), "$: expected an object, found no value");
  }

  /** Bytes that are not text in the encoding detected (UTF-32 here): malformed, by position. */
  @Test
  void bytesThatAreNotTextAreMalformedJson() {
    byte[] utf32 = {0, 0, 0, '{', 0, 0x11, 0, 0, 0, 0, 0, '}'};
    assertThatThrownBy(() -> codec.read(utf32, TestProfile.class))
        .isInstanceOfSatisfying(
            io.github.justculture.core.InvalidInputException.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.findings())
                    .extracting(io.github.justculture.core.Finding::message)
                    .singleElement()
                    .asString()
                    .startsWith("$: malformed JSON: Invalid UTF-32 character "));
  }

  @Test
  void limitsAreWordedWithoutJavaNames() {
    org.assertj.core.api.Assertions.assertThat(
            JsonCodec.plainLimit(
                "Document nesting depth (65) exceeds the maximum allowed (64, from"
                    + " `StreamReadConstraints.getMaxNestingDepth()`)\n at [Source: x]"))
        .isEqualTo("document nesting depth (65) exceeds the maximum allowed (64)");
    org.assertj.core.api.Assertions.assertThat(
            JsonCodec.plainLimit(
                "String value length (2) exceeds the maximum allowed (1, from `X`)"))
        .isEqualTo("string value length (2) exceeds the maximum allowed (1)");
    org.assertj.core.api.Assertions.assertThat(JsonCodec.plainLimit("")).isEqualTo("a limit");
    org.assertj.core.api.Assertions.assertThat(JsonCodec.plainLimit(" from `X`"))
        .isEqualTo("a limit");
    org.assertj.core.api.Assertions.assertThat(JsonCodec.plainLimit(null))
        .isEqualTo("unknown problem");
  }

  @Test
  void schemasAreFoundByNameOrById() {
    org.assertj.core.api.Assertions.assertThat(JsonSchemas.names())
        .contains("batch-line.schema.json", "restorative-case.schema.json");
    for (String name : JsonSchemas.names()) {
      String text = JsonSchemas.text(name).orElseThrow();
      org.assertj.core.api.Assertions.assertThat(text).startsWith("{").contains("\"$id\"");
      org.assertj.core.api.Assertions.assertThat(JsonSchemas.text(JsonSchemas.BASE + name))
          .contains(text);
    }
    org.assertj.core.api.Assertions.assertThat(JsonSchemas.text("no-such.schema.json")).isEmpty();
    org.assertj.core.api.Assertions.assertThat(
            JsonSchemas.text(JsonSchemas.BASE + "no-such.schema.json"))
        .isEmpty();
  }
}
