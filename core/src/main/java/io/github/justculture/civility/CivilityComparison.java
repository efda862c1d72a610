package io.github.justculture.civility;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** What moved between two periods' scores of one organisation. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCivilityComparison.class)
@JsonDeserialize(as = ImmutableCivilityComparison.class)
public abstract class CivilityComparison {

  CivilityComparison() {}

  /** A theme's mean in each period. */
  @Value.Immutable
  @io.github.justculture.core.internal.ValueStyle
  @JsonSerialize(as = ImmutableThemeChange.class)
  @JsonDeserialize(as = ImmutableThemeChange.class)
  public abstract static class ThemeChange {
    ThemeChange() {}

    /**
     * The theme.
     *
     * @return the theme
     */
    public abstract Theme theme();

    /**
     * The earlier mean.
     *
     * @return the mean, or empty
     */
    public abstract Optional<BigDecimal> before();

    /**
     * The later mean.
     *
     * @return the mean, or empty
     */
    public abstract Optional<BigDecimal> after();

    /**
     * after − before.
     *
     * @return the change, or empty when either is missing
     */
    public abstract Optional<BigDecimal> change();
  }

  /** An element whose level changed. */
  @Value.Immutable
  @io.github.justculture.core.internal.ValueStyle
  @JsonSerialize(as = ImmutableElementChange.class)
  @JsonDeserialize(as = ImmutableElementChange.class)
  public abstract static class ElementChange {
    ElementChange() {}

    /**
     * The element.
     *
     * @return its id
     */
    public abstract String element();

    /**
     * The earlier level.
     *
     * @return the level, or empty when not rated
     */
    public abstract Optional<Integer> before();

    /**
     * The later level.
     *
     * @return the level, or empty when not rated
     */
    public abstract Optional<Integer> after();
  }

  /**
   * The earlier period.
   *
   * @return the period
   */
  public abstract String periodBefore();

  /**
   * The later period.
   *
   * @return the period
   */
  public abstract String periodAfter();

  /**
   * Per theme.
   *
   * @return the changes, in theme order
   */
  public abstract List<ThemeChange> themes();

  /**
   * Elements whose level changed.
   *
   * @return the changes
   */
  public abstract List<ElementChange> elements();

  /**
   * Compares two scores of the same organisation and framework.
   *
   * @param before the earlier score
   * @param after the later score
   * @return the comparison
   * @throws IllegalArgumentException if the organisations or frameworks differ
   */
  public static CivilityComparison between(CivilityScore before, CivilityScore after) {
    if (!before.organisation().equals(after.organisation())
        || !before.framework().equals(after.framework())) {
      throw new IllegalArgumentException(
          "can only compare scores of one organisation against one framework, was "
              + before.organisation()
              + "/"
              + before.framework()
              + " and "
              + after.organisation()
              + "/"
              + after.framework());
    }
    List<ThemeChange> themes = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      Optional<BigDecimal> b = mean(before, theme);
      Optional<BigDecimal> a = mean(after, theme);
      themes.add(
          ImmutableThemeChange.builder()
              .theme(theme)
              .before(b)
              .after(a)
              .change(
                  b.isPresent() && a.isPresent()
                      ? Optional.of(a.get().subtract(b.get()))
                      : Optional.empty())
              .build());
    }
    Map<String, Optional<Integer>> was = new HashMap<>();
    before.elements().forEach(e -> was.put(e.element(), e.level()));
    Map<String, Optional<Integer>> is = new HashMap<>();
    after.elements().forEach(e -> is.put(e.element(), e.level()));
    Set<String> ids = new LinkedHashSet<>(was.keySet());
    ids.addAll(is.keySet());
    List<ElementChange> elements = new ArrayList<>();
    for (String id : ids) {
      Optional<Integer> b = was.getOrDefault(id, Optional.empty());
      Optional<Integer> a = is.getOrDefault(id, Optional.empty());
      if (!a.equals(b)) {
        elements.add(ImmutableElementChange.builder().element(id).before(b).after(a).build());
      }
    }
    return ImmutableCivilityComparison.builder()
        .periodBefore(before.period())
        .periodAfter(after.period())
        .themes(themes)
        .elements(elements)
        .build();
  }

  private static Optional<BigDecimal> mean(CivilityScore score, Theme theme) {
    return score.themes().stream()
        .filter(t -> t.theme() == theme)
        .findFirst()
        .flatMap(ThemeScore::mean);
  }
}
