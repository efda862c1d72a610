package io.github.justculture.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.core.Finding;
import io.github.justculture.core.InputException;
import io.github.justculture.core.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The collector's counts and limits, at their values and one past them. */
class FindingCollectorTest {

  @Test
  void keepsExactlyTheFirstHundredAndCountsEveryOne() {
    FindingCollector problems = FindingCollector.create();
    for (int i = 0; i < InputException.MAX_PROBLEMS; i++) {
      problems.add("$.f" + i, "unknown field");
    }
    assertThat(problems.findings()).hasSize(InputException.MAX_PROBLEMS);
    problems.add("$.one.more", "unknown field", 1);
    assertThat(problems.findings()).hasSize(InputException.MAX_PROBLEMS);
    assertThat(problems.total()).isEqualTo(InputException.MAX_PROBLEMS + 1L);
    assertThat(problems.hasAnyWithin("$.one")).isTrue();
  }

  @Test
  void addsIterablesAndExceptionsAndCountsWhatOthersOmitted() {
    FindingCollector problems = FindingCollector.create();
    assertThat(problems.hasAny()).isFalse();
    problems.countOmitted(0);
    assertThat(problems.hasAny()).isFalse();
    problems.addAll(List.of(Finding.of("$.a", "r"), Finding.of("$.b", "r", 2)));
    assertThat(problems.findings())
        .extracting(Finding::message)
        .containsExactly("$.a: r", "$.b: r, was 2");
    problems.addAll(new InvalidInputException("x", List.of(Finding.of("$.c", "r")), 40));
    assertThat(problems.total()).isEqualTo(42);
    problems.countOmitted(8);
    assertThat(problems.total()).isEqualTo(50);
    assertThat(problems.hasAny()).isTrue();
    assertThatThrownBy(() -> problems.countOmitted(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must not be negative, was -1");
    assertThatThrownBy(() -> problems.throwIfAny("thing"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.total()).isEqualTo(50);
              assertThat(e.findings()).hasSize(3);
              assertThat(e.subject()).isEqualTo("thing");
            });
  }

  @Test
  void requireAddsOnlyWhenTheRuleIsBroken() {
    FindingCollector problems = FindingCollector.create();
    assertThat(problems.require(true, "$.a", "must hold", 1)).isTrue();
    problems.throwIfAny("nothing wrong");
    assertThat(problems.require(false, "$.a", "must hold", 1)).isFalse();
    assertThat(problems.require(false, "$.b", "must hold", null)).isFalse();
    assertThat(problems.findings())
        .extracting(Finding::message)
        .containsExactly("$.a: must hold, was 1", "$.b: must hold");
  }

  /** Beyond the tracking limit findings are still counted, but where they were is forgotten. */
  @Test
  void remembersWhereTheFirstHundredThousandWere() {
    FindingCollector problems = FindingCollector.create();
    for (int i = 0; i < FindingCollector.MAX_TRACKED; i++) {
      problems.add("$.x", "r");
    }
    problems.add("$.last", "r");
    assertThat(problems.total()).isEqualTo(FindingCollector.MAX_TRACKED + 1L);
    assertThat(problems.hasAnyWithin("$.x")).isTrue();
    assertThat(problems.hasAnyWithin("$.last")).isFalse();
  }

  @Test
  void everyAncestorOfAFindingIsCovered() {
    FindingCollector problems = FindingCollector.create();
    problems.add("$.a.b[2].c", "r");
    problems.add("$.a.b[3]", "r");
    problems.add("$['odd.name'].d", "r");
    for (String within :
        List.of("$", "$.a", "$.a.b", "$.a.b[2]", "$.a.b[2].c", "$.a.b[3]", "$['odd.name']")) {
      assertThat(problems.hasAnyWithin(within)).as(within).isTrue();
    }
    for (String outside : List.of("$.a.b[2].c.d", "$.a.b[4]", "$.b", "$.a.b[2].", "$.a.")) {
      assertThat(problems.hasAnyWithin(outside)).as(outside).isFalse();
    }
  }
}
