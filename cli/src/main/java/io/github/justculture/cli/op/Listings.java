package io.github.justculture.cli.op;

import io.github.justculture.guide.Guide;
import io.github.justculture.guide.Guides;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Listings the command line and the service both give: the same JSON from either door. */
public final class Listings {

  private Listings() {}

  /**
   * The built-in guides: id, version, content hash, title and source of each.
   *
   * @return {@code {"guides":[...]}}
   */
  public static Map<String, Object> guides() {
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
    return Map.of("guides", guides);
  }
}
