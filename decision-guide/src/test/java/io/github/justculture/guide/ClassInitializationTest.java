package io.github.justculture.guide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.justculture.core.Gbp;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/**
 * A value type whose class initialiser makes instances of its generated subclass can deadlock: one
 * thread initialising the type waits for the subclass, which another thread is initialising and
 * which waits for its superclass, the type. Each race starts from classes loaded afresh, as a
 * service's first two requests would. (Error Prone's ClassInitializationDeadlock check, an error in
 * the build, finds the pattern; this test finds the deadlock. Before the fix about one race in
 * twenty hung.)
 */
class ClassInitializationTest {

  private static final int RACES = 1000;

  @Test
  void aGivenAnswerAndItsGeneratedClassInitialiseAtOnceWithoutDeadlock() throws Exception {
    URL[] classPath = {
      location(GivenAnswer.class),
      location(Gbp.class),
      location(ObjectMapper.class),
      location(JsonParser.class),
      location(JsonProperty.class),
    };
    for (int race = 0; race < RACES; race++) {
      try (URLClassLoader fresh =
          // The boot loader as parent: the platform loader would hand over the test's own
          // (already initialised) classes, as their modules are defined to the application loader.
          new URLClassLoader(classPath, null)) {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (String name :
            List.of(
                "io.github.justculture.guide.GivenAnswer",
                "io.github.justculture.guide.ImmutableGivenAnswer")) {
          Thread t =
              new Thread(
                  () -> {
                    try {
                      start.await();
                      Class<?> c = Class.forName(name, true, fresh);
                      if (c.getClassLoader() != fresh) {
                        throw new IllegalStateException(name + " not loaded afresh");
                      }
                    } catch (Exception | LinkageError e) {
                      failures.add(e);
                    }
                  },
                  "initialises " + name);
          t.setDaemon(true); // a deadlocked one must not keep the test JVM alive
          threads.add(t);
          t.start();
        }
        for (Thread t : threads) {
          t.join(10_000);
          assertThat(t.isAlive()).as("race %d: %s still waiting", race, t.getName()).isFalse();
        }
        assertThat(failures).as("race %d", race).isEmpty();
        // And the classes so initialised work: the shared bare answer is made.
        Class<?> answer = fresh.loadClass("io.github.justculture.guide.Answer");
        Object yes =
            fresh
                .loadClass("io.github.justculture.guide.GivenAnswer")
                .getMethod("of", answer)
                .invoke(null, answer.getMethod("valueOf", String.class).invoke(null, "YES"));
        assertThat(yes.toString()).contains("answer=YES");
      }
    }
  }

  private static URL location(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }
}
