package io.github.justculture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A section of a Markdown document that the code writes: between two comment markers, it must be
 * exactly what a test generates. With {@code -Dgolden.update=true} the test rewrites the section
 * (then read the diff); without it, a difference fails.
 */
public final class DocSection {

  private DocSection() {}

  /**
   * Checks, or with {@code -Dgolden.update=true} rewrites, the section between two markers.
   *
   * @param doc the Markdown file
   * @param begin the line that opens the section
   * @param end the line that closes it
   * @param expected what the section must hold, from just after {@code begin} to {@code end}
   * @throws IOException if the file cannot be read or written
   */
  public static void assertGenerated(Path doc, String begin, String end, String expected)
      throws IOException {
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    assertThat(from).as("%s has the markers %s", doc, begin).isPositive();
    assertThat(to).isGreaterThan(from);
    String actual = text.substring(from + begin.length(), to);
    if (!actual.equals(expected) && Boolean.getBoolean("golden.update")) {
      Files.writeString(
          doc,
          text.substring(0, from + begin.length()) + expected + text.substring(to),
          StandardCharsets.UTF_8);
    }
    assertThat(actual)
        .as("%s, the section after %s (rerun with -Dgolden.update=true)", doc, begin)
        .isEqualTo(expected);
  }
}
