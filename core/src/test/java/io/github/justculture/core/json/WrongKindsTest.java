package io.github.justculture.core.json;

import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.TestProfile;
import io.github.justculture.testing.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind of JSON value in every kind of place a value type has — a whole number, a decimal, a
 * double, money, an instant, a string, a boolean, an enum, a list, a set, a map, a nested object,
 * an optional — and at the root: the findings (or acceptance) of each, held in one golden file, so
 * a change to any message or any path shows up as a diff to review.
 */
class WrongKindsTest {

  private static final List<String> KINDS =
      List.of(
          "\"text\"",
          "\"\"",
          "\"12\"",
          "12",
          "-3",
          "1.5",
          "1e400",
          "true",
          "null",
          "[]",
          "[1]",
          "{}",
          "{\"a\":1}",
          "\"YES\"",
          "\"2026-11-30T00:00:00Z\"",
          "\"34000.00\"");

  private static final List<String> FIELDS =
      List.of(
          "headcount",
          "prevalence",
          "annualPay",
          "answers",
          "byQuestion",
          "source",
          "more",
          "at",
          "note",
          "flags",
          "ratio",
          "tags",
          "explode",
          "unknownField");

  private final JsonCodec codec = JustCultureJson.codec();

  private String outcome(String json) {
    try {
      codec.read(json, TestProfile.class);
      return "accepted";
    } catch (InvalidInputException e) {
      StringBuilder s = new StringBuilder();
      e.findings().forEach(f -> s.append(s.length() == 0 ? "" : " | ").append(f.message()));
      return s.toString();
    } catch (IllegalStateException e) {
      return "not the input's fault: " + e.getClass().getSimpleName();
    }
  }

  private static String document(String field, String value) {
    String base = "{\"headcount\":1,\"prevalence\":0.1";
    if (field.equals("headcount")) {
      return "{\"headcount\":" + value + ",\"prevalence\":0.1}";
    }
    if (field.equals("prevalence")) {
      return "{\"headcount\":1,\"prevalence\":" + value + "}";
    }
    return base + ",\"" + field + "\":" + value + "}";
  }

  @Test
  void everyKindInEveryPlace() {
    StringBuilder out = new StringBuilder();
    for (String field : FIELDS) {
      out.append("## ").append(field).append('\n');
      for (String kind : KINDS) {
        out.append(kind).append(" -> ").append(outcome(document(field, kind))).append('\n');
      }
    }
    // Inside containers: list and set elements, map values, fields of a nested object.
    String[][] places = {
      {"answers", "[%s]"},
      {"flags", "[%s]"},
      {"tags", "[%s]"},
      {"byQuestion", "{\"q1\":%s}"},
      {"source", "{\"title\":%s}"},
      {"more", "[{\"title\":%s}]"}
    };
    for (String[] place : places) {
      out.append("## ").append(place[0]).append(" ").append(place[1]).append('\n');
      for (String kind : KINDS) {
        out.append(kind)
            .append(" -> ")
            .append(outcome(document(place[0], String.format(place[1], kind))))
            .append('\n');
      }
    }
    out.append("## root\n");
    for (String kind : KINDS) {
      out.append(kind).append(" -> ").append(outcome(kind)).append('\n');
    }
    Golden.assertMatches("wrong-kinds.txt", out.toString());
  }
}
