package io.github.justculture.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an input breaks one or more rules; carries every {@link Finding} at once, not only
 * the first.
 *
 * <p>Its message names the subject and lists the findings, for example {@code invalid cost profile:
 * $.headcount: must be a positive whole number, was 0; $.prevalence: must be between 0 and 1, was
 * 1.4}. A hostile input may break a rule a million times: the exception keeps the first {@value
 * InputException#MAX_PROBLEMS} findings and counts the rest ({@link #total()}); its message lists
 * the first {@value #MESSAGE_FINDINGS} and says how many more there are.
 */
public final class InvalidInputException extends InputException {

  private static final long serialVersionUID = 1L;

  /** The most findings the exception's message lists. */
  public static final int MESSAGE_FINDINGS = 10;

  private final String subject;
  private final transient List<Finding> findings;
  private final long total;

  /**
   * An exception for the given findings.
   *
   * @param subject what was invalid, in plain words, for example {@code cost profile}
   * @param findings the problems; must not be empty; the first {@value InputException#MAX_PROBLEMS}
   *     are kept
   * @throws IllegalArgumentException if {@code findings} is empty
   */
  public InvalidInputException(String subject, List<Finding> findings) {
    this(subject, findings, findings.size());
  }

  /**
   * An exception for the first findings of many.
   *
   * @param subject what was invalid, in plain words, for example {@code cost profile}
   * @param findings the problems kept; must not be empty; the first {@value
   *     InputException#MAX_PROBLEMS} are kept
   * @param total how many problems there were in all; at least {@code findings.size()}
   * @throws IllegalArgumentException if {@code findings} is empty or {@code total} is smaller than
   *     its size
   */
  public InvalidInputException(String subject, List<Finding> findings, long total) {
    super(message(subject, findings, total));
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("an InvalidInputException needs at least one finding");
    }
    if (total < findings.size()) {
      throw new IllegalArgumentException(
          "total must be at least the number of findings (" + findings.size() + "), was " + total);
    }
    this.subject = subject;
    this.findings =
        List.copyOf(findings.size() <= MAX_PROBLEMS ? findings : findings.subList(0, MAX_PROBLEMS));
    this.total = total;
  }

  /**
   * An exception for a single finding.
   *
   * @param subject what was invalid, in plain words
   * @param finding the problem
   * @return the exception
   */
  public static InvalidInputException of(String subject, Finding finding) {
    return new InvalidInputException(subject, List.of(finding));
  }

  /**
   * What was invalid, in plain words.
   *
   * @return the subject, for example {@code cost profile}
   */
  public String subject() {
    return subject;
  }

  /**
   * The problems found, in the order found: every one, or the first {@value
   * InputException#MAX_PROBLEMS} when there were more (see {@link #total()}).
   *
   * @return an immutable, non-empty list
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The same as {@link #findings()}, for a caller that handles JSON and CSV input alike.
   *
   * @return the findings
   */
  @Override
  public List<Finding> problems() {
    return findings;
  }

  /**
   * How many problems were found in all, including those not kept in {@link #findings()}.
   *
   * @return the count, at least {@code findings().size()}
   */
  @Override
  public long total() {
    return total;
  }

  /**
   * The same problems with their paths moved under a parent path (see {@link
   * Finding#under(String)}).
   *
   * @param parentPath the path of the object these findings are relative to
   * @return a new exception with the same subject
   */
  public InvalidInputException under(String parentPath) {
    return new InvalidInputException(
        subject,
        findings.stream().map(f -> f.under(parentPath)).collect(Collectors.toList()),
        total);
  }

  private static String message(String subject, List<Finding> findings, long total) {
    String listed =
        findings.stream()
            .limit(MESSAGE_FINDINGS)
            .map(Finding::message)
            .collect(Collectors.joining("; "));
    long more = total - Math.min(findings.size(), MESSAGE_FINDINGS);
    return "invalid " + subject + ": " + listed + (more > 0 ? "; … and " + more + " more" : "");
  }
}
