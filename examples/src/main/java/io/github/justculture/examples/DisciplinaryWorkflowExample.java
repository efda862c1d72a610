package io.github.justculture.examples;

import io.github.justculture.core.json.JsonCodec;
import io.github.justculture.core.json.JustCultureJson;
import io.github.justculture.gate.FormalActionGate;
import io.github.justculture.gate.FormalActionProposal;
import io.github.justculture.gate.GateResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How an HR system embeds the formal-action gate: its disciplinary workflow refuses to open a case
 * until the gate passes, and records every gate check as an auditable JSON document (what was
 * proposed, when it was checked, the full result and the configuration). Here the audit store is a
 * list; a real system would append to its own audit table.
 *
 * <p>Run it, after {@code ./mvnw -q -B -DskipTests package}, with {@code java -cp
 * cli/target/justculture.jar:examples/target/classes
 * io.github.justculture.examples.DisciplinaryWorkflowExample} (see {@code examples/README.md}).
 */
public final class DisciplinaryWorkflowExample {

  private static final JsonCodec JSON = JustCultureJson.codec();

  private final FormalActionGate gate;
  private final List<String> auditLog = new ArrayList<>();
  private final List<String> openCases = new ArrayList<>();

  /** A workflow using the gate with its default configuration. */
  public DisciplinaryWorkflowExample() {
    this(FormalActionGate.withDefaults());
  }

  /**
   * A workflow using a configured gate (for example a trust's 14-day suspension review).
   *
   * @param gate the gate
   */
  public DisciplinaryWorkflowExample(FormalActionGate gate) {
    this.gate = gate;
  }

  /**
   * Tries to open a formal case: checks the gate, records the check, and opens the case only if it
   * passed.
   *
   * @param proposal the proposal
   * @param at when the check is made (the host system's clock, never the library's)
   * @return the new case's reference, or empty when the gate refused (see {@link #auditLog()} for
   *     why)
   */
  public Optional<String> openCase(FormalActionProposal proposal, Instant at) {
    GateResult result = gate.check(proposal);
    Map<String, Object> audit = new LinkedHashMap<>();
    audit.put("type", "formal-action-gate-check");
    audit.put("checkedAt", at.toString());
    audit.put("proposal", proposal.reference());
    audit.put("subject", proposal.subject().reference());
    audit.put("incident", proposal.incident());
    audit.put("actions", proposal.actions());
    audit.put("result", result);
    auditLog.add(JSON.write(audit));
    if (!result.passed()) {
      return Optional.empty();
    }
    String caseReference = "DISC-" + proposal.reference();
    openCases.add(caseReference);
    return Optional.of(caseReference);
  }

  /**
   * Every gate check made, as one JSON document each, oldest first.
   *
   * @return the audit documents
   */
  public List<String> auditLog() {
    return List.copyOf(auditLog);
  }

  /**
   * The cases opened.
   *
   * @return their references
   */
  public List<String> openCases() {
    return List.copyOf(openCases);
  }

  /**
   * Runs the workflow on the tour's two proposals (in {@code examples/data}): refused first, opened
   * once the gaps are filled.
   *
   * @param args the folder with the proposals; {@code examples/data} by default
   * @throws IOException if a proposal cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "examples/data");
    DisciplinaryWorkflowExample workflow = new DisciplinaryWorkflowExample();
    Optional<String> first =
        workflow.openCase(
            proposal(data.resolve("gate-proposal-first.json")),
            Instant.parse("2026-12-05T09:00:00Z"));
    Optional<String> second =
        workflow.openCase(
            proposal(data.resolve("gate-proposal.json")), Instant.parse("2026-12-08T11:15:00Z"));
    System.out.println("first attempt: " + first.orElse("refused"));
    System.out.println("second attempt: " + second.orElse("refused"));
    workflow.auditLog().forEach(System.out::println);
  }

  /**
   * Reads a proposal, as an HR system would receive one from its own forms.
   *
   * @param file the JSON file
   * @return the proposal
   * @throws IOException if it cannot be read
   * @throws io.github.justculture.core.InvalidInputException naming every problem of it
   */
  public static FormalActionProposal proposal(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return JSON.read(in, FormalActionProposal.class);
    }
  }
}
