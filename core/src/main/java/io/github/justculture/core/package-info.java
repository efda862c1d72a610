/**
 * Shared values: {@link io.github.justculture.core.Gbp} money, {@link
 * io.github.justculture.core.Provenance} and {@link io.github.justculture.core.SourceCitation} for
 * every sourced number, and {@link io.github.justculture.core.Finding validation findings} that
 * report every problem of an input at once.
 *
 * <p>Every type here is immutable and thread-safe. Nothing here performs I/O, reads a clock or
 * logs.
 */
@NullMarked
package io.github.justculture.core;

import org.jspecify.annotations.NullMarked;
