package io.github.justculture.cli.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The draws one piece of work may make: counted in all, refused with the option's name. */
class StandardContextTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC);

  private static StandardContext limited(long maxDraws) {
    return new StandardContext(
        CLOCK,
        Runnable::run,
        (what, total) -> done -> {},
        json -> "--" + json,
        maxDraws,
        "the limit");
  }

  @Test
  void drawsAreCountedInAllAndARefusalCountsNothing() {
    StandardContext context = limited(1_000);
    context.reserveDraws(400, "draws", 400);
    context.reserveDraws(400, "draws", 400);
    assertThat(refusal(() -> context.reserveDraws(400, "draws", 400)))
        .containsExactly(
            "--draws: after 2 simulations of 400 draws, another would pass the 1000 draws the"
                + " limit allows a request: send at most 2 simulations a request, or ask for fewer draws");
    // The refused 400 were not counted: 200 more still fit, exactly to the limit.
    assertThatCode(() -> context.reserveDraws(200, "draws", 200)).doesNotThrowAnyException();
    assertThatThrownBy(() -> context.reserveDraws(1, "draws", 1))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void oneSimulationOverTheLimitIsRefusedBeforeAnyIsCounted() {
    assertThat(refusal(() -> limited(1_000).reserveDraws(1_001, "draws", 1_001)))
        .containsExactly(
            "--draws: is more than the 1000 draws the limit allows a request, was 1001");

    StandardContext one = limited(500);
    one.reserveDraws(300, "draws", 300);
    assertThatThrownBy(() -> one.reserveDraws(300, "draws", 300))
        .hasMessageContaining("after 1 simulation of 300 draws")
        .hasMessageContaining("send at most 1 simulation a request");
  }

  @Test
  void memoryTheHeapCannotGiveIsRefusedNamingTheOptionAndBothAmounts() {
    StandardContext context = limited(1_000);
    long more = Runtime.getRuntime().maxMemory() * 2;
    List<String> refused = refusal(() -> context.reserveMemory(more, "draws", 5_000_000));
    assertThat(refused).hasSize(1);
    assertThat(refused.get(0))
        .startsWith("--draws: needs about " + ((more + (1 << 20) - 1) >> 20) + " MiB of memory;")
        .contains("this process can give about ")
        .endsWith("MiB: ask for less, or give Java a larger heap (-Xmx), was 5000000");
    assertThatCode(() -> context.reserveMemory(1 << 20, "draws", 100)).doesNotThrowAnyException();
  }

  /** The messages of the problems a refused reservation names. */
  private static List<String> refusal(Runnable reservation) {
    try {
      reservation.run();
    } catch (InvalidRequestException e) {
      return e.problems().stream().map(Problem::message).toList();
    }
    throw new AssertionError("the reservation was not refused");
  }

  @Test
  void theCommandLineHasNoLimitAndALimitIsAtLeastOne() {
    StandardContext cli =
        new StandardContext(CLOCK, Runnable::run, (what, total) -> done -> {}, json -> json);
    for (int i = 0; i < 4; i++) {
      cli.reserveDraws(Long.MAX_VALUE / 8, "draws", 1);
    }
    assertThatThrownBy(() -> limited(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDraws must be at least 1, was 0");
  }
}
