package io.github.justculture.cli;

import io.github.justculture.guide.Guide;
import io.github.justculture.guide.Guides;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code justculture guide list}: the built-in guides. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the built-in guides with their versions and sources.")
final class GuideListCommand extends BaseCommand {

  @Override
  public Integer call() {
    List<Map<String, Object>> guides = new ArrayList<>();
    for (Guide g : Guides.builtIns()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", g.id());
      entry.put("version", g.ref().version());
      entry.put("sha256", g.ref().sha256());
      entry.put("title", g.definition().title());
      entry.put("source", g.definition().source().toString());
      guides.add(entry);
    }
    printJson(Map.of("guides", guides));
    return JustCultureCli.OK;
  }
}
