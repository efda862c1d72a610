package io.github.justculture.cli;

import io.github.justculture.cli.op.Problem;
import io.github.justculture.core.internal.JsonText;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A problem with how the command line was used that is not about the JSON content: an input file
 * that cannot be read, options that contradict each other. Printed as one line on standard error,
 * exit code 2.
 */
public final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final @Nullable String where;
  private final String rule;

  /**
   * An exception with a one-line message that names the option or file.
   *
   * @param message the message
   */
  public UsageException(String message) {
    super(message);
    this.where = null;
    this.rule = message;
  }

  /**
   * An exception about one thing: a file or an option.
   *
   * @param where the file or option, as given
   * @param rule what is wrong with it
   */
  public UsageException(String where, String rule) {
    super(named(where) + ": " + rule);
    this.where = named(where);
    this.rule = rule;
  }

  /**
   * Something the user gave (a file name, an argument), as a problem line names it: as it is when
   * it is short, plain and not empty; otherwise in quotes, with line ends and other control
   * characters escaped, and cut at 80 characters, so that a problem stays one readable line
   * whatever it was given.
   *
   * @param given what was given
   * @return how a problem names it
   */
  public static String named(String given) {
    String quoted = JsonText.shown(given, 82);
    return !given.isEmpty() && quoted.equals("\"" + given + "\"") ? given : quoted;
  }

  /**
   * The problem, to be reported with others.
   *
   * @return the problem, about the file or option this exception names, if it names one
   */
  public Problem problem() {
    return Problem.general(Optional.ofNullable(where), rule);
  }
}
