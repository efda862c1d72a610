package io.github.justculture.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Offending text echoed in a finding is a valid JSON string, escaped and bounded. */
class JsonTextTest {

  @Test
  void escapesWhatJsonRequires() {
    assertThat(JsonText.quote("plain", 80)).isEqualTo("\"plain\"");
    assertThat(JsonText.quote("", 80)).isEqualTo("\"\"");
    assertThat(JsonText.quote("a\"b\\c\nd\re\tf", 80)).isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\"");
    assertThat(JsonText.quote("\u0000\u001f \u007f~", 80)).isEqualTo("\"\\u0000\\u001f \\u007f~\"");
    assertThat(JsonText.quote("é€", 80)).isEqualTo("\"é€\"");
    // One escaper for values and path names: the short forms, C1 and the line separators too.
    assertThat(JsonText.quote("\b\f\u0085\u2028'", 80)).isEqualTo("\"\\b\\f\\u0085\\u2028'\"");
    // C1 is U+0080 to U+009F: its last is escaped, the no-break space after it is not.
    assertThat(JsonText.quote("\u0080\u009f\u00a0", 80)).isEqualTo("\"\\u0080\\u009f\u00a0\"");
    assertThat(JsonText.quote("it's \"so\"", '\'', 80)).isEqualTo("'it\\'s \"so\"'");
  }

  @Test
  void keepsPairedSurrogatesAndEscapesLoneOnes() {
    String face = "\uD83D\uDE00";
    assertThat(JsonText.quote(face, 80)).isEqualTo("\"" + face + "\"");
    assertThat(JsonText.quote("a" + face + "b", 80)).isEqualTo("\"a" + face + "b\"");
    assertThat(JsonText.quote("\uD83D", 80)).isEqualTo("\"\\ud83d\"");
    assertThat(JsonText.quote("\uD83Dx", 80)).isEqualTo("\"\\ud83dx\"");
    assertThat(JsonText.quote("\uDE00", 80)).isEqualTo("\"\\ude00\"");
    assertThat(JsonText.quote("x\uDE00", 80)).isEqualTo("\"x\\ude00\"");
    assertThat(JsonText.quote("\uDE00\uD83D", 80)).isEqualTo("\"\\ude00\\ud83d\"");
    assertThat(JsonText.quote(face + "\uDE00", 80)).isEqualTo("\"" + face + "\\ude00\"");
  }

  /** Copying stops once the text passes the limit: the caller shortens it to size. */
  @Test
  void stopsCopyingJustPastTheLimit() {
    assertThat(JsonText.quote("abcdef", 3)).isEqualTo("\"abc\"");
    assertThat(JsonText.quote("abcdef", 1)).isEqualTo("\"a\"");
    assertThat(JsonText.quote("abcdef", 0)).isEqualTo("\"\"");
    assertThat(JsonText.quote("ab", 3)).isEqualTo("\"ab\"");
    assertThat(JsonText.quote("x".repeat(1_000_000), 80)).hasSize(82);
  }

  @Test
  void showsAtMostTheLimitEndingInAnEllipsisWhenCut() {
    assertThat(JsonText.shown("abc", 5)).isEqualTo("\"abc\"");
    assertThat(JsonText.shown("abcd", 5)).isEqualTo("\"abc…");
    assertThat(JsonText.shown("a\nb", 6)).isEqualTo("\"a\\nb\"");
    assertThat(JsonText.shown("a\nbc", 6)).isEqualTo("\"a\\nb…");
    assertThat(JsonText.shown("x".repeat(1_000_000), 80)).hasSize(80).endsWith("x…");
  }
}
