package io.github.justculture.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.justculture.core.Decimals;
import io.github.justculture.core.Finding;
import io.github.justculture.core.InputException;
import io.github.justculture.core.InputProblem;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.TestProfile;
import io.github.justculture.core.internal.FindingCollector;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regressions for hostile input through the Java API (issue 11): each test names the defect it
 * guards against. The same inputs through every CLI command are in the CLI's hostile corpus.
 */
class HostileJsonTest {

  private final JsonCodec codec = JustCultureJson.codec();

  private InvalidInputException rejected(String json) {
    try {
      codec.read(json, TestProfile.class);
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("expected " + json + " to be rejected");
  }

  private List<String> problems(String json) {
    return rejected(json).findings().stream().map(Finding::message).toList();
  }

  /** 200,000 unknown fields: linear, the first 100 kept and the rest counted. */
  @Test
  void findingsAreCappedAndCountedNotScannedQuadratically() {
    StringBuilder json = new StringBuilder("{\"headcount\":1,\"prevalence\":0.1");
    for (int i = 0; i < 200_000; i++) {
      json.append(",\"f").append(i).append("\":0");
    }
    InvalidInputException e = rejected(json.append('}').toString());
    assertThat(e.findings()).hasSize(InputException.MAX_PROBLEMS);
    assertThat(e.total()).isEqualTo(200_000);
    assertThat(e.omitted()).isEqualTo(200_000 - InputException.MAX_PROBLEMS);
    assertThat(e.findings().get(0).message()).startsWith("$.f0: unknown field");
    assertThat(e.getMessage())
        .contains("$.f9: unknown field")
        .doesNotContain("$.f10:")
        .endsWith("; … and 199990 more");
  }

  @Test
  void aCollectorKeepsTheFirstFindingsCountsTheRestAndKnowsWhereTheyAre() {
    FindingCollector problems = FindingCollector.create();
    for (int i = 0; i < 250; i++) {
      problems.add("$.items[" + i + "].name", "must not be blank");
    }
    assertThat(problems.findings()).hasSize(100);
    assertThat(problems.total()).isEqualTo(250);
    assertThat(problems.hasAnyWithin("$.items[249]")).isTrue();
    assertThat(problems.hasAnyWithin("$.items")).isTrue();
    assertThat(problems.hasAnyWithin("$")).isTrue();
    assertThat(problems.hasAnyWithin("$.item")).isFalse();
    assertThat(problems.hasAnyWithin("$.items[2].nam")).isFalse();
    assertThatThrownBy(() -> problems.throwIfAny("list"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.total()).isEqualTo(250));
    assertThat(FindingCollector.create().hasAnyWithin("$")).isFalse();
  }

  /** 1e-99999 is refused at read time, by path, and never written out. */
  @Test
  void extremeExponentsAreOutOfRangeAtReadTime() {
    assertThat(problems("{\"headcount\":1,\"prevalence\":1e-99999}"))
        .containsExactly(
            "$.prevalence: is out of range: numbers may have at most 64 digits written out in full,"
                + " was 1e-99999");
    assertThat(problems("{\"headcount\":1,\"prevalence\":0.1,\"ratio\":1e-999999999}"))
        .containsExactly(
            "$.ratio: is out of range: numbers may have at most 64 digits written out in full,"
                + " was 1e-999999999");
    assertThat(problems("{\"headcount\":1,\"prevalence\":0.1,\"annualPay\":1e999999999}"))
        .containsExactly(
            "$.annualPay: is out of range: numbers may have at most 64 digits written out in full,"
                + " was 1e999999999");
    assertThat(problems("{\"headcount\":99999999999,\"prevalence\":0.1}"))
        .containsExactly(
            "$.headcount: is out of range: a whole number here may be at most 2147483647 in size,"
                + " was 99999999999");
    assertThat(
            codec
                .read("{\"headcount\":1,\"prevalence\":0.1,\"ratio\":1e20}", TestProfile.class)
                .ratio())
        .contains(new BigDecimal("1e20"));
  }

  @Test
  void decimalsAreBoundedByTheirDigitsWrittenOut() {
    assertThat(Decimals.isWithinLimits(new BigDecimal("0.21"))).isTrue();
    assertThat(Decimals.isWithinLimits(new BigDecimal("1e63"))).isTrue();
    assertThat(Decimals.isWithinLimits(new BigDecimal("1e64"))).isFalse();
    assertThat(Decimals.isWithinLimits(new BigDecimal("1e-63"))).isTrue();
    assertThat(Decimals.isWithinLimits(new BigDecimal("1e-64"))).isFalse();
    assertThat(Decimals.isWithinLimits(new BigDecimal("1e-2147483647"))).isFalse();
    assertThat(Decimals.isWithinLimits(new BigDecimal("1e2147483647"))).isFalse();
    assertThat(Decimals.show(new BigDecimal("1e-999999999"))).isEqualTo("1E-999999999");
    assertThat(Decimals.show(new BigDecimal("12.50"))).isEqualTo("12.50");
    assertThat(Finding.of("$.x", "bad", new BigDecimal("1e-999999999")).message())
        .isEqualTo("$.x: bad, was 1E-999999999");
  }

  /** Range rules of the other fields run even when one field has a type error. */
  @Test
  void everyProblemAtOnceThroughTypeErrorsAndUnknownFields() {
    assertThat(
            problems(
                "{\"headcount\":\"many\",\"prevalance\":0.2,\"prevalence\":1.4,\"ratio\":\"x\"}"))
        .containsExactly(
            "$.headcount: expected a whole number, was \"many\"",
            "$.prevalance: unknown field (did you mean 'prevalence'?)",
            "$.ratio: expected a number, was \"x\"",
            "$.prevalence: must be between 0 and 1, was 1.4");
  }

  /** null never reaches a builder: it is a finding at its own path, with no class names. */
  @Test
  void nullsAreFindingsAtTheirPaths() {
    assertThat(
            problems(
                "{\"headcount\":1,\"prevalence\":0.1,\"byQuestion\":{\"1a\":null},\"answers\":[null],"
                    + "\"tags\":[\"a\",null],\"more\":null}"))
        .containsExactly(
            "$.byQuestion.1a: must not be null: leave the field out instead",
            "$.answers[0]: must not be null: leave the field out instead",
            "$.tags[1]: must not be null: leave the field out instead",
            "$.more: must not be null: leave the field out instead");
    // An optional field may be null: it means absent.
    assertThat(
            codec
                .read("{\"headcount\":1,\"prevalence\":0.1,\"note\":null}", TestProfile.class)
                .note())
        .isEmpty();
  }

  @Test
  void repeatedItemsOfASetAreRejectedNotCollapsed() {
    assertThat(
            problems(
                "{\"headcount\":1,\"prevalence\":0.1,\"flags\":[\"YES\",\"MAYBE\",\"NO\",\"YES\"]}"))
        .containsExactly(
            "$.flags[1]: expected one of YES, NO, UNKNOWN, was \"MAYBE\"",
            "$.flags[3]: repeats $.flags[0]: items must be unique, was YES");
  }

  @Test
  void loneSurrogatesAreRefusedNotTurnedIntoQuestionMarks() {
    assertThat(problems("{\"headcount\":1,\"prevalence\":0.1,\"note\":\"a\\ud800b\"}"))
        .containsExactly(
            "$.note: must be valid Unicode text (it has a lone surrogate such as \\ud800), was"
                + " \"a\\ud800b\"");
    assertThat(
            codec
                .read(
                    "{\"headcount\":1,\"prevalence\":0.1,\"note\":\"\\ud83d\\ude00\"}",
                    TestProfile.class)
                .note())
        .contains("\uD83D\uDE00");
  }

  /**
   * Outside a string, Jackson reports the first byte of é as 'Ã' and a stray 0xFF as 'ÿ':
   * characters the sender never typed. The finding says what is really there; ASCII characters are
   * still named.
   */
  @Test
  void nonAsciiOutsideAStringIsNotShownAsACharacterNeverTyped() {
    String notAscii =
        "$.prevalence: malformed JSON at line 1, column 30: Unexpected text that is not ASCII"
            + " outside a string (text that belongs in quotes, or a byte that is not UTF-8): was"
            + " expecting comma to separate Object entries";
    for (byte[] after : new byte[][] {{(byte) 0xC3, (byte) 0xA9}, {(byte) 0xFF}, {(byte) 0x80}}) {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      bytes.writeBytes("{\"headcount\":1,\"prevalence\":1".getBytes(StandardCharsets.UTF_8));
      bytes.writeBytes(after);
      bytes.writeBytes("}".getBytes(StandardCharsets.UTF_8));
      InvalidInputException e =
          catchThrowableOfType(
              InvalidInputException.class,
              () -> codec.read(new ByteArrayInputStream(bytes.toByteArray()), TestProfile.class));
      assertThat(e.findings()).extracting(Finding::message).containsExactly(notAscii);
    }
    // Read from text, the character is the one typed: the same finding, since it is still not
    // ASCII outside a string.
    assertThat(problems("{\"headcount\":1,\"prevalence\":1é}")).containsExactly(notAscii);
    assertThat(problems("{\"headcount\":1,\"prevalence\":1x}"))
        .singleElement()
        .asString()
        .contains("Unexpected character ('x' (code 120))");
    assertThat(problems("{\"headcount\":1,\"prevalence\":1\u007f}"))
        .singleElement()
        .asString()
        .contains("Unexpected character ((CTRL-CHAR, code 127))");
  }

  /** A string where an object is expected may be a name: it is named by its kind, not echoed. */
  @Test
  void structuresGivenAsTextAreNotEchoed() {
    assertThat(problems("{\"headcount\":1,\"prevalence\":0.1,\"source\":\"Jane Smith\"}"))
        .containsExactly("$.source: expected an object, not a string");
    assertThat(problems("{\"headcount\":1,\"prevalence\":0.1,\"more\":\"Jane Smith\"}"))
        .containsExactly("$.more: expected a list, not a string");
  }

  @Test
  void tokensAreBounded() {
    StringBuilder json = new StringBuilder("{\"headcount\":1,\"prevalence\":0.1,\"tags\":[");
    for (int i = 0; i < JustCultureJson.MAX_TOKENS; i++) {
      json.append("\"t\",");
    }
    json.append("\"t\"]}");
    assertThat(problems(json.toString()))
        .singleElement()
        .asString()
        .contains("input is over a size limit");
  }

  /**
   * Our own bugs are not the input's fault: a failure inside a value's code reaches the caller as
   * an IllegalStateException (a 500, an exit 1), never as a finding.
   */
  @Test
  void configurationErrorsAreNotInputErrors() {
    assertThatThrownBy(
            () ->
                codec.read(
                    "{\"headcount\":1,\"prevalence\":0.1,\"explode\":true}", TestProfile.class))
        .isInstanceOf(IllegalStateException.class)
        .isNotInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not about the input");
  }

  /** A type Jackson cannot bind at all (abstract, no mapping): the host's mistake. */
  public interface NotBindable {}

  /**
   * Jackson's own split: a type it cannot read ({@code InvalidDefinitionException}) is a
   * configuration error whatever well-formed JSON is given, so it must not come back as the
   * caller's mistake.
   */
  @Test
  void aTypeJacksonCannotReadIsAConfigurationErrorNotAnInputError() {
    assertConfigurationError(NotBindable.class, "{}", "{\"a\":1}", "[1]", "\"text\"", "5");
  }

  /**
   * A non-static inner class: Jackson cannot make one without an instance of the class around it,
   * whatever the input. Still the host's mistake, named as such (not a failure inside the handler).
   */
  @SuppressWarnings("ClassCanBeStatic") // the point of the type
  public final class Inner {
    public Inner() {}
  }

  @Test
  void aNonStaticInnerClassIsAConfigurationErrorNamedAsSuch() {
    assertConfigurationError(Inner.class, "{}", "{\"a\":1}");
    assertThat(catchThrowable(() -> codec.read("{}", Inner.class)))
        .hasMessageContaining("has no creator for an object");
  }

  /** The two keys of {@link EnumMapWithoutDefault}. */
  public enum Side {
    LEFT,
    RIGHT
  }

  /**
   * An {@code EnumMap} of the host's with no constructor Jackson can call: a map Jackson finds it
   * cannot make once it stands in the object, whatever its keys.
   */
  public static final class EnumMapWithoutDefault extends java.util.EnumMap<Side, Integer> {
    private static final long serialVersionUID = 1L;

    public EnumMapWithoutDefault(Class<Side> keys) {
      super(keys);
    }
  }

  @Test
  void anEnumMapJacksonCannotMakeIsAConfigurationError() {
    assertConfigurationError(EnumMapWithoutDefault.class, "{}", "{\"LEFT\":1}");
    assertThat(catchThrowable(() -> codec.read("{}", EnumMapWithoutDefault.class)))
        .hasMessageContaining(EnumMapWithoutDefault.class.getName());
  }

  /** Reading each JSON text as the type fails as the host's mistake, never the caller's. */
  private void assertConfigurationError(Class<?> type, String... jsons) {
    for (String json : jsons) {
      Throwable thrown = catchThrowable(() -> codec.read(json, type));
      assertThat(thrown)
          .as(json)
          .isInstanceOf(IllegalStateException.class)
          .isNotInstanceOf(InputException.class)
          .hasMessageContaining("cannot read a " + type.getName());
    }
  }

  /**
   * A concrete type with no way to be made from an object (its one constructor takes an argument
   * Jackson cannot name): as much the host's mistake as an interface.
   */
  public static final class NoCreator {
    private final int size;

    public NoCreator(int size) {
      this.size = size;
    }

    public int size() {
      return size;
    }
  }

  @Test
  void aConcreteTypeWithNoCreatorIsAConfigurationErrorForAnObject() {
    assertConfigurationError(NoCreator.class, "{}", "{\"size\":1}");
    // Given what its one constructor takes, it is made.
    assertThat(codec.read("7", NoCreator.class).size()).isEqualTo(7);
    // Given text or a list, the input is wrong, not the type: a finding at the root.
    for (String json : List.of("\"seven\"", "[7]", "true")) {
      InvalidInputException wrong =
          catchThrowableOfType(
              () -> codec.read(json, NoCreator.class), InvalidInputException.class);
      assertThat(wrong).as(json).isNotNull();
      assertThat(wrong.problems()).as(json).extracting(InputProblem::where).containsExactly("$");
    }
  }

  /** JSON and CSV input errors share one base type, so one catch handles both. */
  @Test
  void jsonAndCsvInputErrorsShareOneBaseType() {
    InputException json =
        catchThrowableOfType(
            () -> codec.read("{\"headcount\":0,\"prevalence\":2}", TestProfile.class),
            InputException.class);
    assertThat(json.problems())
        .extracting(InputProblem::where)
        .containsExactly("$.headcount", "$.prevalence");
    assertThat(json.total()).isEqualTo(2);
    assertThat(json.omitted()).isZero();
    assertThat(json.problems().get(0).message())
        .isEqualTo(
            json.problems().get(0).where() + ": " + json.problems().get(0).rule() + ", was 0");

    io.github.justculture.core.csv.CsvProblem cell =
        new io.github.justculture.core.csv.CsvProblem(
            3,
            4,
            java.util.Optional.of("headcount"),
            "must be a positive whole number",
            java.util.Optional.of("-5"));
    InputException csv = new io.github.justculture.core.csv.CsvInputException(List.of(cell), 250);
    assertThat(csv.problems())
        .extracting(InputProblem::where)
        .containsExactly("row 3 (line 4), column headcount");
    assertThat(csv.problems().get(0).message())
        .isEqualTo("row 3 (line 4), column headcount: must be a positive whole number, was -5");
    assertThat(csv.total()).isEqualTo(250);
    assertThat(csv.omitted()).isEqualTo(249);
    assertThatThrownBy(() -> new io.github.justculture.core.csv.CsvInputException(List.of(cell), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("total must be at least");
    assertThatThrownBy(() -> new io.github.justculture.core.csv.CsvInputException(List.of(), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one problem");
  }

  /** List paths keep the input's numbering after a rejected element is set aside. */
  @Test
  void pathsKeepTheInputsNumberingAfterARejectedElement() {
    assertThat(
            problems(
                "{\"headcount\":1,\"prevalence\":0.1,\"more\":[{\"title\":5},{\"title\":\"ok\","
                    + "\"year\":1066},{\"title\":\" \"}]}"))
        .contains("$.more[0].title: expected a string, was 5");
  }
}
