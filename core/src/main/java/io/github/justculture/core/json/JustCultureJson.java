package io.github.justculture.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import com.fasterxml.jackson.databind.type.ReferenceType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.justculture.core.Gbp;
import io.github.justculture.core.internal.CollectingDeserializer;
import io.github.justculture.core.internal.CollectingProblemHandler;
import io.github.justculture.core.internal.GbpJson;
import io.github.justculture.core.internal.StrictScalars;
import java.util.Optional;
import java.util.Set;

/**
 * The one Jackson configuration every justculture module and the CLI use.
 *
 * <p>What it guarantees, so that bad input is never quietly accepted:
 *
 * <ul>
 *   <li>unknown fields are rejected (a typo such as {@code prevalance} never falls back to a
 *       default), and so are duplicate keys, trailing content and {@code null} for numbers;
 *   <li>no silent coercion: {@code 12.5} is not truncated into a whole number, {@code "12"} is not
 *       a number, enums are not read from their index;
 *   <li>money ({@link Gbp}) is written as a decimal string with two places and read exactly, never
 *       through binary floating point; other decimals are read as {@link java.math.BigDecimal}
 *       where the type asks for it;
 *   <li>input is bounded: {@value #MAX_DOCUMENT_BYTES} bytes, nesting depth {@value
 *       #MAX_NESTING_DEPTH}, {@value #MAX_TOKENS} JSON tokens (names and values), strings of
 *       {@value #MAX_STRING_LENGTH} characters, numbers of {@value #MAX_NUMBER_LENGTH} characters
 *       whose value, written out in full, has at most {@value
 *       io.github.justculture.core.Decimals#MAX_DIGITS} digits (so {@code 1e-99999} is refused
 *       before anything expands it), so a hostile payload cannot exhaust memory or time;
 *   <li>{@code null} stands for "absent" only where a field is optional; a required field, an
 *       element of a list or a value of a map that is {@code null} is an error; an array read into
 *       a set must not repeat an item;
 *   <li>{@code java.time} values are ISO-8601 strings; {@code Optional} is supported.
 * </ul>
 *
 * <p>For reading with findings that name every problem, use {@link JsonCodec}; this class also
 * hands out a configured {@link ObjectMapper} for callers who want Jackson directly.
 */
public final class JustCultureJson {

  /** The largest input document accepted, in bytes (characters for text input). */
  public static final long MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

  /** The deepest nesting of objects and arrays accepted. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string value accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;

  /**
   * The most JSON tokens (field names, values, starts and ends of objects and arrays) a document
   * may have: enough for any justculture payload many times over, and a bound on the memory one
   * read can take.
   */
  public static final long MAX_TOKENS = 500_000;

  private JustCultureJson() {}

  /**
   * A new mapper with the justculture configuration. Each call builds a new one; build it once and
   * share it (a configured mapper is thread-safe as long as nobody reconfigures it).
   *
   * @return a new, configured mapper
   */
  public static ObjectMapper newObjectMapper() {
    return newJsonMapper();
  }

  /** {@link #newObjectMapper()} as the JSON mapper it is, which can be rebuilt with changes. */
  static JsonMapper newJsonMapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(MAX_DOCUMENT_BYTES)
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(1_000)
                    .maxTokenCount(MAX_TOKENS)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
    JsonMapper mapper =
        JsonMapper.builder(factory)
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();
    mapper
        .coercionConfigDefaults()
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setAcceptBlankAsEmpty(false);
    return mapper;
  }

  /**
   * The Jackson module with justculture's own serializers ({@link Gbp} as a decimal string) and the
   * problem collection that {@link JsonCodec} relies on. Register it on your own mapper to read and
   * write justculture values; outside a {@link JsonCodec} read the problem collection stays out of
   * the way and Jackson fails as usual.
   *
   * @return a new module instance
   */
  public static Module module() {
    SimpleModule module =
        new SimpleModule(
            "justculture", new Version(0, 1, 0, "SNAPSHOT", "io.github.justculture", "core")) {
          private static final long serialVersionUID = 1L;

          @Override
          public void setupModule(SetupContext context) {
            super.setupModule(context);
            context.addDeserializationProblemHandler(new CollectingProblemHandler());
          }
        };
    StrictScalars.register(module);
    module.addSerializer(Gbp.class, new GbpJson.Serializer());
    module.addDeserializer(Gbp.class, new GbpJson.Deserializer());
    module.setDeserializerModifier(
        new BeanDeserializerModifier() {
          private static final long serialVersionUID = 1L;

          @Override
          public JsonDeserializer<?> modifyDeserializer(
              DeserializationConfig config,
              BeanDescription beanDesc,
              JsonDeserializer<?> deserializer) {
            return beanDesc.getBeanClass().getName().startsWith("io.github.justculture.")
                ? new CollectingDeserializer(deserializer)
                : deserializer;
          }

          @Override
          public JsonDeserializer<?> modifyCollectionDeserializer(
              DeserializationConfig config,
              CollectionType type,
              BeanDescription beanDesc,
              JsonDeserializer<?> deserializer) {
            return new CollectingDeserializer(
                Set.class.isAssignableFrom(type.getRawClass())
                    ? CollectingDeserializer.uniqueItems(type)
                    : deserializer);
          }

          @Override
          public JsonDeserializer<?> modifyReferenceDeserializer(
              DeserializationConfig config,
              ReferenceType type,
              BeanDescription beanDesc,
              JsonDeserializer<?> deserializer) {
            return type.getRawClass() == Optional.class
                ? CollectingDeserializer.nullAsEmptyOptional(deserializer)
                : deserializer;
          }

          @Override
          public JsonDeserializer<?> modifyEnumDeserializer(
              DeserializationConfig config,
              JavaType type,
              BeanDescription beanDesc,
              JsonDeserializer<?> deserializer) {
            return new CollectingDeserializer(deserializer);
          }

          @Override
          public JsonDeserializer<?> modifyMapDeserializer(
              DeserializationConfig config,
              MapType type,
              BeanDescription beanDesc,
              JsonDeserializer<?> deserializer) {
            return new CollectingDeserializer(deserializer);
          }
        });
    return module;
  }

  /**
   * The shared codec with this configuration.
   *
   * @return the codec; immutable and thread-safe
   */
  public static JsonCodec codec() {
    return JsonCodec.STANDARD;
  }
}
