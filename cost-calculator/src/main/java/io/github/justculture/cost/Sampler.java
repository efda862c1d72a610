package io.github.justculture.cost;

import java.util.SplittableRandom;

/**
 * The sampling half of the simulation: draws every effective parameter of one draw from its
 * distribution (or its fixed value). A switch over each parameter's kind, not an array of lambdas,
 * so the hot loop stays monomorphic and inlinable. {@link StrictMath}'s square root and logarithm
 * (the latter through {@link FdLibmLog}, the same bits without the native call) and our own normal
 * draws (not {@code nextGaussian}, whose algorithm and intrinsics may change between JDKs and CPUs)
 * keep results identical on every machine.
 */
final class Sampler {
  private static final int FIXED = 0;
  private static final int UNIFORM = 1;
  private static final int TRIANGULAR = 2;
  private static final int BETA = 3;

  private final int[] kind;
  private final double[] a;
  private final double[] b;
  private final double[] c;
  // Triangular only: the share of the range below the mode, the range, and the spans either side
  // of the mode, worked out once (the same operations as in the formula, so the same bits).
  private final double[] cut;
  private final double[] range;
  private final double[] left;
  private final double[] right;
  // Beta only: Marsaglia and Tsang's d and c for each of the two gamma shapes, worked out once
  // (the same operations as in gamma(shape, r), so the same bits).
  private final double[] d1;
  private final double[] c1;
  private final double[] d2;
  private final double[] c2;

  /**
   * A sampler of {@code size} parameters, each fixed at 0 until set.
   *
   * @param size the number of parameters
   */
  Sampler(int size) {
    kind = new int[size];
    a = new double[size];
    b = new double[size];
    c = new double[size];
    cut = new double[size];
    range = new double[size];
    left = new double[size];
    right = new double[size];
    d1 = new double[size];
    c1 = new double[size];
    d2 = new double[size];
    c2 = new double[size];
  }

  int size() {
    return kind.length;
  }

  /** Parameter {@code j} takes {@code value} in every draw. */
  void fixed(int j, double value) {
    kind[j] = FIXED;
    a[j] = value;
  }

  /** Parameter {@code j} is drawn from {@code d}. */
  void set(int j, Distribution d) {
    switch (d.type()) {
      case FIXED -> fixed(j, d.value().orElseThrow().doubleValue());
      case UNIFORM -> {
        kind[j] = UNIFORM;
        a[j] = d.min().orElseThrow().doubleValue();
        b[j] = d.max().orElseThrow().doubleValue() - a[j];
      }
      case TRIANGULAR -> {
        kind[j] = TRIANGULAR;
        a[j] = d.min().orElseThrow().doubleValue();
        b[j] = d.mode().orElseThrow().doubleValue();
        c[j] = d.max().orElseThrow().doubleValue();
        cut[j] = c[j] == a[j] ? 0.5 : (b[j] - a[j]) / (c[j] - a[j]);
        range[j] = c[j] - a[j];
        left[j] = b[j] - a[j];
        right[j] = c[j] - b[j];
      }
      case BETA -> {
        kind[j] = BETA;
        a[j] = d.successes().orElseThrow() + 1.0;
        b[j] = d.trials().orElseThrow() - d.successes().orElseThrow() + 1.0;
        d1[j] = gammaD(a[j]);
        c1[j] = gammaC(d1[j]);
        d2[j] = gammaD(b[j]);
        c2[j] = gammaC(d2[j]);
      }
    }
  }

  /** One draw of every parameter, in order, into {@code out}. */
  void drawAll(SplittableRandom r, double[] out) {
    for (int j = 0; j < kind.length; j++) {
      out[j] =
          switch (kind[j]) {
            case UNIFORM -> a[j] + b[j] * r.nextDouble();
            case TRIANGULAR ->
                triangular(a[j], c[j], cut[j], range[j], left[j], right[j], r.nextDouble());
            case BETA -> {
              double x = gamma(d1[j], c1[j], r);
              double y = gamma(d2[j], c2[j], r);
              yield x / (x + y);
            }
            default -> a[j];
          };
    }
  }

  /**
   * The inverse of the triangular distribution's CDF at {@code u}: what {@link #drawAll} computes
   * for a TRIANGULAR parameter (there with the differences worked out in advance).
   */
  static double triangular(double min, double mode, double max, double u) {
    double cut = max == min ? 0.5 : (mode - min) / (max - min);
    return triangular(min, max, cut, max - min, mode - min, max - mode, u);
  }

  /** The same, from the differences {@link #set} works out once per parameter. */
  private static double triangular(
      double min, double max, double cut, double range, double left, double right, double u) {
    return u < cut
        ? min + StrictMath.sqrt(u * range * left)
        : max - StrictMath.sqrt((1 - u) * range * right);
  }

  /** Marsaglia and Tsang (2000), for shape >= 1. */
  static double gamma(double shape, SplittableRandom r) {
    double d = gammaD(shape);
    return gamma(d, gammaC(d), r);
  }

  private static double gammaD(double shape) {
    return shape - 1.0 / 3.0;
  }

  private static double gammaC(double d) {
    return 1.0 / StrictMath.sqrt(9.0 * d);
  }

  /** The same, with {@code d} and {@code c} worked out from the shape in advance. */
  private static double gamma(double d, double c, SplittableRandom r) {
    while (true) {
      double x;
      double v;
      do {
        x = normal(r);
        v = 1.0 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = r.nextDouble();
      if (u < 1 - 0.0331 * x * x * x * x
          || FdLibmLog.log(u) < 0.5 * x * x + d * (1 - v + FdLibmLog.log(v))) {
        return d * v;
      }
    }
  }

  /** A standard normal draw: Marsaglia's polar method (one of the pair is used). */
  static double normal(SplittableRandom r) {
    while (true) {
      double u = 2 * r.nextDouble() - 1;
      double v = 2 * r.nextDouble() - 1;
      double s = u * u + v * v;
      if (s > 0 && s < 1) {
        return u * StrictMath.sqrt(-2 * FdLibmLog.log(s) / s);
      }
    }
  }
}
