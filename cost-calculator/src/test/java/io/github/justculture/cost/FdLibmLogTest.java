package io.github.justculture.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The port returns StrictMath.log's bits exactly: the simulation's figures depend on it. */
class FdLibmLogTest {

  private static void same(double x) {
    assertThat(Double.doubleToRawLongBits(FdLibmLog.log(x)))
        .as("log(%s)", x)
        .isEqualTo(Double.doubleToRawLongBits(StrictMath.log(x)));
  }

  @Test
  void edgeCases() {
    for (double x :
        new double[] {
          0.0,
          -0.0,
          1.0,
          Double.MIN_VALUE,
          3 * Double.MIN_VALUE,
          Double.MIN_NORMAL,
          Double.MAX_VALUE,
          Double.POSITIVE_INFINITY,
          Double.NaN,
          0.5,
          2.0,
          Math.E,
          Math.sqrt(2),
          Math.sqrt(0.5),
          Math.nextUp(1.0),
          Math.nextDown(1.0),
          1 + 1e-7,
          1e-300
        }) {
      same(x);
    }
    assertThat(FdLibmLog.log(-1.0)).isNaN();
  }

  @Test
  void everyKindOfArgumentTheSimulationGivesAndMore() {
    SplittableRandom r = new SplittableRandom(2026);
    for (int n = 0; n < 1_000_000; n++) {
      same(r.nextDouble()); // the uniform draws of the gamma and normal samplers
      same(Double.longBitsToDouble(r.nextLong() & 0x7fffffffffffffffL)); // any positive double
      same(1 + (r.nextDouble() - 0.5) * 1e-5); // near 1, where the short series is used
    }
  }
}
