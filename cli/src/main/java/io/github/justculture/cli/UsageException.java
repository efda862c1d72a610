package io.github.justculture.cli;

/**
 * A problem with how the command line was used that is not about the JSON content: an input file
 * that cannot be read, options that contradict each other. Printed as one line on standard error,
 * exit code 2.
 */
public final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with a one-line message that names the option or file.
   *
   * @param message the message
   */
  public UsageException(String message) {
    super(message);
  }
}
