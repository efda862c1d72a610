package io.github.justculture.cli.op;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One option of an operation: its field in the operation's options value (the JSON name, also the
 * HTTP query parameter), its command-line name, what kind of value it takes, its help text and
 * default. Given values are strings (from a command line or a query string); {@link #toJson} turns
 * one into the JSON value the options type reads, so that a wrong value is a finding of the options
 * type, named by the option.
 *
 * @param json the field of the options value, and the HTTP query parameter
 * @param cli the command-line option, for example {@code --draws}
 * @param label the value's name in help, for example {@code N}
 * @param kind what the value is
 * @param help one line of help
 * @param defaultValue the default shown in help, when the option has one
 * @param contextDefault the default from the running application (today's date), applied when the
 *     option is not given; empty for none
 * @param cliOnly whether the option exists only on the command line (a file to read, say)
 */
public record OptionDef(
    String json,
    String cli,
    String label,
    Kind kind,
    String help,
    Optional<String> defaultValue,
    Optional<Function<Context, String>> contextDefault,
    boolean cliOnly) {

  /** Numbers kept as written: {@code 1.50} stays {@code 1.50} for the options type to judge. */
  private static final JsonNodeFactory NODES = new JsonNodeFactory(true);

  private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,40}");
  private static final Pattern NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  /** What an option's value is. */
  public enum Kind {
    /** A whole number. */
    WHOLE_NUMBER,
    /** Any number. */
    NUMBER,
    /** Text, or one of a set of names. */
    TEXT,
    /** A date such as 2026-11-22. */
    DATE,
    /** A JSON file, read on the command line and put in the options as JSON. */
    JSON_FILE,
    /** A list of names, separated by commas ({@code trust,region}). */
    LIST,
    /** {@code true} or {@code false}. */
    BOOLEAN
  }

  /**
   * An option with no default.
   *
   * @param json the field name
   * @param cli the command-line name
   * @param label the value's name in help
   * @param kind the kind
   * @param help the help line
   * @return the option
   */
  public static OptionDef of(String json, String cli, String label, Kind kind, String help) {
    return new OptionDef(
        json, cli, label, kind, help, Optional.empty(), Optional.empty(), kind == Kind.JSON_FILE);
  }

  /**
   * This option with a default, shown in help (the options type applies it).
   *
   * @param value the default
   * @return the option
   */
  public OptionDef withDefault(String value) {
    return new OptionDef(json, cli, label, kind, help, Optional.of(value), contextDefault, cliOnly);
  }

  /**
   * This option with a default from the running application.
   *
   * @param shown how help describes the default
   * @param value the default, from the context
   * @return the option
   */
  public OptionDef withContextDefault(String shown, Function<Context, String> value) {
    return new OptionDef(
        json, cli, label, kind, help, Optional.of(shown), Optional.of(value), cliOnly);
  }

  /**
   * The JSON value a given string stands for: a number when it is written as one (so that a number
   * option given {@code abc} is reported by the options type as the wrong type), else text.
   *
   * @param given the string given
   * @return the JSON value
   */
  public JsonNode toJson(String given) {
    return switch (kind) {
      case WHOLE_NUMBER -> {
        if (WHOLE.matcher(given).matches()) {
          BigInteger value = new BigInteger(given);
          yield value.bitLength() < 32
              ? NODES.numberNode(value.intValue())
              : value.bitLength() < 64
                  ? NODES.numberNode(value.longValue())
                  : NODES.numberNode(value);
        }
        yield NODES.textNode(given);
      }
      case NUMBER ->
          given.length() <= 64 && NUMBER.matcher(given).matches()
              ? NODES.numberNode(new java.math.BigDecimal(given))
              : NODES.textNode(given);
      case BOOLEAN ->
          given.equals("true") || given.equals("false")
              ? NODES.booleanNode(Boolean.parseBoolean(given))
              : NODES.textNode(given);
      case LIST -> {
        com.fasterxml.jackson.databind.node.ArrayNode list = NODES.arrayNode();
        for (String item : given.split(",", -1)) {
          list.add(item.trim());
        }
        yield list;
      }
      default -> NODES.textNode(given);
    };
  }
}
