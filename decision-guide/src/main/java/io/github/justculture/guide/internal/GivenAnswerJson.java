package io.github.justculture.guide.internal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.ValueStyle;
import io.github.justculture.guide.Answer;
import io.github.justculture.guide.GivenAnswer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The object form of a {@link GivenAnswer} on the wire. A separate type, because {@code
 * GivenAnswer} itself is read by {@link GivenAnswerDeserializer}, which also accepts the bare form.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableGivenAnswerJson.class)
@JsonDeserialize(as = ImmutableGivenAnswerJson.class)
public abstract class GivenAnswerJson {

  GivenAnswerJson() {}

  /** The answer. */
  public abstract Answer answer();

  /** Why. */
  @Value.Redacted
  public abstract Optional<String> rationale();

  /** Evidence references. */
  @Value.Redacted
  public abstract List<String> evidence();

  /** Who answered. */
  @Value.Redacted
  public abstract Optional<String> answeredBy();

  /** When. */
  public abstract Optional<Instant> answeredAt();

  /** The given answer this object describes. */
  public GivenAnswer toGivenAnswer() {
    return GivenAnswer.builder()
        .answer(answer())
        .rationale(rationale())
        .evidence(evidence())
        .answeredBy(answeredBy())
        .answeredAt(answeredAt())
        .build();
  }
}
