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

  /** Headless Chromium on a page, with a fresh profile, offline, and the given options. */
  private List<String> chromium(Path page, String... options) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile"),
                "--window-size=1200,1600"));
    command.addAll(List.of(options));
    command.add(page.toUri().toString());
    return command;
  }

  /** What Chromium made of one page. */
  record Rendering(int exitCode, List<String> consoleMessages, byte[] png) {}

  private Rendering render(Path page) throws IOException, InterruptedException {
    Path png = dir.resolve(page.getFileName() + ".png");
    Process p =
        new ProcessBuilder(
                chromium(
                    page,
                    "--enable-logging=stderr",
                    "--log-level=0",
                    "--hide-scrollbars",
                    "--screenshot=" + png))
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

  /**
   * What Chromium measured of a page: the counts of what it found and every breach of the layout
   * rules in {@code browser/layout-check.js} (text clipped at a chart's edge, a flowchart line
   * through a box, a label on a box, £ ticks overlapping), as its script wrote them into the DOM.
   */
  private List<String> layoutCheck(Path page, Map<String, Integer> counts) throws Exception {
    String script;
    try (java.io.InputStream in = getClass().getResourceAsStream("/browser/layout-check.js")) {
      script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    String html = Files.readString(page);
    Path checked =
        ReportsTest.write(
            dir,
            "checked-" + page.getFileName(),
            html.replace("</body>", "<script>\n" + script + "</script>\n</body>"));
    Process p =
        new ProcessBuilder(chromium(checked, "--dump-dom"))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String dom =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("Chromium did not finish " + page + " within 120 s");
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "<pre id=\"layout-check\">(.*?)</pre>", java.util.regex.Pattern.DOTALL)
            .matcher(dom);
    assertThat(m.find()).as("the layout check ran in " + page).isTrue();
    List<String> lines =
        new ArrayList<>(
            List.of(m.group(1).replace("&quot;", "\"").replace("&amp;", "&").split("\n")));
    String first = lines.remove(0);
    java.util.regex.Matcher c = java.util.regex.Pattern.compile("\"(\\w+)\":(\\d+)").matcher(first);
    while (c.find()) {
      counts.put(c.group(1), Integer.parseInt(c.group(2)));
    }
    lines.removeIf(String::isBlank);
    return lines;
  }

  @Test
  void chromiumMeasuresEveryReportAsTheLayoutRulesRequire() throws Exception {
    Path shots = Path.of("target", "report-screenshots");
    Files.createDirectories(shots);
    Map<String, String> reports = new java.util.LinkedHashMap<>(Tour.run().reports());
    // The other built-in guide and a tangled custom one, as well as the tour's.
    for (io.github.justculture.guide.Guide g :
        List.of(io.github.justculture.guide.Guides.reason1997(), FlowchartGeometryTest.tangled())) {
      List<Map<String, io.github.justculture.guide.Answer>> routes =
          FlowchartGeometryTest.routes(g);
      reports.put(
          "guide-" + g.id() + ".html",
          GuideReport.html(g, g.evaluate(routes.get(routes.size() - 1)), Map.of()));
    }
    for (Map.Entry<String, String> e : reports.entrySet()) {
      Path page = ReportsTest.write(dir, e.getKey(), e.getValue());
      Map<String, Integer> counts = new java.util.HashMap<>();
      assertThat(layoutCheck(page, counts)).as(e.getKey()).isEmpty();
      if (!e.getKey().startsWith("case-")) {
        assertThat(counts.get("texts")).as(e.getKey() + " texts measured").isPositive();
      }
      if (e.getKey().startsWith("guide-")) {
        assertThat(counts.get("edges")).as(e.getKey() + " edges measured").isGreaterThan(5);
      }
      if (e.getKey().startsWith("cost-")) {
        assertThat(counts.get("ticks")).as(e.getKey() + " £ ticks").isBetween(3, 12);
        assertThat(counts.get("headline")).as(e.getKey() + " headline marker").isEqualTo(1);
      }
      // A screenshot of each page for a human to look at: target/report-screenshots/.
      Rendering r = render(page);
      Files.write(shots.resolve(e.getKey().replace(".html", ".png")), r.png());
    }
  }

  @Test
  void theLayoutCheckCatchesALineThroughABoxAndClippedText() throws Exception {
    String broken =
        "<!DOCTYPE html><html lang=\"en\"><body><svg xmlns=\"http://www.w3.org/2000/svg\""
            + " viewBox=\"0 0 200 100\" width=\"200\" height=\"100\">"
            + "<rect data-node=\"a\" x=\"50\" y=\"20\" width=\"60\" height=\"40\"/>"
            + "<path data-edge=\"q YES\" d=\"M0,40 L200,40\" stroke=\"#000\"/>"
            + "<text x=\"180\" y=\"90\">far too long a label</text></svg></body></html>";
    Map<String, Integer> counts = new java.util.HashMap<>();
    List<String> problems =
        layoutCheck(ReportsTest.write(dir, "broken-layout.html", broken), counts);
    assertThat(problems)
        .contains("edge q YES passes through a")
        .anyMatch(l -> l.contains("far too long a label") && l.contains("runs outside the chart"));
  }
}
