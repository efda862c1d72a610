package io.github.justculture.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The command {@code examples/README.md} gives to run an example works from the repository's root,
 * for every example, and prints what the example prints when its test runs it in this JVM.
 */
class ExamplesReadmeTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void theReadmesCommandRunsEveryExample() throws Exception {
    String command =
        Files.readAllLines(ROOT.resolve("examples/README.md"), StandardCharsets.UTF_8).stream()
            .filter(l -> l.startsWith("java -cp "))
            .findFirst()
            .orElseThrow(() -> new AssertionError("examples/README.md has a java -cp line"));
    assertThat(command).endsWith(" io.github.justculture.examples.GuideExample");
    assertThat(run(command)).isEqualTo(GuideExample.run());
    assertThat(run(command.replace("GuideExample", "CostExample"))).isEqualTo(CostExample.run());
    assertThat(run(command.replace("GuideExample", "DisciplinaryWorkflowExample")))
        .startsWith("first attempt: refused\nsecond attempt: DISC-FAP-2026-031\n");
  }

  /** Runs the README's line with this test's own Java, from the repository's root. */
  private static String run(String line) throws IOException, InterruptedException {
    List<String> words = new ArrayList<>(List.of(line.split(" ")));
    words.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Process process =
        new ProcessBuilder(words).directory(ROOT.toFile()).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    return out;
  }
}
