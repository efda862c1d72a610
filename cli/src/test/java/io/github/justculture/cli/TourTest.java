package io.github.justculture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.justculture.core.json.JsonCodec;
import io.github.justculture.core.json.JustCultureJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TourTest {

  private static final JsonCodec JSON = JustCultureJson.codec();

  @TempDir Path dir;

  @Test
  void readsAsAStoryWithEverySection() {
    String text = Tour.run().text();
    assertThat(text)
        .contains("1. The just culture guide: staff-0077")
        .contains("Outcome: System failure: foresight (system-foresight, severity 0 of 5)")
        .contains("2. The just culture guide: staff-0042, with unknowns resolved along the way")
        .contains(
            "No outcome yet. Possible: system-foresight, system-substitution, mitigating-circumstances,")
        .contains(
            "Outcome: Individual management action (individual-management-action, severity 4 of 5)")
        .contains("3. The restorative case")
        .contains("the psychological harm to staff-0077 (h3) has not been acknowledged")
        .contains("4. The formal-action gate")
        .contains("First attempt: REFUSED")
        .contains("PASSED, every item met or not applicable")
        .contains("5. What bullying and harassment cost a sample trust")
        .contains("£10,397,862.18")
        .contains("CALIBRATED")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void writesEveryRecordAsJsonValidAgainstItsSchema() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        JustCultureCli.run(
            new String[] {"tour", "--json", dir.toString()},
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("5. What bullying and harassment cost");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("wrote 13 JSON records");
    for (Map.Entry<String, String> e : Tour.schemas().entrySet()) {
      Path file = dir.resolve(e.getKey());
      assertThat(file).exists();
      Set<String> violations =
          io.github.justculture.testing.SchemaCheck.violations(
              e.getValue(), JSON.readTree(Files.readString(file)));
      assertThat(violations).as(e.getKey() + " against " + e.getValue()).isEmpty();
    }
  }

  @Test
  void foldersThatCannotBeWrittenAreNamedBeforeTheTourRuns() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    CliRun run =
        CliRun.of("tour", "--json", file.toString(), "--html", file.resolve("under").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            file + ": is a file; give a folder name",
            file.resolve("under")
                + ": cannot be written (a part of the path is a file, not a folder)");
    assertThat(CliRun.of("tour", "--html", "").errLines())
        .containsExactly("\"\": is empty; give a folder name");
    // A folder that does not exist yet is made.
    CliRun made = CliRun.of("tour", "--html", dir.resolve("new/reports").toString());
    assertThat(made.exitCode()).isZero();
    assertThat(dir.resolve("new/reports")).isDirectory();
  }
}
