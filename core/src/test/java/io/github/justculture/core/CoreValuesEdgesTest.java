package io.github.justculture.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.testing.Invalid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared values at their edges: each rule at its limit and one past it. */
class CoreValuesEdgesTest {

  @Test
  void aFindingNeedsARuleAndRendersEachKindOfValue() {
    Invalid.assertFindings(
        () -> ImmutableFinding.builder().path("x").rule(" ").build(),
        "$.path: must start with $",
        "$.rule: must not be blank");
    assertThat(Finding.of("$.a", "r", true).message()).isEqualTo("$.a: r, was true");
    assertThat(Finding.of("$.a", "r", 3L).message()).isEqualTo("$.a: r, was 3");
    assertThat(Finding.of("$.a", "r", Gbp.parse("12.5")).message())
        .isEqualTo("$.a: r, was \"12.50\"");
    assertThat(Finding.of("$.a", "r", Provenance.ASSUMED).message())
        .isEqualTo("$.a: r, was ASSUMED");
    // A value of exactly the limit is shown whole; one character more is shortened.
    String fits = "x".repeat(Finding.MAX_VALUE_LENGTH - 2);
    assertThat(Finding.of("$.a", "r", fits).value()).contains("\"" + fits + "\"");
    assertThat(Finding.of("$.a", "r", fits + "y").value().orElseThrow())
        .hasSize(Finding.MAX_VALUE_LENGTH)
        .endsWith("x…");
  }

  @Test
  void moneyAtItsEdges() {
    assertThat(Gbp.of(new BigDecimal("0.00"))).isSameAs(Gbp.ZERO);
    assertThat(Gbp.of(new BigDecimal("-0.0"))).isSameAs(Gbp.ZERO);
    assertThat(Gbp.ofPence(-5).signum()).isEqualTo(-1);
    assertThat(Gbp.ZERO.signum()).isZero();
    assertThat(Gbp.ofPence(5).signum()).isEqualTo(1);
    assertThat(Gbp.ZERO.format()).isEqualTo("£0.00");
    assertThat(Gbp.ofPence(-123450).format()).isEqualTo("-£1,234.50");
    assertThat(Gbp.ofPence(123450).format()).isEqualTo("£1,234.50");
    assertThat(Gbp.parse("1.50").hashCode()).isEqualTo(Gbp.parse("1.5").hashCode());
    assertThat(Gbp.parse("1.50").hashCode()).isNotEqualTo(Gbp.parse("2.50").hashCode());
    // Text of up to 40 characters is read; longer text is refused before it is parsed.
    String forty = "0." + "0".repeat(38);
    assertThat(Gbp.parseFullPrecision(forty)).isEqualTo(Gbp.ZERO);
    assertThatThrownBy(() -> Gbp.parseFullPrecision(forty + "0"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void anExceptionKeepsTheFirstHundredAndItsTotalIsAtLeastThat() {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < InputException.MAX_PROBLEMS + 1; i++) {
      findings.add(Finding.of("$.f" + i, "r"));
    }
    List<Finding> hundred = findings.subList(0, InputException.MAX_PROBLEMS);
    InvalidInputException exact = new InvalidInputException("x", hundred, hundred.size());
    assertThat(exact.findings()).isEqualTo(hundred);
    assertThat(exact.omitted()).isZero();
    InvalidInputException more = new InvalidInputException("x", findings, 250);
    assertThat(more.findings()).isEqualTo(hundred);
    assertThat(more.total()).isEqualTo(250);
    assertThatThrownBy(() -> new InvalidInputException("x", hundred, hundred.size() - 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total must be at least the number of findings (100), was 99");
  }

  @Test
  void aCitationsYearAndAddressAtTheirEdges() {
    assertThat(SourceCitation.of("T", "https://www.england.nhs.uk", 1900).year()).hasValue(1900);
    assertThat(SourceCitation.of("T", "HTTP://example.org/x", 2100).year()).hasValue(2100);
    Invalid.assertFindings(
        () -> SourceCitation.of("T", "ftp://example.org", 1899),
        "$.url: must be an absolute http or https URL, was \"ftp://example.org\"",
        "$.year: must be between 1900 and 2100, was 1899");
    Invalid.assertFindings(
        () -> SourceCitation.of("T", "https:///no-host", 2101),
        "$.url: must be an absolute http or https URL, was \"https:///no-host\"",
        "$.year: must be between 1900 and 2100, was 2101");
    Invalid.assertFindings(
        () -> SourceCitation.of("T", "/relative/path", 2000),
        "$.url: must be an absolute http or https URL, was \"/relative/path\"");
    Invalid.assertFindings(
        () -> SourceCitation.of("T", "https://bad host", 2000),
        "$.url: must be an absolute http or https URL, was \"https://bad host\"");
  }
}
