package io.github.justculture.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GbpTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"0", "1234", "1234.5", "1234.50", "-0.07", "999999999999999.99", "007.10"})
  void parsesPlainDecimalsWithAtMostTwoPlaces(String text) {
    assertThat(Gbp.parse(text).amount()).isEqualByComparingTo(new BigDecimal(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NaN",
        "Infinity",
        "-Infinity",
        "1e5",
        "1E+3",
        "1,000",
        "£5",
        " 5",
        "5 ",
        "",
        "-",
        ".5",
        "5.",
        "+5",
        "0x10",
        "1_000"
      })
  void rejectsAnythingButAPlainDecimalNamingTheText(String text) {
    assertThatThrownBy(() -> Gbp.parse(text))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.findings())
                    .singleElement()
                    .satisfies(
                        f -> {
                          assertThat(f.rule()).contains("plain decimal");
                          assertThat(f.value()).contains("\"" + text + "\"");
                        }));
  }

  @Test
  void rejectsMoreThanTwoDecimalPlacesUnlessAsked() {
    assertThatThrownBy(() -> Gbp.parse("151.111"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at most 2 decimal places")
        .hasMessageContaining("\"151.111\"");
    assertThat(Gbp.parseFullPrecision("151.111").amount()).isEqualByComparingTo("151.111");
  }

  @Test
  void rejectsValuesOutOfRangeNamingThem() {
    assertThatThrownBy(() -> Gbp.parse("1000000000000000"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("1000000000000000");
    assertThatThrownBy(() -> Gbp.of(new BigDecimal("-1E+20")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("-1E+20");
    assertThatThrownBy(() -> Gbp.parse("1".repeat(41))).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Gbp.ofPounds(999_999_999_999_999L).plus(Gbp.ofPounds(1)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void arithmeticKeepsFullPrecision() {
    Gbp pay = Gbp.parse("34000.00").dividedBy(BigDecimal.valueOf(225));
    assertThat(pay.amount().toPlainString()).startsWith("151.111111111111");
    assertThat(pay.multipliedBy(225).rounded()).isEqualTo(Gbp.parse("34000.00"));
    assertThat(Gbp.parse("0.10").plus(Gbp.parse("0.20"))).isEqualTo(Gbp.parse("0.3"));
    assertThat(Gbp.parse("1").minus(Gbp.parse("1.01"))).isEqualTo(Gbp.parse("-0.01"));
    assertThat(Gbp.ofPence(12345)).isEqualTo(Gbp.parse("123.45"));
    assertThat(Gbp.parse("10").ratioTo(Gbp.parse("4"))).isEqualByComparingTo("2.5");
    assertThat(Gbp.parse("3.50").negated()).isEqualTo(Gbp.parse("-3.5"));
  }

  @Test
  void roundsHalfUpByDefaultAndOtherwiseAsAsked() {
    assertThat(Gbp.parseFullPrecision("0.005").rounded().toString()).isEqualTo("0.01");
    assertThat(Gbp.parseFullPrecision("-0.005").rounded().toString()).isEqualTo("-0.01");
    assertThat(Gbp.parseFullPrecision("0.005").rounded(RoundingMode.HALF_EVEN).toString())
        .isEqualTo("0.00");
    assertThat(Gbp.parseFullPrecision("2.675").toString()).isEqualTo("2.68");
    assertThatThrownBy(() -> Gbp.parseFullPrecision("0.001").rounded(RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void writesTwoPlacesAndReadsItsOwnOutput() {
    assertThat(Gbp.parse("483578276.6").toString()).isEqualTo("483578276.60");
    assertThat(Gbp.ZERO.toString()).isEqualTo("0.00");
    assertThat(Gbp.parse(Gbp.parse("-12.5").toString())).isEqualTo(Gbp.parse("-12.50"));
  }

  @Test
  void equalityIsNumericAcrossScales() {
    assertThat(Gbp.parse("1.5")).isEqualTo(Gbp.parse("1.50")).hasSameHashCodeAs(Gbp.parse("1.50"));
    assertThat(Gbp.parse("0.00")).isEqualTo(Gbp.ZERO).hasSameHashCodeAs(Gbp.ZERO);
    assertThat(Gbp.parse("1.5")).isNotEqualTo(Gbp.parse("1.51")).isNotEqualTo("1.5");
    assertThat(Gbp.parse("2")).isGreaterThan(Gbp.parse("1.99"));
    assertThat(Gbp.parse("-2").isNegative()).isTrue();
    assertThat(Gbp.parse("0.00").isZero()).isTrue();
  }

  @Test
  void formatsForPeople() {
    assertThat(Gbp.parse("2281316962.41").format()).isEqualTo("£2,281,316,962.41");
    assertThat(Gbp.parse("-12.5").format()).isEqualTo("-£12.50");
    assertThat(Gbp.parseFullPrecision("0.125").format()).isEqualTo("£0.13");
  }
}
