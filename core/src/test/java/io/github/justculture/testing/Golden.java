package io.github.justculture.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under the running module's {@code src/test/resources/golden}. A missing file fails
 * the test; run with {@code -Dgolden.update=true} to write it (then read it before committing).
 * Shared by every module's tests through core's test jar.
 */
public final class Golden {

  private static final Path DIR = Path.of("src/test/resources/golden");

  private Golden() {}

  /** Compares text with a golden file. */
  public static void assertMatches(String name, String actual) {
    String expected = read(name);
    if (expected == null || Boolean.getBoolean("golden.update")) {
      write(name, actual);
      assertThat(expected)
          .as("golden file %s was missing or updated: review and commit it", name)
          .isEqualTo(actual);
    }
    assertThat(actual).as("golden file %s", name).isEqualTo(expected);
  }

  /** A golden (or other test) resource's text, or null when the file does not exist. */
  public static String read(String name) {
    Path file = DIR.resolve(name);
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file under {@code src/test/resources/golden} that must exist. */
  public static String resource(String name) {
    String text = read(name);
    if (text == null) {
      throw new IllegalArgumentException("no test resource golden/" + name);
    }
    return text;
  }

  private static void write(String name, String content) {
    try {
      Files.createDirectories(DIR);
      Files.writeString(DIR.resolve(name), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
