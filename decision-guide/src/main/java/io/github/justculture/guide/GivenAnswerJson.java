package io.github.justculture.guide;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.immutables.value.Value;

/**
 * The object form of a {@link GivenAnswer} as Jackson binds it: the same attributes (inherited, not
 * repeated), without the custom deserializer that {@link GivenAnswerDeserializer} puts on {@link
 * GivenAnswer} to also accept the bare {@code "YES"}. Read only inside that deserializer, which
 * copies it into a plain {@link GivenAnswer}.
 */
@Value.Immutable
// ValueStyle's settings, with the builder renamed so that it does not hide GivenAnswer.builder().
@Value.Style(
    typeImmutable = "Immutable*",
    builder = "jsonBuilder",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    jdkOnly = true,
    depluralize = true,
    forceJacksonPropertyNames = true,
    optionalAcceptNullable = false,
    allowedClasspathAnnotations = {Override.class},
    redactedMask = "<redacted>")
@JsonDeserialize(as = ImmutableGivenAnswerJson.class)
@SuppressWarnings("immutables:subtype") // on purpose: the JSON reading of the GivenAnswer value
abstract class GivenAnswerJson extends GivenAnswer {

  GivenAnswerJson() {}
}
