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
  void aJdkTypeReadFromTextSaysSoWhenGivenAStructure() {
    assertFindings(
        () -> codec.read("{\"id\":1}", java.util.UUID.class),
        "$: expected a string, not an object");
    assertFindings(() -> codec.read("[]", java.net.URI.class), "$: expected a string, not a list");
    assertFindings(
        () -> codec.read("{}", java.time.Duration.class),
        "$: expected a Duration as ISO-8601 text, not an object");
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
    org.assertj.core.api.Assertions.assertThat(
            onlyFinding(() -> codec.read(utf32, TestProfile.class)))
        .startsWith("$: malformed JSON: Invalid UTF-32 character ");
  }

  @Test
  void aNumberTooLongForTheTextLimitIsCalledANumber() {
    // Past the string limit, Jackson says "String value length" of a number too (its digits fill
    // the same buffer; from a String it may instead reach the number limit, 64, first): the
    // finding says which it was, from text, bytes and a stream alike.
    String digits = "9".repeat(2 * JustCultureJson.MAX_STRING_LENGTH);
    String number = "{\"headcount\":1,\"prevalence\":0." + digits + "}";
    String text = "{\"headcount\":1,\"prevalence\":0.1,\"note\":\"" + digits + "\"}";
    for (java.util.function.Function<String, Object> read :
        java.util.List.<java.util.function.Function<String, Object>>of(
            json -> codec.read(json, TestProfile.class),
            json ->
                codec.read(
                    json.getBytes(java.nio.charset.StandardCharsets.UTF_8), TestProfile.class),
            json ->
                codec.read(
                    new java.io.ByteArrayInputStream(
                        json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    TestProfile.class))) {
      org.assertj.core.api.Assertions.assertThat(onlyFinding(() -> read.apply(number)))
          .matches(
              "\\$\\.prevalence: input is over a size limit: number value length"
                  + " \\(\\d+\\) exceeds the maximum allowed \\((64|1000000)\\)");
      org.assertj.core.api.Assertions.assertThat(onlyFinding(() -> read.apply(text)))
          .matches(
              "\\$\\.note: input is over a size limit: string value length"
                  + " \\(\\d+\\) exceeds the maximum allowed \\(1000000\\)");
    }
  }

  /** The message of the only finding that reading gives. */
  private static String onlyFinding(org.assertj.core.api.ThrowableAssert.ThrowingCallable read) {
    io.github.justculture.core.InvalidInputException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            read, io.github.justculture.core.InvalidInputException.class);
    org.assertj.core.api.Assertions.assertThat(e).as("an InvalidInputException").isNotNull();
    org.assertj.core.api.Assertions.assertThat(e.findings()).hasSize(1);
    return e.findings().get(0).message();
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

  /** A value made from a string whose constructor checks it. */
  public static final class Code {
    /**
     * Checks the text.
     *
     * @param text the code
     */
    public Code(String text) {
      if (text.equals("bug")) {
        throw new ArithmeticException("a bug in the type's own code");
      }
      if (!text.startsWith("C")) {
        throw io.github.justculture.core.InvalidInputException.of(
            "code", io.github.justculture.core.Finding.of("$", "must start with C", text));
      }
    }
  }

  @Test
  void aTypeMadeFromAStringReportsItsOwnRules() {
    org.assertj.core.api.Assertions.assertThat(codec.read("\"C1\"", Code.class)).isNotNull();
    assertFindings(() -> codec.read("\"X1\"", Code.class), "$: must start with C, was \"X1\"");
    // Outside the codec, the type's own exception ends the read.
    assertThatThrownBy(() -> JustCultureJson.newObjectMapper().readValue("\"X1\"", Code.class))
        .isInstanceOf(com.fasterxml.jackson.databind.exc.ValueInstantiationException.class)
        .hasRootCauseInstanceOf(io.github.justculture.core.InvalidInputException.class);
    assertThatThrownBy(() -> codec.read("\"bug\"", Code.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not about the input")
        .hasMessageContaining("a bug in the type's own code");
  }

  /**
   * The shared codec's mapper is built once; a codec on a fresh mapper (the module set up anew)
   * reports exactly the same.
   */
  @Test
  void aFreshCodecReportsAsTheSharedOne() {
    JsonCodec fresh = new JsonCodec(JustCultureJson.newJsonMapper());
    for (String json :
        java.util.List.of(
            "{\"headcount\":\"many\",\"prevalance\":2,\"tags\":[null],\"flags\":[\"YES\",\"YES\"],"
                + "\"note\":null,\"more\":[{\"title\":5}],\"byQuestion\":{\"q\":null}}",
            "{\"headcount\":1,\"prevalence\":0.5,\"flags\":[\"NO\",\"YES\"],\"note\":null}")) {
      String shared = outcome(() -> codec.read(json, TestProfile.class));
      org.assertj.core.api.Assertions.assertThat(outcome(() -> fresh.read(json, TestProfile.class)))
          .isEqualTo(shared);
    }
    TestProfile read =
        fresh.read(
            "{\"headcount\":1,\"prevalence\":0.5,\"flags\":[\"NO\",\"YES\"]}", TestProfile.class);
    org.assertj.core.api.Assertions.assertThat(read.flags())
        .containsExactlyInAnyOrder(TestProfile.Answer.NO, TestProfile.Answer.YES);
    org.assertj.core.api.Assertions.assertThat(
            outcome(
                () ->
                    fresh.read(
                        "{\"headcount\":\"many\",\"prevalance\":2,\"tags\":[null]}",
                        TestProfile.class)))
        .isEqualTo(
            "$.headcount: expected a whole number, was \"many\" | $.prevalance: unknown field"
                + " (did you mean 'prevalence'?) | $.tags[0]: must not be null: leave the field out"
                + " instead | $.prevalence: is required");
  }

  private static String outcome(Runnable read) {
    try {
      read.run();
      return "read";
    } catch (io.github.justculture.core.InvalidInputException e) {
      return String.join(
          " | ", e.findings().stream().map(io.github.justculture.core.Finding::message).toList());
    }
  }

  @Test
  void wholeNumbersOfAnySizeMoneyAtTheRootAndLoneLowSurrogates() {
    org.assertj.core.api.Assertions.assertThat(
            codec.read("123456789012345678901234567890", java.math.BigInteger.class))
        .isEqualTo(new java.math.BigInteger("123456789012345678901234567890"));
    assertFindings(
        () -> codec.read("1.5", java.math.BigInteger.class), "$: expected a whole number, was 1.5");
    org.assertj.core.api.Assertions.assertThat(codec.read("9223372036854775807", Long.class))
        .isEqualTo(Long.MAX_VALUE);
    assertFindings(
        () -> codec.read("9223372036854775808", Long.class),
        "$: is out of range: a whole number here may be at most 9223372036854775807 in size, was"
            + " 9223372036854775808");
    assertFindings(
        () -> codec.read("null", io.github.justculture.core.Gbp.class),
        "$: must not be null: leave the field out instead");
    assertThatThrownBy(
            () ->
                JustCultureJson.newObjectMapper()
                    .readValue("null", io.github.justculture.core.Gbp.class))
        .isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class)
        .hasMessageStartingWith("$: must not be null");
    String lone = "must be valid Unicode text (it has a lone surrogate such as \\ud800)";
    assertFindings(
        () ->
            codec.read(
                "{\"headcount\":1,\"prevalence\":0.1,\"note\":\"a\\udc00b\",\"tags\":[\"\\ud800\"]}",
                TestProfile.class),
        "$.note: " + lone + ", was \"a\\udc00b\"",
        "$.tags[0]: " + lone + ", was \"\\ud800\"");
  }
}
