package io.github.justculture.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.justculture.civility.CivilityFramework;
import io.github.justculture.civility.SelfAssessment;
import io.github.justculture.cli.report.CaseReportInput;
import io.github.justculture.core.InputException;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.json.JustCultureJson;
import io.github.justculture.cost.ComparisonRequest;
import io.github.justculture.cost.CostCalculator;
import io.github.justculture.cost.CostProfile;
import io.github.justculture.cost.CostSweep;
import io.github.justculture.cost.SimulationRequest;
import io.github.justculture.cost.SweepRow;
import io.github.justculture.equality.RelativeLikelihoodRequest;
import io.github.justculture.equality.Wres3;
import io.github.justculture.gate.FormalActionGate;
import io.github.justculture.gate.FormalActionProposal;
import io.github.justculture.guide.EvaluationRequest;
import io.github.justculture.guide.GuideDefinition;
import io.github.justculture.guide.Guides;
import io.github.justculture.restorative.RestorativeCase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile-input corpus through the Java API: every input type the operations read, then the
 * library call on whatever reads. The only exceptions allowed are the documented ones for bad input
 * ({@link InputException}: JSON or CSV); anything else (a NullPointerException, an
 * ArithmeticException, an IllegalStateException) is a bug.
 */
class HostileCorpusApiTest {

  /** Each input type, and what the library does with one that reads. */
  private static final Map<Class<?>, Consumer<Object>> TYPES =
      Map.ofEntries(
          Map.entry(
              EvaluationRequest.class,
              r -> ((EvaluationRequest) r).evaluateWith(((EvaluationRequest) r).builtInGuide())),
          Map.entry(GuideDefinition.class, d -> Guides.parse(JustCultureJson.codec().write(d))),
          Map.entry(
              FormalActionProposal.class,
              p -> FormalActionGate.withDefaults().check((FormalActionProposal) p)),
          Map.entry(
              RestorativeCase.class, c -> ((RestorativeCase) c).assess(LocalDate.of(2026, 11, 22))),
          Map.entry(
              SelfAssessment.class, a -> CivilityFramework.builtIn().score((SelfAssessment) a)),
          Map.entry(CivilityFramework.class, f -> ((CivilityFramework) f).elements()),
          Map.entry(
              RelativeLikelihoodRequest.class, r -> ((RelativeLikelihoodRequest) r).compute()),
          Map.entry(
              CostProfile.class,
              p -> {
                CostCalculator.estimate((CostProfile) p);
                CostCalculator.sensitivity((CostProfile) p);
              }),
          Map.entry(ComparisonRequest.class, r -> CostCalculator.compare((ComparisonRequest) r)),
          Map.entry(
              SimulationRequest.class,
              r -> CostCalculator.simulate((SimulationRequest) r, 500, 1L)),
          Map.entry(CaseReportInput.class, i -> ((CaseReportInput) i).gateResults()));

  @TestFactory
  Stream<DynamicTest> onlyDocumentedExceptionsFromTheJavaApi() throws IOException {
    List<Path> corpus;
    try (Stream<Path> files = Files.list(HostileCorpusTest.CORPUS)) {
      corpus = files.filter(p -> !p.toString().endsWith(".md")).sorted().toList();
    }
    return corpus.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () ->
                        assertTimeoutPreemptively(
                            HostileCorpusTest.HANG_GUARD, () -> check(Files.readAllBytes(file)))));
  }

  private static void check(byte[] bytes) {
    for (Map.Entry<Class<?>, Consumer<Object>> type : TYPES.entrySet()) {
      Object value;
      try {
        value = JustCultureJson.codec().read(new ByteArrayInputStream(bytes), type.getKey());
      } catch (InvalidInputException expected) {
        assertThat(expected.findings()).isNotEmpty();
        continue;
      }
      try {
        type.getValue().accept(value);
      } catch (InvalidInputException expected) {
        assertThat(expected.findings()).isNotEmpty();
      }
    }
    try {
      Wres3.compute(new ByteArrayInputStream(bytes));
    } catch (InputException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
    CostSweep sweep;
    try {
      sweep = CostSweep.of(new ByteArrayInputStream(bytes));
    } catch (InvalidInputException expected) {
      return;
    }
    for (Optional<SweepRow> row = sweep.next(); row.isPresent(); row = sweep.next()) {
      assertThat(row.get().isValid() || !row.get().problems().isEmpty()).isTrue();
    }
  }
}
