package io.github.justculture.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.justculture.core.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvHintsTest {

  private static final String CURE =
      ": columns must be separated by commas (save the file as comma-separated CSV)";

  @Test
  void aOneColumnHeaderHoldingAnotherSeparatorIsNamedWhereverItStands() {
    for (String[] header :
        new String[][] {
          {"person;group;entered", "semicolons"},
          {";person", "semicolons"},
          {"person;", "semicolons"},
          {"\tperson", "tabs"},
          {"person\tgroup", "tabs"},
          {"|person", "bars ('|')"},
          {"person|group", "bars ('|')"},
          // Semicolons before tabs before bars: the first that the header holds is named.
          {"a|b\tc;d", "semicolons"},
          {"a|b\tc", "tabs"},
        }) {
      assertThat(CsvHints.separator(List.of(header[0])))
          .as(header[0])
          .map(Finding::message)
          .contains("$: the header is one column holding " + header[1] + CURE);
    }
  }

  @Test
  void anyOtherHeaderHasNoHint() {
    assertThat(CsvHints.separator(List.of("person"))).isEmpty();
    assertThat(CsvHints.separator(List.of())).isEmpty();
    // More than one column: commas separate them already, whatever a name holds.
    assertThat(CsvHints.separator(List.of("per;son", "group"))).isEmpty();
  }
}
