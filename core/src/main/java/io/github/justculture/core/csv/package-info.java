/**
 * Streaming CSV (RFC 4180) for bulk inputs such as scenario sweeps and person-level records: one
 * row at a time, so memory does not grow with the number of rows, and problems located by row and
 * column.
 */
@NullMarked
package io.github.justculture.core.csv;

import org.jspecify.annotations.NullMarked;
