package io.github.justculture.cost;

/**
 * The natural logarithm of fdlibm 5.3 ({@code e_log.c}), in Java: bit for bit what {@link
 * StrictMath#log} returns, without the native call that costs about 45 ns on Java 17. (Java 21 and
 * later carry the same port inside the JDK.) The simulation needs {@code StrictMath}'s results, so
 * that a seed gives the same figures on every machine, and about three logarithms a draw;
 * FdLibmLogTest checks the port against {@code StrictMath.log} on edge cases and millions of
 * arguments.
 *
 * <p>The method: reduce {@code x} to {@code 2^k (1 + f)} with {@code sqrt(2)/2 < 1 + f < sqrt(2)},
 * then {@code log(1 + f) = 2s + 2s^3/3 + …} with {@code s = f / (2 + f)}, the series evaluated by a
 * Remez polynomial (Lg1–Lg7) whose error is below 2^-58.45, and {@code k ln 2} added in two parts
 * ({@code ln2_hi + ln2_lo}) so the sum is exact to the last bit.
 */
final class FdLibmLog {

  private static final double LN2_HI = Double.longBitsToDouble(0x3fe62e42fee00000L);
  private static final double LN2_LO = Double.longBitsToDouble(0x3dea39ef35793c76L);
  private static final double TWO54 = Double.longBitsToDouble(0x4350000000000000L);
  private static final double LG1 = Double.longBitsToDouble(0x3fe5555555555593L);
  private static final double LG2 = Double.longBitsToDouble(0x3fd999999997fa04L);
  private static final double LG3 = Double.longBitsToDouble(0x3fd2492494229359L);
  private static final double LG4 = Double.longBitsToDouble(0x3fcc71c51d8e78afL);
  private static final double LG5 = Double.longBitsToDouble(0x3fc7466496cb03deL);
  private static final double LG6 = Double.longBitsToDouble(0x3fc39a09d078c69fL);
  private static final double LG7 = Double.longBitsToDouble(0x3fc2f112df3e5244L);

  private FdLibmLog() {}

  /**
   * {@code log(x)}, equal bit for bit to {@code StrictMath.log(x)}.
   *
   * @param x any double
   * @return the natural logarithm (NaN for negatives and NaN, -∞ for ±0, +∞ for +∞)
   */
  @SuppressWarnings("IdentityBinaryExpression") // fdlibm's (x - x) / 0: NaN with its bits
  static double log(double x) {
    long bits = Double.doubleToRawLongBits(x);
    int hx = (int) (bits >> 32);
    int lx = (int) bits;
    int k = 0;
    if (hx < 0x00100000) { // x < 2^-1022
      if (((hx & 0x7fffffff) | lx) == 0) {
        return Double.NEGATIVE_INFINITY; // log(±0)
      }
      if (hx < 0) {
        return (x - x) / 0.0; // log(negative): NaN, with fdlibm's bits
      }
      k -= 54;
      x *= TWO54; // subnormal: scale up
      bits = Double.doubleToRawLongBits(x);
      hx = (int) (bits >> 32);
    }
    if (hx >= 0x7ff00000) {
      return x + x; // +∞ or NaN
    }
    k += (hx >> 20) - 1023;
    hx &= 0x000fffff;
    int i = (hx + 0x95f64) & 0x100000;
    // x or x/2, normalised into [sqrt(2)/2, sqrt(2)): replace the high word.
    x =
        Double.longBitsToDouble(
            ((long) (hx | (i ^ 0x3ff00000)) << 32) | (Double.doubleToRawLongBits(x) & 0xffffffffL));
    k += i >> 20;
    double f = x - 1.0;
    double dk;
    if ((0x000fffff & (2 + hx)) < 3) { // |f| < 2^-20
      if (f == 0.0) {
        if (k == 0) {
          return 0.0;
        }
        dk = k;
        return dk * LN2_HI + dk * LN2_LO;
      }
      double r = f * f * (0.5 - 0.3333333333333333 * f);
      if (k == 0) {
        return f - r;
      }
      dk = k;
      return dk * LN2_HI - ((r - dk * LN2_LO) - f);
    }
    double s = f / (2.0 + f);
    dk = k;
    double z = s * s;
    i = hx - 0x6147a;
    double w = z * z;
    int j = 0x6b851 - hx;
    double t1 = w * (LG2 + w * (LG4 + w * LG6));
    double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
    i |= j;
    double r = t2 + t1;
    if (i > 0) {
      double hfsq = 0.5 * f * f;
      if (k == 0) {
        return f - (hfsq - s * (hfsq + r));
      }
      return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
    }
    if (k == 0) {
      return f - s * (f - r);
    }
    return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
  }
}
