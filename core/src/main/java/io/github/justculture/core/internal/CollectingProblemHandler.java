package io.github.justculture.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import io.github.justculture.core.Finding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Records the problems Jackson meets (unknown fields, values of the wrong type) as findings and
 * lets the read go on, so that one read reports every problem. Outside a justculture read (no
 * collector attached) it declines, and Jackson fails as usual.
 */
public final class CollectingProblemHandler extends DeserializationProblemHandler {

  @Override
  public boolean handleUnknownProperty(
      DeserializationContext ctxt,
      JsonParser p,
      JsonDeserializer<?> deserializer,
      Object beanOrClass,
      String propertyName)
      throws IOException {
    Problems problems = Problems.of(ctxt);
    if (problems == null) {
      return false;
    }
    // The parser may stand on the field's name, or already inside its value (a list or an object
    // has opened a context of its own): the path is the field's either way.
    com.fasterxml.jackson.core.JsonStreamContext context = p.getParsingContext();
    if ((p.currentToken() == JsonToken.START_ARRAY || p.currentToken() == JsonToken.START_OBJECT)
        && context.getParent() != null) {
      context = context.getParent();
    }
    String path = ParserPaths.ofEntry(context);
    if (p.currentToken() == JsonToken.FIELD_NAME) {
      p.nextToken();
    }
    // Past the limit a finding is only counted: no need to work out a suggestion nobody sees.
    problems.add(
        Finding.of(
            path,
            problems.isFull()
                ? Problems.UNKNOWN_FIELD
                : unknownFieldRule(propertyName, deserializer)));
    p.skipChildren();
    return true;
  }

  private static String unknownFieldRule(String name, JsonDeserializer<?> deserializer) {
    Collection<Object> known = deserializer.getKnownPropertyNames();
    if (known == null || known.isEmpty()) {
      return Problems.UNKNOWN_FIELD;
    }
    List<String> names = new ArrayList<>();
    known.forEach(k -> names.add(String.valueOf(k)));
    names.sort(null);
    // A suggestion is at most a quarter of the name's length away.
    java.util.Optional<String> closest =
        EditDistance.nearest(name, names, Math.max(2, name.length() / 4));
    if (closest.isPresent()) {
      return Problems.UNKNOWN_FIELD + " (did you mean '" + closest.get() + "'?)";
    }
    return Problems.UNKNOWN_FIELD + " (known fields: " + String.join(", ", names) + ")";
  }

  @Override
  public @Nullable Object handleWeirdStringValue(
      DeserializationContext ctxt, Class<?> targetType, String valueToConvert, String failureMsg)
      throws IOException {
    return record(ctxt, TypeWords.expected(targetType), JsonText.quote(valueToConvert, 80));
  }

  @Override
  public @Nullable Object handleWeirdNativeValue(
      DeserializationContext ctxt, JavaType targetType, Object valueToConvert, JsonParser p)
      throws IOException {
    return record(ctxt, TypeWords.expected(targetType), TypeWords.describeCurrentToken(p));
  }

  @Override
  public @Nullable Object handleWeirdNumberValue(
      DeserializationContext ctxt, Class<?> targetType, Number valueToConvert, String failureMsg)
      throws IOException {
    return record(ctxt, TypeWords.expected(targetType), String.valueOf(valueToConvert));
  }

  @Override
  public @Nullable Object handleWeirdKey(
      DeserializationContext ctxt, Class<?> rawKeyType, String keyValue, String failureMsg)
      throws IOException {
    return record(
        ctxt,
        ParserPaths.ofEntry(ctxt.getParser().getParsingContext()),
        "expected a key that is " + TypeWords.expected(rawKeyType),
        JsonText.quote(keyValue, 80));
  }

  @Override
  public @Nullable Object handleUnexpectedToken(
      DeserializationContext ctxt,
      JavaType targetType,
      JsonToken t,
      JsonParser p,
      String failureMsg)
      throws IOException {
    Problems problems = Problems.of(ctxt);
    if (problems == null) {
      return NOT_HANDLED;
    }
    String path = ParserPaths.ofCurrentValue(p);
    if (t == JsonToken.VALUE_NULL) {
      problems.add(Finding.of(path, Problems.NOT_NULL));
    } else {
      problems.add(TypeWords.mismatch(path, targetType, p));
    }
    p.skipChildren();
    return null;
  }

  @Override
  public @Nullable Object handleInstantiationProblem(
      DeserializationContext ctxt, Class<?> instClass, Object argument, Throwable t)
      throws IOException {
    Problems problems = Problems.of(ctxt);
    if (problems == null) {
      return NOT_HANDLED;
    }
    problems.addFromException(ParserPaths.ofCurrentValue(ctxt.getParser()), t);
    return null;
  }

  @Override
  public @Nullable Object handleMissingInstantiator(
      DeserializationContext ctxt,
      Class<?> instClass,
      ValueInstantiator valueInsta,
      JsonParser p,
      String msg)
      throws IOException {
    Problems problems = Problems.of(ctxt);
    if (problems == null) {
      return NOT_HANDLED;
    }
    if (cannotBeBuiltFromAnObject(instClass, valueInsta, p)) {
      // No JSON could ever make one: the host's type is the problem, not the input.
      throw new Problems.ConfigurationError(
          "Jackson cannot read this type: " + instClass.getName() + " has no creator for an object",
          null);
    }
    problems.add(
        TypeWords.mismatch(ParserPaths.ofCurrentValue(p), ctxt.constructType(instClass), p));
    p.skipChildren();
    return null;
  }

  /**
   * An abstract type, or an object given to a type that has no way to be made from one: a wrong
   * type to ask for, whatever the input. (A string given to a type made only from objects is the
   * input's fault, and stays a finding.)
   */
  private static boolean cannotBeBuiltFromAnObject(
      Class<?> type, @Nullable ValueInstantiator instantiator, JsonParser p) {
    if (type.isInterface() || java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
      return true;
    }
    // In the object: on its start (a map), or (a bean) on its first field, or its end when empty.
    JsonToken at = p.currentToken();
    boolean object =
        at == JsonToken.START_OBJECT || at == JsonToken.FIELD_NAME || at == JsonToken.END_OBJECT;
    return object
        && (instantiator == null
            || !(instantiator.canCreateUsingDefault()
                || instantiator.canCreateFromObjectWith()
                || instantiator.canCreateUsingDelegate()));
  }

  private @Nullable Object record(DeserializationContext ctxt, String expected, String rendered) {
    return record(
        ctxt, ParserPaths.ofCurrentValue(ctxt.getParser()), "expected " + expected, rendered);
  }

  /** Records a finding and substitutes null, or declines when this is not a justculture read. */
  private static @Nullable Object record(
      DeserializationContext ctxt, String path, String rule, String rendered) {
    Problems problems = Problems.of(ctxt);
    if (problems == null) {
      return NOT_HANDLED;
    }
    problems.addRendered(path, rule, rendered);
    return null;
  }
}
