package io.github.justculture.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.ValueStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A piece of evidence behind an assessment: a reference to a document, a meeting, a survey or a
 * computed metric (a relative likelihood, a psychological-safety score), never the document itself.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableEvidence.class)
@JsonDeserialize(as = ImmutableEvidence.class)
public abstract class Evidence {

  /** What the evidence is. */
  public enum Kind {
    /** A document, such as minutes or a policy. */
    DOCUMENT,
    /** A meeting or conversation. */
    MEETING,
    /** A survey result. */
    SURVEY,
    /** A computed metric. */
    METRIC,
    /** Anything else. */
    OTHER
  }

  Evidence() {}

  /**
   * The kind.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Where to find it in the host system, for example {@code minutes-2026-11-03}.
   *
   * @return the reference
   */
  public abstract String reference();

  /**
   * A short summary. Free text: redacted from {@code toString()}.
   *
   * @return the summary, or empty
   */
  @Value.Redacted
  public abstract Optional<String> summary();

  /**
   * For a metric, its value.
   *
   * @return the value, or empty
   */
  public abstract Optional<BigDecimal> metric();

  /**
   * Evidence by reference.
   *
   * @param kind the kind
   * @param reference where to find it
   * @return the evidence
   */
  public static Evidence of(Kind kind, String reference) {
    return ImmutableEvidence.builder().kind(kind).reference(reference).build();
  }

  /**
   * A computed metric as evidence.
   *
   * @param reference what was computed, for example {@code psychological-safety/ward-7/2026-q3}
   * @param value its value
   * @return the evidence
   */
  public static Evidence metric(String reference, BigDecimal value) {
    return ImmutableEvidence.builder().kind(Kind.METRIC).reference(reference).metric(value).build();
  }

  @Value.Check
  void check() {
    FindingCollector problems = FindingCollector.create();
    problems.require(!reference().isBlank(), "$.reference", "must not be blank", reference());
    problems.require(
        metric().isEmpty() || kind() == Kind.METRIC,
        "$.metric",
        "applies only to METRIC evidence",
        kind());
    problems.throwIfAny("evidence");
  }
}
