package io.github.justculture.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GuideSessionTest {

  @Test
  void walksTheGuideOneQuestionAtATime() {
    GuideSession s = GuideSession.start(Guides.nhs2018());
    List<String> asked = new ArrayList<>();
    while (!s.result().isReached()) {
      Question q = s.nextQuestion().orElseThrow();
      asked.add(q.id());
      s = s.answer(q.id(), Answer.NO); // NO to every question asked
    }
    assertThat(asked).containsExactly("1a", "2a", "2b", "2c", "3a");
    assertThat(s.result().outcome().orElseThrow().id()).isEqualTo("system-foresight");
    assertThat(s.nextQuestion()).isEmpty();
  }

  @Test
  void goesBackAndRevisesWithoutChangingEarlierSessions() {
    GuideSession start = GuideSession.start(Guides.nhs2018());
    GuideSession harm = start.answer("1a", Answer.YES);
    assertThat(harm.result().outcome().orElseThrow().id()).isEqualTo("deliberate-harm");
    GuideSession back = harm.back();
    assertThat(back.result().nextQuestion()).contains("1a");
    GuideSession revised = harm.answer("1a", Answer.NO);
    assertThat(revised.answers()).containsOnlyKeys("1a");
    assertThat(revised.nextQuestion().orElseThrow().id()).isEqualTo("2a");
    assertThat(revised.back().answers().get("1a").answer()).isEqualTo(Answer.YES);
    assertThat(harm.result().outcome().orElseThrow().id()).isEqualTo("deliberate-harm");
    assertThat(start.back()).isSameAs(start);
    assertThat(start.canGoBack()).isFalse();
    assertThat(harm.canGoBack()).isTrue();
    assertThat(back.canGoBack()).isFalse();
    assertThatThrownBy(() -> start.answer("9z", Answer.NO))
        .hasMessageContaining("no question '9z'");
  }

  @Test
  void unknownAnswersMoveOnToTheQuestionsThatStillMatter() {
    GuideSession s = GuideSession.start(Guides.nhs2018()).answer("1a", Answer.UNKNOWN);
    assertThat(s.nextQuestion().orElseThrow().id()).isEqualTo("2a");
  }

  @Test
  void oneGuideSharedByManyThreadsGivesTheSameResults() throws Exception {
    Guide guide = Guides.nhs2018();
    List<java.util.Map<String, Answer>> cases = new ArrayList<>();
    java.util.SplittableRandom random = new java.util.SplittableRandom(20261122L);
    for (int i = 0; i < 2_000; i++) {
      java.util.Map<String, Answer> answers = new java.util.HashMap<>();
      for (String id : NhsGuideOracleTest.IDS) {
        int r = random.nextInt(4);
        if (r < 3) {
          answers.put(id, TableOracle.answer(r));
        }
      }
      cases.add(answers);
    }
    List<GuideResult> expected = cases.stream().map(guide::evaluate).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<GuideResult>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> cases.stream().map(guide::evaluate).toList()));
      }
      for (Future<List<GuideResult>> f : futures) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
