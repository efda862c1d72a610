package io.github.justculture.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an input breaks one or more rules; carries every {@link Finding} at once, not only
 * the first.
 *
 * <p>Its message names the subject and lists each finding, for example {@code invalid cost profile:
 * $.headcount: must be a positive whole number, was 0; $.prevalence: must be between 0 and 1, was
 * 1.4}.
 */
public final class InvalidInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String subject;
  private final List<Finding> findings;

  /**
   * An exception for the given findings.
   *
   * @param subject what was invalid, in plain words, for example {@code cost profile}
   * @param findings the problems; must not be empty
   * @throws IllegalArgumentException if {@code findings} is empty
   */
  public InvalidInputException(String subject, List<Finding> findings) {
    super(message(subject, findings));
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("an InvalidInputException needs at least one finding");
    }
    this.subject = subject;
    this.findings = List.copyOf(findings);
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
   * Every problem found, in the order found.
   *
   * @return an immutable, non-empty list
   */
  public List<Finding> findings() {
    return findings;
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
        subject, findings.stream().map(f -> f.under(parentPath)).collect(Collectors.toList()));
  }

  private static String message(String subject, List<Finding> findings) {
    return "invalid "
        + subject
        + ": "
        + findings.stream().map(Finding::message).collect(Collectors.joining("; "));
  }
}
