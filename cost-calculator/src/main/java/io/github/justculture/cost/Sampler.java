package io.github.justculture.cost;

import java.util.SplittableRandom;

/**
 * The sampling half of the simulation: draws every effective parameter of one draw from its
 * distribution (or its fixed value). A switch over each parameter's kind, not an array of lambdas,
 * so the hot loop stays monomorphic and inlinable. {@link StrictMath}'s square root and logarithm
 * (the latter through {@link FdLibmLog}, the same bits without the native call) and our own normal
 * draws (a ziggurat; not {@code nextGaussian}, whose algorithm may change between JDKs) keep
 * results identical on every machine.
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

  /**
   * The same, from the differences {@link #set} works out once per parameter. Which side of the
   * mode {@code u} falls on is random, so a branch on it is mispredicted half the time: the side is
   * taken from the sign bit of {@code u - cut} and each operand selected with that bit as a mask.
   * The arithmetic is the formula's, operation for operation: {@code min + sqrt(u * range * left)}
   * below the cut, {@code max + (-sqrt((1 - u) * range * right))} (exactly {@code max - sqrt(…)})
   * above it.
   */
  private static double triangular(
      double min, double max, double cut, double range, double left, double right, double u) {
    long below = Double.doubleToRawLongBits(u - cut) >> 63; // all ones when u < cut
    double root = StrictMath.sqrt(select(below, u, 1 - u) * range * select(below, left, right));
    return select(below, min, max) + select(below, root, -root);
  }

  /** {@code a} where the mask is all ones, {@code b} where it is zero. */
  private static double select(long mask, double a, double b) {
    return Double.longBitsToDouble(
        (Double.doubleToRawLongBits(a) & mask) | (Double.doubleToRawLongBits(b) & ~mask));
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

  // The ziggurat of Marsaglia and Tsang (2000) as Doornik (2005) gives it ("ZIGNOR"): 128 layers of
  // equal area under the normal density, worked out once with StrictMath (so the same on every
  // machine). Layer 0 is the base strip with the tail beyond R.
  private static final int LAYERS = 128;
  private static final double R = 3.442619855899;
  private static final double AREA = 9.91256303526217e-3;
  private static final double[] X = new double[LAYERS + 1];
  private static final double[] RATIO = new double[LAYERS];

  static {
    double f = StrictMath.exp(-0.5 * R * R);
    X[0] = AREA / f;
    X[1] = R;
    X[LAYERS] = 0;
    for (int i = 2; i < LAYERS; i++) {
      X[i] = StrictMath.sqrt(-2 * StrictMath.log(AREA / X[i - 1] + f));
      f = StrictMath.exp(-0.5 * X[i] * X[i]);
    }
    for (int i = 0; i < LAYERS; i++) {
      RATIO[i] = X[i + 1] / X[i];
    }
  }

  /**
   * A standard normal draw by the ziggurat: one 64-bit random number gives the layer (its low 7
   * bits) and a uniform in (-1, 1) (its high 53 bits); about 99% of draws end there, with a
   * multiplication. The rest fall in a layer's wedge (tested against the density) or, from the base
   * layer, in the tail beyond {@code R} (Marsaglia's tail method).
   */
  static double normal(SplittableRandom r) {
    while (true) {
      long bits = r.nextLong();
      int i = (int) (bits & (LAYERS - 1));
      double u = 2 * ((bits >>> 11) * 0x1.0p-53) - 1;
      if (Math.abs(u) < RATIO[i]) {
        return u * X[i];
      }
      if (i == 0) {
        return tail(r, u < 0);
      }
      double x = u * X[i];
      double f0 = StrictMath.exp(-0.5 * (X[i] * X[i] - x * x));
      double f1 = StrictMath.exp(-0.5 * (X[i + 1] * X[i + 1] - x * x));
      if (f1 + r.nextDouble() * (f0 - f1) < 1.0) {
        return x;
      }
    }
  }

  /** A draw from the normal's tail beyond {@code R}, on the side asked for. */
  private static double tail(SplittableRandom r, boolean negative) {
    double x;
    double y;
    do {
      // 1 - nextDouble() lies in (0, 1]: its logarithm is finite.
      x = FdLibmLog.log(1 - r.nextDouble()) / R;
      y = FdLibmLog.log(1 - r.nextDouble());
    } while (-2 * y < x * x);
    return negative ? x - R : R - x;
  }
}
