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

  /** A heap whose free bytes a test sets, counting the collections asked for, on a test's clock. */
  private static final class FakeHeap {
    long free;
    long afterCollection;
    long nanos = 5_000_000_000L;
    int collections;

    Heap heap() {
      return new Heap(
          () -> free,
          () -> {
            collections++;
            free = afterCollection;
          },
          () -> nanos);
    }

    StandardContext context() {
      return new StandardContext(
          CLOCK,
          Runnable::run,
          (what, total) -> done -> {},
          json -> "--" + json,
          1_000,
          "the limit",
          heap());
    }
  }

  /**
   * Garbage is not a lack of memory: work that does not fit is measured again after a collection.
   */
  @Test
  void workThatFitsOnceGarbageIsCollectedIsNotRefused() {
    FakeHeap heap = new FakeHeap();
    StandardContext context = heap.context();
    heap.free = 10 << 20;
    heap.afterCollection = 100 << 20;
    // 8 MiB is 80% of 10 MiB: it fits as measured, and nothing is collected.
    assertThatCode(() -> context.reserveMemory(8 << 20, "draws", 1)).doesNotThrowAnyException();
    assertThat(heap.collections).isZero();
    // 8 MiB and a byte does not fit in 10 MiB free: after one collection 100 MiB are.
    assertThatCode(() -> context.reserveMemory((8 << 20) + 1, "draws", 1))
        .doesNotThrowAnyException();
    assertThat(heap.collections).isEqualTo(1);
  }

  @Test
  void aCollectionIsAskedForAtMostOnceASecondAndARefusalNamesWhatIsFreeAfterIt() {
    FakeHeap heap = new FakeHeap();
    StandardContext context = heap.context();
    heap.free = 10 << 20;
    heap.afterCollection = 20 << 20;
    assertThat(refusal(() -> context.reserveMemory(32 << 20, "draws", 5_000_000)))
        .containsExactly(
            "--draws: needs about 32 MiB of memory; this process can give about 16 MiB: ask for"
                + " less, or give Java a larger heap (-Xmx), was 5000000");
    assertThat(heap.collections).isEqualTo(1);
    // Within the second: measured as it is, not collected again.
    heap.free = 10 << 20;
    heap.nanos += Heap.COLLECT_EVERY_NANOS - 1;
    assertThat(refusal(() -> context.reserveMemory(32 << 20, "draws", 5_000_000)))
        .singleElement()
        .asString()
        .contains("can give about 8 MiB");
    assertThat(heap.collections).isEqualTo(1);
    // A second after the last collection, another is asked for.
    heap.nanos += 1;
    heap.afterCollection = 40 << 20;
    assertThatCode(() -> context.reserveMemory(32 << 20, "draws", 1)).doesNotThrowAnyException();
    assertThat(heap.collections).isEqualTo(2);
  }

  @Test
  void growingWorkIsMeasuredAsReservationsAre() {
    FakeHeap heap = new FakeHeap();
    StandardContext context = heap.context();
    heap.free = 10 << 20;
    heap.afterCollection = 10 << 20;
    assertThat(context.canGrow(8 << 20)).isTrue();
    assertThat(heap.collections).isZero();
    // Past 80% of what is free: collected once, measured again, and refused when still short.
    assertThat(context.canGrow((8 << 20) + 1)).isFalse();
    assertThat(heap.collections).isEqualTo(1);
    heap.nanos += Heap.COLLECT_EVERY_NANOS;
    heap.afterCollection = 20 << 20;
    assertThat(context.canGrow(16 << 20)).isTrue();
    assertThat(heap.collections).isEqualTo(2);
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
