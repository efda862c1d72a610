package io.github.justculture.guide;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.Finding;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.internal.ValueStyle;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The input of {@code justculture guide evaluate}: which guide, the unknown-answer policy and the
 * answers.
 *
 * <pre>{@code
 * {"guide":"nhs-2018","unknownPolicy":"SUSPEND","answers":{"1a":"NO","3a":{"answer":"YES","rationale":"…"}}}
 * }</pre>
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableEvaluationRequest.class)
@JsonDeserialize(as = ImmutableEvaluationRequest.class)
public abstract class EvaluationRequest {

  EvaluationRequest() {}

  /**
   * The guide's id.
   *
   * @return the id, or empty for the default ({@value Guides#DEFAULT_ID})
   */
  public abstract Optional<String> guide();

  /**
   * What to do with unknown answers.
   *
   * @return the policy; {@link UnknownPolicy#SUSPEND} by default
   */
  @Value.Default
  public UnknownPolicy unknownPolicy() {
    return UnknownPolicy.SUSPEND;
  }

  /**
   * The answers.
   *
   * @return question id → given answer
   */
  public abstract Map<String, GivenAnswer> answers();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static ImmutableEvaluationRequest.Builder builder() {
    return ImmutableEvaluationRequest.builder();
  }

  /**
   * The built-in guide this request names.
   *
   * @return the guide
   * @throws InvalidInputException naming {@code $.guide} if no built-in guide has that id
   */
  public Guide builtInGuide() {
    String id = guide().orElse(Guides.DEFAULT_ID);
    return Guides.builtIn(id)
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    "evaluation request",
                    Finding.of(
                        "$.guide",
                        "unknown guide (built-in guides: "
                            + Guides.builtIns().stream()
                                .map(Guide::id)
                                .collect(Collectors.joining(", "))
                            + ")",
                        id)));
  }

  /**
   * Evaluates the answers with a guide.
   *
   * @param guide the guide; when the request names a guide, it must be this one
   * @return the result
   * @throws InvalidInputException naming {@code $.guide} if the request names another guide, or
   *     {@code $.answers.<id>} for answers to questions the guide does not have
   */
  public GuideResult evaluateWith(Guide guide) {
    if (guide().isPresent() && !guide().get().equals(guide.id())) {
      throw InvalidInputException.of(
          "evaluation request",
          Finding.of(
              "$.guide", "must name the definition given (" + guide.id() + ")", guide().get()));
    }
    return guide.evaluateGiven(answers(), unknownPolicy());
  }
}
