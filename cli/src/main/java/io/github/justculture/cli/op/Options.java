package io.github.justculture.cli.op;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.justculture.core.Finding;
import io.github.justculture.core.InvalidInputException;
import io.github.justculture.core.internal.JsonPaths;
import io.github.justculture.core.json.JustCultureJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An operation's options: a small value type (for example the gate's {@code GateConfig}) and the
 * options that fill it. Given values become a JSON object read by the strict codec, so an option's
 * value is checked by exactly the value type's rules, and each finding is reported under the
 * option's name as the front end spells it.
 *
 * @param <P> the options value
 * @param type the value type, or null for an operation without options
 * @param defs the options, in the order help lists them
 */
public record Options<P>(@Nullable Class<P> type, List<OptionDef> defs) {

  /** The options value of an operation that has none. */
  public static final class None {
    static final None INSTANCE = new None();

    private None() {}

    @Override
    public String toString() {
      return "no options";
    }
  }

  /**
   * No options.
   *
   * @return the options
   */
  public static Options<None> none() {
    return new Options<>(null, List.of());
  }

  /**
   * Options read into a value type.
   *
   * @param type the value type
   * @param defs the options
   * @param <P> the value type
   * @return the options
   */
  public static <P> Options<P> of(Class<P> type, OptionDef... defs) {
    return new Options<>(type, List.of(defs));
  }

  /**
   * Reads the options value from the values given.
   *
   * @param given option JSON name → value, for the options given
   * @param context for defaults that come from the application (today's date)
   * @param spelling how the front end names an option ({@code --draws}, or {@code draws})
   * @return the value
   * @throws InvalidRequestException naming each option whose value breaks a rule
   */
  @SuppressWarnings("unchecked")
  public P read(
      Map<String, JsonNode> given, Context context, Function<OptionDef, String> spelling) {
    if (type == null) {
      return (P) None.INSTANCE;
    }
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    for (OptionDef def : defs) {
      JsonNode value = given.get(def.json());
      if (value == null && def.contextDefault().isPresent()) {
        value = def.toJson(def.contextDefault().get().apply(context));
      }
      if (value != null) {
        json.set(def.json(), value);
      }
    }
    try {
      return JustCultureJson.codec().read(json, type);
    } catch (InvalidInputException e) {
      throw problems(e, spelling);
    }
  }

  /** The findings about the options value, each under the option it is about. */
  InvalidRequestException problems(InvalidInputException e, Function<OptionDef, String> spelling) {
    List<Problem> problems = new ArrayList<>();
    for (Finding f : e.findings()) {
      OptionDef def = null;
      for (OptionDef d : defs) {
        if (JsonPaths.isWithin(f.path(), JsonPaths.field(JsonPaths.ROOT, d.json()))) {
          def = d;
        }
      }
      if (def == null) {
        problems.add(Problem.of(f));
      } else {
        String own = JsonPaths.field(JsonPaths.ROOT, def.json());
        problems.add(
            Problem.ofOption(spelling.apply(def), "$" + f.path().substring(own.length()), f));
      }
    }
    return new InvalidRequestException(problems, e.total());
  }
}
