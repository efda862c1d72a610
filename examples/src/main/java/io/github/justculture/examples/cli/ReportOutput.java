package io.github.justculture.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a report to the file named by {@code --out}, and says so on standard error. */
final class ReportOutput {

  private ReportOutput() {}

  static void write(Path out, String html, PrintWriter err) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(out, html, StandardCharsets.UTF_8);
    err.println("wrote " + out);
  }
}
