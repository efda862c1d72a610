package io.github.justculture.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.justculture.cli.Tour;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders every report in headless Chromium to a PNG: the page must load without console messages,
 * and the image must not be blank. In CI ({@code CI=true}) a missing browser fails; elsewhere the
 * check is skipped with a note on how to install it. Two deliberately broken pages prove the checks
 * can fail.
 */
class BrowserCheckTest {

  private static String chromium;

  @TempDir Path dir;

  @BeforeAll
  static void findChromium() {
    for (String candidate : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String path : System.getenv().getOrDefault("PATH", "").split(":")) {
        if (!path.isEmpty() && Files.isExecutable(Path.of(path, candidate))) {
          chromium = Path.of(path, candidate).toString();
          return;
        }
      }
    }
    String help =
        "Chromium is not installed: the browser check of the HTML reports needs it. Install Debian's"
            + " package with: apt-get install chromium";
    if ("true".equals(System.getenv("CI"))) {
      fail(help);
    }
    Assumptions.abort(help);
  }

  /** What Chromium made of one page. */
  record Rendering(int exitCode, List<String> consoleMessages, byte[] png) {}

  private Rendering render(Path page) throws IOException, InterruptedException {
    Path png = dir.resolve(page.getFileName() + ".png");
    Path profile = Files.createTempDirectory(dir, "profile");
    Process p =
        new ProcessBuilder(
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--enable-logging=stderr",
                "--log-level=0",
                "--hide-scrollbars",
                "--window-size=1200,1600",
                "--screenshot=" + png,
                page.toUri().toString())
            .redirectErrorStream(true)
            .start();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    p.getInputStream().transferTo(log);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("Chromium did not finish rendering " + page + " within 120 s");
    }
    List<String> console = new ArrayList<>();
    for (String line : log.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
      if (line.contains(":CONSOLE")) {
        console.add(line);
      }
    }
    return new Rendering(
        p.exitValue(), console, Files.exists(png) ? Files.readAllBytes(png) : new byte[0]);
  }

  /**
   * How many distinct byte values the image's pixel data holds (after PNG's row filters): a blank
   * page gives a handful, a page with text and charts hundreds.
   */
  static int distinctPixelBytes(byte[] png) throws DataFormatException {
    ByteBuffer b = ByteBuffer.wrap(png);
    b.position(8);
    Inflater inflater = new Inflater();
    while (b.remaining() >= 12) {
      int length = b.getInt();
      byte[] type = new byte[4];
      b.get(type);
      byte[] data = new byte[length];
      b.get(data);
      b.getInt(); // CRC
      if (new String(type, java.nio.charset.StandardCharsets.US_ASCII).equals("IDAT")) {
        inflater.setInput(data);
        byte[] out = new byte[1 << 16];
        Set<Integer> seen = new HashSet<>();
        while (!inflater.needsInput() && !inflater.finished()) {
          int n = inflater.inflate(out);
          for (int i = 0; i < n; i++) {
            seen.add(out[i] & 0xff);
          }
          if (seen.size() > 64) {
            return seen.size();
          }
        }
        if (seen.size() > 64) {
          return seen.size();
        }
      }
    }
    // Count over all IDAT data when it is small.
    return 0;
  }

  @Test
  void everyReportRendersWithoutConsoleMessagesAndIsNotBlank() throws Exception {
    for (Map.Entry<String, String> e : Tour.run().reports().entrySet()) {
      Rendering r = render(ReportsTest.write(dir, e.getKey(), e.getValue()));
      assertThat(r.exitCode()).as(e.getKey()).isZero();
      assertThat(r.consoleMessages()).as(e.getKey()).isEmpty();
      assertThat(r.png()).as(e.getKey()).isNotEmpty();
      assertThat(distinctPixelBytes(r.png())).as(e.getKey() + " is not blank").isGreaterThan(64);
    }
  }

  @Test
  void theChecksCatchABrokenPageAndABlankOne() throws Exception {
    Rendering broken =
        render(
            ReportsTest.write(
                dir,
                "broken.html",
                "<!DOCTYPE html><html lang=\"en\"><body><script>console.error('broken')</script></body></html>"));
    assertThat(broken.consoleMessages()).isNotEmpty();
    Rendering blank =
        render(
            ReportsTest.write(
                dir, "blank.html", "<!DOCTYPE html><html lang=\"en\"><body></body></html>"));
    assertThat(blank.png()).isNotEmpty();
    assertThat(distinctPixelBytes(blank.png())).isLessThanOrEqualTo(64);
  }
}
