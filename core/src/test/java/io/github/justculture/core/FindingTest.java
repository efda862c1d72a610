package io.github.justculture.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.JsonPaths;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {

  @Test
  void readsAsPathRuleAndValue() {
    assertThat(Finding.of("$.prevalence", "must be between 0 and 1", 1.4).message())
        .isEqualTo("$.prevalence: must be between 0 and 1, was 1.4");
    assertThat(Finding.of("$.headcount", "expected a whole number", "many").toString())
        .isEqualTo("$.headcount: expected a whole number, was \"many\"");
    assertThat(Finding.of("$.headcount", "is required").message())
        .isEqualTo("$.headcount: is required");
    assertThat(Finding.of("$.x", "r", null).message()).isEqualTo("$.x: r, was null");
    assertThat(Finding.of("$.x", "r", new BigDecimal("1E+3")).message())
        .isEqualTo("$.x: r, was 1000");
    assertThat(Finding.of("$.x", "r", Provenance.USER).message()).isEqualTo("$.x: r, was USER");
  }

  @Test
  void escapesAndShortensOffendingText() {
    assertThat(Finding.of("$.a", "r", "say \"hi\"\n").value()).contains("\"say \\\"hi\\\"\\n\"");
    String longValue = "x".repeat(10_000);
    assertThat(Finding.of("$.a", "r", longValue).value().orElseThrow())
        .hasSize(Finding.MAX_VALUE_LENGTH)
        .endsWith("…");
    // A number as long as the limit is shown whole; one digit more is cut, ending in an ellipsis.
    BigInteger atTheLimit = new BigInteger("9".repeat(Finding.MAX_VALUE_LENGTH));
    assertThat(Finding.of("$.a", "r", atTheLimit).value()).contains(atTheLimit.toString());
    BigInteger over = atTheLimit.multiply(BigInteger.TEN);
    assertThat(Finding.of("$.a", "r", over).value())
        .contains("9".repeat(Finding.MAX_VALUE_LENGTH - 1) + "…");
  }

  @Test
  void movesUnderAParent() {
    assertThat(Finding.of("$.year", "r").under("$.source").path()).isEqualTo("$.source.year");
    assertThat(Finding.of("$", "r").under("$.items[2]").path()).isEqualTo("$.items[2]");
    assertThat(Finding.of("$[0]", "r").under("$.list").path()).isEqualTo("$.list[0]");
  }

  @Test
  void pathsMustStartAtTheRoot() {
    assertThatThrownBy(() -> Finding.of("headcount", "r"))
        .hasMessageContaining("must start with $");
  }

  @Test
  void jsonPathsQuoteUnusualNamesAndKnowTheirAncestors() {
    assertThat(JsonPaths.field("$.answers", "3d")).isEqualTo("$.answers.3d");
    assertThat(JsonPaths.field("$", "a key")).isEqualTo("$['a key']");
    assertThat(JsonPaths.field("$", "it's")).isEqualTo("$['it\\'s']");
    // As RFC 9535's normalized paths write them: a path is one line whatever the name holds.
    assertThat(JsonPaths.field("$", "a\\b")).isEqualTo("$['a\\\\b']");
    assertThat(JsonPaths.field("$", "line\nbreak\r\t\b\f"))
        .isEqualTo("$['line\\nbreak\\r\\t\\b\\f']");
    assertThat(JsonPaths.field("$", "nul\u0000\u001f\u007f"))
        .isEqualTo("$['nul\\u0000\\u001f\\u007f']");
    assertThat(JsonPaths.field("$", "\u2028\u2029\u0085é"))
        .isEqualTo("$['\\u2028\\u2029\\u0085é']");
    assertThat(JsonPaths.quoted("it's\na")).isEqualTo("'it\\'s\\na'");
    assertThat(JsonPaths.index("$.q", 2)).isEqualTo("$.q[2]");
    assertThat(JsonPaths.isWithin("$.a.b", "$.a")).isTrue();
    assertThat(JsonPaths.isWithin("$.a[0]", "$.a")).isTrue();
    assertThat(JsonPaths.isWithin("$.ab", "$.a")).isFalse();
    assertThat(JsonPaths.isWithin("$.a", "$")).isTrue();
    assertThat(JsonPaths.isWithin("$", "$.a")).isFalse();
    assertThat(JsonPaths.isWithin("$.a", "$.a")).isTrue();
    assertThat(JsonPaths.isWithin("$", "$")).isTrue();
  }

  @Test
  void collectorReportsEveryProblemAtOnce() {
    FindingCollector problems = FindingCollector.create();
    assertThat(problems.require(true, "$.a", "fine", 1)).isTrue();
    assertThat(problems.require(false, "$.headcount", "must be a positive whole number", 0))
        .isFalse();
    problems.add("$.prevalence", "must be between 0 and 1", 1.4);
    assertThat(problems.hasAnyWithin("$")).isTrue();
    assertThat(problems.hasAnyWithin("$.other")).isFalse();
    assertThatThrownBy(() -> problems.throwIfAny("cost profile"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.subject()).isEqualTo("cost profile");
              assertThat(e.findings())
                  .extracting(Finding::path)
                  .containsExactly("$.headcount", "$.prevalence");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "invalid cost profile: $.headcount: must be a positive whole number, was 0;"
                          + " $.prevalence: must be between 0 and 1, was 1.4");
              assertThat(e.under("$.baseline").findings())
                  .extracting(Finding::path)
                  .containsExactly("$.baseline.headcount", "$.baseline.prevalence");
            });
    FindingCollector.create().throwIfAny("nothing wrong");
    assertThat(FindingCollector.create().add("$.evidence", "is required", null).findings())
        .extracting(Finding::message)
        .containsExactly("$.evidence: is required");
    assertThatThrownBy(() -> new InvalidInputException("x", List.of()))
        .hasMessageContaining("at least one finding");
  }

  @Test
  void citationsValidateEveryFieldAtOnce() {
    SourceCitation guide =
        SourceCitation.of(
            "A just culture guide",
            "https://www.england.nhs.uk/patient-safety/patient-safety-culture/a-just-culture-guide/",
            2018);
    assertThat(guide.toString()).startsWith("A just culture guide (2018), https://");
    assertThatThrownBy(() -> SourceCitation.builder().title(" ").url("ftp://x").year(1066).build())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.findings())
                    .extracting(Finding::path)
                    .containsExactly("$.title", "$.url", "$.year"));
  }
}
