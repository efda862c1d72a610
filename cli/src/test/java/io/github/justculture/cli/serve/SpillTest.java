package io.github.justculture.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** An answer held until its status is known: in memory while small, then in a temporary file. */
class SpillTest {

  private static String read(Spill spill) throws IOException {
    StringBuilder text = new StringBuilder();
    try (Reader in = spill.reader()) {
      char[] chunk = new char[7]; // odd, so surrogate pairs are split between reads
      for (int n = in.read(chunk); n > 0; n = in.read(chunk)) {
        text.append(chunk, 0, n);
      }
    }
    return text.toString();
  }

  private static List<Path> answerFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("justculture-answer-"))
          .toList();
    }
  }

  @Test
  void aSmallAnswerStaysInMemory() throws IOException {
    try (Spill spill = new Spill(16, null)) {
      spill.write("row,total\n1,2\n");
      assertThat(spill.spilled()).isFalse();
      assertThat(spill.inMemory()).isEqualTo("row,total\n1,2\n");
      assertThat(read(spill)).isEqualTo("row,total\n1,2\n");
    }
  }

  @Test
  void aLargeAnswerGoesToAFileThatNoOneElseCanOpenAndIsReadBackWhole() throws IOException {
    List<Path> before = answerFiles();
    String line = "1,Trust Ü 🏥,\"quoted\"\n"; // Latin-1, a letter outside it, a surrogate pair
    String expected = line.repeat(1_000);
    try (Spill spill = new Spill(100, null)) {
      for (int i = 0; i < 1_000; i++) {
        spill.append(line);
      }
      assertThat(spill.spilled()).isTrue();
      assertThat(spill.failed()).isFalse();
      assertThat(spill.inMemory()).isNull();
      assertThat(read(spill)).isEqualTo(expected);
      ByteArrayOutputStream copy = new ByteArrayOutputStream();
      spill.copyTo(copy);
      assertThat(copy.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
      // The file was removed from the folder once made: nothing to open, nothing left behind.
      assertThat(answerFiles()).isEqualTo(before);
    }
  }
}
