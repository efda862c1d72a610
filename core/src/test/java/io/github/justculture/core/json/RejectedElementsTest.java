package io.github.justculture.core.json;

import static io.github.justculture.testing.Invalid.assertFindings;

import io.github.justculture.core.TestProfile;
import io.github.justculture.restorative.RestorativeCase;
import org.junit.jupiter.api.Test;

/**
 * When list elements are rejected for their own problems, the read goes on without them: the rules
 * of the enclosing value still run, their findings are given in the input's own numbering, and
 * references to a rejected element are not reported (the element exists; its own problems are).
 */
class RejectedElementsTest {

  private final JsonCodec codec = JustCultureJson.codec();

  @Test
  void aCasesRulesRunOverTheElementsThatCouldBeRead() {
    String json =
        """
        {"reference": "INC-1",
         "parties": [
           {"id": "p1", "type": "NOT_A_TYPE"},
           {"id": "p2", "type": "SECOND_VICTIM"},
           {"type": 5, "id": "p3"},
           {"id": "p2", "type": "ORGANISATION"},
           {"id": "p4", "type": "FIRST_VICTIM", "description": {"name": "Jo"}},
           "p5"
         ],
         "harms": [
           {"id": "h1", "party": "p1", "kind": "PHYSICAL", "acknowledged": true},
           {"id": "h2", "party": "p9", "kind": "PHYSICAL", "acknowledged": true},
           {"id": "h3", "party": "p3", "kind": "PHYSICAL", "acknowledged": true},
           {"id": "h4", "party": "p4", "kind": "PHYSICAL", "acknowledged": true}
         ],
         "suspensions": [{"party": "p2", "start": "2026-01-02", "end": "2026-01-01"}]
        }
        """;
    assertFindings(
        () -> codec.read(json, RestorativeCase.class),
        "$.parties[0].type: expected one of FIRST_VICTIM, SECOND_VICTIM, ORGANISATION, COMMUNITY, OTHER,"
            + " was \"NOT_A_TYPE\"",
        "$.parties[2].type: expected one of FIRST_VICTIM, SECOND_VICTIM, ORGANISATION, COMMUNITY, OTHER,"
            + " was 5",
        "$.parties[4].description: expected a string, not an object",
        "$.parties[5]: expected an object, not a string",
        "$.parties[3].id: duplicate id, was \"p2\"",
        "$.harms[1].party: must be a party of the case, was \"p9\"",
        "$.suspensions[0].end: must not be before start, was \"2026-01-01\"");
  }

  @Test
  void aRepeatedItemIsNamedWhereTheInputHasIt() {
    assertFindings(
        () ->
            codec.read(
                "{\"headcount\":1,\"prevalence\":0.1,\"flags\":[\"YES\",5,\"NO\",null,\"YES\"]}",
                TestProfile.class),
        "$.flags[1]: expected one of YES, NO, UNKNOWN, was 5",
        "$.flags[3]: must not be null: leave the field out instead",
        "$.flags[4]: repeats $.flags[0]: items must be unique, was YES");
  }
}
