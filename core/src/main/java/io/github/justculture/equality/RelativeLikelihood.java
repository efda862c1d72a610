package io.github.justculture.equality;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import io.github.justculture.core.internal.Words;
import java.math.BigInteger;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The relative likelihood RL = (e_F / n_F) / (e_R / n_R) of an event for a focus group compared
 * with a reference group ({@code docs/domain/gate-and-equality.md} §3).
 *
 * <ul>
 *   <li>computed from unrounded rates; classified exactly (by integer arithmetic, so 0.80 and 1.25
 *       themselves are non-adverse, never lost to floating point);
 *   <li>95% interval on the log scale, SE = sqrt(1/e_F − 1/n_F + 1/e_R − 1/n_R); when an event
 *       count is 0, the interval (not the point estimate) is computed after adding 0.5 to each
 *       event count and 1 to each headcount, and {@link #zeroCellCorrected()} says so;
 *   <li>a zero reference rate makes RL undefined: {@link Classification#UNDEFINED}, no ratio, no
 *       interval;
 *   <li>results with an event count below the small-numbers threshold (default 5) are flagged, not
 *       dropped.
 * </ul>
 *
 * <pre>{@code
 * RelativeLikelihood rl = RelativeLikelihood.of(GroupCount.of(12, 800), GroupCount.of(20, 2600));
 * rl.relativeLikelihood();   // 1.95
 * rl.classification();       // ADVERSE_TO_FOCUS
 * }</pre>
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableRelativeLikelihood.class)
@JsonDeserialize(as = ImmutableRelativeLikelihood.class)
public abstract class RelativeLikelihood {

  /** The default small-numbers threshold: results with an event count below it are flagged. */
  public static final int DEFAULT_SMALL_NUMBERS = 5;

  private static final double Z95 = 1.959963984540054;

  RelativeLikelihood() {}

  /**
   * The focus group (for WRES indicator 3, BME staff).
   *
   * @return its counts
   */
  public abstract GroupCount focus();

  /**
   * The reference group (for WRES indicator 3, white staff).
   *
   * @return its counts
   */
  public abstract GroupCount reference();

  /**
   * e_F / n_F, unrounded.
   *
   * @return the focus rate
   */
  public abstract double focusRate();

  /**
   * e_R / n_R, unrounded.
   *
   * @return the reference rate
   */
  public abstract double referenceRate();

  /**
   * RL.
   *
   * @return the ratio, or empty when the reference rate is zero
   */
  public abstract Optional<Double> relativeLikelihood();

  /**
   * The 95% confidence interval of RL.
   *
   * @return the interval, or empty when RL is undefined
   */
  public abstract Optional<Interval> ci95();

  /**
   * Whether the interval was computed with the zero-cell correction.
   *
   * @return true when an event count is zero
   */
  public abstract boolean zeroCellCorrected();

  /**
   * Whether an event count is below the small-numbers threshold: read the result with care.
   *
   * @return true for small numbers
   */
  public abstract boolean smallNumbers();

  /**
   * Where RL falls.
   *
   * @return the classification
   */
  public abstract Classification classification();

  /**
   * Whether the interval lies wholly above or below 1.
   *
   * @return true when the interval excludes 1; false when it includes 1 or RL is undefined
   */
  public abstract boolean excludesOne();

  /**
   * The relative likelihood with the default small-numbers threshold.
   *
   * @param focus the focus group
   * @param reference the reference group
   * @return the result
   */
  public static RelativeLikelihood of(GroupCount focus, GroupCount reference) {
    return of(focus, reference, DEFAULT_SMALL_NUMBERS);
  }

  /**
   * The ratio to two decimals, half up, as WRES reports publish it (1.2549 → 1.25).
   *
   * @return the rounded ratio, or empty when undefined
   */
  public abstract Optional<java.math.BigDecimal> roundedRelativeLikelihood();

  /**
   * The classification of the two-decimal figure, for comparison with published reports: 1.2549 is
   * {@link Classification#ADVERSE_TO_FOCUS} by {@link #classification()} (this library classifies
   * the unrounded ratio), but reads 1.25, which is non-adverse.
   *
   * @return the classification of {@link #roundedRelativeLikelihood()}
   */
  public abstract Classification roundedClassification();

  /**
   * The result in plain words, with what the interval means beside the classification.
   *
   * @return for example {@code "1.95: outside the non-adverse range 0.80 to 1.25, adverse to the
   *     focus group. The 95% interval, 0.96 to 3.97, includes 1: on these numbers the difference
   *     could be chance."}
   */
  public abstract String reading();

  /**
   * What the reader should know about how the figure was made: which parts are this library's
   * additions, not WRES guidance, and when the rounded reading differs.
   *
   * @return the notes
   */
  public abstract java.util.List<String> notes();

  /** The note carried by every result. */
  public static final String LIBRARY_ADDITIONS =
      "The 95% interval, the zero-cell correction and the small-numbers flag are this library's"
          + " additions, not WRES guidance; the classification uses the unrounded ratio.";

  /**
   * Refuses a negative small-numbers threshold (shared with {@link Wres3}, which checks it before
   * it reads a record).
   *
   * @param smallNumbersThreshold the threshold
   * @throws IllegalArgumentException if it is negative
   */
  static void checkThreshold(int smallNumbersThreshold) {
    if (smallNumbersThreshold < 0) {
      throw new IllegalArgumentException(
          "smallNumbersThreshold must not be negative, was " + smallNumbersThreshold);
    }
  }

  /**
   * The relative likelihood.
   *
   * @param focus the focus group
   * @param reference the reference group
   * @param smallNumbersThreshold event counts below this are flagged
   * @return the result
   * @throws IllegalArgumentException if the threshold is negative
   */
  public static RelativeLikelihood of(
      GroupCount focus, GroupCount reference, int smallNumbersThreshold) {
    checkThreshold(smallNumbersThreshold);
    long eF = focus.events();
    long nF = focus.headcount();
    long eR = reference.events();
    long nR = reference.headcount();
    ImmutableRelativeLikelihood.Builder result =
        ImmutableRelativeLikelihood.builder()
            .focus(focus)
            .reference(reference)
            .focusRate(focus.rate())
            .referenceRate(reference.rate())
            .smallNumbers(eF < smallNumbersThreshold || eR < smallNumbersThreshold);
    if (eR == 0) {
      return result
          .zeroCellCorrected(false)
          .classification(Classification.UNDEFINED)
          .roundedClassification(Classification.UNDEFINED)
          .excludesOne(false)
          .reading(
              "Undefined: no one in the reference group had the event, so there is no ratio (not an"
                  + " infinite one).")
          .addNotes(LIBRARY_ADDITIONS)
          .build();
    }
    // The exact rational (eF·nR)/(eR·nF), rounded once: not a quotient of two already-rounded
    // rates.
    double rl =
        new java.math.BigDecimal(BigInteger.valueOf(eF).multiply(BigInteger.valueOf(nR)))
            .divide(
                new java.math.BigDecimal(BigInteger.valueOf(eR).multiply(BigInteger.valueOf(nF))),
                java.math.MathContext.DECIMAL64)
            .doubleValue();
    boolean zero = eF == 0;
    double cF = zero ? eF + 0.5 : eF;
    double cR = zero ? eR + 0.5 : eR;
    double mF = zero ? nF + 1 : nF;
    double mR = zero ? nR + 1 : nR;
    double logRl = Math.log((cF / mF) / (cR / mR));
    double se = Math.sqrt(1 / cF - 1 / mF + 1 / cR - 1 / mR);
    Interval ci = ImmutableInterval.of(Math.exp(logRl - Z95 * se), Math.exp(logRl + Z95 * se));
    Classification exact = classify(eF, nF, eR, nR);
    java.math.BigDecimal rounded =
        new java.math.BigDecimal(BigInteger.valueOf(eF).multiply(BigInteger.valueOf(nR)))
            .divide(
                new java.math.BigDecimal(BigInteger.valueOf(eR).multiply(BigInteger.valueOf(nF))),
                2,
                java.math.RoundingMode.HALF_UP);
    Classification ofRounded =
        rounded.compareTo(new java.math.BigDecimal("0.80")) < 0
            ? Classification.ADVERSE_TO_REFERENCE
            : rounded.compareTo(new java.math.BigDecimal("1.25")) > 0
                ? Classification.ADVERSE_TO_FOCUS
                : Classification.NON_ADVERSE;
    boolean excludesOne = ci.lower() > 1 || ci.upper() < 1;
    ImmutableRelativeLikelihood.Builder done =
        result
            .relativeLikelihood(rl)
            .roundedRelativeLikelihood(rounded)
            .ci95(ci)
            .zeroCellCorrected(zero)
            .classification(exact)
            .roundedClassification(ofRounded)
            .excludesOne(excludesOne)
            .reading(reading(rl, exact, ci, excludesOne, zero))
            .addNotes(LIBRARY_ADDITIONS);
    if (ofRounded != exact) {
      done.addNotes(
          "To two decimals, as reports publish it, the ratio reads "
              + rounded.toPlainString()
              + ", which would be classed "
              + Words.of(ofRounded)
              + "; unrounded it is "
              + Words.of(exact)
              + ".");
    }
    if (eF < smallNumbersThreshold || eR < smallNumbersThreshold) {
      done.addNotes(
          "Small numbers: fewer than "
              + smallNumbersThreshold
              + " events in a group, so one or two cases move the ratio a long way.");
    }
    return done.build();
  }

  private static String reading(
      double rl, Classification c, Interval ci, boolean excludesOne, boolean corrected) {
    String where =
        switch (c) {
          case NON_ADVERSE -> "within the non-adverse range 0.80 to 1.25";
          case ADVERSE_TO_FOCUS ->
              "above the non-adverse range 0.80 to 1.25: adverse to the focus group, who are more"
                  + " likely to have the event";
          case ADVERSE_TO_REFERENCE ->
              "below the non-adverse range 0.80 to 1.25: adverse to the reference group, who are"
                  + " more likely to have the event";
          case UNDEFINED -> "undefined";
        };
    String interval =
        String.format(java.util.Locale.ROOT, "%.2f to %.2f", ci.lower(), ci.upper())
            + (corrected ? " (after the zero-cell correction)" : "");
    String meaning =
        excludesOne
            ? " excludes 1: chance alone is an unlikely explanation of the difference."
            : " includes 1: on these numbers the difference could be chance, so treat the"
                + " classification as a signal to look into, not a finding.";
    return String.format(java.util.Locale.ROOT, "%.2f", rl)
        + ": "
        + where
        + ". The 95% interval, "
        + interval
        + ","
        + meaning;
  }

  /** Exact: RL = (eF·nR)/(eR·nF) compared with 4/5 and 5/4 by cross-multiplication. */
  private static Classification classify(long eF, long nF, long eR, long nR) {
    BigInteger numerator = BigInteger.valueOf(eF).multiply(BigInteger.valueOf(nR));
    BigInteger denominator = BigInteger.valueOf(eR).multiply(BigInteger.valueOf(nF));
    if (numerator
            .multiply(BigInteger.valueOf(5))
            .compareTo(denominator.multiply(BigInteger.valueOf(4)))
        < 0) {
      return Classification.ADVERSE_TO_REFERENCE;
    }
    if (numerator
            .multiply(BigInteger.valueOf(4))
            .compareTo(denominator.multiply(BigInteger.valueOf(5)))
        > 0) {
      return Classification.ADVERSE_TO_FOCUS;
    }
    return Classification.NON_ADVERSE;
  }

  /**
   * Whether RL lies in the non-adverse range.
   *
   * @return true for {@link Classification#NON_ADVERSE}
   */
  @JsonIgnore
  public boolean isNonAdverse() {
    return classification() == Classification.NON_ADVERSE;
  }
}
