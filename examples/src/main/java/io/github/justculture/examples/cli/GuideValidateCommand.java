package io.github.justculture.examples.cli;

import io.github.justculture.guide.Guide;
import io.github.justculture.guide.Guides;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code justculture guide validate FILE}: check a guide definition. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a guide definition. Exit 0 when valid (prints its id, version and content hash);",
      "exit 2 with one line per problem, each naming its JSON path, otherwise."
    })
final class GuideValidateCommand extends JsonCommand {

  @Parameters(
      paramLabel = "DEFINITION",
      description = "The definition (JSON), or - for standard input.")
  private String file = "-";

  @Override
  public Integer call() throws java.io.IOException {
    byte[] json = "-".equals(file) ? stdin().readAllBytes() : readFile(file);
    Guide guide = Guides.parse(json);
    Map<String, Object> valid = new LinkedHashMap<>();
    valid.put("valid", true);
    valid.put("guide", guide.ref());
    printJson(valid);
    return JustCultureCli.OK;
  }
}
