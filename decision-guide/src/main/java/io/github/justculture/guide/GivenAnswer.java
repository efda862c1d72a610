package io.github.justculture.guide;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An answer as the evaluators gave it: the answer, why (rationale), on what evidence (references,
 * not documents), who answered and when. The time is supplied by the caller; the library has no
 * clock.
 *
 * <p>In JSON an answer is either the bare answer ({@code "NO"}) or an object ({@code
 * {"answer":"NO","rationale": "…","evidence":["…"]}}). The rationale and evidence are free text and
 * never appear in {@code toString()}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableGivenAnswer.class)
@JsonDeserialize(using = GivenAnswerDeserializer.class)
public abstract class GivenAnswer {

  GivenAnswer() {}

  /**
   * The answer.
   *
   * @return YES, NO or UNKNOWN
   */
  public abstract Answer answer();

  /**
   * Why the evaluators answered so. Free text: redacted from {@code toString()}.
   *
   * @return the rationale, or empty
   */
  @Value.Redacted
  public abstract Optional<String> rationale();

  /**
   * References to the evidence (document ids, statement numbers). Redacted from {@code toString()}.
   *
   * @return the references
   */
  @Value.Redacted
  public abstract List<String> evidence();

  /**
   * A pseudonymous reference to who answered.
   *
   * @return the reference, or empty
   */
  @Value.Redacted
  public abstract Optional<String> answeredBy();

  /**
   * When the answer was given, as supplied by the caller.
   *
   * @return the instant, or empty
   */
  public abstract Optional<Instant> answeredAt();

  /**
   * A bare answer, with no rationale or evidence.
   *
   * @param answer the answer
   * @return the given answer (shared instances)
   */
  public static GivenAnswer of(Answer answer) {
    return switch (answer) {
      case YES -> Bare.YES;
      case NO -> Bare.NO;
      case UNKNOWN -> Bare.UNKNOWN;
    };
  }

  /**
   * The shared bare answers, made when first asked for. Not constants of this class: making them
   * initialises {@code ImmutableGivenAnswer}, whose initialisation first initialises this class, so
   * two threads initialising the two at once could each wait for the other for ever.
   */
  private static final class Bare {
    static final GivenAnswer YES = ImmutableGivenAnswer.builder().answer(Answer.YES).build();
    static final GivenAnswer NO = ImmutableGivenAnswer.builder().answer(Answer.NO).build();
    static final GivenAnswer UNKNOWN =
        ImmutableGivenAnswer.builder().answer(Answer.UNKNOWN).build();

    private Bare() {}
  }

  /**
   * An answer with a rationale.
   *
   * @param answer the answer
   * @param rationale why
   * @return the given answer
   */
  public static GivenAnswer of(Answer answer, String rationale) {
    return builder().answer(answer).rationale(rationale).build();
  }

  /**
   * A plain copy of any given answer (for example, one bound from JSON).
   *
   * @param answer the answer
   * @return an equal value of this class
   */
  static GivenAnswer copyOf(GivenAnswer answer) {
    return ImmutableGivenAnswer.copyOf(answer);
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static ImmutableGivenAnswer.Builder builder() {
    return ImmutableGivenAnswer.builder();
  }
}
