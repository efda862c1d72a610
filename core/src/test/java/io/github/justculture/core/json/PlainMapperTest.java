package io.github.justculture.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.justculture.core.TestProfile;
import io.github.justculture.testing.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The configured mapper used directly, outside the codec: the same rules hold, and each broken one
 * ends the read with Jackson's own exception (there is no collector to report every problem at
 * once). Held as a golden file: input, exception type, and the first line of its message up to the
 * reference chain Jackson appends (and its list of known properties, in no fixed order).
 */
class PlainMapperTest {

  private static final String BASE = "{\"headcount\":1,\"prevalence\":0.1";

  private static final List<String> INPUTS =
      List.of(
          "{\"headcount\":null,\"prevalence\":0.1}",
          "{\"headcount\":\"many\",\"prevalence\":0.1}",
          "{\"headcount\":1e400,\"prevalence\":0.1}",
          "{\"headcount\":99999999999,\"prevalence\":0.1}",
          "{\"headcount\":1,\"prevalence\":1e-99999}",
          "{\"headcount\":1,\"prevalence\":true}",
          "{\"headcount\":0,\"prevalence\":2}",
          BASE + ",\"note\":\"\\ud800\"}",
          BASE + ",\"prevalance\":2}",
          BASE + ",\"flags\":[\"YES\",\"NO\",\"YES\"]}",
          BASE + ",\"annualPay\":\"abc\"}",
          BASE + ",\"annualPay\":1e-99999}",
          BASE + ",\"annualPay\":true}",
          BASE + ",\"annualPay\":12.5}",
          BASE + ",\"annualPay\":null}",
          BASE + ",\"tags\":null}",
          BASE + ",\"tags\":[null]}",
          BASE + ",\"more\":[null]}",
          BASE + ",\"more\":null}",
          BASE + ",\"answers\":[\"MAYBE\"]}",
          BASE + ",\"answers\":[1]}",
          BASE + ",\"byQuestion\":{\"a\":null}}",
          BASE + ",\"source\":{\"title\":\"\"}}",
          BASE + ",\"source\":\"x\"}",
          BASE + ",\"source\":null}",
          BASE + ",\"explode\":true}",
          BASE + ",\"at\":\"yesterday\"}",
          BASE + ",\"ratio\":null}");

  @Test
  void eachBrokenRuleEndsTheReadWithJacksonsOwnException() {
    ObjectMapper mapper = JustCultureJson.newObjectMapper();
    StringBuilder out = new StringBuilder();
    for (String json : INPUTS) {
      out.append(json).append("\n  -> ");
      try {
        TestProfile read = mapper.readValue(json, TestProfile.class);
        out.append("read: ").append(read);
      } catch (Exception e) {
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        // Jackson lists the known properties in no fixed order: leave them out.
        message = message.replaceAll(" \\(class [^)]*\\), not marked as ignorable.*", "");
        int chain = message.indexOf(" (through reference chain");
        out.append(e.getClass().getSimpleName())
            .append(": ")
            .append(chain < 0 ? message : message.substring(0, chain));
      }
      out.append('\n');
    }
    assertThat(out).doesNotContain("-> read: null");
    Golden.assertMatches("plain-mapper.txt", out.toString());
  }

  @Test
  void aKeyOfTheWrongKindEndsTheRead() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                JustCultureJson.newObjectMapper()
                    .readValue(
                        "{\"checklist\":{\"NOT_A_STAGE\":{}}}",
                        io.github.justculture.restorative.RestorativeAssessment.class))
        .isInstanceOf(com.fasterxml.jackson.databind.exc.InvalidFormatException.class)
        .hasMessageContaining("NOT_A_STAGE");
  }
}
