package io.github.justculture.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.justculture.core.Gbp;
import io.github.justculture.cost.CostCalculator;
import io.github.justculture.cost.CostProfile;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the researcher's worked example in {@code examples/research/} as a researcher would: the
 * shell script, the built command line, and gnuplot reading the results back. In CI gnuplot is
 * installed by {@code .ci/run}; elsewhere the plotting half is skipped when gnuplot is missing.
 */
class NationalSweepExampleTest {

  private static final Path RESEARCH = Path.of("research");
  private static final Path JAR = Path.of("../cli/target/justculture.jar");

  @Test
  void sweepsEverySyntheticTrustAndPlotsTheResults(@TempDir Path out) throws Exception {
    assertThat(JAR)
        .as("the command line is built by the cli module before this one (./mvnw -B verify)")
        .exists();
    String printed =
        Scripts.run("bash", RESEARCH.resolve("national-sweep.sh").toString(), out.toString());

    // Every trust comes back, in order, with its ids unchanged and the library's own estimate.
    List<String> trusts = Files.readAllLines(RESEARCH.resolve("synthetic-trusts.csv"));
    List<String> results = Files.readAllLines(out.resolve("results.csv"));
    assertThat(trusts.get(0)).isEqualTo("code,region,headcount,prevalence");
    assertThat(results).hasSize(trusts.size());
    List<String> header = List.of(results.get(0).split(","));
    BigDecimal national = BigDecimal.ZERO;
    for (int i = 1; i < trusts.size(); i++) {
      String[] in = trusts.get(i).split(",");
      String[] row = results.get(i).split(",");
      assertThat(row[0]).isEqualTo(Integer.toString(i));
      assertThat(List.of(row).subList(1, 5)).containsExactly(in);
      BigDecimal total = new BigDecimal(row[header.indexOf("total")]);
      Gbp expected =
          CostCalculator.estimate(
                  CostProfile.builder()
                      .headcount(Integer.parseInt(in[2]))
                      .prevalence(new BigDecimal(in[3]))
                      .build())
              .total();
      assertThat(row[header.indexOf("total")]).isEqualTo(expected.toString());
      BigDecimal p5 = new BigDecimal(row[header.indexOf("totalP5")]);
      BigDecimal p50 = new BigDecimal(row[header.indexOf("totalP50")]);
      BigDecimal p95 = new BigDecimal(row[header.indexOf("totalP95")]);
      assertThat(p5).isLessThanOrEqualTo(p50);
      assertThat(p50).isLessThanOrEqualTo(p95);
      national = national.add(total);
    }

    // gnuplot read the same numbers back, and drew them.
    assumeTrue(
        Scripts.has("gnuplot") || "true".equals(System.getenv("CI")),
        "gnuplot is not installed: the plotting half of the example is not checked here");
    assertThat(printed)
        .contains("trusts: " + (trusts.size() - 1))
        .contains(
            String.format(
                "national total: %.1f million pounds", national.movePointLeft(6).doubleValue()));
    String svg = Files.readString(out.resolve("cost-by-headcount.svg"));
    assertThat(svg)
        .contains("SYNTHETIC trusts")
        .contains("Headcount")
        .contains("£ million")
        .contains("simulated median, P5 to P95");
  }
}
