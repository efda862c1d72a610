package io.github.justculture.examples.cli;

import io.github.justculture.examples.Tour;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code justculture tour}: the main job, end to end. */
@Command(
    name = "tour",
    mixinStandardHelpOptions = true,
    description =
        "A worked example through every module: one incident with two staff members, their just culture guide"
            + " evaluations, the restorative case, the formal-action gate, and the cost of bullying for a sample"
            + " trust.")
final class TourCommand extends JsonCommand {

  @Option(
      names = "--json",
      paramLabel = "DIR",
      description =
          "Also write every record the tour prints as a JSON file in DIR (created if needed).")
  private @Nullable Path jsonDir;

  @Option(
      names = "--html",
      paramLabel = "DIR",
      description =
          "Also write the tour's HTML reports (guide flowchart, incident page, cost) in DIR.")
  private @Nullable Path htmlDir;

  @Override
  public Integer call() throws IOException {
    Tour tour = Tour.run();
    out().print(tour.text());
    out().flush();
    if (jsonDir != null) {
      Files.createDirectories(jsonDir);
      for (Map.Entry<String, String> e : Tour.schemas().entrySet()) {
        Object record = tour.records().get(e.getKey());
        if (record == null) {
          throw new IllegalStateException("the tour made no record " + e.getKey());
        }
        Files.writeString(
            jsonDir.resolve(e.getKey()), JSON.writePretty(record) + "\n", StandardCharsets.UTF_8);
      }
      err().println("wrote " + Tour.schemas().size() + " JSON records to " + jsonDir);
    }
    if (htmlDir != null) {
      for (Map.Entry<String, String> e : tour.reports().entrySet()) {
        ReportOutput.write(htmlDir.resolve(e.getKey()), e.getValue(), err());
      }
    }
    return JustCultureCli.OK;
  }
}
