package io.github.justculture.cli.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.core.InputException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InvalidRequestExceptionTest {

  private static List<Problem> problems(int count) {
    return IntStream.range(0, count).mapToObj(i -> Problem.option("p" + i, "unknown")).toList();
  }

  @Test
  void keepsTheFirstHundredProblemsWhoeverMadeTheListAndCountsTheRest() {
    InvalidRequestException many = new InvalidRequestException(problems(800), 800);
    assertThat(many.problems()).hasSize(InputException.MAX_PROBLEMS);
    assertThat(many.problems().get(0).message()).isEqualTo("p0: unknown");
    assertThat(many.problems().get(InputException.MAX_PROBLEMS - 1).message())
        .isEqualTo("p" + (InputException.MAX_PROBLEMS - 1) + ": unknown");
    assertThat(many.total()).isEqualTo(800);
    assertThat(many.getMessage()).isEqualTo("p0: unknown");
    // A total below the problems given is raised to them; a larger one is kept.
    assertThat(new InvalidRequestException(problems(3), 1).total()).isEqualTo(3);
    assertThat(new InvalidRequestException(problems(3), 9).total()).isEqualTo(9);
    assertThat(new InvalidRequestException(problems(3), 9).problems()).hasSize(3);
    // Combined, the cap holds and the totals add.
    InvalidRequestException both = many.and(new InvalidRequestException(problems(5), 5));
    assertThat(both.problems()).hasSize(InputException.MAX_PROBLEMS);
    assertThat(both.total()).isEqualTo(805);
  }

  @Test
  void needsAProblem() {
    assertThatThrownBy(() -> new InvalidRequestException(List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an InvalidRequestException needs at least one problem");
  }
}
