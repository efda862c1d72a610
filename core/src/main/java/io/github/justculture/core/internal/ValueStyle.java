package io.github.justculture.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style used by every justculture value type.
 *
 * <p>Generated implementations are named {@code Immutable*}, have builders and {@code with*} copy
 * methods, use plain accessor names (no {@code get} prefix), plural collection attributes get
 * singular {@code add*} builder methods, and the generated code carries no annotations from the
 * class path other than {@link Override}. Jackson integration is on: each value type names its
 * implementation in {@code @JsonSerialize}/{@code @JsonDeserialize}.
 *
 * <p>Attributes marked {@code @Value.Redacted} (free text, personal details) show as {@code
 * <redacted>} in {@code toString()}.
 *
 * <p>This annotation is part of the public surface only so that every justculture module can use
 * it; it is not meant for users' own types.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    depluralize = true,
    forceJacksonPropertyNames = true,
    optionalAcceptNullable = false,
    allowedClasspathAnnotations = {Override.class},
    redactedMask = "<redacted>",
    defaults = @Value.Immutable(copy = true))
public @interface ValueStyle {}
