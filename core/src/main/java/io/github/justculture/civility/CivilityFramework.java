package io.github.justculture.civility;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.SourceCitation;
import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.JsonPaths;
import io.github.justculture.core.internal.ValueStyle;
import io.github.justculture.core.json.JustCultureJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The civility and respect framework as data: elements within the four themes, a maturity scale,
 * and the level from which a rating needs evidence.
 *
 * <p>{@link #builtIn()} is justculture's own framework (the themes are NHS England's; the elements
 * and scale are ours, labelled so in each element's origin). An organisation can load its own with
 * {@link #parse(String)}; every problem is reported with its JSON path.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCivilityFramework.class)
@JsonDeserialize(as = ImmutableCivilityFramework.class)
public abstract class CivilityFramework {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  CivilityFramework() {}

  /**
   * The framework's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The framework's version.
   *
   * @return the version
   */
  public abstract String version();

  /**
   * A title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The source of the themes.
   *
   * @return the citation
   */
  public abstract SourceCitation source();

  /**
   * Notes, such as which parts are the library's own.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * The elements, in order.
   *
   * @return the elements
   */
  public abstract List<CivilityElement> elements();

  /**
   * The maturity scale, lowest first.
   *
   * @return the levels
   */
  public abstract List<MaturityLevel> scale();

  /**
   * Ratings at or above this level need evidence.
   *
   * @return a level of the scale
   */
  public abstract int evidenceThreshold();

  /** Holder for the built-in framework. */
  private static final class BuiltIn {
    static final CivilityFramework FRAMEWORK = load();

    private static CivilityFramework load() {
      try (InputStream in =
          CivilityFramework.class.getResourceAsStream("justculture-civility-1.json")) {
        if (in == null) {
          throw new IllegalStateException(
              "the built-in civility framework is missing from the jar");
        }
        return JustCultureJson.codec().read(in, CivilityFramework.class);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * justculture's built-in framework ({@code justculture-civility-1}).
   *
   * @return the framework
   */
  public static CivilityFramework builtIn() {
    return BuiltIn.FRAMEWORK;
  }

  /**
   * Loads a framework from JSON.
   *
   * @param json the framework
   * @return the framework
   * @throws io.github.justculture.core.InvalidInputException naming every problem with its JSON
   *     path
   */
  public static CivilityFramework parse(String json) {
    return JustCultureJson.codec().read(json, CivilityFramework.class);
  }

  @Value.Check
  void check() {
    FindingCollector problems = FindingCollector.create();
    problems.require(
        ID.matcher(id()).matches(), "$.id", "must be 1 to 64 letters, digits, '-' or '_'", id());
    problems.require(!elements().isEmpty(), "$.elements", "must have at least one element", null);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < elements().size(); i++) {
      CivilityElement e = elements().get(i);
      String path = JsonPaths.index("$.elements", i);
      if (problems.require(
          ID.matcher(e.id()).matches(),
          path + ".id",
          "must be 1 to 64 letters, digits, '-' or '_'",
          e.id())) {
        problems.require(ids.add(e.id()), path + ".id", "duplicate id", e.id());
      }
      problems.require(!e.title().isBlank(), path + ".title", "must not be blank", e.title());
    }
    problems.require(
        scale().size() >= 2, "$.scale", "must have at least two levels", scale().size());
    for (int i = 1; i < scale().size(); i++) {
      problems.require(
          scale().get(i).value() > scale().get(i - 1).value(),
          JsonPaths.index("$.scale", i) + ".value",
          "must be above the level before it (" + scale().get(i - 1).value() + ")",
          scale().get(i).value());
    }
    problems.require(
        scale().stream().anyMatch(l -> l.value() == evidenceThreshold()),
        "$.evidenceThreshold",
        "must be a level of the scale",
        evidenceThreshold());
    problems.throwIfAny("civility framework");
  }

  /**
   * Scores a self-assessment.
   *
   * @param assessment the assessment, for this framework
   * @return per theme, the mean and the weakest element; and the elements not yet rated
   * @throws io.github.justculture.core.InvalidInputException naming every problem: another
   *     framework, unknown elements, levels not on the scale, a rating with both or neither of a
   *     level and a not-applicable reason, high ratings without evidence, and a submitted
   *     assessment that does not rate every element
   */
  public CivilityScore score(SelfAssessment assessment) {
    FindingCollector problems = FindingCollector.create();
    problems.require(
        assessment.framework().equals(id()),
        "$.framework",
        "must be this framework (" + id() + ")",
        assessment.framework());
    Set<String> known = new HashSet<>();
    elements().forEach(e -> known.add(e.id()));
    for (Map.Entry<String, ElementRating> entry : assessment.ratings().entrySet()) {
      String path = JsonPaths.field("$.ratings", entry.getKey());
      ElementRating r = entry.getValue();
      if (!problems.require(
          known.contains(entry.getKey()), path, "unknown element of " + id(), entry.getKey())) {
        continue;
      }
      if (r.level().isPresent() == r.notApplicable().isPresent()) {
        problems.add(path, "must have either a level or a notApplicable reason");
        continue;
      }
      if (r.level().isPresent()) {
        int level = r.level().get();
        boolean onScale = scale().stream().anyMatch(l -> l.value() == level);
        problems.require(
            onScale, path + ".level", "must be a level of the scale " + levels(), level);
        if (onScale && level >= evidenceThreshold()) {
          problems.require(
              !r.evidence().isEmpty(),
              path + ".evidence",
              "a rating of " + evidenceThreshold() + " or more needs evidence",
              null);
        }
      } else {
        problems.require(
            !r.notApplicable().get().isBlank(),
            path + ".notApplicable",
            "must give a reason",
            r.notApplicable().get());
      }
    }
    List<String> missing = new ArrayList<>();
    for (CivilityElement e : elements()) {
      if (!assessment.ratings().containsKey(e.id())) {
        missing.add(e.id());
      }
    }
    if (assessment.submitted() && !missing.isEmpty()) {
      problems.add(
          "$.ratings",
          "a submitted assessment must rate every element; not rated: "
              + String.join(", ", missing));
    }
    problems.throwIfAny("self-assessment");

    List<ThemeScore> themes = new ArrayList<>();
    List<ElementLevel> levels = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      int rated = 0;
      int notApplicable = 0;
      int sum = 0;
      ElementLevel weakest = null;
      for (CivilityElement e : elements()) {
        if (e.theme() != theme) {
          continue;
        }
        ElementRating r = assessment.ratings().get(e.id());
        if (r == null) {
          continue;
        }
        if (r.level().isEmpty()) {
          notApplicable++;
          continue;
        }
        int level = r.level().get();
        rated++;
        sum += level;
        ElementLevel here =
            ImmutableElementLevel.builder()
                .element(e.id())
                .level(level)
                .label(label(level))
                .build();
        levels.add(here);
        if (weakest == null || level < weakest.level().orElseThrow()) {
          weakest = here;
        }
      }
      themes.add(
          ImmutableThemeScore.builder()
              .theme(theme)
              .mean(
                  rated == 0
                      ? Optional.empty()
                      : Optional.of(
                          BigDecimal.valueOf(sum)
                              .divide(BigDecimal.valueOf(rated), MathContext.DECIMAL64)
                              .setScale(2, RoundingMode.HALF_UP)))
              .rated(rated)
              .notApplicable(notApplicable)
              .weakest(Optional.ofNullable(weakest))
              .build());
    }
    return ImmutableCivilityScore.builder()
        .framework(id())
        .frameworkVersion(version())
        .organisation(assessment.organisation())
        .period(assessment.period())
        .submitted(assessment.submitted())
        .themes(themes)
        .missing(missing)
        .elements(levels)
        .build();
  }

  private Optional<String> label(int level) {
    return scale().stream().filter(l -> l.value() == level).map(MaturityLevel::label).findFirst();
  }

  private String levels() {
    return scale().stream().map(l -> Integer.toString(l.value())).toList().toString();
  }
}
