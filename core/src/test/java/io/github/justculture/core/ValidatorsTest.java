package io.github.justculture.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.core.csv.CsvInputException;
import io.github.justculture.core.json.JustCultureJson;
import io.github.justculture.equality.GroupCount;
import io.github.justculture.equality.RelativeLikelihood;
import io.github.justculture.equality.RelativeLikelihoodRequest;
import io.github.justculture.equality.Wres3;
import io.github.justculture.testing.Invalid;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The validators of core's small values, each rule on its own and at its edge. */
class ValidatorsTest {

  @Test
  void evidenceNeedsAReferenceAndAMetricOnlyForMetricEvidence() {
    assertThat(Evidence.of(Evidence.Kind.DOCUMENT, "doc-1").reference()).isEqualTo("doc-1");
    assertThat(Evidence.metric("wres3/2026", BigDecimal.ONE).metric()).contains(BigDecimal.ONE);
    Invalid.assertFindings(
        () -> Evidence.of(Evidence.Kind.DOCUMENT, " "),
        "$.reference: must not be blank, was \" \"");
    Invalid.assertPaths(
        () ->
            JustCultureJson.codec()
                .read("{\"kind\":\"DOCUMENT\",\"reference\":\"\",\"metric\":1.5}", Evidence.class),
        "$.reference",
        "$.metric");
  }

  @Test
  void gbpKnowsZeroAndNegativeExactly() {
    assertThat(Gbp.parse("0").isZero()).isTrue();
    assertThat(Gbp.parse("0.00").isZero()).isTrue();
    assertThat(Gbp.parse("0.01").isZero()).isFalse();
    assertThat(Gbp.parse("-0.01").isZero()).isFalse();
    assertThat(Gbp.parse("-0.01").isNegative()).isTrue();
    assertThat(Gbp.parse("0").isNegative()).isFalse();
    assertThat(Gbp.parse("0.01").isNegative()).isFalse();
  }

  @Test
  void aRelativeLikelihoodRequestRefusesANegativeThresholdAndComputesOtherwise() {
    String counts =
        "\"focus\":{\"events\":12,\"headcount\":400},\"reference\":{\"events\":30,\"headcount\":2000}";
    RelativeLikelihoodRequest zero =
        JustCultureJson.codec()
            .read("{" + counts + ",\"smallNumbersThreshold\":0}", RelativeLikelihoodRequest.class);
    assertThat(zero.smallNumbersThreshold()).isZero();
    assertThat(zero.compute().relativeLikelihood()).contains(2.0);
    assertThat(zero.compute().smallNumbers()).isFalse();
    RelativeLikelihoodRequest thirteen =
        JustCultureJson.codec()
            .read("{" + counts + ",\"smallNumbersThreshold\":13}", RelativeLikelihoodRequest.class);
    assertThat(thirteen.compute().smallNumbers()).isTrue();
    // Left out, the threshold is the default: 4 events are a small number, 5 are not.
    RelativeLikelihoodRequest unset =
        JustCultureJson.codec()
            .read(
                "{\"focus\":{\"events\":4,\"headcount\":400},"
                    + "\"reference\":{\"events\":5,\"headcount\":2000}}",
                RelativeLikelihoodRequest.class);
    assertThat(unset.smallNumbersThreshold())
        .isEqualTo(RelativeLikelihood.DEFAULT_SMALL_NUMBERS)
        .isEqualTo(5);
    assertThat(unset.compute().smallNumbers()).isTrue();
    Invalid.assertFindings(
        () ->
            JustCultureJson.codec()
                .read(
                    "{" + counts + ",\"smallNumbersThreshold\":-1}",
                    RelativeLikelihoodRequest.class),
        "$.smallNumbersThreshold: must not be negative, was -1");
    assertThat(GroupCount.of(12, 400).events()).isEqualTo(12);
  }

  /** Every bad row is counted; the first {@value InputException#MAX_PROBLEMS} are kept. */
  @Test
  void wresKeepsTheFirstProblemsAndCountsEveryOne() {
    StringBuilder csv = new StringBuilder("person,group,entered\n");
    int bad = InputException.MAX_PROBLEMS + 50;
    for (int i = 0; i < bad; i++) {
      csv.append("p").append(i).append(",PURPLE,yes\n");
    }
    csv.append("ok,WHITE,no\n");
    assertThatThrownBy(
            () ->
                Wres3.compute(
                    new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), 10))
        .isInstanceOfSatisfying(
            CsvInputException.class,
            e -> {
              assertThat(e.total()).isEqualTo(bad);
              assertThat(e.problems()).hasSize(InputException.MAX_PROBLEMS);
              assertThat(e.problems().get(0).row()).isEqualTo(1);
              assertThat(e.problems().get(InputException.MAX_PROBLEMS - 1).row())
                  .isEqualTo(InputException.MAX_PROBLEMS);
              assertThat(e.omitted()).isEqualTo(50);
            });
  }
}
