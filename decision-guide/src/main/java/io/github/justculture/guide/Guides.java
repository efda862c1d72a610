package io.github.justculture.guide;

import io.github.justculture.core.Finding;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.json.JustCultureJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The built-in guides, and loading of a trust's own definitions from JSON.
 *
 * <ul>
 *   <li>{@code nhs-2018} (the default): NHS Improvement, <i>A just culture guide</i> (2018);
 *   <li>{@code reason-1997}: Reason's culpability decision tree (1997), reconstructed from
 *       secondary sources.
 * </ul>
 *
 * <p>The built-ins ship inside this module's jar and are compiled once, on first use.
 */
public final class Guides {

  /** The id of the default guide. */
  public static final String DEFAULT_ID = "nhs-2018";

  private Guides() {}

  /** Holders: each built-in is an immutable constant, loaded on its first use only. */
  private static final class Nhs2018 {
    static final Guide GUIDE = load("nhs-2018");
  }

  private static final class Reason1997 {
    static final Guide GUIDE = load("reason-1997");
  }

  private static final class BuiltIns {
    static final List<Guide> ALL = List.of(Nhs2018.GUIDE, Reason1997.GUIDE);
  }

  private static Guide load(String id) {
    try (InputStream in = Guides.class.getResourceAsStream("definitions/" + id + ".json")) {
      if (in == null) {
        throw new IllegalStateException("built-in guide " + id + " is missing from the jar");
      }
      return Guide.of(JustCultureJson.codec().read(in, GuideDefinition.class));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in guide " + id, e);
    }
  }

  /**
   * NHS Improvement's <i>A just culture guide</i> (2018): the default.
   *
   * @return the guide
   */
  public static Guide nhs2018() {
    return Nhs2018.GUIDE;
  }

  /**
   * Reason's culpability decision tree (1997), reconstructed from secondary sources.
   *
   * @return the guide
   */
  public static Guide reason1997() {
    return Reason1997.GUIDE;
  }

  /**
   * Every built-in guide, the default first.
   *
   * @return the built-ins
   */
  public static List<Guide> builtIns() {
    return BuiltIns.ALL;
  }

  /**
   * A built-in guide by id.
   *
   * @param id for example {@code nhs-2018}
   * @return the guide, or empty if no built-in has that id
   */
  public static Optional<Guide> builtIn(String id) {
    return switch (id) {
      case DEFAULT_ID -> Optional.of(nhs2018());
      case "reason-1997" -> Optional.of(reason1997());
      default -> Optional.empty();
    };
  }

  /**
   * Loads a definition from JSON and compiles it.
   *
   * @param json the definition
   * @return the guide
   * @throws InvalidInputException naming every problem of the definition with its JSON path
   */
  public static Guide parse(String json) {
    return Guide.of(JustCultureJson.codec().read(json, GuideDefinition.class));
  }

  /**
   * Loads a definition from UTF-8 JSON bytes and compiles it.
   *
   * @param json the definition
   * @return the guide
   * @throws InvalidInputException naming every problem of the definition with its JSON path
   */
  public static Guide parse(byte[] json) {
    return Guide.of(JustCultureJson.codec().read(json, GuideDefinition.class));
  }

  /**
   * Checks a definition without throwing.
   *
   * @param json the definition
   * @return every problem, with its JSON path; empty when the definition is valid
   */
  public static List<Finding> validate(byte[] json) {
    try {
      parse(json);
      return List.of();
    } catch (InvalidInputException e) {
      return e.findings();
    }
  }
}
