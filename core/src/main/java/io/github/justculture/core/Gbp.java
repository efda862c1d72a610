package io.github.justculture.core;

import io.github.justculture.core.internal.JsonPaths;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An amount of money in pounds sterling, held at full precision over {@link BigDecimal}.
 *
 * <p>Arithmetic keeps every digit (division uses {@link MathContext#DECIMAL128}); rounding happens
 * only when a value is reported, to pence, half-up unless another {@link RoundingMode} is asked
 * for. On the wire an amount is a decimal string with two places, for example {@code
 * "483578276.69"}: see {@link #toString()} and {@link #parse(CharSequence)}.
 *
 * <p>Amounts are bounded: their size must be below {@link #LIMIT} (a thousand trillion pounds),
 * which is far above any cost the library models and keeps hostile input (such as {@code
 * 1e1000000}) out.
 *
 * <p>Two amounts are equal when they are numerically equal, whatever their scale: {@code 1.5}
 * equals {@code 1.50}. Instances are immutable and thread-safe.
 */
public final class Gbp implements Comparable<Gbp> {

  /** Amounts must be strictly smaller than this in size: £1,000,000,000,000,000. */
  public static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

  /** Zero pounds. */
  public static final Gbp ZERO = new Gbp(BigDecimal.ZERO);

  /** The longest text {@link #parse} accepts, in characters. */
  private static final int MAX_TEXT_LENGTH = 40;

  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private final BigDecimal amount;

  private Gbp(BigDecimal amount) {
    this.amount = amount;
  }

  /**
   * An amount at full precision.
   *
   * @param amount the amount in pounds, any scale
   * @return the money
   * @throws InvalidInputException if the amount's size is not below {@link #LIMIT}
   */
  public static Gbp of(BigDecimal amount) {
    if (amount.abs().compareTo(LIMIT) >= 0) {
      throw outOfRange(amount.toString());
    }
    return amount.signum() == 0 ? ZERO : new Gbp(amount);
  }

  /**
   * A whole number of pounds.
   *
   * @param pounds the amount in pounds
   * @return the money
   * @throws InvalidInputException if the amount's size is not below {@link #LIMIT}
   */
  public static Gbp ofPounds(long pounds) {
    return of(BigDecimal.valueOf(pounds));
  }

  /**
   * A whole number of pence.
   *
   * @param pence the amount in pence
   * @return the money
   * @throws InvalidInputException if the amount's size is not below {@link #LIMIT}
   */
  public static Gbp ofPence(long pence) {
    return of(BigDecimal.valueOf(pence, 2));
  }

  /**
   * Parses an amount written as a plain decimal with at most two decimal places, such as {@code
   * 1234}, {@code 1234.5} or {@code -0.07}. No currency sign, grouping, spaces, exponent, {@code
   * NaN} or infinity.
   *
   * @param text the text
   * @return the money, exactly as written
   * @throws InvalidInputException naming the text if it is not such a decimal, has more than two
   *     decimal places, or is out of range
   */
  public static Gbp parse(CharSequence text) {
    BigDecimal value = parseDecimal(text);
    if (value.scale() > 2) {
      throw InvalidInputException.of(
          "amount of money",
          Finding.of(
              JsonPaths.ROOT, "must have at most 2 decimal places (pence)", text.toString()));
    }
    return of(value);
  }

  /**
   * Parses an amount written as a plain decimal with any number of decimal places, such as {@code
   * 151.1111}. Use this only where fractions of a penny are meaningful (rates, unrounded
   * intermediate figures).
   *
   * @param text the text
   * @return the money, exactly as written
   * @throws InvalidInputException naming the text if it is not a plain decimal or is out of range
   */
  public static Gbp parseFullPrecision(CharSequence text) {
    return of(parseDecimal(text));
  }

  private static BigDecimal parseDecimal(CharSequence text) {
    String s = text.toString();
    if (s.length() > MAX_TEXT_LENGTH || !PLAIN_DECIMAL.matcher(s).matches()) {
      throw InvalidInputException.of(
          "amount of money",
          Finding.of(
              JsonPaths.ROOT,
              "must be an amount of money written as a plain decimal such as \"1234.50\"",
              s));
    }
    return new BigDecimal(s);
  }

  private static InvalidInputException outOfRange(String text) {
    return InvalidInputException.of(
        "amount of money",
        Finding.of(
            JsonPaths.ROOT,
            "must be smaller in size than 1000000000000000 (a thousand trillion)",
            text));
  }

  /**
   * The amount at full precision.
   *
   * @return the amount in pounds, unrounded
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * The sum of this amount and another, exact.
   *
   * @param other the amount to add
   * @return the sum
   * @throws InvalidInputException if the sum is out of range
   */
  public Gbp plus(Gbp other) {
    return of(amount.add(other.amount));
  }

  /**
   * The difference of this amount and another, exact.
   *
   * @param other the amount to subtract
   * @return the difference
   * @throws InvalidInputException if the difference is out of range
   */
  public Gbp minus(Gbp other) {
    return of(amount.subtract(other.amount));
  }

  /**
   * This amount times a factor, exact.
   *
   * @param factor the factor
   * @return the product
   * @throws InvalidInputException if the product is out of range
   */
  public Gbp multipliedBy(BigDecimal factor) {
    return of(amount.multiply(factor));
  }

  /**
   * This amount times a whole number, exact.
   *
   * @param factor the factor
   * @return the product
   * @throws InvalidInputException if the product is out of range
   */
  public Gbp multipliedBy(long factor) {
    return multipliedBy(BigDecimal.valueOf(factor));
  }

  /**
   * This amount divided by a divisor, to 34 significant digits ({@link MathContext#DECIMAL128}).
   *
   * @param divisor the divisor; must not be zero
   * @return the quotient
   * @throws ArithmeticException if the divisor is zero
   * @throws InvalidInputException if the quotient is out of range
   */
  public Gbp dividedBy(BigDecimal divisor) {
    return of(amount.divide(divisor, MathContext.DECIMAL128));
  }

  /**
   * The ratio of this amount to another, to 34 significant digits.
   *
   * @param other the denominator; must not be zero
   * @return {@code this / other}
   * @throws ArithmeticException if {@code other} is zero
   */
  public BigDecimal ratioTo(Gbp other) {
    return amount.divide(other.amount, MathContext.DECIMAL128);
  }

  /**
   * This amount with the opposite sign.
   *
   * @return the negated amount
   */
  public Gbp negated() {
    return of(amount.negate());
  }

  /**
   * The sign of this amount.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return amount.signum();
  }

  /**
   * Whether this amount is zero.
   *
   * @return true for zero, at any scale
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Whether this amount is below zero.
   *
   * @return true for a negative amount
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * This amount rounded to pence, half-up.
   *
   * @return the rounded amount, scale 2
   */
  public Gbp rounded() {
    return rounded(RoundingMode.HALF_UP);
  }

  /**
   * This amount rounded to pence with the given rounding mode.
   *
   * @param mode the rounding mode; {@link RoundingMode#UNNECESSARY} throws if rounding is needed
   * @return the rounded amount, scale 2
   * @throws ArithmeticException if {@code mode} is {@code UNNECESSARY} and the amount has fractions
   *     of pence
   */
  public Gbp rounded(RoundingMode mode) {
    return new Gbp(amount.setScale(2, mode));
  }

  /**
   * The amount for people to read: a pound sign, thousands separators and pence, such as {@code
   * £2,281,316,962.41} or {@code -£12.50}; rounded half-up.
   *
   * @return the formatted amount
   */
  public String format() {
    DecimalFormat format =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
    format.setRoundingMode(RoundingMode.HALF_UP);
    String digits = format.format(amount.abs());
    return (amount.signum() < 0 ? "-£" : "£") + digits;
  }

  /**
   * Compares amounts numerically.
   *
   * @param other the other amount
   * @return negative, zero or positive as this amount is less than, equal to or greater than {@code
   *     other}
   */
  @Override
  public int compareTo(Gbp other) {
    return amount.compareTo(other.amount);
  }

  /**
   * Whether another object is an amount numerically equal to this one ({@code 1.5} equals {@code
   * 1.50}).
   *
   * @param other the object; may be null
   * @return true when equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Gbp money && money.amount.compareTo(amount) == 0;
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return amount.stripTrailingZeros().hashCode();
  }

  /**
   * The wire form: the amount rounded half-up to pence, as a plain decimal with two places, such as
   * {@code 483578276.69} or {@code -12.50}. {@link #parse(CharSequence)} reads it back.
   *
   * @return the decimal string
   */
  @Override
  public String toString() {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
