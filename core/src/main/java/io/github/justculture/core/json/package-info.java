/**
 * Strict JSON for justculture values: {@link io.github.justculture.core.json.JustCultureJson}
 * configures Jackson (unknown and duplicate fields rejected, money as strings, input size limits),
 * and {@link io.github.justculture.core.json.JsonCodec} reads input reporting every problem with
 * its JSON path.
 */
@NullMarked
package io.github.justculture.core.json;

import org.jspecify.annotations.NullMarked;
