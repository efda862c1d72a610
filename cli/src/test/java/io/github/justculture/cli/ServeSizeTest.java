package io.github.justculture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sizes serve takes (--max-body, --decision-log-rotate): units, bounds, and no wrapping round.
 */
class ServeSizeTest {

  private static long size(String text, List<String> problems) {
    return ServeCommand.size("--max-body", text, problems);
  }

  @Test
  void readsEveryUnitUpToOneGibibyte() {
    List<String> problems = new ArrayList<>();
    assertThat(size("1", problems)).isEqualTo(1);
    assertThat(size("512B", problems)).isEqualTo(512);
    assertThat(size("2KiB", problems)).isEqualTo(2048);
    assertThat(size(" 3 MiB ", problems)).isEqualTo(3L << 20);
    assertThat(size("1GiB", problems)).isEqualTo(1L << 30);
    assertThat(size("5KB", problems)).isEqualTo(5_000);
    assertThat(size("7MB", problems)).isEqualTo(7_000_000);
    assertThat(size("1GB", problems)).isEqualTo(1_000_000_000);
    assertThat(size("1073741824", problems)).isEqualTo(1L << 30);
    assertThat(size("0000001073741824", problems)).isEqualTo(1L << 30);
    assertThat(size("1073741KB", problems)).isEqualTo(1_073_741_000);
    assertThat(problems).isEmpty();
  }

  /**
   * A size past the limit is out of range however many digits it has: 17179869185GiB is 2^64 +
   * 1GiB, which multiplied in a long would wrap round to exactly 1GiB and be taken.
   */
  @Test
  void everySizeOverTheLimitIsOutOfRangeNeverWrappedRound() {
    for (String text :
        List.of(
            "0",
            "0KiB",
            "1073741825",
            "1073742KB",
            "1025MiB",
            "2GiB",
            "2GB",
            "17179869185GiB",
            "18014398509481985MiB",
            "99999999999999999999",
            "9".repeat(10_000))) {
      List<String> problems = new ArrayList<>();
      assertThat(size(text, problems)).as(text).isEqualTo(-1);
      assertThat(problems)
          .as(text)
          .singleElement()
          .asString()
          .startsWith("--max-body: must be between 1 byte and 1GiB, was \"");
    }
  }

  @Test
  void whatIsNotASizeSaysWhatOneLooksLike() {
    for (String text : List.of("", "lots", "1TiB", "-1", "1.5MiB", "1 MiB extra", "MiB")) {
      List<String> problems = new ArrayList<>();
      assertThat(size(text, problems)).as(text).isEqualTo(-1);
      assertThat(problems)
          .as(text)
          .containsExactly(
              "--max-body: must be a size such as 1MiB, 512KiB or 1000000, was "
                  + io.github.justculture.core.internal.JsonText.shown(text, 80));
    }
  }
}
