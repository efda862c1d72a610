package io.github.justculture.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.ValueStyle;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A citation of a public source: its title, and where known its address and year of publication.
 *
 * <p>Build one with {@link #of(String)} or {@link #builder()}. Titles must not be blank, an address
 * must be an absolute {@code http} or {@code https} URL, and a year must lie between 1900 and 2100.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSourceCitation.class)
@JsonDeserialize(as = ImmutableSourceCitation.class)
public abstract class SourceCitation {

  SourceCitation() {}

  /**
   * The title of the source, for example {@code "A just culture guide"}.
   *
   * @return the title, never blank
   */
  public abstract String title();

  /**
   * The address of the source.
   *
   * @return an absolute http or https URL, or empty when the source has none
   */
  public abstract Optional<String> url();

  /**
   * The year the source was published.
   *
   * @return the year, or empty when unknown
   */
  public abstract OptionalInt year();

  /**
   * A citation with a title only.
   *
   * @param title the title; must not be blank
   * @return the citation
   * @throws InvalidInputException if the title is blank
   */
  public static SourceCitation of(String title) {
    return builder().title(title).build();
  }

  /**
   * A citation with a title, an address and a year.
   *
   * @param title the title; must not be blank
   * @param url an absolute http or https URL
   * @param year the year of publication, 1900 to 2100
   * @return the citation
   * @throws InvalidInputException naming every field that breaks its rule
   */
  public static SourceCitation of(String title, String url, int year) {
    return builder().title(title).url(url).year(year).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static ImmutableSourceCitation.Builder builder() {
    return ImmutableSourceCitation.builder();
  }

  @Value.Check
  void check() {
    FindingCollector problems = FindingCollector.create();
    problems.require(!title().isBlank(), "$.title", "must not be blank", title());
    url()
        .ifPresent(
            u ->
                problems.require(
                    isWebAddress(u), "$.url", "must be an absolute http or https URL", u));
    year()
        .ifPresent(
            y ->
                problems.require(
                    y >= 1900 && y <= 2100, "$.year", "must be between 1900 and 2100", y));
    problems.throwIfAny("source citation");
  }

  private static boolean isWebAddress(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      return uri.isAbsolute()
          && uri.getHost() != null
          && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /**
   * The citation in a short form, for example {@code "A just culture guide (2018), https://…"}.
   *
   * @return a one-line citation
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(title());
    year().ifPresent(y -> text.append(" (").append(y).append(')'));
    url().ifPresent(u -> text.append(", ").append(u));
    return text.toString();
  }
}
