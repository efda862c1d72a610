package io.github.justculture.core.internal;

import java.util.Locale;

/** Constants in the words a reader uses, for messages: never a constant's code in prose. */
public final class Words {

  private Words() {}

  /**
   * A constant in words: {@code EMOTIONAL_HEALING} → {@code emotional healing}.
   *
   * @param constant the constant
   * @return its name in lower case, with spaces for underscores
   */
  public static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
