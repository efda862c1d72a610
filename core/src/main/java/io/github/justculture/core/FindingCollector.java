package io.github.justculture.core;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Gathers the {@link Finding findings} of one validation so that every problem is reported at once.
 *
 * <p>A collector is a short-lived, local helper, like a {@link StringBuilder}: it is mutable and
 * not thread-safe, and should not outlive the validation that created it. The findings it hands out
 * are immutable.
 *
 * <pre>{@code
 * FindingCollector problems = FindingCollector.create();
 * problems.require(headcount > 0, "$.headcount", "must be a positive whole number", headcount);
 * problems.require(p >= 0 && p <= 1, "$.prevalence", "must be between 0 and 1", p);
 * problems.throwIfAny("cost profile");
 * }</pre>
 */
public final class FindingCollector {

  private final List<Finding> findings = new ArrayList<>();

  private FindingCollector() {}

  /**
   * An empty collector.
   *
   * @return a new collector
   */
  public static FindingCollector create() {
    return new FindingCollector();
  }

  /**
   * Adds a finding.
   *
   * @param finding the finding
   * @return this collector
   */
  public FindingCollector add(Finding finding) {
    findings.add(finding);
    return this;
  }

  /**
   * Adds a finding without an offending value.
   *
   * @param path the JSON path
   * @param rule the rule broken
   * @return this collector
   */
  public FindingCollector add(String path, String rule) {
    return add(Finding.of(path, rule));
  }

  /**
   * Adds a finding with an offending value.
   *
   * @param path the JSON path
   * @param rule the rule broken
   * @param value the offending value; null when there is none to show (an absence)
   * @return this collector
   */
  public FindingCollector add(String path, String rule, @Nullable Object value) {
    return add(value == null ? Finding.of(path, rule) : Finding.of(path, rule, value));
  }

  /**
   * Adds every finding of an iterable.
   *
   * @param more the findings
   * @return this collector
   */
  public FindingCollector addAll(Iterable<Finding> more) {
    more.forEach(findings::add);
    return this;
  }

  /**
   * Adds a finding when a condition does not hold.
   *
   * @param condition the rule's condition; nothing is added when it is true
   * @param path the JSON path
   * @param rule the rule, stated as what must hold, for example {@code must be between 0 and 1}
   * @param value the offending value; null when there is none to show (an absence)
   * @return {@code condition}, so that dependent checks can be skipped
   */
  public boolean require(boolean condition, String path, String rule, @Nullable Object value) {
    if (!condition) {
      add(path, rule, value);
    }
    return condition;
  }

  /**
   * Whether any finding has been added.
   *
   * @return true when there is at least one finding
   */
  public boolean hasAny() {
    return !findings.isEmpty();
  }

  /**
   * Whether a finding has already been added at a path or inside it (see {@link
   * JsonPaths#isWithin}).
   *
   * @param path the path
   * @return true when some finding lies at or under {@code path}
   */
  public boolean hasAnyWithin(String path) {
    for (Finding f : findings) {
      if (JsonPaths.isWithin(f.path(), path)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The findings so far, in the order added.
   *
   * @return an immutable copy
   */
  public List<Finding> findings() {
    return List.copyOf(findings);
  }

  /**
   * Throws every finding so far together, if there is any.
   *
   * @param subject what is being validated, in plain words, for example {@code cost profile}
   * @throws InvalidInputException if at least one finding has been added
   */
  public void throwIfAny(String subject) {
    if (!findings.isEmpty()) {
      throw new InvalidInputException(subject, findings);
    }
  }
}
