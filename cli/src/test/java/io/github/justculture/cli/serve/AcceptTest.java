package io.github.justculture.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AcceptTest {

  private static final List<String> ESTIMATE =
      List.of("application/json", "text/csv", "text/plain");

  private static OptionalInt choose(String header) {
    return Accept.choose(header, ESTIMATE);
  }

  @Test
  void noHeaderOrNothingReadableTakesTheDefault() {
    assertThat(choose(null)).hasValue(0);
    assertThat(choose("")).hasValue(0);
    assertThat(choose(" , ,")).hasValue(0);
    assertThat(choose("csv")).hasValue(0);
    assertThat(choose("*/csv")).hasValue(0);
    assertThat(choose("text/csv;q=2")).hasValue(0);
    assertThat(choose("text/csv;q=0.0001")).hasValue(0);
  }

  @Test
  void anExactTypeIsChosenWhateverItsCase() {
    assertThat(choose("text/csv")).hasValue(1);
    assertThat(choose("TEXT/CSV; charset=utf-8")).hasValue(1);
    assertThat(choose("text/plain")).hasValue(2);
    assertThat(choose("application/json")).hasValue(0);
  }

  @Test
  void theHighestWeightWinsAndTiesGoToTheRoutesOrder() {
    assertThat(choose("application/json;q=0.5, text/csv")).hasValue(1);
    assertThat(choose("text/plain, text/csv")).hasValue(1);
    assertThat(choose("text/*")).hasValue(1);
    assertThat(choose("text/*;q=0.4, application/json;q=0.3")).hasValue(1);
    assertThat(choose("*/*")).hasValue(0);
    assertThat(choose("*/*;q=0.1, text/plain")).hasValue(2);
    assertThat(choose("text/csv;q=1.000, text/plain;q=0.999")).hasValue(1);
    assertThat(choose("text/csv;q=0.5, text/plain;q=0.501")).hasValue(2);
    // Two ranges as specific as each other: the higher weight counts, in whatever order.
    assertThat(choose("text/csv;q=0.2, text/csv;q=0.8, text/plain;q=0.5")).hasValue(1);
    assertThat(choose("text/csv;q=0.8, text/csv;q=0.2, text/plain;q=0.5")).hasValue(1);
  }

  @Test
  void theMostSpecificRangeSetsAWeightSoZeroExcludes() {
    // text/csv is refused by its own range though text/* takes text.
    assertThat(choose("text/*, text/csv;q=0, application/json;q=0.1")).hasValue(2);
    assertThat(choose("*/*, application/json;q=0")).hasValue(1);
    assertThat(choose("application/json;q=0, text/csv;q=0, text/plain;q=0, */*")).isEmpty();
    assertThat(choose("*/*;q=0")).isEmpty();
  }

  @Test
  void aHeaderThatTakesNoneOfTheFormatsChoosesNone() {
    assertThat(choose("application/xml")).isEmpty();
    assertThat(choose("image/*, application/xml;q=0.9")).isEmpty();
    assertThat(Accept.choose("text/csv", List.of("application/json"))).isEmpty();
    // A range that cannot be read is left out; the others still count.
    assertThat(choose("text/csv;q=abc, application/xml")).isEmpty();
    assertThat(choose("text/csv;q=abc, text/plain")).hasValue(2);
    assertThat(choose("text/csv;q=, text/plain")).hasValue(2);
    // "*/csv" is not a range: it takes nothing, not everything.
    assertThat(choose("*/csv, text/plain")).hasValue(2);
  }
}
