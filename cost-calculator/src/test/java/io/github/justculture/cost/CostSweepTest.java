package io.github.justculture.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.csv.CsvProblem;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CostSweepTest {

  static List<SweepRow> sweep(String csv) {
    CostSweep sweep = CostSweep.of(new StringReader(csv));
    List<SweepRow> rows = new ArrayList<>();
    for (Optional<SweepRow> r = sweep.next(); r.isPresent(); r = sweep.next()) {
      rows.add(r.get());
    }
    return rows;
  }

  @Test
  void estimatesEachRowAndReportsBadCellsByRowAndColumn() {
    List<SweepRow> rows =
        sweep(
            "trust,headcount,prevalence,annualPay\n".replace("trust,", "")
                + "5200,0.21,34000\n"
                + "many,1.4,34000\n"
                + "900,,\n"
                + "12.5,0.2,-3\n"
                + "12,0.2,-3\n");
    assertThat(rows).hasSize(5);
    assertThat(rows.get(0).estimate().orElseThrow().total())
        .isEqualTo(
            CostCalculator.estimate(
                    CostProfile.builder()
                        .headcount(5200)
                        .prevalence(new java.math.BigDecimal("0.21"))
                        .annualPay(io.github.justculture.core.Gbp.parse("34000"))
                        .build())
                .total());
    assertThat(rows.get(1).isValid()).isFalse();
    // Every problem of a row at once: a type error does not hide the other cells' rules.
    assertThat(rows.get(1).problems())
        .extracting(CsvProblem::message)
        .containsExactly(
            "row 2 (line 3), column headcount: expected a whole number, was \"many\"",
            "row 2 (line 3), column prevalence: must be between 0 and 1, was 1.4");
    assertThat(rows.get(2).estimate().orElseThrow().prevalence()).isEqualByComparingTo("0.24");
    assertThat(rows.get(3).problems())
        .extracting(CsvProblem::message)
        .containsExactly(
            "row 4 (line 5), column headcount: expected a whole number, was 12.5",
            "row 4 (line 5), column annualPay: must not be negative, was -3");
    assertThat(rows.get(4).problems())
        .extracting(CsvProblem::message)
        .containsExactly("row 5 (line 6), column annualPay: must not be negative, was -3");
  }

  @Test
  void rowRulesAndWrongCellCountsAreReported() {
    List<SweepRow> rows = sweep("headcount,prevalence\n100,1.4\n100\n");
    assertThat(rows.get(0).problems())
        .extracting(CsvProblem::message)
        .containsExactly("row 1 (line 2), column prevalence: must be between 0 and 1, was 1.4");
    assertThat(rows.get(1).problems())
        .extracting(CsvProblem::message)
        .containsExactly("row 2 (line 3): has 1 cells, the header 2");
  }

  @Test
  void everyCellOfABadRowIsNamedAtOnce() {
    List<SweepRow> rows = sweep("headcount,prevalence,annualPay,workingDaysPerYear\n-5,2,abc,0\n");
    assertThat(rows.get(0).problems())
        .extracting(CsvProblem::message)
        .containsExactly(
            "row 1 (line 2), column annualPay: must be an amount of money written as a plain decimal"
                + " such as \"1234.50\", was \"abc\"",
            "row 1 (line 2), column headcount: must be a positive whole number, was -5",
            "row 1 (line 2), column prevalence: must be between 0 and 1, was 2",
            "row 1 (line 2), column workingDaysPerYear: must be between 1 and 366, was 0");
  }

  /** A cell is read as JSON reads a number: what a JSON profile refuses, a sweep refuses. */
  @Test
  void numbersFollowTheJsonRules() {
    List<SweepRow> rows = sweep("headcount,prevalence\n1e3,0.2\n5200.0,0.2\n+5,.5\n5200,2e-1\n");
    assertThat(rows.get(0).problems())
        .extracting(CsvProblem::message)
        .containsExactly("row 1 (line 2), column headcount: expected a whole number, was 1E+3");
    assertThat(rows.get(1).problems())
        .extracting(CsvProblem::message)
        .containsExactly("row 2 (line 3), column headcount: expected a whole number, was 5200.0");
    assertThat(rows.get(2).problems())
        .extracting(CsvProblem::message)
        .containsExactly(
            "row 3 (line 4), column headcount: expected a whole number, was \"+5\"",
            "row 3 (line 4), column prevalence: expected a number, was \".5\"");
    assertThat(rows.get(3).estimate().orElseThrow().prevalence()).isEqualByComparingTo("0.2");
  }

  /** No row is lost: whatever is wrong with a row, the rows after it are estimated. */
  @Test
  void aBadRowNeverEndsTheSweep() {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.writeBytes(
        ("headcount,prevalence,preset\n"
                + "5200,1e-999999999,\n"
                + "5200,0.2,"
                + "x".repeat(20_000)
                + "\n"
                + "5200,0.2,kline")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    bytes.write(0xE9); // Latin-1 é: not UTF-8
    bytes.writeBytes("\n5200,\"0.2\n100,0.2,\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    byte[] input = bytes.toByteArray();
    CostSweep sweep = CostSweep.of(new java.io.ByteArrayInputStream(input));
    List<SweepRow> rows = new ArrayList<>();
    for (Optional<SweepRow> r = sweep.next(); r.isPresent(); r = sweep.next()) {
      rows.add(r.get());
    }
    assertThat(rows).hasSize(5);
    assertThat(rows.get(0).problems())
        .extracting(CsvProblem::message)
        .containsExactly(
            "row 1 (line 2), column prevalence: is out of range: numbers may have at most 64 digits"
                + " written out in full, was 1E-999999999");
    assertThat(rows.get(1).problems())
        .extracting(CsvProblem::message)
        .containsExactly("row 2 (line 3), column preset: a cell may hold at most 10000 characters");
    assertThat(rows.get(2).problems())
        .extracting(CsvProblem::message)
        .singleElement()
        .asString()
        .startsWith("row 3 (line 4), column preset: is not valid UTF-8 text");
    assertThat(rows.get(3).problems())
        .extracting(CsvProblem::message)
        .singleElement()
        .asString()
        .startsWith(
            "row 4 (line 5), column prevalence: a quoted field starting on line 5 never ends");
    assertThat(rows.get(4).estimate().orElseThrow().headcount()).isEqualTo(100);
  }

  @Test
  void anUnknownColumnStopsTheSweepBeforeAnyRow() {
    assertThatThrownBy(() -> CostSweep.of(new StringReader("headcount,prevalance\n1,0.2\n")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(
            "$.prevalance: column is not a profile field (did you mean 'prevalence'?)");
  }

  @Test
  void aHeaderSeparatedBySemicolonsOrBarsSaysSo() {
    assertThatThrownBy(() -> CostSweep.of(new StringReader("headcount;prevalence\n5200;0.21\n")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.findings())
                    .extracting(io.github.justculture.core.Finding::message)
                    .hasSize(2)
                    .last()
                    .isEqualTo(
                        "$: the header is one column holding semicolons: columns must be"
                            + " separated by commas (save the file as comma-separated CSV)"));
    assertThatThrownBy(
            () -> CostSweep.checkHeader(List.of("headcount|prevalence"), SweepOptions.defaults()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.findings().get(e.findings().size() - 1).rule())
                    .startsWith("the header is one column holding bars ('|')"));
    // One good column is a good header, whatever it holds elsewhere.
    CostSweep.checkHeader(List.of("headcount"), SweepOptions.defaults());
  }

  @Test
  void aHeaderCanBeCheckedBeforeTheRecordsAreStreamed() {
    SweepOptions ids = SweepOptions.builder().addIds("trust", "region").build();
    // The same rules as the sweep's, every problem at once, and nothing else read.
    CostSweep.checkHeader(List.of("region", "headcount", "trust"), ids);
    CostSweep.checkHeader(List.of("headcount"), SweepOptions.defaults());
    assertThat(headerProblems(List.of("trust", "prevalance", "Jo Bloggs", "ward"), ids))
        .containsExactly(
            "$.prevalance: column is not a profile field (did you mean 'prevalence'?)",
            "$: column 3 is not a profile field (known fields: annualPay,"
                + " baselineSicknessDays, bullyingLeaverRate, coverUplift, dailyPay,"
                + " employmentRelationsCostPerBulliedEmployee, excessAbsenceRatio,"
                + " excessSicknessDays, headcount, presenteeismBound, presenteeismDays,"
                + " preset, prevalence, priceUplift, rampUpCost, replacementCost,"
                + " workingDaysPerYear)",
            "$.ward: column is not a profile field (known fields: annualPay,"
                + " baselineSicknessDays, bullyingLeaverRate, coverUplift, dailyPay,"
                + " employmentRelationsCostPerBulliedEmployee, excessAbsenceRatio,"
                + " excessSicknessDays, headcount, presenteeismBound, presenteeismDays,"
                + " preset, prevalence, priceUplift, rampUpCost, replacementCost,"
                + " workingDaysPerYear)",
            "$.ids[1]: names no column of the header, was \"region\"");
  }

  /** The messages of the findings {@link CostSweep#checkHeader} refuses a header with. */
  private static List<String> headerProblems(List<String> header, SweepOptions options) {
    try {
      CostSweep.checkHeader(header, options);
    } catch (InvalidInputException e) {
      return e.findings().stream().map(io.github.justculture.core.Finding::message).toList();
    }
    throw new AssertionError("expected the header " + header + " to be refused");
  }

  /**
   * A column with an empty heading (a spreadsheet may save some after the last) is named by its
   * place and said to have no name, each one, not reported as a name given twice.
   */
  @Test
  void unnamedColumnsAreEachNamedByTheirPlace() {
    assertThat(headerProblems(List.of("headcount", "", "prevalence", ""), SweepOptions.defaults()))
        .containsExactly(
            "$: column 2 has no name (its heading is empty): name it or delete the"
                + " column (a spreadsheet may save empty columns after the last)",
            "$: column 4 has no name (its heading is empty): name it or delete the"
                + " column (a spreadsheet may save empty columns after the last)");
  }

  static List<SweepRow> sweep(String csv, SweepOptions options, java.util.concurrent.Executor e) {
    CostSweep sweep =
        CostSweep.of(
            new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            options,
            e);
    List<SweepRow> rows = new ArrayList<>();
    for (Optional<SweepRow> r = sweep.next(); r.isPresent(); r = sweep.next()) {
      rows.add(r.get());
    }
    return rows;
  }

  @Test
  void idColumnsPassThroughUnchangedAndOtherUnknownColumnsStayErrors() {
    SweepOptions ids = SweepOptions.builder().addIds("trust", "region").build();
    List<SweepRow> rows =
        sweep(
            "trust,headcount,region\nRX1 (synthetic),5200,London\nRX2,many,=cmd()\n",
            ids,
            Runnable::run);
    assertThat(rows.get(0).input().values()).containsExactly("RX1 (synthetic)", "5200", "London");
    assertThat(rows.get(0).estimate().orElseThrow().headcount()).isEqualTo(5200);
    assertThat(rows.get(0).simulatedTotal()).isEmpty();
    // An id cell is never read as a profile field, whatever it holds.
    assertThat(rows.get(1).problems())
        .extracting(CsvProblem::message)
        .containsExactly("row 2 (line 3), column headcount: expected a whole number, was \"many\"");
    assertThatThrownBy(() -> sweep("trust,headcount,ward\nA,1,B\n", ids, Runnable::run))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("$.ward: column is not a profile field")
        .hasMessageContaining("$.ids[1]: names no column of the header");
    assertThatThrownBy(() -> SweepOptions.builder().addIds("headcount", "x", "x").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("$.ids[0]: is a profile field: an id column only labels rows")
        .hasMessageContaining("$.ids[2]: is named twice");
    assertThatThrownBy(() -> SweepOptions.builder().draws(0).build())
        .hasMessageContaining("$.draws: must be between 1 and 1000000, was 0");
  }

  @Test
  void aSimulatedSweepGivesEachRowTheSimulationOfItsOwnProfileWhateverTheThreads() {
    String csv =
        "trust,headcount,prevalence,dailyPay\nA,5200,0.21,151.11\nB,900,,\nC,x,,\nD,12800,0.3,\n";
    SweepOptions options = SweepOptions.builder().addIds("trust").draws(3000).seed(7).build();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(3);
    try {
      List<SweepRow> one = sweep(csv, options, Runnable::run);
      List<SweepRow> three = sweep(csv, options, pool);
      assertThat(three).isEqualTo(one);
      assertThat(one.get(2).simulatedTotal()).isEmpty();
      Map<Integer, CostProfile> profiles =
          Map.of(
              0,
              CostProfile.builder()
                  .headcount(5200)
                  .prevalence(new java.math.BigDecimal("0.21"))
                  .dailyPay(io.github.justculture.core.Gbp.parse("151.11"))
                  .build(),
              1,
              CostProfile.builder().headcount(900).build(),
              3,
              CostProfile.builder()
                  .headcount(12800)
                  .prevalence(new java.math.BigDecimal("0.3"))
                  .build());
      for (Map.Entry<Integer, CostProfile> e : profiles.entrySet()) {
        SweepRow row = one.get(e.getKey());
        CostProfile profile = e.getValue();
        assertThat(row.estimate()).contains(CostCalculator.estimate(profile));
        Summary expected =
            CostCalculator.simulate(
                    SimulationRequest.builder().profile(profile).build(),
                    3000,
                    7,
                    Runnable::run,
                    d -> {})
                .total();
        assertThat(row.simulatedTotal()).contains(expected);
        Summary s = row.simulatedTotal().orElseThrow();
        assertThat(s.p5().compareTo(s.p50())).isLessThanOrEqualTo(0);
        assertThat(s.p50().compareTo(s.p95())).isLessThanOrEqualTo(0);
      }
      // Another seed, another simulation.
      assertThat(
              sweep(csv, SweepOptions.builder().from(options).seed(8).build(), Runnable::run)
                  .get(0)
                  .simulatedTotal())
          .isNotEqualTo(one.get(0).simulatedTotal());
    } finally {
      pool.shutdownNow();
    }
  }
}
