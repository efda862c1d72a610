package io.github.justculture.core.internal;

import io.github.justculture.core.Finding;
import io.github.justculture.core.InputException;
import io.github.justculture.core.InvalidInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Gathers the {@link Finding findings} of one validation so that every problem is reported at once.
 *
 * <p>A collector is a short-lived, local helper, like a {@link StringBuilder}: it is mutable and
 * not thread-safe, and should not outlive the validation that created it. The findings it hands out
 * are immutable.
 *
 * <p>Hostile input is bounded: the first {@value InputException#MAX_PROBLEMS} findings are kept and
 * every further one is only counted ({@link #total()}), so that an input with a million problems
 * costs time in proportion to its size and a fixed amount of memory. Adding a finding and {@link
 * #hasAnyWithin(String)} take constant time (for paths of bounded depth).
 *
 * <pre>{@code
 * FindingCollector problems = FindingCollector.create();
 * problems.require(headcount > 0, "$.headcount", "must be a positive whole number", headcount);
 * problems.require(p >= 0 && p <= 1, "$.prevalence", "must be between 0 and 1", p);
 * problems.throwIfAny("cost profile");
 * }</pre>
 */
public final class FindingCollector {

  /**
   * The most findings whose paths {@link #hasAnyWithin(String)} remembers. Beyond it a collector
   * still counts findings, but no longer knows where they were.
   */
  static final int MAX_TRACKED = 100_000;

  private final List<Finding> findings = new ArrayList<>();
  private long total;
  private long tracked;

  // Every path with a finding at it or inside it: each finding's path and its ancestors.
  private final Set<String> covered = new HashSet<>();

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
   * Adds a finding: kept while fewer than {@value InputException#MAX_PROBLEMS} are, counted in any
   * case.
   *
   * @param finding the finding
   * @return this collector
   */
  public FindingCollector add(Finding finding) {
    total++;
    if (findings.size() < InputException.MAX_PROBLEMS) {
      findings.add(finding);
    }
    if (tracked < MAX_TRACKED) {
      tracked++;
      cover(finding.path());
    }
    return this;
  }

  private void cover(String path) {
    if (!covered.add(path)) {
      return;
    }
    for (int i = path.length() - 1; i > 0; i--) {
      char c = path.charAt(i);
      if ((c == '.' || c == '[') && !covered.add(path.substring(0, i))) {
        return; // this ancestor, and so all of its own, are known already
      }
    }
    covered.add(JsonPaths.ROOT);
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
   * @param value the offending value; null when there is none to show (an absence, or a value that
   *     must not be echoed because it holds personal data)
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
    more.forEach(this::add);
    return this;
  }

  /**
   * Adds the findings of an exception, counting those it could not keep.
   *
   * @param invalid the exception
   * @return this collector
   */
  public FindingCollector addAll(InvalidInputException invalid) {
    addAll(invalid.findings());
    return countOmitted(invalid.omitted());
  }

  /**
   * Counts findings that were made elsewhere but not handed over (for example those an {@link
   * InvalidInputException} could not keep), so that {@link #total()} stays true.
   *
   * @param count how many; not negative
   * @return this collector
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public FindingCollector countOmitted(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    total += count;
    return this;
  }

  /**
   * Adds a finding when a condition does not hold.
   *
   * @param condition the rule's condition; nothing is added when it is true
   * @param path the JSON path
   * @param rule the rule, stated as what must hold, for example {@code must be between 0 and 1}
   * @param value the offending value; null when there is none to show
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
    return total > 0;
  }

  /**
   * Whether a finding has already been added at a path or inside it (see {@link
   * JsonPaths#isWithin}). Exact for the first {@value #MAX_TRACKED} findings.
   *
   * @param path the path
   * @return true when some finding lies at or under {@code path}
   */
  public boolean hasAnyWithin(String path) {
    return covered.contains(path);
  }

  /**
   * The findings kept, in the order added: at most {@value InputException#MAX_PROBLEMS}.
   *
   * @return an immutable copy
   */
  public List<Finding> findings() {
    return List.copyOf(findings);
  }

  /**
   * How many findings were added, kept or not.
   *
   * @return the count
   */
  public long total() {
    return total;
  }

  /**
   * Throws every finding so far together, if there is any.
   *
   * @param subject what is being validated, in plain words, for example {@code cost profile}
   * @throws InvalidInputException if at least one finding has been added
   */
  public void throwIfAny(String subject) {
    if (total > 0) {
      throw new InvalidInputException(subject, findings, total);
    }
  }
}
