package io.github.justculture.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.justculture.civility.Action;
import io.github.justculture.civility.CivilityFramework;
import io.github.justculture.civility.ElementRating;
import io.github.justculture.civility.ImmutableAction;
import io.github.justculture.civility.ImmutableElementRating;
import io.github.justculture.civility.SelfAssessment;
import io.github.justculture.core.Evidence;
import io.github.justculture.core.ImmutableEvidence;
import io.github.justculture.gate.Alternative;
import io.github.justculture.gate.FormalActionGate;
import io.github.justculture.gate.FormalActionProposal;
import io.github.justculture.gate.ImmutableAlternativeConsidered;
import io.github.justculture.gate.ImmutableDecisionMaker;
import io.github.justculture.gate.ImmutableDeclaredConflict;
import io.github.justculture.gate.ImmutableFactFinding;
import io.github.justculture.gate.ImmutableRegulatorReferralDetails;
import io.github.justculture.gate.ImmutableSuspensionDetails;
import io.github.justculture.gate.ImmutableWellbeingSupport;
import io.github.justculture.gate.ProposedAction;
import io.github.justculture.gate.SuspensionReason;
import io.github.justculture.guide.Answer;
import io.github.justculture.guide.EvaluationRecord;
import io.github.justculture.guide.Evaluator;
import io.github.justculture.guide.GivenAnswer;
import io.github.justculture.guide.Guides;
import io.github.justculture.guide.ImmutableIncidentCase;
import io.github.justculture.guide.ImmutableSubject;
import io.github.justculture.guide.UnknownPolicy;
import io.github.justculture.restorative.AbsentParty;
import io.github.justculture.restorative.Goal;
import io.github.justculture.restorative.GoalRating;
import io.github.justculture.restorative.HarmKind;
import io.github.justculture.restorative.ImmutableGoalAssessment;
import io.github.justculture.restorative.ImmutableHarm;
import io.github.justculture.restorative.ImmutableNeed;
import io.github.justculture.restorative.ImmutableObligation;
import io.github.justculture.restorative.ImmutableParty;
import io.github.justculture.restorative.ImmutableSuspension;
import io.github.justculture.restorative.ObligationStatus;
import io.github.justculture.restorative.PartyType;
import io.github.justculture.restorative.RestorativeCase;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Personal data never reaches a log through {@code toString()} (issue 11, item 8). Every free-text
 * field and every reference to a person of every value type is planted with a sentinel; then the
 * whole object graph is walked and every value's {@code toString()} is checked. The test also fails
 * when a value type gains a text field nobody classified, or a value type is not reached at all:
 * adding a type or a field means deciding whether it may show.
 */
class PersonalDataTest {

  /** Marks a planted value: free text, or a reference to a person. */
  private static final String S = "SENTINEL-";

  /**
   * Text fields that may show in {@code toString()}: identifiers of things (not people), codes,
   * dates, and text written by the library or a definition author, never by a case worker about a
   * person.
   */
  private static final Set<String> SHOWN =
      Set.of(
          // case-local ids and references to records, not people
          "Party.id",
          "Harm.id",
          "Harm.party",
          "Need.id",
          "Need.party",
          "Obligation.id",
          "Obligation.need",
          "Obligation.obligatedParty",
          "Suspension.party",
          "RestorativeCase.reference",
          "RestorativeAssessment.caseReference",
          "Evidence.reference",
          "FactFinding.reference",
          "FormalActionProposal.reference",
          "FormalActionProposal.incident",
          "FormalActionProposal.seniorHrAdvice",
          "IncidentCase.reference",
          "GateResult.proposal",
          "RegulatorReferralDetails.regulator",
          "Subject.professionalGroup",
          // written by the library or a definition, not about a person
          "RestorativeFinding.path",
          "RestorativeFinding.message",
          "GateItem.id",
          "GateResult.prompts",
          "GuideRef.id",
          "GuideRef.version",
          "GuideRef.sha256",
          "GuideResult.possibleOutcomes",
          "GuideResult.nextQuestion",
          "GuideResult.caveats",
          "EvaluationDiff.outcomeBefore",
          "EvaluationDiff.outcomeAfter",
          "AnswerChange.question",
          "Outcome.id",
          "Outcome.label",
          "Outcome.response",
          "Outcome.systemClause",
          "Step.question",
          "Substitution.question",
          "SelfAssessment.framework",
          "SelfAssessment.organisation",
          "SelfAssessment.period",
          "CivilityScore.framework",
          "CivilityScore.frameworkVersion",
          "CivilityScore.organisation",
          "CivilityScore.period",
          "CivilityScore.missing",
          "ElementLevel.element",
          "ElementLevel.label");

  /** Value types with no text of a case or a person in them, checked to exist. */
  private static final Set<String> NOT_BUILT_HERE =
      Set.of(
          // definitions and presets: written by an author, not about a person
          "GuideDefinition",
          "Question",
          "CivilityFramework",
          "CivilityElement",
          "MaturityLevel",
          "SourceCitation",
          // requests and outputs that carry no free text of their own
          "EvaluationRequest",
          "AnswerChange",
          "GateConfig",
          "RelativeLikelihood",
          "RelativeLikelihoodRequest",
          "GroupCount",
          "Interval",
          "Wres3Result",
          "Wres3Period",
          "CivilityComparison",
          "ThemeChange",
          "ElementChange",
          "Finding",
          "PsychologicalSafety",
          "GivenAnswerJson",
          "ThemeScore");

  @Test
  void noFreeTextOrPersonReferenceEverShowsInToString() throws IOException {
    Map<Class<?>, Object> reached = new LinkedHashMap<>();
    for (Object root : roots()) {
      walk(root, reached);
    }
    Set<String> unclassified = new TreeSet<>();
    for (Object value : reached.values()) {
      String text = value.toString();
      assertThat(text).as("toString() of %s", value.getClass().getSimpleName()).doesNotContain(S);
      for (Method m : textAccessors(value.getClass())) {
        String field = simpleName(m.getDeclaringClass()) + "." + m.getName();
        Object v = invoke(m, value);
        boolean planted = String.valueOf(v).contains(S);
        if (!planted && !SHOWN.contains(field) && !isEmpty(v)) {
          unclassified.add(field + " = " + v);
        }
      }
    }
    assertThat(unclassified)
        .as("text fields neither planted with a sentinel (and so redacted) nor listed in SHOWN")
        .isEmpty();
    Set<String> built = new TreeSet<>();
    reached.keySet().forEach(c -> built.add(valueName(c)));
    assertThat(reached.keySet())
        .as("both kinds of guide result are checked")
        .anyMatch(c -> c.getSimpleName().equals("ImmutableGuideResult"))
        .anyMatch(c -> c.getName().endsWith("Guide$Result"));
    Set<String> missing = new TreeSet<>(valueTypes());
    missing.removeAll(built);
    missing.removeAll(NOT_BUILT_HERE);
    assertThat(missing).as("value types this test never reached").isEmpty();
  }

  private static Iterable<Object> roots() {
    Instant at = Instant.parse("2026-11-20T14:30:00Z");
    LocalDate day = LocalDate.of(2026, 11, 20);
    Evidence evidence =
        ImmutableEvidence.builder()
            .kind(Evidence.Kind.DOCUMENT)
            .reference("minutes-1")
            .summary(S + "evidence-summary")
            .build();
    RestorativeCase restorative =
        RestorativeCase.builder()
            .reference("INC-1")
            .addParties(
                ImmutableParty.builder()
                    .id("patient-1")
                    .type(PartyType.FIRST_VICTIM)
                    .description(S + "party-description")
                    .build(),
                ImmutableParty.builder().id("staff-1").type(PartyType.SECOND_VICTIM).build(),
                ImmutableParty.builder().id("trust").type(PartyType.ORGANISATION).build())
            .addAbsentParties(AbsentParty.of(PartyType.COMMUNITY, S + "absent-reason"))
            .addHarms(
                ImmutableHarm.builder()
                    .id("h1")
                    .party("patient-1")
                    .kind(HarmKind.PHYSICAL)
                    .description(S + "harm-description")
                    .acknowledged(false)
                    .build())
            .addNeeds(
                ImmutableNeed.builder()
                    .id("n1")
                    .party("patient-1")
                    .description(S + "need-description")
                    .exploredWithParty(false)
                    .build(),
                ImmutableNeed.builder()
                    .id("n2")
                    .party("staff-1")
                    .description(S + "need-description")
                    .exploredWithParty(true)
                    .noObligationReason(S + "no-obligation-reason")
                    .build())
            .addObligations(
                ImmutableObligation.builder()
                    .id("o1")
                    .need("n1")
                    .obligatedParty("trust")
                    .commitment(S + "commitment")
                    .status(ObligationStatus.ACCEPTED)
                    .due(day.minusDays(3))
                    .build())
            .addGoals(
                ImmutableGoalAssessment.builder()
                    .goal(Goal.MORAL_ENGAGEMENT)
                    .rating(GoalRating.ACHIEVED)
                    .addEvidence(evidence)
                    .assessor(S + "assessor")
                    .build())
            .addSuspensions(
                ImmutableSuspension.builder().party("staff-1").start(day.minusDays(10)).build())
            .build();
    Map<String, GivenAnswer> answers = new LinkedHashMap<>();
    for (String q : new String[] {"1a", "2a", "2b", "2c", "3a", "3b"}) {
      answers.put(
          q,
          GivenAnswer.builder()
              .answer(q.equals("3a") ? Answer.YES : Answer.NO)
              .rationale(S + "rationale")
              .addEvidence(S + "evidence")
              .answeredBy(S + "answered-by")
              .answeredAt(at)
              .build());
    }
    EvaluationRecord record =
        EvaluationRecord.evaluate(
            Guides.nhs2018(),
            ImmutableSubject.builder()
                .reference(S + "subject")
                .professionalGroup("nursing")
                .build(),
            S + "act",
            answers,
            java.util.List.of(
                Evaluator.of(S + "evaluator", Evaluator.Role.MANAGER),
                Evaluator.of(S + "evaluator-2", Evaluator.Role.HR)),
            UnknownPolicy.SUSPEND,
            at);
    FormalActionProposal proposal =
        FormalActionProposal.builder()
            .reference("FAP-1")
            .incident("INC-1")
            .subject(record.subject())
            .act(S + "act")
            .proposedOn(day)
            .addActions(ProposedAction.SUSPENSION, ProposedAction.REGULATOR_REFERRAL)
            .evaluation(record)
            .seniorHrAdvice("advice-1")
            .addDecisionMakers(
                ImmutableDecisionMaker.builder()
                    .reference(S + "decision-maker")
                    .conflicts(
                        java.util.List.of(
                            ImmutableDeclaredConflict.builder()
                                .conflict(S + "conflict")
                                .mitigation(S + "mitigation")
                                .build()))
                    .build())
            .hrAdviser(S + "hr-adviser")
            .lineManager(S + "line-manager")
            .factFinding(
                ImmutableFactFinding.builder()
                    .reference("ff-1")
                    .includesPersonsAccount(false)
                    .completedOn(day)
                    .investigator(S + "investigator")
                    .investigatorConflicts(
                        java.util.List.of(
                            ImmutableDeclaredConflict.builder()
                                .conflict(S + "investigator-conflict")
                                .mitigation(S + "investigator-mitigation")
                                .build()))
                    .build())
            .addAlternatives(
                ImmutableAlternativeConsidered.builder()
                    .alternative(Alternative.INFORMAL_RESOLUTION)
                    .adopted(false)
                    .rejectedBecause(S + "rejected-because")
                    .build())
            .suspension(
                ImmutableSuspensionDetails.builder()
                    .reason(SuspensionReason.OTHER)
                    .restrictedDutiesConsidered(false)
                    .redeploymentConsidered(false)
                    .addAuthorisers(S + "authoriser")
                    .start(day)
                    .reviewDate(day.plusDays(40))
                    .pointOfContact(S + "point-of-contact")
                    .build())
            .wellbeing(
                ImmutableWellbeingSupport.builder()
                    .occupationalHealthOffered(false)
                    .employeeAssistanceOffered(false)
                    .namedContact(S + "named-contact")
                    .build())
            .regulatorReferral(
                ImmutableRegulatorReferralDetails.builder()
                    .regulator("NMC")
                    .necessity(S + "necessity")
                    .proportionality(S + "proportionality")
                    .build())
            .restorativeCase(restorative)
            .build();
    CivilityFramework framework = CivilityFramework.builtIn();
    String element = framework.elements().get(0).id();
    ElementRating rating =
        ImmutableElementRating.builder()
            .notApplicable(S + "not-applicable")
            .addActions(
                ImmutableAction.builder()
                    .owner(S + "action-owner")
                    .description(S + "action-description")
                    .due(day)
                    .build())
            .build();
    SelfAssessment assessment =
        SelfAssessment.builder()
            .framework(framework.id())
            .organisation("RXX")
            .period("2026-Q3")
            .putRating(element, rating)
            .build();
    Action unused = rating.actions().get(0);
    SelfAssessment rated =
        SelfAssessment.builder()
            .framework(framework.id())
            .organisation("RXX")
            .period("2026-Q4")
            .putRating(element, ElementRating.of(1))
            .build();
    Map<String, GivenAnswer> doubtful = new LinkedHashMap<>(answers);
    doubtful.put(
        "3b", GivenAnswer.builder().answer(Answer.UNKNOWN).rationale(S + "rationale").build());
    EvaluationRecord benefitOfDoubt =
        EvaluationRecord.evaluate(
            Guides.nhs2018(),
            record.subject(),
            S + "act",
            doubtful,
            record.evaluators(),
            UnknownPolicy.BENEFIT_OF_DOUBT,
            at);
    return java.util.List.of(
        framework.score(rated),
        io.github.justculture.guide.ImmutableGuideResult.copyOf(benefitOfDoubt.result()),
        benefitOfDoubt,
        benefitOfDoubt.reevaluate(Guides.nhs2018()),
        proposal,
        FormalActionGate.withDefaults().check(proposal),
        restorative.assess(day),
        ImmutableIncidentCase.builder().reference("INC-1").addEvaluations(record).build(),
        assessment,
        framework.score(assessment),
        unused);
  }

  /** Every justculture value reachable from a root, one instance per class. */
  private static void walk(Object root, Map<Class<?>, Object> reached) {
    Deque<Object> todo = new ArrayDeque<>();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    todo.push(root);
    while (!todo.isEmpty()) {
      Object o = todo.pop();
      if (!seen.add(o)) {
        continue;
      }
      if (o instanceof Optional<?> opt) {
        opt.ifPresent(todo::push);
      } else if (o instanceof Collection<?> c) {
        c.forEach(todo::push);
      } else if (o instanceof Map<?, ?> m) {
        m.values().forEach(todo::push);
      } else if (isValue(o.getClass())) {
        reached.putIfAbsent(o.getClass(), o);
        for (Method m : accessors(o.getClass())) {
          Object v = invoke(m, o);
          if (v != null) {
            todo.push(v);
          }
        }
      }
    }
  }

  private static boolean isValue(Class<?> c) {
    return c.getName().startsWith("io.github.justculture.") && valueName(c) != null;
  }

  /**
   * The value type a class implements: an {@code Immutable*} class, or another implementation of a
   * value type (the result {@code Guide} makes, which works out its lists when first read).
   */
  private static @org.jspecify.annotations.Nullable String valueName(Class<?> c) {
    if (c.getSimpleName().startsWith("Immutable")) {
      return c.getSimpleName().substring("Immutable".length());
    }
    Class<?> s = c.getSuperclass();
    if (s == null || !Modifier.isAbstract(s.getModifiers())) {
      return null;
    }
    try {
      Class.forName(s.getPackageName() + ".Immutable" + s.getSimpleName());
      return s.getSimpleName();
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private static Iterable<Method> accessors(Class<?> c) {
    return Stream.of(c.getSuperclass().getMethods())
        .filter(m -> Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0)
        .toList();
  }

  private static Iterable<Method> textAccessors(Class<?> c) {
    return Stream.of(c.getSuperclass().getMethods())
        .filter(m -> Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0)
        .filter(
            m -> {
              String t = m.getGenericReturnType().getTypeName();
              return t.equals("java.lang.String") || t.endsWith("<java.lang.String>");
            })
        .toList();
  }

  private static Object invoke(Method m, Object target) {
    try {
      m.setAccessible(true);
      return m.invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new LinkageError(m.getName() + " could not be called", e);
    }
  }

  private static boolean isEmpty(Object v) {
    return v == null
        || (v instanceof Optional<?> o && o.isEmpty())
        || (v instanceof Collection<?> c && c.isEmpty());
  }

  private static String simpleName(Class<?> c) {
    String name = c.getSimpleName();
    return name.startsWith("Immutable") ? name.substring("Immutable".length()) : name;
  }

  /** The value types of core and decision-guide, from their compiled classes. */
  private static Set<String> valueTypes() throws IOException {
    Set<String> names = new TreeSet<>();
    for (Path classes : new Path[] {Path.of("target/classes"), Path.of("../core/target/classes")}) {
      try (Stream<Path> files = Files.walk(classes)) {
        files
            .map(p -> p.getFileName().toString())
            .filter(n -> n.startsWith("Immutable") && n.endsWith(".class") && !n.contains("$"))
            .map(n -> n.substring("Immutable".length(), n.length() - ".class".length()))
            .forEach(names::add);
      }
    }
    names.remove("TestProfile");
    return names;
  }
}
