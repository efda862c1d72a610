package io.github.justculture.guide;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.ValueStyle;
import org.immutables.value.Value;

/** A person who took part in an evaluation, by pseudonymous reference and role. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableEvaluator.class)
@JsonDeserialize(as = ImmutableEvaluator.class)
public abstract class Evaluator {

  /** The part an evaluator plays. */
  public enum Role {
    /** A manager. The guide is a conversation between at least two. */
    MANAGER,
    /** An HR adviser. */
    HR,
    /** Anyone else (a clinical lead, a staff-side representative). */
    OTHER
  }

  Evaluator() {}

  /**
   * A pseudonymous reference.
   *
   * @return the reference
   */
  @Value.Parameter
  @Value.Redacted
  public abstract String reference();

  /**
   * The role.
   *
   * @return the role
   */
  @Value.Parameter
  public abstract Role role();

  /**
   * An evaluator.
   *
   * @param reference the pseudonymous reference
   * @param role the role
   * @return the evaluator
   */
  public static Evaluator of(String reference, Role role) {
    return ImmutableEvaluator.of(reference, role);
  }

  @Value.Check
  void check() {
    FindingCollector problems = FindingCollector.create();
    References.check(problems, "$.reference", reference());
    problems.throwIfAny("evaluator");
  }
}
