package io.github.justculture.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.justculture.core.Finding;
import io.github.justculture.core.Gbp;
import io.github.justculture.core.Provenance;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The plain words findings use for what a field expects and what was given: every Java type a
 * justculture value can hold, and every JSON token.
 */
class TypeWordsTest {

  private static final TypeFactory TYPES = TypeFactory.defaultInstance();

  @Test
  void namesWhatEachJavaTypeExpects() {
    for (Class<?> whole :
        List.of(
            int.class,
            Integer.class,
            long.class,
            Long.class,
            short.class,
            Short.class,
            byte.class,
            Byte.class,
            BigInteger.class)) {
      assertThat(TypeWords.expected(whole)).as(whole.getName()).isEqualTo("a whole number");
    }
    for (Class<?> number :
        List.of(
            double.class, Double.class, float.class, Float.class, BigDecimal.class, Number.class)) {
      assertThat(TypeWords.expected(number)).as(number.getName()).isEqualTo("a number");
    }
    assertThat(TypeWords.expected(boolean.class)).isEqualTo("true or false");
    assertThat(TypeWords.expected(Boolean.class)).isEqualTo("true or false");
    assertThat(TypeWords.expected(String.class)).isEqualTo("a string");
    assertThat(TypeWords.expected(CharSequence.class)).isEqualTo("a string");
    assertThat(TypeWords.expected(Gbp.class))
        .isEqualTo("an amount of money as a decimal string such as \"1234.50\"");
    assertThat(TypeWords.expected(Instant.class))
        .isEqualTo("an instant such as \"2026-11-22T10:15:30Z\"");
    assertThat(TypeWords.expected(OffsetDateTime.class))
        .isEqualTo("an instant such as \"2026-11-22T10:15:30Z\"");
    assertThat(TypeWords.expected(LocalDate.class)).isEqualTo("a date such as \"2026-11-22\"");
    assertThat(TypeWords.expected(Provenance.class))
        .isEqualTo(
            "one of "
                + String.join(
                    ", ", java.util.Arrays.stream(Provenance.values()).map(Enum::name).toList()));
    assertThat(TypeWords.expected(int[].class)).isEqualTo("a list");
    assertThat(TypeWords.expected(ArrayList.class)).isEqualTo("a list");
    assertThat(TypeWords.expected(Set.class)).isEqualTo("a list");
    assertThat(TypeWords.expected(Optional.class)).isEqualTo("a value");
    assertThat(TypeWords.expected(HashMap.class)).isEqualTo("an object");
    assertThat(TypeWords.expected(Object.class)).isEqualTo("an object");
    for (Class<?> text :
        List.of(
            java.util.UUID.class,
            java.net.URI.class,
            java.net.URL.class,
            java.io.File.class,
            java.nio.file.Path.of("x").getClass(),
            java.util.Locale.class,
            java.util.Currency.class,
            java.nio.charset.StandardCharsets.UTF_8.getClass(),
            java.util.regex.Pattern.class,
            java.util.TimeZone.getTimeZone("UTC").getClass(),
            java.net.InetAddress.class)) {
      assertThat(TypeWords.expected(text)).as(text.getName()).isEqualTo("a string");
    }
    assertThat(TypeWords.expected(java.time.Duration.class))
        .isEqualTo("a Duration as ISO-8601 text");
    assertThat(TypeWords.expected(java.time.ZoneId.class)).isEqualTo("a ZoneId as ISO-8601 text");
  }

  @Test
  void namesWhatEachGenericTypeExpects() {
    assertThat(TypeWords.expected(optionalOf(Integer.class))).isEqualTo("a whole number");
    assertThat(TypeWords.expected(optionalOf(Gbp.class))).isEqualTo(TypeWords.expected(Gbp.class));
    assertThat(TypeWords.expected(TYPES.constructCollectionType(List.class, Integer.class)))
        .isEqualTo("a list");
    assertThat(TypeWords.expected(TYPES.constructArrayType(String.class))).isEqualTo("a list");
    assertThat(
            TypeWords.expected(
                TYPES.constructMapType(LinkedHashMap.class, String.class, Integer.class)))
        .isEqualTo("an object");
    assertThat(TypeWords.expected(TYPES.constructType(LocalDate.class)))
        .isEqualTo("a date such as \"2026-11-22\"");
  }

  private static JavaType optionalOf(Class<?> content) {
    return TYPES.constructReferenceType(Optional.class, TYPES.constructType(content));
  }

  @Test
  void namesEveryKindOfToken() {
    assertThat(TypeWords.kind(null)).isEqualTo("nothing");
    assertThat(TypeWords.kind(JsonToken.START_OBJECT)).isEqualTo("an object");
    assertThat(TypeWords.kind(JsonToken.END_OBJECT)).isEqualTo("an object");
    assertThat(TypeWords.kind(JsonToken.FIELD_NAME)).isEqualTo("an object");
    assertThat(TypeWords.kind(JsonToken.START_ARRAY)).isEqualTo("a list");
    assertThat(TypeWords.kind(JsonToken.END_ARRAY)).isEqualTo("a list");
    assertThat(TypeWords.kind(JsonToken.VALUE_STRING)).isEqualTo("a string");
    assertThat(TypeWords.kind(JsonToken.VALUE_NUMBER_INT)).isEqualTo("a number");
    assertThat(TypeWords.kind(JsonToken.VALUE_NUMBER_FLOAT)).isEqualTo("a number");
    assertThat(TypeWords.kind(JsonToken.VALUE_TRUE)).isEqualTo("true or false");
    assertThat(TypeWords.kind(JsonToken.VALUE_FALSE)).isEqualTo("true or false");
    assertThat(TypeWords.kind(JsonToken.VALUE_NULL)).isEqualTo("null");
    assertThat(TypeWords.kind(JsonToken.VALUE_EMBEDDED_OBJECT)).isEqualTo("a value");
    assertThat(TypeWords.kind(JsonToken.NOT_AVAILABLE)).isEqualTo("a value");
  }

  /** Each token of a document, described as a finding would echo it. */
  @Test
  void describesTheTokenAtHand() throws IOException {
    String json =
        "{\"a\":[\"say \\\"hi\\\"\",12,1.5e3,true,false,null,{},[]],\"b\":\""
            + "x".repeat(200)
            + "\"}";
    List<String> described = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      described.add(TypeWords.describeCurrentToken(p)); // before the first token
      while (p.nextToken() != null) {
        described.add(TypeWords.describeCurrentToken(p));
      }
    }
    assertThat(described)
        .containsExactly(
            "nothing",
            "an object",
            "an object",
            "a list",
            "\"say \\\"hi\\\"\"",
            "12",
            "1.5e3",
            "true",
            "false",
            "null",
            "an object",
            "an object",
            "a list",
            "a list",
            "a list",
            "an object",
            "\"" + "x".repeat(80) + "\"",
            "an object");
  }

  @Test
  void aScalarWhereAScalarBelongsIsEchoedAnythingElseIsNamedByItsKind() throws IOException {
    JavaType whole = TYPES.constructType(int.class);
    JavaType object = TYPES.constructType(io.github.justculture.core.SourceCitation.class);
    JavaType list = TYPES.constructCollectionType(List.class, String.class);
    JavaType optionalList = TYPES.constructReferenceType(Optional.class, list);
    JavaType map = TYPES.constructMapType(HashMap.class, String.class, String.class);

    assertThat(mismatch("\"many\"", whole).message())
        .isEqualTo("$: expected a whole number, was \"many\"");
    assertThat(mismatch("[1]", whole).message())
        .isEqualTo("$: expected a whole number, not a list");
    assertThat(mismatch("{}", whole).message())
        .isEqualTo("$: expected a whole number, not an object");
    // Free text where a structure belongs is not echoed: it may be personal data.
    assertThat(mismatch("\"Jo Bloggs\"", list).message())
        .isEqualTo("$: expected a list, not a string");
    assertThat(mismatch("\"Jo Bloggs\"", optionalList).message())
        .isEqualTo("$: expected a list, not a string");
    assertThat(mismatch("\"Jo Bloggs\"", map).message())
        .isEqualTo("$: expected an object, not a string");
    assertThat(mismatch("\"Jo Bloggs\"", object).message())
        .isEqualTo("$: expected an object, not a string");
    assertThat(mismatch("12", TYPES.constructType(Object.class)).message())
        .isEqualTo("$: expected an object, not a number");
    assertThat(mismatch("true", TYPES.constructType(String[].class)).message())
        .isEqualTo("$: expected a list, not true or false");
    assertThat(mismatch("12", TYPES.constructType(Provenance.class)).message())
        .startsWith("$: expected one of ")
        .endsWith(", was 12");
  }

  private static Finding mismatch(String json, JavaType target) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(json)) {
      p.nextToken();
      return TypeWords.mismatch("$", target, p);
    }
  }
}
