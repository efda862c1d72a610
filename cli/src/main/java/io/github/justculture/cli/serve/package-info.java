/**
 * The HTTP service ({@code justculture serve}): routes from the table of operations, the gates a
 * request passes (token, body limit, concurrency, shutdown), the hash-chained decision log, the
 * OpenAPI document and the metrics.
 */
@NullMarked
package io.github.justculture.cli.serve;

import org.jspecify.annotations.NullMarked;
