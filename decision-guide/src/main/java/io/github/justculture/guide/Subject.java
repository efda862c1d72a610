package io.github.justculture.guide;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The person an evaluation is about, by pseudonymous reference only (never a name): the host system
 * maps the reference to a person. The professional group supports the substitution test and
 * equality monitoring.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSubject.class)
@JsonDeserialize(as = ImmutableSubject.class)
public abstract class Subject {

  Subject() {}

  /**
   * A pseudonymous reference, for example {@code staff-0042}: 1 to 64 letters, digits, {@code . _ :
   * -}, so that a name with spaces cannot be stored by mistake.
   *
   * @return the reference
   */
  @Value.Redacted
  public abstract String reference();

  /**
   * The professional group, for example {@code nursing}.
   *
   * @return the group, or empty
   */
  public abstract Optional<String> professionalGroup();

  /**
   * A subject.
   *
   * @param reference the pseudonymous reference
   * @param professionalGroup the professional group
   * @return the subject
   */
  public static Subject of(String reference, String professionalGroup) {
    return ImmutableSubject.builder()
        .reference(reference)
        .professionalGroup(professionalGroup)
        .build();
  }

  @Value.Check
  void check() {
    FindingCollector problems = FindingCollector.create();
    References.check(problems, "$.reference", reference());
    problems.throwIfAny("subject");
  }
}
