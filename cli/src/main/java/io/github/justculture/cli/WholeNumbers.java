package io.github.justculture.cli;

import io.github.justculture.core.internal.JsonText;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Whole numbers given on the command line, in ASCII digits only. Java's own parsers accept any
 * Unicode digit ({@code Integer.parseInt("８０")} is 80), so a port, a thread count or a sequence
 * number written in full-width or Arabic-Indic digits would be taken quietly; the operations' own
 * number options never took them, and now nothing does.
 */
final class WholeNumbers {

  private static final Pattern ASCII_WHOLE = Pattern.compile("-?[0-9]{1,19}");

  private WholeNumbers() {}

  /**
   * The number a string writes in ASCII digits, with an optional leading minus.
   *
   * @param text the string given
   * @return the number; empty for anything else, or one beyond a {@code long}
   */
  static OptionalLong parse(String text) {
    if (!ASCII_WHOLE.matcher(text).matches()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(text));
    } catch (NumberFormatException tooLarge) {
      return OptionalLong.empty();
    }
  }

  /**
   * The {@code int} a string writes in ASCII digits.
   *
   * @param text the string given
   * @return the number; empty for anything else, or one beyond an {@code int}
   */
  static OptionalInt parseInt(String text) {
    OptionalLong n = parse(text);
    return n.isPresent() && n.getAsLong() == (int) n.getAsLong()
        ? OptionalInt.of((int) n.getAsLong())
        : OptionalInt.empty();
  }

  /**
   * The rule a value that is not a whole number breaks, as every option says it.
   *
   * @param text the value given
   * @return {@code expected a whole number, was "…"}, the value shown as JSON text (shortened)
   */
  static String notOne(String text) {
    return "expected a whole number, was " + JsonText.shown(text, 80);
  }
}
