package io.github.justculture.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.justculture.core.Finding;
import io.github.justculture.core.InputException;
import io.github.justculture.core.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How one read's problems are kept: paths in the input's own numbering once list elements are set
 * aside, each kind of exception turned into findings (or refused as a configuration error), and the
 * limit on what is kept.
 */
class ProblemsTest {

  private static List<String> messages(Problems problems) {
    return problems.collector().findings().stream().map(Finding::message).toList();
  }

  @Test
  void pathsAreGivenInTheInputsNumbering() {
    Problems problems = new Problems();
    assertThat(problems.inInputNumbering("$.parties[1].id")).isEqualTo("$.parties[1].id");

    problems.rejected("$.parties", new int[] {1});
    assertThat(problems.inInputNumbering("$.parties[0].id")).isEqualTo("$.parties[0].id");
    assertThat(problems.inInputNumbering("$.parties[1].id")).isEqualTo("$.parties[2].id");
    assertThat(problems.inInputNumbering("$.parties[5]")).isEqualTo("$.parties[6]");
    assertThat(problems.inInputNumbering("$.parties[9]")).isEqualTo("$.parties[10]");
    assertThat(problems.inInputNumbering("$.harms[1]")).isEqualTo("$.harms[1]");
    assertThat(problems.inInputNumbering("$.parties")).isEqualTo("$.parties");

    // Two gone at the front: the first one kept was the third given.
    problems.rejected("$.needs", new int[] {0, 1});
    assertThat(problems.inInputNumbering("$.needs[0]")).isEqualTo("$.needs[2]");
    assertThat(problems.inInputNumbering("$.needs[1].party")).isEqualTo("$.needs[3].party");

    // A list inside an element of a renumbered list is looked up by its input path.
    problems.rejected("$.parties[2].tags", new int[] {0});
    assertThat(problems.inInputNumbering("$.parties[1].tags[0]")).isEqualTo("$.parties[2].tags[1]");
    assertThat(problems.inInputNumbering("$.parties[0].tags[0]")).isEqualTo("$.parties[0].tags[0]");
  }

  @Test
  void quotedNamesAreCopiedAsTheyAre() {
    Problems problems = new Problems();
    problems.rejected("$['a [0] list']", new int[] {0});
    // Brackets and digits inside a quoted name are not indices.
    assertThat(problems.inInputNumbering("$['a [0] list'][0]")).isEqualTo("$['a [0] list'][1]");
    assertThat(problems.inInputNumbering("$['it\\'s [0]'][0]")).isEqualTo("$['it\\'s [0]'][0]");
    problems.rejected("$['it\\'s [0]']", new int[] {0});
    assertThat(problems.inInputNumbering("$['it\\'s [0]'][0]")).isEqualTo("$['it\\'s [0]'][1]");
    assertThat(problems.inInputNumbering("$['x'].y['z']")).isEqualTo("$['x'].y['z']");
    // An unterminated quote or bracket is copied to the end.
    assertThat(problems.inInputNumbering("$['a [0] list")).isEqualTo("$['a [0] list");
    assertThat(problems.inInputNumbering("$['a\\")).isEqualTo("$['a\\");
    assertThat(problems.inInputNumbering("$.a[12")).isEqualTo("$.a[12");
    assertThat(problems.inInputNumbering("$['a [0] list'][")).isEqualTo("$['a [0] list'][");
    assertThat(problems.inInputNumbering("$['a'")).isEqualTo("$['a'");
    // A name that starts like an index is a name.
    assertThat(problems.inInputNumbering("$['[5x'].b[0]")).isEqualTo("$['[5x'].b[0]");
  }

  /**
   * Where the text of a quoted name before a bracket happens to be a list with rejected elements,
   * only a reading that knows where the name ends leaves the name alone.
   */
  @Test
  void anIndexInsideANameIsNeverRenumbered() {
    Problems problems = new Problems();
    problems.rejected("$['x ", new int[] {0});
    problems.rejected("$['a\\']", new int[] {0});
    problems.rejected("$['a\\'][0]']", new int[] {0});
    assertThat(problems.inInputNumbering("$['x [0] y']")).isEqualTo("$['x [0] y']");
    assertThat(problems.inInputNumbering("$['x[1']")).isEqualTo("$['x[1']");
    assertThat(problems.inInputNumbering("$['a\\'][0]'][0]")).isEqualTo("$['a\\'][0]'][1]");
  }

  @Test
  void aProblemInsideOneAlreadyKnownIsTheSameProblem() {
    Problems problems = new Problems();
    problems.add(Finding.of("$.source.title", "expected a string, not a list"));
    // Building the citation then fails for want of its title: the same problem, seen from above.
    problems.add(Finding.of("$.source.title", "is required"));
    problems.add(Finding.of("$.source", "is not valid"));
    problems.add(Finding.of("$", "is not valid"));
    problems.add(Finding.of("$.sourceTitle", "unknown field"));
    problems.add(Finding.of("$.source.year", "is required"));
    problems.addRendered("$.headcount", "expected a whole number", "\"many\"");
    assertThat(messages(problems))
        .containsExactly(
            "$.source.title: expected a string, not a list",
            "$.sourceTitle: unknown field",
            "$.source.year: is required",
            "$.headcount: expected a whole number, was \"many\"");
    assertThat(problems.hasAnyWithin("$.source")).isTrue();
    assertThat(problems.hasAnyWithin("$.source.title.x")).isFalse();
    assertThat(problems.hasAnyWithin("$")).isTrue();
    assertThat(problems.hasAnyWithin("$.prevalence")).isFalse();
  }

  @Test
  void isFullAtTheLimit() {
    Problems problems = new Problems();
    for (int i = 0; i < InputException.MAX_PROBLEMS - 1; i++) {
      problems.add(Finding.of("$.f" + i, "unknown field"));
    }
    assertThat(problems.isFull()).isFalse();
    problems.add(Finding.of("$.last", "unknown field"));
    assertThat(problems.isFull()).isTrue();
  }

  @Test
  void theFindingsOfAValueMoveUnderItsPathInTheInputsNumbering() {
    Problems problems = new Problems();
    problems.rejected("$.more", new int[] {0});
    InvalidInputException invalid =
        new InvalidInputException(
            "citation",
            List.of(Finding.of("$.title", "must not be blank"), Finding.of("$.year", "r", 1066)),
            7);
    problems.addFromException("$.more[0]", invalid);
    assertThat(messages(problems))
        .containsExactly("$.more[1].title: must not be blank", "$.more[1].year: r, was 1066");
    assertThat(problems.collector().total()).isEqualTo(7);
  }

  @Test
  void referencesToARejectedElementAreNotReported() {
    Problems problems = new Problems();
    problems.rejectedId(null); // an element without an id: nothing to remember
    problems.rejectedId("p1");
    InvalidInputException invalid =
        new InvalidInputException(
            "case",
            List.of(
                Finding.of("$.harms[0].party", "must be a party of the case", "p1"),
                Finding.of("$.harms[1].party", "must be a party of the case", "p2"),
                Finding.of("$.reference", "must not be blank")));
    problems.addFromException("$", invalid);
    assertThat(messages(problems))
        .containsExactly(
            "$.harms[1].party: must be a party of the case, was \"p2\"",
            "$.reference: must not be blank");
  }

  @Test
  void missingAttributesOfABuilderAreEachRequired() {
    Problems problems = new Problems();
    problems.addFromException(
        "$.source",
        new RuntimeException(
            "building failed",
            new IllegalStateException(
                "Cannot build X, some of required attributes are not set [title, year, ]")));
    assertThat(messages(problems))
        .containsExactly("$.source.title: is required", "$.source.year: is required");
  }

  @Test
  void jacksonsOwnExceptionsBecomePlainFindings() {
    TypeFactory types = TypeFactory.defaultInstance();
    Problems problems = new Problems();
    problems.addFromException(
        "$.a",
        JsonMappingException.from(
            (com.fasterxml.jackson.core.JsonParser) null,
            "Trailing token (of type START_OBJECT) found"));
    problems.addFromException(
        "$.b",
        new UnrecognizedPropertyException(
            null, "Unrecognized field", null, Object.class, "nope", List.of()));
    problems.addFromException(
        "$.c", InvalidFormatException.from(null, "Cannot deserialize", "xyz", int.class));
    problems.addFromException(
        "$.d", MismatchedInputException.from(null, Boolean.class, "Cannot coerce"));
    problems.addFromException(
        "$.e",
        MismatchedInputException.from(
            null, (Class<?>) null, "Unexpected `end-of-input`\nat line 1"));
    problems.addFromException(
        "$.f",
        JsonMappingException.from(
            (com.fasterxml.jackson.core.JsonParser) null,
            "Cannot construct instance of `java.util.List`"));
    problems.addFromException(
        "$.g",
        JsonMappingException.from(
            (com.fasterxml.jackson.core.JsonParser) null, "Problem with io.github.justculture.X"));
    problems.addFromException(
        "$.h",
        JsonMappingException.from(
            (com.fasterxml.jackson.core.JsonParser) null, "com.fasterxml.jackson says no"));
    problems.addFromException(
        "$.i",
        JsonMappingException.from(
            (com.fasterxml.jackson.core.JsonParser) null, "ImmutableThing failed"));
    problems.addFromException(
        "$.j",
        JsonMappingException.from((com.fasterxml.jackson.core.JsonParser) null, "  \nsecond line"));
    JsonMappingException nested =
        JsonMappingException.from((com.fasterxml.jackson.core.JsonParser) null, "bad `thing`");
    nested.prependPath(new Object(), 2);
    nested.prependPath(new Object(), "items");
    problems.addFromException("$.k", nested);
    JsonMappingException first =
        JsonMappingException.from((com.fasterxml.jackson.core.JsonParser) null, (String) null);
    first.prependPath(new Object(), 0);
    problems.addFromException("$.l", first);
    assertThat(types).isNotNull();
    assertThat(messages(problems))
        .containsExactly(
            "$.a: unexpected content after the end of the JSON value",
            "$.b: unknown field",
            "$.c: expected a whole number, was \"xyz\"",
            "$.d: expected true or false",
            "$.e: Unexpected 'end-of-input'",
            "$.f: is not valid",
            "$.g: is not valid",
            "$.h: is not valid",
            "$.i: is not valid",
            "$.j: is not valid",
            "$.k.items[2]: bad 'thing'",
            "$.l[0]: is not valid");
  }

  @Test
  void whatIsNotAboutTheInputEndsTheRead() {
    Problems problems = new Problems();
    InvalidDefinitionException definition =
        InvalidDefinitionException.from(
            (com.fasterxml.jackson.core.JsonParser) null,
            "No creator for `X`\n at [Source: x]",
            TypeFactory.defaultInstance().constructType(Object.class));
    assertThatThrownBy(
            () -> problems.addFromException("$", new RuntimeException("wrapped", definition)))
        .isInstanceOf(Problems.ConfigurationError.class)
        .hasMessage("Jackson cannot read this type: No creator for `X`")
        .hasCause(definition);

    Problems.ConfigurationError earlier =
        catchConfiguration(() -> problems.addFromException("$", definition));
    assertThatThrownBy(() -> problems.addFromException("$.x", new RuntimeException(earlier)))
        .isSameAs(earlier);

    ArithmeticException bug = new ArithmeticException("/ by zero");
    assertThatThrownBy(
            () ->
                problems.addFromException(
                    "$.source", new RuntimeException("outer", new RuntimeException("mid", bug))))
        .isInstanceOf(Problems.ConfigurationError.class)
        .hasMessage(
            "reading failed for a reason that is not about the input: "
                + "java.lang.ArithmeticException: / by zero");
    ValueInstantiationException instantiation =
        ValueInstantiationException.from(
            (com.fasterxml.jackson.core.JsonParser) null,
            "Cannot construct",
            TypeFactory.defaultInstance().constructType(Object.class),
            bug);
    assertThatThrownBy(() -> problems.addFromException("$.source", instantiation))
        .isInstanceOf(Problems.ConfigurationError.class);
    assertThat(problems.collector().hasAny()).isFalse();

    // The same failure where a part is already rejected is a consequence, not a new problem.
    problems.add(Finding.of("$.source.title", "expected a string, not a list"));
    problems.addFromException("$.source", instantiation);
    problems.addFromException("$.source", bug);
    assertThat(messages(problems)).containsExactly("$.source.title: expected a string, not a list");
  }

  private static Problems.ConfigurationError catchConfiguration(Runnable run) {
    try {
      run.run();
    } catch (Problems.ConfigurationError e) {
      return e;
    }
    throw new AssertionError("expected a configuration error");
  }

  @Test
  void malformedJsonAndLimitsAndConfigurationErrorsAreFatal() {
    assertThat(Problems.isFatal(new JsonParseException(null, "Unexpected character"))).isTrue();
    assertThat(
            Problems.isFatal(
                new RuntimeException(new StreamConstraintsException("Document length exceeds"))))
        .isTrue();
    assertThat(
            Problems.isFatal(
                new RuntimeException(
                    catchConfiguration(
                        () ->
                            new Problems()
                                .addFromException("$", new IllegalStateException("bug"))))))
        .isTrue();
    assertThat(
            Problems.isFatal(MismatchedInputException.from(null, Integer.class, "Cannot coerce")))
        .isFalse();
    assertThat(Problems.isFatal(new IllegalArgumentException("x"))).isFalse();
  }
}
