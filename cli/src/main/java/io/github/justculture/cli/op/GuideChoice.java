package io.github.justculture.cli.op;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.ValueStyle;
import io.github.justculture.guide.Guide;
import io.github.justculture.guide.GuideDefinition;
import io.github.justculture.guide.Guides;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The options that choose a guide: a built-in by id, or a trust's own definition (a file on the
 * command line). With neither, the request's own {@code guide}, or the default, is used.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableGuideChoice.class)
@JsonDeserialize(as = ImmutableGuideChoice.class)
public abstract class GuideChoice {

  GuideChoice() {}

  /**
   * A built-in guide's id.
   *
   * @return the id, or empty
   */
  public abstract Optional<String> guide();

  /**
   * A trust's own definition.
   *
   * @return the definition, or empty
   */
  public abstract Optional<GuideDefinition> definition();

  /**
   * The chosen guide.
   *
   * @return the guide, or empty when neither option was given
   */
  @Value.Lazy
  public Optional<Guide> chosen() {
    if (definition().isPresent()) {
      return Optional.of(Guide.of(definition().get()));
    }
    return guide().flatMap(Guides::builtIn);
  }

  @Value.Check
  void check() {
    FindingCollector problems = FindingCollector.create();
    problems.require(
        guide().isEmpty() || definition().isEmpty(),
        "$.definition",
        "cannot be given with a built-in guide: choose one",
        null);
    guide()
        .ifPresent(
            id ->
                problems.require(
                    Guides.builtIn(id).isPresent(),
                    "$.guide",
                    "unknown guide (built-in guides: "
                        + Guides.builtIns().stream()
                            .map(Guide::id)
                            .collect(Collectors.joining(", "))
                        + ")",
                    id));
    problems.throwIfAny("guide choice");
  }
}
