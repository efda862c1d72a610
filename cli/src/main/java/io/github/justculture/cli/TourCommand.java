package io.github.justculture.cli;

import io.github.justculture.core.json.JustCultureJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
final class TourCommand extends BaseCommand {

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
  public Integer call() {
    // Both folders, before the tour is printed: never half a run's files.
    List<String> problems = new ArrayList<>();
    for (Path dir : new Path[] {jsonDir, htmlDir}) {
      if (dir != null) {
        try {
          CliFiles.checkWritableFolder(dir.toString());
        } catch (UsageException e) {
          problems.add(e.getMessage());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new UsageException(String.join("\n", problems));
    }
    Tour tour = Tour.run();
    out().print(tour.text());
    out().flush();
    if (jsonDir != null) {
      for (Map.Entry<String, String> e : Tour.schemas().entrySet()) {
        Object record = tour.records().get(e.getKey());
        if (record == null) {
          throw new IllegalStateException("the tour made no record " + e.getKey());
        }
        CliFiles.write(
            jsonDir.resolve(e.getKey()), JustCultureJson.codec().writePretty(record) + "\n");
      }
      err()
          .println(
              "wrote "
                  + Tour.schemas().size()
                  + " JSON records to "
                  + UsageException.named(jsonDir.toString()));
    }
    if (htmlDir != null) {
      for (Map.Entry<String, String> e : tour.reports().entrySet()) {
        CliFiles.write(htmlDir.resolve(e.getKey()), e.getValue());
        err().println("wrote " + UsageException.named(htmlDir.resolve(e.getKey()).toString()));
      }
    }
    return JustCultureCli.OK;
  }
}
