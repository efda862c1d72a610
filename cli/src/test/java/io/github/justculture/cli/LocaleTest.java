package io.github.justculture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.justculture.cli.serve.DecisionLog;
import io.github.justculture.core.json.JustCultureJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the application writes does not depend on the machine's default locale: the reports are in
 * British English (5,200 staff; 21.8%), file names and messages in ASCII digits, whatever a server
 * in Germany, France or Thailand is set to.
 */
class LocaleTest {

  /** Decimal commas, grouping by dots or spaces, Thai digits, Arabic digits. */
  static final List<Locale> ELSEWHERE =
      List.of(
          Locale.GERMANY,
          Locale.FRANCE,
          Locale.forLanguageTag("th-TH-u-nu-thai"),
          Locale.forLanguageTag("ar-EG-u-nu-arab"));

  @TempDir Path dir;

  /** Everything the runs below write, in order. */
  private List<String> outputs(Locale locale) throws Exception {
    Locale before = Locale.getDefault();
    Locale.setDefault(locale);
    try {
      List<String> outputs = new ArrayList<>();
      Path report = dir.resolve("cost-" + locale.toLanguageTag() + ".html");
      CliRun cost =
          CliRun.withInput(
              CostCommandsTest.TRUST,
              "cost",
              "report",
              "--draws",
              "2000",
              "--out",
              report.toString(),
              "-");
      assertThat(cost.exitCode()).as(locale.toString()).isZero();
      outputs.add(Files.readString(report));
      outputs.add(CliRun.withInput(CostCommandsTest.TRUST, "cost", "estimate", "-").out());
      outputs.add(
          CliRun.withInput(CostCommandsTest.TRUST, "cost", "estimate", "--format", "table", "-")
              .out());
      CliRun wres =
          CliRun.withInput("person,group,entered\nJos\u00e9,BME,yes\n", "equality", "wres3", "-");
      outputs.add(wres.out() + wres.err());
      Path log = dir.resolve("log-" + locale.toLanguageTag());
      try (DecisionLog decisions =
          DecisionLog.open(log, DecisionLog.Sync.ALWAYS, 1 << 20, CliRun.CLOCK)) {
        decisions.append("/v1/gate/check", JustCultureJson.codec().readTree("{}"), Map.of(), 5_000);
      }
      outputs.add(DecisionLog.files(log).get(0).getFileName().toString());
      return outputs;
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void reportsTablesMessagesAndFileNamesAreTheSameWhateverTheDefaultLocale() throws Exception {
    List<String> uk = outputs(Locale.UK);
    assertThat(uk.get(0)).contains("5,200 staff").contains("21.8%");
    assertThat(uk.get(4)).isEqualTo("decisions-000001.jsonl");
    for (Locale locale : ELSEWHERE) {
      List<String> there = outputs(locale);
      for (int i = 0; i < uk.size(); i++) {
        assertThat(there.get(i)).as("%s, output %d", locale, i).isEqualTo(uk.get(i));
      }
    }
  }
}
