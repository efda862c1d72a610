package io.github.justculture.equality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.core.csv.CsvInputException;
import io.github.justculture.core.csv.CsvProblem;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class Wres3Test {

  @Test
  void countsEachPersonOnceAndExcludesUnknownGroups() {
    Wres3Result r =
        Wres3.compute(
            new StringReader(
                "person,group,entered\n"
                    + "p1,BME,yes\n"
                    + "p1,BME,no\n" // the same person again: still one person, entered
                    + "p2,BME,no\n"
                    + "p3,WHITE,no\n"
                    + "p4,WHITE,yes\n"
                    + "p5,WHITE,no\n"
                    + "p6,WHITE,no\n"
                    + "p7,UNKNOWN,yes\n"
                    + "p8,not_stated,no\n"));
    assertThat(r.rows()).isEqualTo(9);
    assertThat(r.persons()).isEqualTo(8);
    assertThat(r.excludedUnknown()).isEqualTo(2);
    assertThat(r.result().focus()).isEqualTo(GroupCount.of(1, 2));
    assertThat(r.result().reference()).isEqualTo(GroupCount.of(1, 4));
    assertThat(r.result().relativeLikelihood()).contains(2.0);
    assertThat(r.result().smallNumbers()).isTrue();
  }

  @Test
  void reportsEveryBadRowWithItsRowAndColumn() {
    assertThatThrownBy(
            () ->
                Wres3.compute(
                    new StringReader(
                        "person,group,entered\np1,BME,yes\n,ASIAN,maybe\np1,WHITE,no\np2,WHITE,no\n")))
        .isInstanceOfSatisfying(
            CsvInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(CsvProblem::message)
                    .containsExactly(
                        "row 2 (line 3), column person: must not be empty, was \"\"",
                        "row 2 (line 3), column group: must be BME, WHITE or UNKNOWN, was \"ASIAN\"",
                        "row 2 (line 3), column entered: must be yes or no, was \"maybe\"",
                        "row 3 (line 4), column group: person 'p1' is in group BME in an earlier row, was \"WHITE\""));
    assertThatThrownBy(() -> Wres3.compute(new StringReader("person,group\np1,BME\n")))
        .hasMessageContaining("missing, was \"entered\"");
    assertThatThrownBy(() -> Wres3.compute(new StringReader("person,group,entered\np1,BME,yes\n")))
        .hasMessageContaining("at least one BME and one WHITE person");
  }

  /**
   * A million rows generated on the fly: nothing holds them, and the core tests run in a 96 MB
   * heap.
   */
  @Test
  void streamsAMillionRowsInASmallHeap() {
    Reader generated =
        new Reader() {
          private long row = -1;
          private String current = "";
          private int pos;

          @Override
          public int read(char[] buf, int off, int len) {
            int n = 0;
            while (n < len) {
              if (pos == current.length()) {
                row++;
                if (row > 1_000_000) {
                  return n == 0 ? -1 : n;
                }
                // 500,000 people, each on two rows; one in five BME; BME enter at twice the white
                // rate.
                long person = row % 500_000;
                boolean bme = person % 5 == 0;
                boolean entered = bme ? person % 50 == 0 : person % 100 == 1;
                current =
                    row == 0
                        ? "person,group,entered\n"
                        : "staff-"
                            + person
                            + ","
                            + (bme ? "BME" : "WHITE")
                            + ","
                            + (entered ? "yes" : "no")
                            + "\n";
                pos = 0;
              }
              buf[off + n++] = current.charAt(pos++);
            }
            return n;
          }

          @Override
          public void close() {}
        };
    Wres3Result r = Wres3.compute(generated);
    assertThat(r.rows()).isEqualTo(1_000_000);
    assertThat(r.persons()).isEqualTo(500_000);
    assertThat(r.result().focus()).isEqualTo(GroupCount.of(10_000, 100_000));
    assertThat(r.result().reference()).isEqualTo(GroupCount.of(5_000, 400_000));
    assertThat(r.result().relativeLikelihood().orElseThrow()).isEqualTo(8.0);
  }
}
