package io.github.justculture.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.justculture.core.json.JustCultureJson;
import io.github.justculture.gate.FormalActionGate;
import io.github.justculture.gate.FormalActionProposal;
import io.github.justculture.gate.GateItem;
import io.github.justculture.gate.GateResult;
import io.github.justculture.gate.GateStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the vendor's worked example in {@code examples/vendor/} as a vendor would: the service
 * started by the shell script, the Python client over HTTP, the receipts checked against the
 * decision log. Each printed result must be the library's own gate result for that proposal, and
 * the invalid proposal's problems the command line's. In CI Python is installed by {@code .ci/run};
 * elsewhere the test is skipped when {@code python3} is missing.
 */
class VendorClientExampleTest {

  private static final Path ROOT = Path.of("..");
  private static final Path JAR = ROOT.resolve("cli/target/justculture.jar");
  private static final Pattern RECEIPT = Pattern.compile("  receipt (\\d+:[0-9a-f]{64})");

  @Test
  void theClientPrintsTheGatesOwnResultsAndEveryReceiptVerifies(@TempDir Path out)
      throws Exception {
    assertThat(JAR)
        .as("the command line is built by the cli module before this one (./mvnw -B verify)")
        .exists();
    assumeTrue(
        Scripts.has("python3") || "true".equals(System.getenv("CI")),
        "python3 is not installed: the vendor's Python client is not checked here");
    String printed = Scripts.run("bash", "vendor/run.sh", out.toString());

    // What the client printed for each proposal, receipts aside, is the library's result for it.
    List<String> expected = new ArrayList<>();
    for (String name : List.of("gate-proposal.json", "gate-proposal-first.json")) {
      Path file = ROOT.resolve("examples/data").resolve(name);
      FormalActionProposal proposal =
          JustCultureJson.codec().read(Files.readAllBytes(file), FormalActionProposal.class);
      GateResult result = FormalActionGate.withDefaults().check(proposal);
      expected.add(
          "examples/data/"
              + name
              + ": "
              + proposal.reference()
              + ": "
              + (result.passed() ? "passed" : "NOT passed"));
      for (GateItem item : result.items()) {
        if (item.status() == GateStatus.UNMET || item.status() == GateStatus.ADVISORY) {
          expected.add(
              String.format(
                  Locale.ROOT,
                  "  %-8s %s: %s",
                  item.status(),
                  item.id(),
                  item.reason().orElseThrow()));
        }
      }
      result.prompts().forEach(prompt -> expected.add("  ? " + prompt));
      expected.add("RECEIPT");
    }
    // The invalid proposal's problems are the lines the command line prints for it.
    Process cli =
        new ProcessBuilder(
                "java", "-jar", JAR.toString(), "gate", "check", "vendor/invalid-proposal.json")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String cliErrors = new String(cli.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(cli.exitValue()).isEqualTo(2);
    expected.add("examples/vendor/invalid-proposal.json: invalid proposal, nothing was checked:");
    List<String> problems = cliErrors.lines().toList();
    assertThat(problems).hasSize(2);
    problems.forEach(problem -> expected.add("  " + problem));
    expected.add("client exit status: 2 (2: a proposal was invalid, as one here is meant to be)");

    List<String> lines = printed.lines().toList();
    List<String> receipts = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (String line : lines.subList(0, lines.size() - 1)) {
      Matcher m = RECEIPT.matcher(line);
      if (m.matches()) {
        receipts.add(m.group(1));
        shown.add("RECEIPT");
      } else {
        shown.add(line);
      }
    }
    assertThat(shown).containsExactlyElementsOf(expected);

    // Both receipts, numbered in the order of the requests, were kept and verify against the log.
    assertThat(receipts).hasSize(2);
    assertThat(receipts.get(0)).startsWith("1:");
    assertThat(receipts.get(1)).startsWith("2:");
    assertThat(Files.readAllLines(out.resolve("receipts.txt")))
        .containsExactly(
            receipts.get(0) + " examples/data/gate-proposal.json",
            receipts.get(1) + " examples/data/gate-proposal-first.json");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo(
            "intact: 2 decisions in 1 file, seq 1 to 2; 2 receipts match; last line "
                + receipts.get(1));
    // The service logged the three requests and its stop, and nothing else (no warning about the
    // token file).
    assertThat(Files.readAllLines(out.resolve("serve.err")))
        .map(line -> line.replaceAll(" [0-9.]+ms$", ""))
        .containsExactly(
            "POST /v1/gate/check 200",
            "POST /v1/gate/check 200",
            "POST /v1/gate/check 400",
            "stopping: new requests are refused; 0 in flight, 10 s to finish",
            "stopped; the decision log is closed whole");
  }

  @Test
  void theClientWaitsAsA503SaysAndRetries(@TempDir Path dir) throws Exception {
    assertThat(JAR).exists();
    assumeTrue(
        Scripts.has("python3") || "true".equals(System.getenv("CI")),
        "python3 is not installed: the vendor's Python client is not checked here");
    Path tokens = dir.resolve("tokens.txt");
    Files.writeString(tokens, "vendor-example-token-0123456789\n");
    Files.setPosixFilePermissions(
        tokens, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    Path log = dir.resolve("serve.err");
    Process server =
        new ProcessBuilder(
                "java",
                "-jar",
                JAR.toString(),
                "serve",
                "--port",
                "0",
                "--max-concurrent",
                "1",
                "--token-file",
                tokens.toString())
            .redirectError(log.toFile())
            .start();
    try {
      String listening =
          new java.io.BufferedReader(
                  new java.io.InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
              .readLine();
      Matcher port = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)").matcher(listening);
      assertThat(port.find()).as(listening).isTrue();
      String url = "http://127.0.0.1:" + port.group(1);
      // The one slot held by a body that stops arriving: the client's first tries get 503.
      try (java.net.Socket holder =
          new java.net.Socket("127.0.0.1", Integer.parseInt(port.group(1)))) {
        holder
            .getOutputStream()
            .write(
                ("POST /v1/cost/estimate HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Authorization: Bearer vendor-example-token-0123456789\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
        holder.getOutputStream().flush();
        Process client =
            new ProcessBuilder(
                    "python3",
                    "vendor/gate_client.py",
                    "--url",
                    url,
                    "--token-file",
                    tokens.toString(),
                    "data/gate-proposal.json")
                .redirectErrorStream(true)
                .start();
        client.getOutputStream().close();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.readString(log).contains("POST /v1/gate/check 503")) {
          assertThat(System.nanoTime()).as("the client was refused once").isLessThan(deadline);
          Thread.sleep(20);
        }
        // The slot is freed; the client's next try, a second later, is answered.
        holder.close();
        String printed = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(client.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(client.exitValue()).as(printed).isZero();
        assertThat(printed.lines().toList())
            .first()
            .asString()
            .startsWith(
                "  503, retrying in 1 s: too many requests in flight (1); try again shortly");
        assertThat(printed).contains("data/gate-proposal.json: FAP-2026-031: passed");
      }
    } finally {
      server.destroy();
      server.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
