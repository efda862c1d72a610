package io.github.justculture.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under src/test/resources/golden. A missing file fails the test; run with
 * -Dgolden.update=true to write it (then read it before committing).
 */
public final class Golden {

  private Golden() {}

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

  static String read(String name) {
    try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String resource(String path) {
    try (InputStream in = Golden.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(String name, String content) {
    try {
      Path file = Path.of("src/test/resources/golden", name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
