package io.github.justculture.cli.op;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.justculture.civility.SelfAssessment;
import io.github.justculture.cli.report.CaseReport;
import io.github.justculture.cli.report.CaseReportInput;
import io.github.justculture.cli.report.CostReport;
import io.github.justculture.cli.report.GuideReport;
import io.github.justculture.core.Finding;
import io.github.justculture.core.Gbp;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.csv.CsvProblem;
import io.github.justculture.core.internal.JsonPaths;
import io.github.justculture.cost.BullyingCosts;
import io.github.justculture.cost.ComparisonRequest;
import io.github.justculture.cost.ConflictCostEstimate;
import io.github.justculture.cost.CostCalculator;
import io.github.justculture.cost.CostEstimate;
import io.github.justculture.cost.CostModel;
import io.github.justculture.cost.CostProfile;
import io.github.justculture.cost.CostSweep;
import io.github.justculture.cost.ParameterValue;
import io.github.justculture.cost.Presets;
import io.github.justculture.cost.SimulationRequest;
import io.github.justculture.cost.SimulationResult;
import io.github.justculture.cost.Summary;
import io.github.justculture.cost.SweepOptions;
import io.github.justculture.cost.SweepRow;
import io.github.justculture.equality.RelativeLikelihood;
import io.github.justculture.equality.RelativeLikelihoodRequest;
import io.github.justculture.equality.Wres3;
import io.github.justculture.gate.FormalActionGate;
import io.github.justculture.gate.FormalActionProposal;
import io.github.justculture.gate.GateConfig;
import io.github.justculture.guide.EvaluationRequest;
import io.github.justculture.guide.Guide;
import io.github.justculture.guide.GuideDefinition;
import io.github.justculture.guide.GuideRef;
import io.github.justculture.guide.Guides;
import io.github.justculture.restorative.RestorativeCase;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table of operations: every operation the application offers, declared once. The command
 * line's subcommands, {@code --batch}, {@code justculture schema}, the HTTP routes and the OpenAPI
 * document are all made from {@link #ALL}. Adding an operation is one entry here plus its library
 * code.
 */
public final class Operations {

  private Operations() {}

  // Options, declared once and shared by the operations that take them.

  private static final OptionDef GUIDE =
      OptionDef.of(
          "guide",
          "--guide",
          "ID",
          OptionDef.Kind.TEXT,
          "A built-in guide: nhs-2018 (the default) or reason-1997.");

  private static final OptionDef DEFINITION =
      OptionDef.of(
          "definition",
          "--definition",
          "FILE",
          OptionDef.Kind.JSON_FILE,
          "A guide definition in JSON (a trust's own), instead of a built-in guide.");

  private static final OptionDef DRAWS =
      OptionDef.of(
              "draws",
              "--draws",
              "N",
              OptionDef.Kind.WHOLE_NUMBER,
              "Simulation draws, 1 to " + SimulationOptions.MAX_DRAWS + ".")
          .withDefault(Integer.toString(SimulationOptions.DEFAULT_DRAWS));

  private static final OptionDef SEED =
      OptionDef.of(
              "seed",
              "--seed",
              "S",
              OptionDef.Kind.WHOLE_NUMBER,
              "The seed: the same seed and draws give the same result on any number of threads.")
          .withDefault(Long.toString(SimulationOptions.DEFAULT_SEED));

  private static final Options<GuideChoice> GUIDE_CHOICE =
      Options.of(GuideChoice.class, GUIDE, DEFINITION);

  private static final Options<SimulationOptions> SIMULATION =
      Options.of(SimulationOptions.class, DRAWS, SEED);

  /** {@code guide evaluate}. */
  public static final Operation<EvaluationRequest, GuideChoice, Object> GUIDE_EVALUATE =
      Operation.named("guide evaluate", "Evaluate answers against a guide; print the result.")
          .decision()
          .details(
              "Input: {\"guide\":\"nhs-2018\",\"unknownPolicy\":\"SUSPEND\",\"answers\":{\"1a\":\"NO\","
                  + "...}}; each answer YES, NO or UNKNOWN, or {\"answer\":\"NO\",\"rationale\":\"...\","
                  + "\"evidence\":[...]}.")
          .input(
              Input.json(EvaluationRequest.class, "evaluation-request.schema.json")
                  .alsoOnFailure(Operations::unknownQuestions))
          .options(GUIDE_CHOICE)
          .call(
              (request, choice, ctx) -> (Object) request.evaluateWith(guideFor(request, choice)),
              Output.json("guide-result.schema.json"));

  /** {@code guide validate}. */
  public static final Operation<GuideDefinition, Options.None, Object> GUIDE_VALIDATE =
      Operation.named(
              "guide validate",
              "Check a guide definition; print its id, version and content hash when valid.")
          .details("Exit 2 with one line per problem, each naming its JSON path, otherwise.")
          .input(Input.json(GuideDefinition.class, "guide-definition.schema.json"))
          .noOptions()
          .call(
              (definition, none, ctx) -> (Object) validation(Guide.of(definition).ref()),
              Output.json("guide-validation.schema.json"));

  /** {@code gate check}. */
  public static final Operation<FormalActionProposal, GateConfig, Object> GATE_CHECK =
      Operation.named(
              "gate check",
              "Check a formal-action proposal before disciplinary action, suspension or referral.")
          .decision()
          .details(
              "Each item MET, UNMET (with the reason), NOT_APPLICABLE or ADVISORY (not met, reported,"
                  + " not failing), whether the gate passed, and the fairness prompts when it did not."
                  + " Exit 0 whenever a result is produced, passed or not; 2 for an invalid proposal.")
          .input(Input.json(FormalActionProposal.class, "gate-proposal.schema.json"))
          .options(
              Options.of(
                  GateConfig.class,
                  OptionDef.of(
                          "suspensionReviewDays",
                          "--suspension-review-days",
                          "DAYS",
                          OptionDef.Kind.WHOLE_NUMBER,
                          "The longest time from a suspension's start to its first review.")
                      .withDefault(Integer.toString(GateConfig.DEFAULT_SUSPENSION_REVIEW_DAYS)),
                  OptionDef.of(
                          "minimumDecisionMakers",
                          "--minimum-decision-makers",
                          "N",
                          OptionDef.Kind.WHOLE_NUMBER,
                          "The least number of distinct decision-makers besides the HR adviser.")
                      .withDefault(Integer.toString(GateConfig.DEFAULT_MINIMUM_DECISION_MAKERS)),
                  OptionDef.of(
                          "restorativeTrackRequired",
                          "--require-restorative-track",
                          "true|false",
                          OptionDef.Kind.BOOLEAN,
                          "Whether an unmet restorative track fails the gate (the 2019 letter does not"
                              + " ask for one, so by default it is advisory).")
                      .withDefault("false")))
          .call(
              (proposal, config, ctx) -> (Object) FormalActionGate.of(config).check(proposal),
              Output.json("gate-result.schema.json"));

  /** {@code restorative check}. */
  public static final Operation<RestorativeCase, AssessmentDay, Object> RESTORATIVE_CHECK =
      Operation.named(
              "restorative check",
              "Check a restorative case: what is outstanding, the checklist, whether it may close.")
          .input(Input.json(RestorativeCase.class, "restorative-case.schema.json"))
          .options(
              Options.of(
                  AssessmentDay.class,
                  OptionDef.of(
                          "today",
                          "--today",
                          "DATE",
                          OptionDef.Kind.DATE,
                          "The date to check overdue obligations against, such as 2026-11-22.")
                      .withContextDefault("today's date", ctx -> ctx.today().toString())))
          .call(
              (restorative, day, ctx) -> (Object) restorative.assess(day.today()),
              Output.json("restorative-assessment.schema.json"));

  /** {@code civility score}. */
  public static final Operation<SelfAssessment, FrameworkChoice, Object> CIVILITY_SCORE =
      Operation.named(
              "civility score",
              "Score a civility self-assessment: per theme the mean and the weakest element.")
          .input(Input.json(SelfAssessment.class, "civility-self-assessment.schema.json"))
          .options(
              Options.of(
                  FrameworkChoice.class,
                  OptionDef.of(
                      "framework",
                      "--framework",
                      "FILE",
                      OptionDef.Kind.JSON_FILE,
                      "An organisation's own framework (JSON) instead of the built-in"
                          + " justculture-civility-1.")))
          .call(
              (assessment, framework, ctx) -> (Object) framework.chosen().score(assessment),
              Output.json("civility-score.schema.json"));

  /** {@code equality relative-likelihood}. */
  public static final Operation<RelativeLikelihoodRequest, Options.None, Object>
      EQUALITY_RELATIVE_LIKELIHOOD =
          Operation.named(
                  "equality relative-likelihood",
                  "The relative likelihood of an event for a focus group against a reference group.")
              .details(
                  "With its 95% interval and its classification against 0.80-1.25. Input:"
                      + " {\"focus\":{\"events\":12,\"headcount\":800},\"reference\":{\"events\":20,"
                      + "\"headcount\":2600}}.")
              .input(
                  Input.json(
                      RelativeLikelihoodRequest.class, "relative-likelihood-request.schema.json"))
              .noOptions()
              .call(
                  (request, none, ctx) -> (Object) request.compute(),
                  Output.json("relative-likelihood.schema.json"));

  /** {@code equality wres3}. */
  public static final Operation<CsvSource, Options.None, Object> EQUALITY_WRES3 =
      Operation.named(
              "equality wres3",
              "WRES indicator 3 from person-level CSV records: person,group,entered.")
          .details(
              "group is BME, WHITE or UNKNOWN; entered yes or no. Each person counts once; unknown"
                  + " groups are excluded and counted. Streams the records: a million rows run in a"
                  + " small heap; memory grows with the distinct people (up to 54 bytes each),"
                  + " and a person more than the heap can count is reported as a bad row. Every"
                  + " bad row is named on standard error (without its personal"
                  + " data), and no result is produced: a figure over part of the records would"
                  + " mislead.")
          .input(
              Input.csv("wres3-record.schema.json")
                  .header((header, none, ctx) -> Wres3.checkHeader(header)))
          .noOptions()
          .call(
              (records, none, ctx) ->
                  (Object)
                      Wres3.compute(
                          records.stream(), RelativeLikelihood.DEFAULT_SMALL_NUMBERS, ctx::canGrow),
              Output.json("wres3.schema.json"));

  /** {@code cost estimate}. */
  public static final Operation<CostProfile, Options.None, Object> COST_ESTIMATE =
      Operation.named(
              "cost estimate", "Estimate the cost of bullying and harassment for a profile.")
          .details(
              "Input: {\"preset\":\"kline-lewis-2019\",\"headcount\":5200,\"prevalence\":0.21,"
                  + "\"annualPay\":\"34000.00\"}. Any model parameter may be given; the rest come from"
                  + " the preset, and the result lists every parameter with its provenance.")
          .input(Input.json(CostProfile.class, "cost-profile.schema.json"))
          .noOptions()
          .call(
              (profile, none, ctx) -> estimate(profile),
              Output.<Object>json("cost-estimate.schema.json")
                  .withFormat("csv", (value, out, problems) -> estimateCsv(value, out))
                  .withFormat("table", (value, out, problems) -> estimateTable(value, out)));

  /** {@code cost compare}. */
  public static final Operation<ComparisonRequest, Options.None, Object> COST_COMPARE =
      Operation.named(
              "cost compare",
              "Compare a baseline and a scenario: the saving, the return on a programme, the"
                  + " break-even reduction in prevalence.")
          .details(
              "Input: {\"baseline\":{...profile...},\"scenario\":{...profile...},"
                  + "\"programmeCost\":\"250000\"}.")
          .input(Input.json(ComparisonRequest.class, "cost-comparison-request.schema.json"))
          .noOptions()
          .call(
              (request, none, ctx) -> (Object) CostCalculator.compare(request),
              Output.json("cost-comparison.schema.json"));

  /** {@code cost sensitivity}. */
  public static final Operation<CostProfile, Options.None, Object> COST_SENSITIVITY =
      Operation.named(
              "cost sensitivity",
              "One-way sensitivity of the total to each parameter with a range, largest first.")
          .input(Input.json(CostProfile.class, "cost-profile.schema.json"))
          .noOptions()
          .call(
              (profile, none, ctx) -> (Object) CostCalculator.sensitivity(profile),
              Output.json("cost-sensitivity.schema.json"));

  /** {@code cost simulate}. */
  public static final Operation<SimulationRequest, SimulationOptions, Object> COST_SIMULATE =
      Operation.named(
              "cost simulate",
              "Monte Carlo: the mean, P5, P50 and P95 of each component and of the total.")
          .details(
              "Input: {\"profile\":{...},\"distributions\":{\"prevalence\":{\"type\":\"BETA\","
                  + "\"successes\":1092,\"trials\":5200}},\"presetRanges\":true}. The same seed and"
                  + " draws give the same output for any number of threads. Money is written as a"
                  + " decimal string.")
          .parallel()
          .input(Input.json(SimulationRequest.class, "cost-simulation-request.schema.json"))
          .options(SIMULATION)
          .call(
              Operations::simulate,
              Output.<Object>json("cost-simulation.schema.json")
                  .withFormat("csv", (value, out, problems) -> simulationCsv(value, out)));

  /** {@code cost sweep}. */
  public static final Operation<CsvSource, SweepOptions, SweepRun> COST_SWEEP =
      Operation.named("cost sweep", "Estimate many profiles from CSV, one row each, streamed.")
          .details(
              "Header: profile fields such as preset,headcount,prevalence,dailyPay (any subset, any"
                  + " order), and the id columns named by --id; an empty cell takes the preset's"
                  + " value. Writes one CSV row per valid input row: row, the input columns (ids"
                  + " unchanged), the six components, total, perEmployee, perBulliedEmployee, and with"
                  + " --draws the simulated totalP5, totalP50, totalP95 (the same seed for every row).",
              "Each bad row is named on standard error with its row and column; the good rows are"
                  + " still written, and the exit code is then 2. Amounts are plain numbers in pounds.")
          .parallel()
          .input(
              Input.csv("cost-sweep-record.schema.json")
                  .header(
                      (header, options, ctx) -> {
                        try {
                          CostSweep.checkHeader(header, (SweepOptions) options);
                        } catch (InvalidInputException e) {
                          throw sweepHeaderProblems(e, ctx);
                        }
                      },
                      "ids"))
          .options(
              Options.of(
                  SweepOptions.class,
                  OptionDef.of(
                      "ids",
                      "--id",
                      "COLUMNS",
                      OptionDef.Kind.LIST,
                      "Columns that only label rows (a trust's code, a region), comma-separated:"
                          + " passed through unchanged."),
                  OptionDef.of(
                      "draws",
                      "--draws",
                      "N",
                      OptionDef.Kind.WHOLE_NUMBER,
                      "Also simulate every row with the preset's ranges: N draws each, 1 to "
                          + SweepOptions.MAX_DRAWS
                          + "."),
                  OptionDef.of(
                          "seed",
                          "--seed",
                          "S",
                          OptionDef.Kind.WHOLE_NUMBER,
                          "The seed of every row's simulation.")
                      .withDefault(Long.toString(SweepOptions.DEFAULT_SEED))))
          .call(
              (records, options, ctx) -> {
                options
                    .draws()
                    .ifPresent(
                        d -> ctx.reserveMemory(CostCalculator.simulationBytes(d), "draws", d));
                try {
                  return new SweepRun(CostSweep.of(records.stream(), options, ctx.executor()), ctx);
                } catch (InvalidInputException e) {
                  throw sweepHeaderProblems(e, ctx);
                }
              },
              Output.csv("cost-sweep-row.schema.json", Operations::sweepRows));

  /**
   * A sweep under way, and the context whose limit on draws its rows' simulations count against.
   *
   * @param sweep the sweep
   * @param context the context it runs in
   */
  public record SweepRun(CostSweep sweep, Context context) {}

  /** {@code guide report}. */
  public static final Operation<EvaluationRequest, GuideChoice, String> GUIDE_REPORT =
      Operation.named(
              "guide report",
              "Write an HTML report: the guide's flowchart with the route of these answers, the"
                  + " answers and rationales, the outcome and its system clause, the caveats.")
          .commandLineOnly()
          .input(
              Input.json(EvaluationRequest.class, "evaluation-request.schema.json")
                  .alsoOnFailure(Operations::unknownQuestions))
          .options(GUIDE_CHOICE)
          .call(
              (request, choice, ctx) -> {
                Guide guide = guideFor(request, choice);
                return GuideReport.html(guide, request.evaluateWith(guide), request.answers());
              },
              Output.html());

  /** {@code cost report}. */
  public static final Operation<CostProfile, SimulationOptions, String> COST_REPORT =
      Operation.named(
              "cost report",
              "Write an HTML report for a profile: the six components, the tornado chart of one-way"
                  + " sensitivity, and the simulated distribution of the total with P5/P50/P95.")
          .commandLineOnly()
          .parallel()
          .input(Input.json(CostProfile.class, "cost-profile.schema.json"))
          .options(SIMULATION)
          .call(
              (profile, sim, ctx) ->
                  CostReport.html(
                      CostCalculator.estimate(profile),
                      CostCalculator.sensitivity(profile),
                      simulation(SimulationRequest.builder().profile(profile).build(), sim, ctx)),
              Output.html());

  /** {@code case report}. */
  public static final Operation<CaseReportInput, Options.None, String> CASE_REPORT =
      Operation.named(
              "case report",
              "Write a one-page HTML report of an incident: each evaluation's outcome, the"
                  + " restorative checklist and what is outstanding, and each gate result.")
          .commandLineOnly()
          .input(Input.json(CaseReportInput.class, "case-report-input.schema.json"))
          .noOptions()
          .call((input, none, ctx) -> CaseReport.html(input), Output.html());

  /**
   * The options that choose a guide, for commands outside the table that take them too.
   *
   * @return the options
   */
  public static Options<GuideChoice> guideChoiceOptions() {
    return GUIDE_CHOICE;
  }

  /** Every operation, in the order help lists them. */
  public static final List<Operation<?, ?, ?>> ALL =
      List.of(
          GUIDE_EVALUATE,
          GUIDE_VALIDATE,
          GUIDE_REPORT,
          GATE_CHECK,
          RESTORATIVE_CHECK,
          CIVILITY_SCORE,
          EQUALITY_RELATIVE_LIKELIHOOD,
          EQUALITY_WRES3,
          COST_ESTIMATE,
          COST_COMPARE,
          COST_SENSITIVITY,
          COST_SIMULATE,
          COST_SWEEP,
          COST_REPORT,
          CASE_REPORT);

  /**
   * An operation by name.
   *
   * @param name for example {@code cost estimate}
   * @return the operation, or empty
   */
  public static Optional<Operation<?, ?, ?>> byName(String name) {
    return ALL.stream().filter(op -> op.name().equals(name)).findFirst();
  }

  // The calls that take more than a line.

  private static Guide guideFor(EvaluationRequest request, GuideChoice choice) {
    return choice.chosen().orElseGet(request::builtInGuide);
  }

  /**
   * Answers to questions the guide does not have, found in the raw document so that they are
   * reported with the document's other problems.
   */
  private static List<Finding> unknownQuestions(JsonNode request, Object options) {
    Optional<Guide> guide =
        options instanceof GuideChoice choice ? choice.chosen() : Optional.empty();
    if (guide.isEmpty()) {
      JsonNode id = request.get("guide");
      guide =
          id == null || id.isNull()
              ? Optional.of(Guides.nhs2018())
              : id.isTextual() ? Guides.builtIn(id.asText()) : Optional.empty();
    }
    JsonNode answers = request.get("answers");
    if (guide.isEmpty() || answers == null || !answers.isObject()) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    answers.fieldNames().forEachRemaining(ids::add);
    return guide.get().unknownQuestions(ids);
  }

  private static Map<String, Object> validation(GuideRef ref) {
    Map<String, Object> valid = new LinkedHashMap<>();
    valid.put("valid", true);
    valid.put("guide", ref);
    return valid;
  }

  private static Object estimate(CostProfile profile) {
    boolean conflict =
        profile
            .preset()
            .flatMap(Presets::byId)
            .map(p -> p.model() == CostModel.ACAS_CONFLICT)
            .orElse(false);
    return conflict ? CostCalculator.estimateConflict(profile) : CostCalculator.estimate(profile);
  }

  private static Object simulate(
      SimulationRequest request, SimulationOptions options, Context context) {
    return simulation(request, options, context);
  }

  private static SimulationResult simulation(
      SimulationRequest request, SimulationOptions options, Context context) {
    context.reserveMemory(
        CostCalculator.simulationBytes(options.draws()), "draws", options.draws());
    context.reserveDraws(options.draws(), "draws", options.draws());
    return CostCalculator.simulate(
        request,
        options.draws(),
        options.seed(),
        context.executor(),
        context.progress("simulating", options.draws()));
  }

  /**
   * A simulation as CSV for pandas and R: one row per component and the total, amounts as plain
   * numbers in pounds.
   */
  private static void simulationCsv(Object value, Appendable out) throws IOException {
    SimulationResult r = (SimulationResult) value;
    out.append("line,mean,p5,p50,p95\n");
    Map<String, Summary> lines = new LinkedHashMap<>(r.components());
    lines.put("total", r.total());
    for (Map.Entry<String, Summary> line : lines.entrySet()) {
      Summary s = line.getValue();
      csvLine(
          out,
          List.of(
              line.getKey(),
              s.mean().toString(),
              s.p5().toString(),
              s.p50().toString(),
              s.p95().toString()));
    }
  }

  /** The lines of an estimate: each component, the total and the per-head figures. */
  private static Map<String, Gbp> lines(Object estimate) {
    Map<String, Gbp> lines = new LinkedHashMap<>();
    if (estimate instanceof CostEstimate e) {
      lines.putAll(e.components().asMap());
      lines.put("total", e.total());
      lines.put("perEmployee", e.perEmployee());
      e.perBulliedEmployee().ifPresent(g -> lines.put("perBulliedEmployee", g));
    } else {
      ConflictCostEstimate e = (ConflictCostEstimate) estimate;
      lines.putAll(e.components().asMap());
      lines.put("total", e.total());
    }
    return lines;
  }

  private static void estimateCsv(Object estimate, Appendable out) throws IOException {
    out.append("line,amount\n");
    for (Map.Entry<String, Gbp> line : lines(estimate).entrySet()) {
      out.append(line.getKey()).append(',').append(line.getValue().toString()).append('\n');
    }
  }

  private static void estimateTable(Object estimate, Appendable out) throws IOException {
    Map<String, Gbp> lines = lines(estimate);
    List<ParameterValue> parameters;
    List<String> notes;
    if (estimate instanceof CostEstimate e) {
      parameters = e.parameters();
      notes = e.notes();
    } else {
      parameters = ((ConflictCostEstimate) estimate).parameters();
      notes = ((ConflictCostEstimate) estimate).notes();
    }
    Gbp total = java.util.Objects.requireNonNull(lines.get("total"), "an estimate without a total");
    out.append(String.format("%-24s %20s %7s%n", "component", "amount", "share"));
    for (Map.Entry<String, Gbp> line : lines.entrySet()) {
      String name = line.getKey();
      boolean component = !name.equals("total") && !name.startsWith("per");
      String share =
          total.isZero() || !component
              ? ""
              : line.getValue()
                      .amount()
                      .multiply(BigDecimal.valueOf(100))
                      .divide(total.amount(), 1, RoundingMode.HALF_UP)
                  + "%";
      out.append(String.format("%-24s %20s %7s%n", name, line.getValue().format(), share));
    }
    out.append(System.lineSeparator());
    out.append(String.format("%-42s %-16s %-10s %s%n", "parameter", "value", "provenance", "unit"));
    for (ParameterValue p : parameters) {
      out.append(
          String.format("%-42s %-16s %-10s %s%n", p.name(), p.value(), p.provenance(), p.unit()));
    }
    for (String note : notes) {
      out.append(System.lineSeparator())
          .append("Note: ")
          .append(note)
          .append(System.lineSeparator());
    }
  }

  /** The sweep's output columns after the input's. */
  static final List<String> SWEEP_OUTPUT =
      java.util.stream.Stream.concat(
              BullyingCosts.COMPONENTS.stream(),
              java.util.stream.Stream.of("total", "perEmployee", "perBulliedEmployee"))
          .toList();

  /**
   * A sweep header's problems: an id column missing from the header is a problem of the option that
   * named it, the rest problems of the header.
   */
  private static InvalidRequestException sweepHeaderProblems(InvalidInputException e, Context ctx) {
    List<Problem> problems = new ArrayList<>();
    String ids = JsonPaths.field(JsonPaths.ROOT, "ids");
    for (Finding f : e.findings()) {
      problems.add(
          f.path().startsWith(ids + "[")
              ? Problem.ofOption(
                  ctx.optionName("ids"), JsonPaths.ROOT + f.path().substring(ids.length()), f)
              : Problem.of(f));
    }
    return new InvalidRequestException(problems, e.total());
  }

  /**
   * Writes each good row as it is estimated; each bad row's problems go to the sink. A simulated
   * row's draws count against the context's limit before the row is written (so a request refused
   * for it has made at most one row's draws past the limit).
   */
  private static void sweepRows(SweepRun run, Appendable out, Output.ProblemSink problems)
      throws IOException {
    CostSweep sweep = run.sweep();
    boolean simulated = sweep.options().draws().isPresent();
    List<String> header = new ArrayList<>();
    header.add("row");
    header.addAll(sweep.columns());
    header.addAll(SWEEP_OUTPUT);
    if (simulated) {
      header.addAll(List.of("totalP5", "totalP50", "totalP95"));
    }
    csvLine(out, header);
    for (Optional<SweepRow> next = sweep.next(); next.isPresent(); next = sweep.next()) {
      SweepRow row = next.get();
      if (row.estimate().isEmpty()) {
        for (CsvProblem problem : row.problems()) {
          problems.add(Problem.of(problem));
        }
        continue;
      }
      if (row.simulatedTotal().isPresent()) {
        int draws = sweep.options().draws().orElseThrow();
        run.context().reserveDraws(draws, "draws", draws);
      }
      CostEstimate e = row.estimate().get();
      List<String> cells = new ArrayList<>();
      cells.add(Long.toString(row.input().row()));
      cells.addAll(row.input().values());
      e.components().asMap().values().forEach(g -> cells.add(g.toString()));
      cells.add(e.total().toString());
      cells.add(e.perEmployee().toString());
      cells.add(e.perBulliedEmployee().map(Gbp::toString).orElse(""));
      row.simulatedTotal()
          .ifPresent(
              t -> {
                cells.add(t.p5().toString());
                cells.add(t.p50().toString());
                cells.add(t.p95().toString());
              });
      csvLine(out, cells);
    }
  }

  /** One CSV line, each cell quoted when it needs to be. */
  static void csvLine(Appendable out, List<String> cells) throws IOException {
    Iterator<String> it = cells.iterator();
    while (it.hasNext()) {
      String value = it.next();
      if (value.contains(",")
          || value.contains("\"")
          || value.contains("\n")
          || value.contains("\r")) {
        out.append('"').append(value.replace("\"", "\"\"")).append('"');
      } else {
        out.append(value);
      }
      if (it.hasNext()) {
        out.append(',');
      }
    }
    out.append('\n');
  }
}
