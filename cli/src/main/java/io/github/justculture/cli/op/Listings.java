package io.github.justculture.cli.op;

import io.github.justculture.core.internal.EditDistance;
import io.github.justculture.core.json.JsonSchemas;
import io.github.justculture.guide.Guide;
import io.github.justculture.guide.Guides;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  /** Every schema's name ends so: {@code cost-profile.schema.json}. */
  private static final String SCHEMA_SUFFIX = ".schema.json";

  /**
   * The schema a caller probably meant by a name that is not one: the name with its {@code
   * .schema.json} left off ({@code cost-profile}, {@code cost-profile.schema}, {@code
   * cost-profile.json}), or a name a few letters from it.
   *
   * @param name the name asked for
   * @return the schema's name, or empty when none is near
   */
  public static Optional<String> schemaNear(String name) {
    String base = name;
    for (String ending : List.of(SCHEMA_SUFFIX, ".schema", ".json")) {
      if (base.endsWith(ending)) {
        base = base.substring(0, base.length() - ending.length());
        break;
      }
    }
    String full = base + SCHEMA_SUFFIX;
    if (JsonSchemas.names().contains(full)) {
      return Optional.of(full);
    }
    return EditDistance.nearest(name, JsonSchemas.names(), 3);
  }
}
