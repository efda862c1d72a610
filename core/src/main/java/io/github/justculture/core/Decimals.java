package io.github.justculture.core;

import java.math.BigDecimal;

/**
 * The bound on decimal numbers that every justculture input must keep, and a safe way to show one.
 *
 * <p>A {@link BigDecimal} is tiny in memory however large its exponent, but writing {@code
 * 1e-999999999} out in plain digits takes a billion characters, and arithmetic on it can take
 * minutes. So a number is accepted only if, written out in plain decimal notation, it has at most
 * {@value #MAX_DIGITS} digits (the same bound as the length of a number in JSON text): for example
 * {@code 0.21}, {@code 5200} and {@code 1e20} are fine, {@code 1e-99999} and {@code 1e99999} are
 * out of range. The check looks at the number's scale and precision only, never at its digits
 * written out.
 */
public final class Decimals {

  /** The most digits, before and after the point together, that a number may have. */
  public static final int MAX_DIGITS = 64;

  /** The rule a number out of range breaks, as a finding states it. */
  public static final String RULE =
      "is out of range: numbers may have at most " + MAX_DIGITS + " digits written out in full";

  private Decimals() {}

  /**
   * Whether a number, written out in plain decimal notation, has at most {@value #MAX_DIGITS}
   * digits. Constant time.
   *
   * @param value the number
   * @return true when within the bound
   */
  public static boolean isWithinLimits(BigDecimal value) {
    long scale = value.scale();
    long precision = value.precision();
    long integerDigits = Math.max(1, precision - scale);
    long fractionDigits = Math.max(0, scale);
    return integerDigits + fractionDigits <= MAX_DIGITS;
  }

  /**
   * The number as text for people: plain notation when within the bound, scientific notation
   * otherwise, so that showing a hostile number costs nothing.
   *
   * @param value the number
   * @return the text
   */
  public static String show(BigDecimal value) {
    return isWithinLimits(value) ? value.toPlainString() : value.toString();
  }
}
