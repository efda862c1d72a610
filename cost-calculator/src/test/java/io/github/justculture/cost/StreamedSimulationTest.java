package io.github.justculture.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.json.JustCultureJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * A simulation too large to keep in memory is summarised in passes; its figures must be exactly
 * those of the same simulation kept in memory, on any number of threads.
 */
class StreamedSimulationTest {

  private static SimulationRequest request(String json) {
    return JustCultureJson.codec().read(json, SimulationRequest.class);
  }

  private static final List<SimulationRequest> REQUESTS =
      List.of(
          // Beta prevalence and the preset's ranges: the benchmark's case.
          request(
              "{\"profile\":{\"headcount\":5200,\"prevalence\":0.21,\"annualPay\":\"34000.00\"},"
                  + "\"distributions\":{\"prevalence\":{\"type\":\"BETA\",\"successes\":1092,\"trials\":5200}}}"),
          // Everything fixed: every component constant, a single histogram bin.
          request("{\"profile\":{\"headcount\":900,\"prevalence\":0.1},\"presetRanges\":false}"),
          // Prevalence from 0: components that reach zero.
          request(
              "{\"profile\":{\"headcount\":50,\"prevalence\":0.1},\"presetRanges\":false,"
                  + "\"distributions\":{\"prevalence\":{\"type\":\"UNIFORM\",\"min\":0,\"max\":0.3}}}"));

  @Test
  void streamedFiguresAreExactlyTheInMemoryFigures() {
    ExecutorService three = Executors.newFixedThreadPool(3);
    try {
      for (SimulationRequest r : REQUESTS) {
        for (int draws :
            new int[] {MonteCarlo.CHUNK * 3 + 5, MonteCarlo.CHUNK * MonteCarlo.WAVE + 1, 100_003}) {
          SimulationResult kept = MonteCarlo.run(r, draws, 7L, Runnable::run, d -> {}, draws);
          SimulationResult streamed = MonteCarlo.run(r, draws, 7L, Runnable::run, d -> {}, 1);
          SimulationResult streamedOnThree = MonteCarlo.run(r, draws, 7L, three, d -> {}, 1);
          assertThat(streamed).as("%s draws of %s", draws, r).isEqualTo(kept);
          assertThat(streamedOnThree).isEqualTo(kept);
        }
      }
    } finally {
      three.shutdownNow();
    }
  }

  /** Thrown by a progress listener to end a simulation once it has begun. */
  private static final class Begun extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Begun() {
      super("begun", null, false, false);
    }
  }

  /**
   * The most draws a simulation makes is a limit it keeps exactly: that many begin (ended at their
   * first progress, so the test stays quick), one more is refused before any draw, naming draws.
   */
  @Test
  void theMostDrawsBeginAndOneMoreIsRefused() {
    assertThatThrownBy(
            () ->
                MonteCarlo.run(
                    REQUESTS.get(0),
                    MonteCarlo.MAX_DRAWS,
                    1L,
                    Runnable::run,
                    done -> {
                      throw new Begun();
                    }))
        .isInstanceOf(Begun.class);
    List<Long> seen = new ArrayList<>();
    assertThatThrownBy(
            () ->
                MonteCarlo.run(
                    REQUESTS.get(0), MonteCarlo.MAX_DRAWS + 1, 1L, Runnable::run, seen::add))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.findings())
                    .extracting(f -> f.message())
                    .containsExactly("$.draws: must be between 1 and 5000000, was 5000001"));
    assertThat(seen).isEmpty();
  }

  @Test
  void progressRisesToTheDrawsAndReachesThemOnlyAtTheEnd() {
    int draws = MonteCarlo.CHUNK * 20;
    // The first request's percentiles are found in two passes; the second's constant components
    // take five, so its draws are made more than three times and the progress must hold back.
    for (SimulationRequest r : REQUESTS.subList(0, 2)) {
      List<Long> seen = Collections.synchronizedList(new ArrayList<>());
      MonteCarlo.run(r, draws, 1L, Runnable::run, seen::add, 1);
      assertThat(seen).as("%s", r).isSorted().last().isEqualTo((long) draws);
      assertThat(seen.subList(0, seen.size() - 1))
          .as("%s", r)
          .allSatisfy(n -> assertThat(n).isLessThan(draws));
      assertThat(seen.size()).isGreaterThan(3);
      // Progress counts each pass as a third of the work: a third of the way at the end of the
      // first pass, two thirds at the end of the second.
      assertThat(seen).contains((long) draws / 3, 2L * draws / 3);
    }
  }

  @Test
  void keysOrderAsTheirValues() {
    double[] values = {
      Double.NEGATIVE_INFINITY,
      -1e300,
      -2.5,
      -Double.MIN_VALUE,
      -0.0,
      0.0,
      Double.MIN_VALUE,
      1.0,
      1.0000000000000002,
      3e8,
      Double.MAX_VALUE,
      Double.POSITIVE_INFINITY
    };
    for (int i = 0; i < values.length; i++) {
      assertThat(StreamedSummaries.value(StreamedSummaries.key(values[i]))).isEqualTo(values[i]);
      if (i > 0) {
        assertThat(
                Long.compareUnsigned(
                    StreamedSummaries.key(values[i - 1]), StreamedSummaries.key(values[i])))
            .as("%s < %s", values[i - 1], values[i])
            .isNegative();
      }
    }
  }

  @Test
  void aSimulationsMemoryBoundStopsGrowingWhereItsDrawsStopBeingKept() {
    long summaries = CostCalculator.SUMMARY_BYTES;
    assertThat(CostCalculator.simulationBytes(1)).isEqualTo(56 + summaries);
    assertThat(CostCalculator.simulationBytes(1_000)).isEqualTo(56_000 + summaries);
    assertThat(CostCalculator.simulationBytes(MonteCarlo.IN_MEMORY_DRAWS))
        .isEqualTo(56L * MonteCarlo.IN_MEMORY_DRAWS + summaries);
    assertThat(CostCalculator.simulationBytes(MonteCarlo.IN_MEMORY_DRAWS + 1))
        .isEqualTo(CostCalculator.simulationBytes(MonteCarlo.IN_MEMORY_DRAWS));
    assertThat(CostCalculator.simulationBytes(MonteCarlo.MAX_DRAWS)).isEqualTo(32L << 20);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CostCalculator.simulationBytes(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
