package io.github.justculture.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.ValueStyle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A value type used only by the JSON tests: a little of everything the real payloads have. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableTestProfile.class)
@JsonDeserialize(as = ImmutableTestProfile.class)
public abstract class TestProfile {

  /** An answer. */
  public enum Answer {
    YES,
    NO,
    UNKNOWN
  }

  public abstract int headcount();

  public abstract double prevalence();

  public abstract Optional<Gbp> annualPay();

  public abstract List<Answer> answers();

  public abstract Map<String, Answer> byQuestion();

  public abstract Optional<SourceCitation> source();

  public abstract List<SourceCitation> more();

  public abstract Optional<Instant> at();

  public abstract Optional<String> note();

  public abstract java.util.Set<Answer> flags();

  public abstract Optional<java.math.BigDecimal> ratio();

  public abstract List<String> tags();

  /** A thing that always fails to build: a bug in a value's own code, not a problem of input. */
  public abstract Optional<Boolean> explode();

  @Value.Check
  void check() {
    FindingCollector problems = FindingCollector.create();
    problems.require(
        headcount() > 0, "$.headcount", "must be a positive whole number", headcount());
    problems.require(
        prevalence() >= 0 && prevalence() <= 1,
        "$.prevalence",
        "must be between 0 and 1",
        prevalence());
    if (explode().orElse(false)) {
      throw new ArithmeticException("a bug in a value's own code");
    }
    problems.throwIfAny("test profile");
  }
}
